"""Storefront throughput: home, a listing and a story page against a hello-world Django view.

    .venv/bin/python -m bench.storefront [--requests N] [--concurrency C] [--write-docs]

Builds a throw-away SQLite database with the demo shop (`migrate` + `load_demo`), serves it with
gunicorn (2 sync workers, DEBUG off) and, on a second port, the same settings and middleware with
a one-view URLconf (`bench.hello_settings`). Each URL gets a warm-up, then N requests from C client
threads, each on its own `http.client.HTTPConnection` to 127.0.0.1. Requests/s is
N / wall time; p50/p95 are per-request latencies. The hello-world is measured before and after the
pages, and the pages are compared with the mean of the two (a drift check on a shared machine).

Target: every page at least 50 % of the hello-world rate. Only 127.0.0.1 is contacted; every load
is a fixed number of requests under an overall deadline, and gunicorn is always stopped.
Exit status: 0 when every page meets the target, 1 when one does not, 2 when the benchmark could
not run. `--keep` leaves the database for `python -m bench.profile_page` (where the time goes).
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

BASE_DIR = Path(__file__).resolve().parent.parent
DOCS_FILE = BASE_DIR / "docs" / "performance.md"
SECTION_TITLE = "## Storefront benchmark"
HOST = "127.0.0.1"
WORKERS = 2
TARGET_RATIO = 0.5
HEADERS = {"Accept-Language": "en", "Accept": "text/html", "User-Agent": "langnghe-bench"}

HOME_PATH = "/en/"
LISTING_PATH = "/en/shop/"
HELLO_PATH = "/hello/"

DOCS_INTRO = """# Performance

How fast the storefront serves its pages, and how that is measured. Benchmarks live in `bench/`
and are run by hand; the test suite never makes timed assertions (they are flaky on shared CI
machines and say nothing about production hardware). Re-run a benchmark after changes to page
rendering, pricing, stock or routing, and update the numbers here.
"""


class BenchError(RuntimeError):
    """The benchmark could not run (setup failed, a URL misbehaved, the deadline passed)."""


@dataclass
class Result:
    label: str
    path: str
    requests: int
    seconds: float
    latencies: list[float] = field(repr=False)
    bytes_per_response: int = 0
    cpu_seconds: float | None = None  # user + system time of gunicorn and its workers

    @property
    def cpu_ms(self) -> float | None:
        return None if self.cpu_seconds is None else self.cpu_seconds / self.requests * 1000

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    def percentile(self, pct: int) -> float:
        cuts = statistics.quantiles(self.latencies, n=100, method="inclusive")
        return cuts[pct - 1] * 1000


# --- setup -------------------------------------------------------------------------------------


def base_env(workdir: Path, database_url: str, conn_max_age: int) -> dict[str, str]:
    env = dict(os.environ)
    # Nothing from the caller's shell may point the servers elsewhere (a Redis, a Postgres …).
    for name in ("REDIS_URL", "DJANGO_SETTINGS_MODULE", "DB_CONN_MAX_AGE"):
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
    )
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
    for product_id in range(1, 21):
        status, headers, _body = fetch(port, f"/en/q/{product_id}/")
        location = headers.get("Location") or headers.get("location")
        if status in (301, 302) and location:
            return urllib.parse.urlsplit(location).path
    status, _headers, body = fetch(port, "/sitemap.xml")
    if status == 200:
        for url in re.findall(r"<loc>([^<]+)</loc>", body.decode()):
            path = urllib.parse.urlsplit(url).path
            if path.startswith("/en/") and path.count("/") == 5:  # /en/makers/producer/story/
                return path
    raise BenchError("found no story page (neither /q/<id>/ nor the sitemap)")


# --- load --------------------------------------------------------------------------------------


def load(
    port: int, path: str, *, requests: int, concurrency: int, deadline: float, label: str = ""
) -> Result:
    """`requests` GETs of `path` from `concurrency` threads, each on its own connection."""
    shares = [requests // concurrency + (i < requests % concurrency) for i in range(concurrency)]
    latencies: list[list[float]] = [[] for _ in shares]
    errors: list[str] = []
    sizes: list[int] = []
    barrier = threading.Barrier(concurrency + 1)

    def client(index: int, count: int) -> None:
        conn = http.client.HTTPConnection(HOST, port, timeout=30)
        mine = latencies[index]
        try:
            barrier.wait()
            for _ in range(count):
                if time.monotonic() > deadline:
                    errors.append("deadline passed")
                    return
                started = time.perf_counter()
                conn.request("GET", path, headers=HEADERS)
                response = conn.getresponse()
                body = response.read()
                mine.append(time.perf_counter() - started)
                if response.status != 200:
                    errors.append(f"{response.status} for {path}")
                    return
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


def table(hello_runs: list[Result], pages: list[Result], hello_rate: float) -> list[str]:
    hello_cpu = [run.cpu_ms for run in hello_runs if run.cpu_ms]
    hello_cpu_ms = statistics.fmean(hello_cpu) if hello_cpu else None
    rows = [
        "| page | URL | req/s | p50 ms | p95 ms | KiB | server CPU ms/req "
        "| req/s ratio to hello-world | target ≥ 50 % |",
        "|---|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for result in [*hello_runs, *pages]:
        ratio = result.rate / hello_rate
        if result in hello_runs:
            verdict = "baseline"
        else:
            verdict = "PASS" if ratio >= TARGET_RATIO else "FAIL"
        cpu = fmt_ms(result.cpu_ms)
        if result.cpu_ms and hello_cpu_ms and result not in hello_runs:
            cpu += f" ({result.cpu_ms / hello_cpu_ms:.0f}×)"
        rows.append(
            f"| {result.label} | `{result.path}` | {result.rate:,.0f} | "
            f"{result.percentile(50):.1f} | {result.percentile(95):.1f} | "
            f"{result.bytes_per_response / 1024:.1f} | {cpu} | {ratio:.2f} | {verdict} |"
        )
    return rows


def docs_section(
    *, rows: list[str], hello_runs: list[Result], hello_rate: float, args, info: dict[str, str]
) -> str:
    options = [
        f"{flag} {value}"
        for flag, value, default in (
            ("--requests", args.requests, 2000),
            ("--concurrency", args.concurrency, 4),
            ("--warmup", args.warmup, 50),
            ("--conn-max-age", args.conn_max_age, 0),
        )
        if value != default
    ]
    command = " ".join(["python -m bench.storefront", *options, "--write-docs"])
    runs = " and ".join(f"{run.rate:,.0f}" for run in hello_runs)
    today = dt.date.today().isoformat()
    method = (
        "Method. `bench/storefront.py` loads the demo shop into a fresh SQLite database "
        "(`migrate`, `load_demo`) and serves it with `gunicorn config.wsgi -w 2` (sync workers) "
        "and `DJANGO_ENV=development DEBUG=false`: local-memory cache, no Redis, "
        f"`DB_CONN_MAX_AGE={args.conn_max_age}`. The baseline is a view returning "
        "`Hello, world`, served the same way at the same time through `bench.hello_settings` "
        "(the same settings and middleware, a one-view URLconf). Each URL gets a warm-up, then "
        f"{args.requests} GETs from {args.concurrency} client threads, each with its own "
        "`http.client` connection to 127.0.0.1 (gunicorn's sync workers close the connection "
        "after each response, so every request opens one, for every URL alike), "
        "`Accept-Language: en` and no cookies: a first visit, anonymous, no session. "
        "req/s = requests / wall time; p50/p95 are per-request latencies including the wait "
        "for a free worker; only the HTML is fetched (no static files or images). "
        "Server CPU ms/req is the user + system time of gunicorn and its workers during the "
        "load divided by the requests (from /proc), with the multiple of the hello-world's: "
        "unlike req/s it does not depend on what else the machine is doing. The load "
        "generator shares the machine with the servers, which lowers the hello-world rate "
        "more than the pages' rates; compare runs on the same machine only."
    )
    return "\n".join(
        [
            SECTION_TITLE,
            "",
            f"Run on {today}: {info['cpus']} CPUs ({info['cpu']}), {info['os']}, "
            f"Python {info['python']}, {info['versions']}. Load average before the load: "
            f"{info['load_before']} (1, 5, 15 min).",
            "",
            "```sh",
            command,
            "```",
            "",
            *rows,
            "",
            f"Ratios are to the mean hello-world rate, {hello_rate:,.0f} req/s (measured "
            f"before and after the pages: {runs} req/s).",
            "",
            *textwrap.wrap(method, width=100, break_on_hyphens=False),
            "",
        ]
    )


def write_docs(section: str) -> None:
    text = DOCS_FILE.read_text() if DOCS_FILE.exists() else DOCS_INTRO
    pattern = re.compile(rf"^{re.escape(SECTION_TITLE)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _match: section + "\n", text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    DOCS_FILE.parent.mkdir(parents=True, exist_ok=True)
    DOCS_FILE.write_text(text.rstrip("\n") + "\n")
    print(f"Wrote the “Storefront benchmark” section of {DOCS_FILE.relative_to(BASE_DIR)}.")


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
        "--timeout", type=float, default=1800, help="overall deadline in seconds (1800)"
    )
    parser.add_argument(
        "--database",
        type=Path,
        help="an SQLite file already holding the demo (skips migrate and load_demo)",
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
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    deadline = time.monotonic() + args.timeout
    workdir = Path(tempfile.mkdtemp(prefix="langnghe-bench-"))
    servers: list[Server] = []
    try:
        if args.database:
            database = args.database.resolve()
            if not database.is_file():
                raise BenchError(f"{database} does not exist")
        else:
            database = workdir / "bench.sqlite3"
        env = base_env(workdir, f"sqlite:///{database}", args.conn_max_age)
        print(f"Work directory: {workdir}")
        if not args.database:
            print("Preparing the demo database …")
            prepare_database(workdir, env)

        print(f"Starting gunicorn ({WORKERS} workers) for the shop and the hello-world …")
        shop = start_server("shop", env, workdir)
        servers.append(shop)
        hello_env = {**env, "DJANGO_SETTINGS_MODULE": "bench.hello_settings"}
        hello = start_server("hello", hello_env, workdir)
        servers.append(hello)
        wait_until_ready(shop, HOME_PATH)
        wait_until_ready(hello, HELLO_PATH)

        targets = [("home", HOME_PATH), ("listing", LISTING_PATH), ("story", story_path(shop.port))]
        for label, path in targets:
            status, _headers, _body = fetch(shop.port, path)
            if status != 200:
                raise BenchError(f"{label}: GET {path} answered {status}")
        print("Pages: " + ", ".join(f"{label} {path}" for label, path in targets))

        def run(server: Server, label: str, path: str) -> Result:
            load(
                server.port,
                path,
                requests=args.warmup,
                concurrency=min(args.concurrency, args.warmup),
                deadline=deadline,
            )
            cpu_before = server_cpu_seconds(server)
            result = load(
                server.port,
                path,
                requests=args.requests,
                concurrency=args.concurrency,
                deadline=deadline,
                label=label,
            )
            cpu_after = server_cpu_seconds(server)
            if cpu_before is not None and cpu_after is not None:
                result.cpu_seconds = cpu_after - cpu_before
            print(
                f"  {label:<21} {result.rate:8,.0f} req/s   p50 {result.percentile(50):6.1f} ms"
                f"   p95 {result.percentile(95):6.1f} ms   CPU {fmt_ms(result.cpu_ms)} ms/req"
            )
            return result

        load_before = load_average()
        print(f"Load: {args.requests} requests per URL, {args.concurrency} client threads")
        hello_runs = [run(hello, "hello-world (before)", HELLO_PATH)]
        pages = [run(shop, label, path) for label, path in targets]
        hello_runs.append(run(hello, "hello-world (after)", HELLO_PATH))
        info = {**machine(), "load_before": load_before}
    finally:
        for server in servers:
            stop_server(server)
        if args.keep:
            print(f"Kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    hello_rate = statistics.fmean(run.rate for run in hello_runs)
    drift = abs(hello_runs[0].rate - hello_runs[1].rate) / hello_rate
    rows = table(hello_runs, pages, hello_rate)
    print()
    print("\n".join(rows))
    print()
    print(f"Load average before the load: {info['load_before']} (1, 5, 15 min).")
    print(
        f"Hello-world: {hello_runs[0].rate:,.0f} req/s before, {hello_runs[1].rate:,.0f} after "
        f"(drift {drift:.0%}); ratios use the mean, {hello_rate:,.0f} req/s."
    )
    passed = all(result.rate / hello_rate >= TARGET_RATIO for result in pages)
    print(f"Target (each page ≥ {TARGET_RATIO:.0%} of hello-world): {'PASS' if passed else 'FAIL'}")
    if args.write_docs:
        section = docs_section(
            rows=rows, hello_runs=hello_runs, hello_rate=hello_rate, args=args, info=info
        )
        write_docs(section)
    return 0 if passed else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as exc:
        print(f"benchmark failed: {exc}", file=sys.stderr)
        sys.exit(2)
