"""Storefront throughput: home, a listing and a story page against a hello-world Django view, for
three kinds of visitor.

    .venv/bin/python -m bench.storefront [--requests N] [--concurrency C] [--orders K]
        [--database postgres] [--redis redis://127.0.0.1:6379/9] [--write-docs]

Builds a throw-away database with the demo shop (`migrate` + `load_demo`): SQLite by default, or
PostgreSQL (`--database postgres`: `test_bench_storefront` on 127.0.0.1, created and dropped),
with Redis for the cache and sessions if `--redis` names a database (flushed). It serves the shop
with gunicorn (2 sync workers, DEBUG off, the dummy payment gateway) and, on a second port, the
same settings and middleware with a one-view URLconf (`bench.hello_settings`). Each URL gets a
warm-up, then N requests from C client threads, each on its own `http.client.HTTPConnection` to
127.0.0.1, then `--sequential` requests from one client. Requests/s is N / wall time; p50/p95 are
per-request latencies. The hello-world is measured before and after the pages, and the pages are
compared with the mean of the two (a drift check on a shared machine). Visitors
(`bench/visitors.py`):

- first visit: no cookies (the whole-page cache answers);
- shopper with a cart: each client first adds a product to its cart and then sends its cookies
  (the session) on every request: pages are served live;
- right after an order: K guest checkouts over HTTP (dummy gateway, untimed), each followed by
  one timed GET of the ordered product's story, the listing and another product's story, by a
  first visitor or by a shopper with a cart in turn; reported as an equivalent rate,
  1000 / p50 ms × workers.

Targets: first visit ≥ 50 % of the hello-world rate; live listing and story ≥ 25 % and p50 ≤ 4 ms
from one client; right after an order ≥ 10 %. Only 127.0.0.1 is contacted; every load is a fixed
number of requests under an overall deadline, and gunicorn is always stopped. Exit status: 0 when
every target is met, 1 when one is not, 2 when the benchmark could not run. `--keep` leaves the
database for `python -m bench.profile_page` (where the time goes).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import http.client
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from bench import BenchError, bench_run
from bench.backends import POSTGRES_URL, Backends, backends_close, backends_open
from bench.docs import docs_section_write
from bench.visitors import (
    AFTER_ORDER,
    CACHE_HEADER,
    FIRST_VISIT,
    HEADERS,
    HOST,
    SHOPPER,
    Browser,
    Sample,
    form_value,
    offers,
    order_plan,
    orders_then_pages,
    shopper,
    stories,
)

BASE_DIR = Path(__file__).resolve().parent.parent
SECTION_TITLE = "## Storefront benchmark"
WORKERS = 2
TARGET_RATIO = 0.5  # first visit, each page
LIVE_RATIO = 0.25  # shopper with a cart: the listing and the story
LIVE_P50_MS = 4.0  # … and their p50 from one client
LIVE_TARGETS = ("listing", "story")
AFTER_ORDER_RATIO = 0.10  # right after an order, as an equivalent rate
WARMUP_ORDERS = 2  # untimed rounds before the orders' timed ones: one per visitor

HOME_PATH = "/en/"
LISTING_PATH = "/en/shop/"
HELLO_PATH = "/hello/"

DOCS_INTRO = """# Performance

How fast the storefront serves its pages, and how that is measured. Benchmarks live in `bench/`
and are run by hand; the test suite never makes timed assertions (they are flaky on shared CI
machines and say nothing about production hardware). Re-run a benchmark after changes to page
rendering, pricing, stock or routing, and update the numbers here.
"""


@dataclass
class Result:
    label: str
    path: str
    requests: int
    seconds: float
    latencies: list[float] = field(repr=False)
    bytes_per_response: int = 0
    cpu_seconds: float | None = None  # user + system time of gunicorn and its workers
    kind: str = ""  # the visitor: FIRST_VISIT, SHOPPER, "right after an order, …"; "" for hello
    hits: int = 0  # responses from the page cache
    one_client: Result | None = None  # the same URL, requests one at a time
    equivalent: bool = False  # one request at a time, not a load: rate from the p50

    @property
    def cpu_ms(self) -> float | None:
        return None if self.cpu_seconds is None else self.cpu_seconds / self.requests * 1000

    @property
    def rate(self) -> float:
        if self.equivalent:  # what the workers would serve if every request took the p50
            return 1000 / self.percentile(50) * WORKERS
        return self.requests / self.seconds

    def percentile(self, pct: int) -> float:
        if len(self.latencies) == 1:
            return self.latencies[0] * 1000
        cuts = statistics.quantiles(self.latencies, n=100, method="inclusive")
        return cuts[pct - 1] * 1000


# --- setup -------------------------------------------------------------------------------------


def base_env(
    workdir: Path, database_url: str, conn_max_age: int, redis_url: str = ""
) -> dict[str, str]:
    env = dict(os.environ)
    # Nothing from the caller's shell may point the servers elsewhere (a Redis, a Postgres, a
    # payment provider, a mail server …).
    for name in (
        "REDIS_URL",
        "DJANGO_SETTINGS_MODULE",
        "DB_CONN_MAX_AGE",
        "STRIPE_SECRET_KEY",
        "EMAIL_URL",
        "TASKS_BACKEND",
    ):
        env.pop(name, None)
    env.update(
        DJANGO_ENV="development",
        DEBUG="false",
        SECRET_KEY="bench",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=database_url,
        DB_CONN_MAX_AGE=str(conn_max_age),
        MEDIA_ROOT=str(workdir / "media"),
        STATIC_ROOT=str(workdir / "static"),
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
        # The orders: paid with the test gateway; the confirmation email (an immediate task
        # in development) goes to memory, not to the server's log.
        LANGNGHE_PAYMENT_GATEWAY="dummy",
        LANGNGHE_ALLOW_TEST_PAYMENTS="true",
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
    )
    if redis_url:  # the cache and the sessions (config/settings.py)
        env["REDIS_URL"] = redis_url
    return env


def run_step(args: list[str], env: dict[str, str], timeout: float) -> None:
    started = time.perf_counter()
    print(f"  $ {' '.join(args[1:])}", end="", flush=True)
    try:
        done = subprocess.run(
            args, cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired as exc:
        raise BenchError(f"{' '.join(args)} took more than {timeout:.0f} s") from exc
    if done.returncode:
        print()
        raise BenchError(f"{' '.join(args)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    print(f"  ({time.perf_counter() - started:.0f} s)")


def prepare_database(workdir: Path, env: dict[str, str]) -> None:
    manage = [sys.executable, "manage.py"]
    run_step([*manage, "migrate", "--no-input", "-v", "0"], env, timeout=600)
    run_step([*manage, "load_demo", "--as-default-site"], env, timeout=900)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    name: str
    port: int
    process: subprocess.Popen
    log: Path


def start_server(name: str, env: dict[str, str], workdir: Path) -> Server:
    port = free_port()
    log = workdir / f"gunicorn-{name}.log"
    args = [
        sys.executable,
        "-m",
        "gunicorn",
        "config.wsgi",
        "-w",
        str(WORKERS),
        "-b",
        f"{HOST}:{port}",
        "--log-level",
        "warning",
    ]
    with log.open("w") as out:
        process = subprocess.Popen(
            args,
            cwd=BASE_DIR,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return Server(name=name, port=port, process=process, log=log)


def stop_server(server: Server) -> None:
    """Stop gunicorn and its workers (its own process group, started by us)."""
    if server.process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(server.process.pid, signal.SIGTERM)
    try:
        server.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.process.pid, signal.SIGKILL)
        server.process.wait(timeout=5)


def server_cpu_seconds(server: Server) -> float | None:
    """User + system CPU time of gunicorn and its workers so far (Linux /proc; else None).

    Unlike requests/s it does not depend on what else the machine is running."""
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    total = 0
    try:
        entries = [entry for entry in os.listdir("/proc") if entry.isdigit()]
    except OSError:
        return None
    for entry in entries:
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (comm) "
        pid, ppid = int(entry), int(fields[1])
        if server.process.pid in (pid, ppid):
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def fetch(port: int, path: str, timeout: float = 30) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request("GET", path, headers=HEADERS)
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def wait_until_ready(server: Server, path: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise BenchError(f"gunicorn ({server.name}) exited:\n{server.log.read_text()[-3000:]}")
        try:
            status, _headers, _body = fetch(server.port, path, timeout=5)
        except OSError:
            time.sleep(0.2)
            continue
        if status == 200:
            return
        raise BenchError(f"{server.name}: GET {path} answered {status}")
    raise BenchError(f"gunicorn ({server.name}) did not answer within {timeout:.0f} s")


def story_path(port: int) -> str:
    """A product's English story: the redirect of its QR short URL, else one from the sitemap."""
    for path in stories(port, last=20):
        return path
    status, _headers, body = fetch(port, "/sitemap.xml")
    if status == 200:
        for url in re.findall(r"<loc>([^<]+)</loc>", body.decode()):
            path = urllib.parse.urlsplit(url).path
            if path.startswith("/en/") and path.count("/") == 5:  # /en/makers/producer/story/
                return path
    raise BenchError("found no story page (neither /q/<id>/ nor the sitemap)")


# --- load --------------------------------------------------------------------------------------


def load(
    port: int,
    path: str,
    *,
    requests: int,
    concurrency: int,
    deadline: float,
    label: str = "",
    headers: list[dict[str, str]] | None = None,
) -> Result:
    """`requests` GETs of `path` from `concurrency` threads, each on its own connection; client
    i sends `headers[i]` (a visitor's cookies), by default those of a first visit."""
    shares = [requests // concurrency + (i < requests % concurrency) for i in range(concurrency)]
    latencies: list[list[float]] = [[] for _ in shares]
    errors: list[str] = []
    sizes: list[int] = []
    hits: list[int] = []
    barrier = threading.Barrier(concurrency + 1)

    def client(index: int, count: int) -> None:
        conn = http.client.HTTPConnection(HOST, port, timeout=30)
        mine = latencies[index]
        sent = headers[index % len(headers)] if headers else HEADERS
        try:
            barrier.wait()
            for _ in range(count):
                if time.monotonic() > deadline:
                    errors.append("deadline passed")
                    return
                started = time.perf_counter()
                conn.request("GET", path, headers=sent)
                response = conn.getresponse()
                body = response.read()
                mine.append(time.perf_counter() - started)
                if response.status != 200:
                    errors.append(f"{response.status} for {path}")
                    return
                hits.append(response.getheader(CACHE_HEADER) == "hit")
                if response.will_close:  # sync workers may close; reconnect on the next request
                    conn.close()
            sizes.append(len(body))
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            conn.close()

    threads = [
        threading.Thread(target=client, args=(i, n), daemon=True) for i, n in enumerate(shares)
    ]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join(max(1.0, deadline - time.monotonic()))
    seconds = time.perf_counter() - started
    if any(thread.is_alive() for thread in threads):
        errors.append("client threads still running at the deadline")
    if errors:
        raise BenchError(f"GET {path}: {errors[0]} ({len(errors)} error(s))")
    flat = [value for chunk in latencies for value in chunk]
    return Result(
        label=label or path,
        path=path,
        requests=len(flat),
        seconds=seconds,
        latencies=flat,
        bytes_per_response=max(sizes, default=0),
        hits=sum(hits),
    )


# --- report ------------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    nproc = shutil.which("nproc")
    cpus = (
        subprocess.run([nproc], capture_output=True, text=True, check=False).stdout.strip()
        if nproc
        else str(os.cpu_count())
    )

    def version(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "?"

    return {
        "cpus": cpus,
        "cpu": cpu,
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}",
        "versions": (
            f"Django {version('Django')}, Wagtail {version('wagtail')}, "
            f"gunicorn {version('gunicorn')}"
        ),
    }


def fmt_ms(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def load_average() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "?"


def pct(ratio: float) -> str:
    return f"{ratio * 100:.0f} %"


def target(result: Result, hello_rate: float) -> tuple[str, bool | None]:
    """The row's target, and whether it is met (None: the row has none)."""
    ratio = result.rate / hello_rate
    if result.kind == FIRST_VISIT:
        return f"≥ {pct(TARGET_RATIO)}", ratio >= TARGET_RATIO
    if result.kind == SHOPPER and result.label in LIVE_TARGETS:
        p50 = result.one_client.percentile(50) if result.one_client else float("inf")
        met = ratio >= LIVE_RATIO and p50 <= LIVE_P50_MS
        return f"≥ {pct(LIVE_RATIO)}, 1-client p50 ≤ {LIVE_P50_MS:g} ms", met
    if result.kind.startswith(AFTER_ORDER):
        return f"≥ {pct(AFTER_ORDER_RATIO)}", ratio >= AFTER_ORDER_RATIO
    return "", None


def table(hello_runs: list[Result], pages: list[Result], hello_rate: float) -> list[str]:
    hello_cpu = [run.cpu_ms for run in hello_runs if run.cpu_ms]
    hello_cpu_ms = statistics.fmean(hello_cpu) if hello_cpu else None
    rows = [
        "| visitor | page | URL | req/s | p50 ms | p95 ms | p50 ms, 1 client | page-cache hits "
        "| KiB | server CPU ms/req | % of hello-world | target |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for result in [*hello_runs, *pages]:
        aim, met = target(result, hello_rate)
        if not result.kind:
            state = "baseline"
        else:
            state = "–" if met is None else f"{aim}: {'PASS' if met else 'FAIL'}"
        cpu = fmt_ms(result.cpu_ms)
        if result.cpu_ms and hello_cpu_ms and result.kind:
            cpu += f" ({result.cpu_ms / hello_cpu_ms:.0f}×)"
        one = result.one_client.percentile(50) if result.one_client else None
        rows.append(
            f"| {result.kind or result.label} | {result.label if result.kind else '–'} "
            f"| `{result.path}` | {result.rate:,.0f}{'†' if result.equivalent else ''} | "
            f"{result.percentile(50):.1f} | {result.percentile(95):.1f} | {fmt_ms(one)} | "
            f"{pct(result.hits / result.requests)} | {result.bytes_per_response / 1024:.1f} | "
            f"{cpu} | {pct(result.rate / hello_rate)} | {state} |"
        )
    return rows


def verdict(pages: list[Result], hello_rate: float) -> tuple[bool, str]:
    """Whether every target is met, and a line saying so per target."""
    groups = [
        (f"first visit, each page ≥ {pct(TARGET_RATIO)} of hello-world", FIRST_VISIT),
        (
            f"live (shopper with a cart) listing and story ≥ {pct(LIVE_RATIO)} and p50 ≤ "
            f"{LIVE_P50_MS:g} ms from one client",
            SHOPPER,
        ),
        (
            f"right after an order ≥ {pct(AFTER_ORDER_RATIO)} (1000 / p50 ms × {WORKERS} workers)",
            AFTER_ORDER,
        ),
    ]
    passed, parts = True, []
    for title, kind in groups:
        judged = [
            (result, met)
            for result in pages
            if result.kind.startswith(kind)
            for _aim, met in [target(result, hello_rate)]
            if met is not None
        ]
        failed = [
            f"{result.kind.removeprefix(kind).lstrip(', ')} {result.label}".strip()
            for result, met in judged
            if not met
        ]
        passed = passed and not failed
        state = "not measured" if not judged else "PASS" if not failed else "FAIL"
        parts.append(f"{title}: {state}" + (f" ({', '.join(failed)})" if failed else ""))
    return passed, "Targets: " + "; ".join(parts) + "."


def method_text(args: argparse.Namespace, info: dict[str, str]) -> str:
    redis = bool(args.redis)
    cache = (
        "Redis (127.0.0.1, django-redis) for the cache and the sessions"
        if redis
        else "the local-memory cache (each worker process has its own) and database sessions"
    )
    after = (
        f"Right after an order: {args.orders} rounds (after {WARMUP_ORDERS} untimed ones), "
        "each a guest "
        "checkout over HTTP (add to cart, the address page, a US address with the preselected "
        "shipping method, review, place, the dummy gateway's succeed button; untimed), then "
        "one timed GET each of the ordered product's story page, the listing and another "
        "product's story page, in a rotating order. The visitor alternates by round between a "
        "new first visitor and one shopper with a cart, so every timed request is the first to "
        "its page since the order. An order re-renders only what it changed (docs/decisions.md): "
        "nothing while plenty is left, the product's story once few units are left, the "
        "listings once a variant sold out; the page-cache hits column counts the first visits "
        "still answered whole. The "
        "ordered variants are in-stock ones from the demo's buy boxes, each ordered while more "
        "than one unit is left. These rows are not a load: their req/s (†) is an equivalent "
        f"rate, 1000 / p50 ms × {WORKERS} workers. "
    )
    if args.orders and not redis:
        after += (
            "With the local-memory cache the worker that did not take the order keeps its own "
            "catalogue version and stored pages, so some first visits right after an order are "
            "still answered from the page cache (the hits column). "
        )
    return (
        f"Method. `bench/storefront.py` loads the demo shop into a fresh {info['database']} "
        "database (`migrate`, `load_demo`) and serves it with `gunicorn config.wsgi -w 2` "
        f"(sync workers), `DJANGO_ENV=development DEBUG=false`, {cache}, "
        f"`DB_CONN_MAX_AGE={args.conn_max_age}` and the dummy payment gateway. The baseline is "
        "a view returning `Hello, world`, served the same way at the same time through "
        "`bench.hello_settings` (the same settings and middleware, a one-view URLconf). Each "
        f"URL gets a warm-up, then {args.requests} GETs from {args.concurrency} client threads, "
        "each with its own `http.client` connection to 127.0.0.1 (gunicorn's sync workers "
        "close the connection after each response, so every request opens one, for every URL "
        f"alike), then {args.sequential} GETs from one client (the 1-client p50). Every request "
        "sends `Accept-Language: en`. A first visit sends no cookies. A shopper with a cart is, "
        "per client thread, a visitor who first added a product to the cart (`POST "
        "/en/checkout/cart/add/` with an `Origin` header, as the buy box's form does) and "
        "opened the cart page, and then sends the cookies it got (`sessionid`, `csrftoken`) "
        "with every request: the page cache never answers a visitor with a session, so these "
        f"pages are rendered live. {after if args.orders else ''}req/s = requests / wall "
        "time; p50/p95 are per-request latencies including the wait for a free worker; only "
        "the HTML is fetched (no static files or images). Page-cache hits are the responses "
        "the whole-page cache answered (`X-Langnghe-Cache: hit`). Server CPU ms/req is the "
        "user + system time of gunicorn and its workers during the load divided by the "
        "requests (from /proc), with the multiple of the hello-world's: unlike req/s it does "
        "not depend on what else the machine is doing. The load generator shares the machine "
        "with the servers, which lowers the hello-world rate more than the pages' rates; "
        "compare runs on the same machine only."
    )


def docs_section(
    *,
    rows: list[str],
    summary: str,
    hello_runs: list[Result],
    hello_rate: float,
    args: argparse.Namespace,
    info: dict[str, str],
) -> str:
    if args.database_url == POSTGRES_URL:
        database = ["--database postgres"]
    else:
        database = [f"--database-url {args.database_url}"] if args.database_url else []
    options = [
        f"{flag} {value}"
        for flag, value, default in (
            ("--requests", args.requests, 2000),
            ("--concurrency", args.concurrency, 4),
            ("--warmup", args.warmup, 50),
            ("--sequential", args.sequential, 200),
            ("--orders", args.orders, 20),
            ("--conn-max-age", args.conn_max_age, 0),
        )
        if value != default
    ]
    options += database + ([f"--redis {args.redis}"] if args.redis else [])
    command = " ".join(["python -m bench.storefront", *options, "--write-docs"])
    runs = " and ".join(f"{run.rate:,.0f}" for run in hello_runs)
    today = dt.date.today().isoformat()
    backends = info["database"] + (f", {info['cache']}" if info["cache"] else "")
    return "\n".join(
        [
            SECTION_TITLE,
            "",
            f"Run on {today}: {info['cpus']} CPUs ({info['cpu']}), {info['os']}, "
            f"Python {info['python']}, {info['versions']}, {backends}. Load average before "
            f"the load: {info['load_before']} (1, 5, 15 min).",
            "",
            "```sh",
            command,
            "```",
            "",
            *rows,
            "",
            f"Percentages are of the mean hello-world rate, {hello_rate:,.0f} req/s (measured "
            f"before and after the pages: {runs} req/s). † Right after an order: one request "
            f"per order, not a load; the rate is 1000 / p50 ms × {WORKERS} workers.",
            "",
            summary,
            "",
            *textwrap.wrap(method_text(args, info), width=100, break_on_hyphens=False),
            "",
        ]
    )


def write_docs(section: str) -> None:
    docs_section_write(SECTION_TITLE, section, intro=DOCS_INTRO)


# --- the runs ----------------------------------------------------------------------------------


def measure(
    server: Server,
    label: str,
    path: str,
    *,
    kind: str,
    args: argparse.Namespace,
    deadline: float,
    headers: list[dict[str, str]] | None = None,
) -> Result:
    """A warm-up, the load (with the servers' CPU time during it), then one client alone."""
    port, clients = server.port, args.concurrency
    if args.warmup:
        warmup = min(clients, args.warmup)
        load(
            port, path, requests=args.warmup, concurrency=warmup, deadline=deadline, headers=headers
        )
    cpu_before = server_cpu_seconds(server)
    result = load(
        port,
        path,
        requests=args.requests,
        concurrency=clients,
        deadline=deadline,
        label=label,
        headers=headers,
    )
    cpu_after = server_cpu_seconds(server)
    if cpu_before is not None and cpu_after is not None:
        result.cpu_seconds = cpu_after - cpu_before
    result.kind = kind
    result.one_client = load(
        port, path, requests=args.sequential, concurrency=1, deadline=deadline, headers=headers
    )
    print(
        f"  {kind or label:<21} {label if kind else '':<8} {result.rate:8,.0f} req/s   "
        f"p50 {result.percentile(50):6.1f} ms   p95 {result.percentile(95):6.1f} ms   "
        f"1 client p50 {result.one_client.percentile(50):6.1f} ms   "
        f"CPU {fmt_ms(result.cpu_ms)} ms/req   hits {pct(result.hits / result.requests)}"
    )
    return result


def cart_sku(port: int, story: str) -> str:
    """What the shoppers put in their carts: the story page's first variant in stock."""
    markup = Browser(port).get(story).text
    found = offers(markup, story)
    sku = found[0].sku if found else form_value(markup, "variant")
    if not sku:
        raise BenchError(f"{story} has no variant to add to a cart")
    return sku


def after_orders(
    server: Server, *, story: str, sku: str, args: argparse.Namespace, deadline: float
) -> list[Result]:
    """`--orders` orders, each followed by the first requests to three pages; a row per visitor
    and page, with the equivalent rate (`Result.equivalent`)."""
    plan = order_plan(server.port, exclude=story, orders=args.orders + WARMUP_ORDERS)
    print(f"Orders: {args.orders} (+{WARMUP_ORDERS} untimed), first {plan[0].sku} …")
    samples = orders_then_pages(
        server.port,
        plan=plan,
        listing=LISTING_PATH,
        other=story,
        cart_sku=sku,
        deadline=deadline,
        warmup=WARMUP_ORDERS,
    )
    results = []
    for visitor in (FIRST_VISIT, SHOPPER):
        for page in dict.fromkeys(sample.page for sample in samples):
            chosen: list[Sample] = [s for s in samples if s.kind == visitor and s.page == page]
            paths = list(dict.fromkeys(sample.path for sample in chosen))
            result = Result(
                label=page if len(paths) == 1 else f"{page}, {len(paths)} products",
                path=paths[0],
                requests=len(chosen),
                seconds=sum(sample.seconds for sample in chosen),
                latencies=[sample.seconds for sample in chosen],
                bytes_per_response=max(sample.size for sample in chosen),
                kind=f"{AFTER_ORDER}, {visitor}",
                hits=sum(sample.hit for sample in chosen),
                equivalent=True,
            )
            print(
                f"  {result.kind:<40} {result.label:<22} p50 {result.percentile(50):6.1f} ms"
                f"   p95 {result.percentile(95):6.1f} ms   ≈ {result.rate:6,.0f} req/s"
            )
            results.append(result)
    return results


def measure_all(
    shop: Server, hello: Server, args: argparse.Namespace, deadline: float
) -> tuple[list[Result], list[Result]]:
    """The hello-world before, the pages for each visitor, the hello-world after."""
    story = story_path(shop.port)
    targets = [("home", HOME_PATH), ("listing", LISTING_PATH), ("story", story)]
    for label, path in targets:
        status, _headers, _body = fetch(shop.port, path)
        if status != 200:
            raise BenchError(f"{label}: GET {path} answered {status}")
    print("Pages: " + ", ".join(f"{label} {path}" for label, path in targets))
    sku = cart_sku(shop.port, story)
    print(f"Load: {args.requests} requests per URL, {args.concurrency} client threads")
    options = {"args": args, "deadline": deadline}
    hello_runs = [measure(hello, "hello-world (before)", HELLO_PATH, kind="", **options)]
    pages = [measure(shop, label, path, kind=FIRST_VISIT, **options) for label, path in targets]
    print(f"Shoppers: one per client thread, each with {sku} in the cart")
    carts = [shopper(shop.port, sku).headers() for _ in range(args.concurrency)]
    for label, path in targets:
        pages.append(measure(shop, label, path, kind=SHOPPER, headers=carts, **options))
    hello_runs.append(measure(hello, "hello-world (after)", HELLO_PATH, kind="", **options))
    if args.orders:
        pages += after_orders(shop, story=story, sku=sku, args=args, deadline=deadline)
    return hello_runs, pages


# --- main --------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.storefront",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--requests", type=int, default=2000, help="requests per URL (2000)")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads (4)")
    parser.add_argument("--warmup", type=int, default=50, help="warm-up requests per URL (50)")
    parser.add_argument(
        "--sequential",
        type=int,
        default=200,
        help="requests per URL from one client, after the load: the 1-client p50 (200)",
    )
    parser.add_argument(
        "--orders",
        type=int,
        default=20,
        help="orders for the right-after-an-order rows, the visitors taking turns (20; 0: none)",
    )
    parser.add_argument(
        "--timeout", type=float, default=1800, help="overall deadline in seconds (1800)"
    )
    parser.add_argument(
        "--database",
        help="an SQLite file already holding the demo (skips migrate and load_demo), or "
        f"`postgres`: a new PostgreSQL database, {POSTGRES_URL} (dropped at the end)",
    )
    parser.add_argument(
        "--database-url",
        default="",
        help="a new PostgreSQL database elsewhere: postgres://user@host:port/test_<name> "
        "(created, filled and dropped)",
    )
    parser.add_argument(
        "--redis",
        metavar="URL",
        default="",
        help="Redis for the cache and the sessions, a database of its own (flushed before and "
        "after), e.g. redis://127.0.0.1:6379/9; default: local memory and database sessions",
    )
    parser.add_argument(
        "--conn-max-age",
        type=int,
        default=0,
        help="DB_CONN_MAX_AGE for the servers (0, the default: a connection per request)",
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the temporary directory (database, logs)"
    )
    parser.add_argument(
        "--write-docs", action="store_true", help="update docs/performance.md with the results"
    )
    args = parser.parse_args(argv)
    if args.requests < args.concurrency or args.concurrency < 1 or args.requests < 2:
        parser.error("need --requests ≥ --concurrency ≥ 1 and at least 2 requests")
    if args.sequential < 2 or args.warmup < 0 or args.orders < 0 or args.orders == 1:
        parser.error("need --sequential ≥ 2, --warmup ≥ 0 and --orders 0 or ≥ 2")
    if args.database == "postgres":
        if args.database_url:
            parser.error("--database postgres or --database-url, not both")
        args.database, args.database_url = None, POSTGRES_URL
    if args.database and args.database_url:
        parser.error("--database FILE (SQLite) or --database-url, not both")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    deadline = time.monotonic() + args.timeout
    workdir = Path(tempfile.mkdtemp(prefix="langnghe-bench-"))
    servers: list[Server] = []
    backends: Backends | None = None
    try:
        print(f"Work directory: {workdir}")
        backends = backends_open(args, workdir)
        env = base_env(workdir, backends.database_url, args.conn_max_age, backends.redis_url)
        if not backends.prepared:
            print(f"Preparing the demo database ({backends.database}) …")
            prepare_database(workdir, env)

        print(f"Starting gunicorn ({WORKERS} workers) for the shop and the hello-world …")
        shop = start_server("shop", env, workdir)
        servers.append(shop)
        hello_env = {**env, "DJANGO_SETTINGS_MODULE": "bench.hello_settings"}
        hello = start_server("hello", hello_env, workdir)
        servers.append(hello)
        wait_until_ready(shop, HOME_PATH)
        wait_until_ready(hello, HELLO_PATH)
        load_before = load_average()
        hello_runs, pages = measure_all(shop, hello, args, deadline)
        info = {
            **machine(),
            "load_before": load_before,
            "database": backends.database,
            "cache": backends.redis,
        }
    finally:
        for server in servers:
            stop_server(server)
        if backends is not None:
            backends_close(backends, keep=args.keep)
        if args.keep:
            print(f"Kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    hello_rate = statistics.fmean(run.rate for run in hello_runs)
    drift = abs(hello_runs[0].rate - hello_runs[1].rate) / hello_rate
    rows = table(hello_runs, pages, hello_rate)
    passed, summary = verdict(pages, hello_rate)
    print()
    print("\n".join(rows))
    print()
    print(f"† 1000 / p50 ms × {WORKERS} workers (one request per order, not a load).")
    print(f"Load average before the load: {info['load_before']} (1, 5, 15 min).")
    print(
        f"Hello-world: {hello_runs[0].rate:,.0f} req/s before, {hello_runs[1].rate:,.0f} after "
        f"(drift {drift:.0%}); percentages are of the mean, {hello_rate:,.0f} req/s."
    )
    print(summary)
    if args.write_docs:
        section = docs_section(
            rows=rows,
            summary=summary,
            hello_runs=hello_runs,
            hello_rate=hello_rate,
            args=args,
            info=info,
        )
        write_docs(section)
    return 0 if passed else 1


if __name__ == "__main__":
    bench_run(main)
