"""Guest checkout: the whole path from "add to cart" to the order confirmation, timed per step.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> .venv/bin/python bench/checkout.py \
        [--runs N] [--warmup N] [--verbose] [--write-docs]

Creates a throw-away PostgreSQL database beside the one DATABASE_URL names (`<db>_bench_checkout`,
migrated from scratch and dropped at the end), builds the checkout tests' shop in it
(`tests.checkout.builders.checkout_shop_build`, with plenty of stock) and drives the checkout
in-process with Django's test Client, DEBUG off, local-memory cache, database sessions, the dummy
payment gateway, immediate tasks and the locmem email backend. With `--redis`, the production
set-up instead: Redis (django-redis) for the cache and sessions, and tasks queued in the database
(django-tasks-db), which a worker (`db_worker --batch`) runs after each guest, outside the
timings, as production's worker process does. Every run is a new guest (a fresh client, so a new
session and cart) that buys one tea set and gets the confirmation email; runs are sequential.
Each request is timed (`time.perf_counter` around the client call); SQL statements are
counted with `CaptureQueriesContext` in separate, untimed runs. `--verbose` prints the SQL of
the last run per step, with the project (or framework) function that issued each statement.

Target: the whole flow (every page a shopper sees) p50 ≤ 60 ms and ≤ 40 SQL statements.
Exit status: 0 when met, 1 when missed, 2 when the benchmark could not run.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import datetime as dt
import functools
import os
import platform
import pstats
import re
import statistics
import sys
import textwrap
import time
import traceback
import warnings
from collections import Counter
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from urllib.parse import urlencode

BASE_DIR = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    # Run as a script, Python puts bench/ first on the path, where this file would shadow the
    # `checkout` app; the project root goes there instead.
    sys.path[0] = str(BASE_DIR)

from bench import BenchError, bench_run, loop_ms  # noqa: E402 (after the path fix above)
from bench.docs import docs_section_write  # noqa: E402
from tests.checkout.flow import US_ADDRESS  # noqa: E402

SECTION_TITLE = "## Guest checkout"
TARGET_P50_MS = 60.0
TARGET_SQL = 40
LANG = "en"
PROJECT_DIRS = ("checkout", "shop", "cms", "config")
FORM_TYPE = "application/x-www-form-urlencoded"
IMMEDIATE_TASKS = "django_tasks.backends.immediate.ImmediateBackend"
QUEUED_TASKS = "django_tasks_db.DatabaseBackend"  # production's default (config/settings.py)
TRANSACTION_SQL = {sql: f"{sql} (transaction.atomic)" for sql in ("BEGIN", "COMMIT", "ROLLBACK")}


@dataclass(frozen=True)
class Step:
    key: str
    label: str
    method: str
    path: str  # {token}: the order's token, known after "place"
    expect: int  # status code
    minimal: bool  # part of the shopper's minimum (the POSTs, the pay page, the confirmation)


STEPS = [
    Step("add", "add to cart", "POST", "/en/checkout/cart/add/", 302, True),
    Step("cart", "cart page", "GET", "/en/checkout/cart/", 200, False),
    Step("start", "address page (reserves stock)", "GET", "/en/checkout/", 200, False),
    Step("address", "address and shipping method", "POST", "/en/checkout/", 302, True),
    Step("review", "review page", "GET", "/en/checkout/review/", 200, False),
    Step("place", "place order", "POST", "/en/checkout/place/", 302, True),
    Step("pay_page", "pay page", "GET", "/en/checkout/pay/{token}/", 200, True),
    Step("pay", "pay (dummy, succeed)", "POST", "/en/checkout/payments/dummy/{token}/", 302, True),
    Step("order", "confirmation page", "GET", "/en/checkout/order/{token}/", 200, True),
]


@dataclass
class StepRun:
    seconds: float
    cpu_seconds: float  # this process only: the app's Python, not PostgreSQL
    queries: list[dict] = field(repr=False)


# --- setup -------------------------------------------------------------------------------------


def django_setup(database_url: str, *, redis_url: str = "") -> None:
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DJANGO_ENV="development",
        DEBUG="false",
        SECRET_KEY="bench",
        ALLOWED_HOSTS="testserver,127.0.0.1,localhost",
        DATABASE_URL=database_url,
        # Persistent, as production runs (docs/operations.md). With 0 the worker that sends the
        # email after each guest (tasks_work) closed the requests' connection, so every guest's
        # first request paid for a new one, and no statement was ever prepared.
        DB_CONN_MAX_AGE="60",
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        LANGNGHE_PAYMENT_GATEWAY="dummy",
        TASKS_BACKEND=QUEUED_TASKS if redis_url else IMMEDIATE_TASKS,
        LOG_LEVEL="WARNING",
    )
    # Without --redis: local-memory cache and database-backed sessions, as on a single machine.
    # With it: the production set-up (config/settings.py), Redis for the cache and sessions.
    for name in ("REDIS_URL", "STRIPE_SECRET_KEY"):
        os.environ.pop(name, None)
    if redis_url:
        os.environ["REDIS_URL"] = redis_url
    # Nothing serves static files here; whitenoise would warn that STATIC_ROOT is missing.
    warnings.filterwarnings("ignore", message="No directory at", module="django.core.handlers")
    import django

    django.setup()


def database_create(*, keep: bool) -> str:
    """A fresh database beside DATABASE_URL's, migrated; its name."""
    from django.db import connection

    if connection.vendor != "postgresql":
        raise BenchError(f"DATABASE_URL must point at PostgreSQL (got {connection.vendor})")
    name = f"{connection.settings_dict['NAME']}_bench_checkout"
    connection.settings_dict.setdefault("TEST", {})["NAME"] = name
    print(f"Creating and migrating database {name} …", flush=True)
    started = time.perf_counter()
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False, keepdb=keep)
    print(f"  ({time.perf_counter() - started:.0f} s)")
    return name


def shop_build(stock: int):
    from tests.checkout.builders import checkout_shop_build

    return checkout_shop_build(stock=stock)


# --- the flow ----------------------------------------------------------------------------------


def _data(step: Step, *, sku: str, method_id: int) -> dict:
    return {
        "add": lambda: {"variant": sku, "quantity": 1},
        "address": lambda: {**US_ADDRESS, "method": method_id},
        "place": dict,
        "pay": lambda: {"outcome": "succeed"},
    }.get(step.key, dict)()


def tasks_work() -> None:
    """Run the queued tasks (the confirmation email) as production's worker would, untimed."""
    from django.conf import settings
    from django.core.management import call_command

    if settings.TASKS["default"]["BACKEND"] == QUEUED_TASKS:
        call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)


def flow_run(
    *,
    sku: str,
    method_id: int,
    count: bool = False,
    origins: bool = False,
    profiler: cProfile.Profile | None = None,
) -> list[StepRun]:
    """One guest from an empty session to the confirmation page; a StepRun per step.
    `count`: list each step's statements (Django's debug cursor, which production does not
    run, so timed runs leave it off); `profiler`: enabled around each request only."""
    from django.core import mail
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_ACCEPT_LANGUAGE=LANG)
    token = ""
    runs = []
    review_fingerprint: list[str] = []
    for step in STEPS:
        path = step.path.format(token=token)
        data = _data(step, sku=sku, method_id=method_id)
        if step.key == "place":
            data = {"fingerprint": review_fingerprint[0] if review_fingerprint else ""}
        if step.method == "POST":
            # As a browser posts a form without files (the test client's default is multipart).
            call = functools.partial(client.post, content_type=FORM_TYPE)
            data = urlencode(data)
        else:
            call = client.get
        tracer = _OriginTracer() if origins else None
        with (
            CaptureQueriesContext(connection) if count or origins else _NoCapture() as captured,
            connection.execute_wrapper(tracer) if tracer else contextlib.nullcontext(),
        ):
            if profiler:
                profiler.enable()
            started, cpu_started = time.perf_counter(), time.process_time()
            response = call(path, data) if data else call(path)
            seconds = time.perf_counter() - started
            cpu_seconds = time.process_time() - cpu_started
            if profiler:
                profiler.disable()
        if response.status_code != step.expect:
            body = response.content.decode(errors="replace")[:2000]
            raise BenchError(
                f"{step.method} {path} answered {response.status_code}, not {step.expect}:\n{body}"
            )
        if step.key == "review":  # the place form carries what the review showed
            fingerprint = re.search(r'name="fingerprint" value="([0-9a-f]*)"', response.text)
            review_fingerprint[:] = [fingerprint.group(1)] if fingerprint else []
        if step.key == "place":
            match = re.fullmatch(r"/en/checkout/pay/([^/]+)/", response["Location"])
            if not match:
                raise BenchError(f"place order redirected to {response['Location']}")
            token = match.group(1)
        if step.key == "pay" and not response["Location"].endswith(f"/order/{token}/"):
            raise BenchError(f"the dummy payment redirected to {response['Location']}")
        queries = list(captured.captured_queries)
        if tracer:
            origins = iter(tracer.origins)
            for query in queries:
                # Django logs BEGIN/COMMIT/ROLLBACK itself; they pass no execute wrapper.
                query["origin"] = TRANSACTION_SQL.get(query["sql"]) or next(origins, "?")
        runs.append(StepRun(seconds=seconds, cpu_seconds=cpu_seconds, queries=queries))
    tasks_work()
    sent = getattr(mail, "outbox", [])
    if len(sent) != 1 or sent[0].to != [US_ADDRESS["email"]]:
        raise BenchError(f"expected one confirmation email, got {len(sent)}")
    mail.outbox = []
    return runs


class _NoCapture(contextlib.AbstractContextManager):
    """Stands for CaptureQueriesContext in timed runs: no statements listed."""

    captured_queries: list[dict] = []

    def __exit__(self, *exc) -> None:
        return None


class _OriginTracer:
    """An execute wrapper noting which function issued each statement (for --verbose)."""

    def __init__(self) -> None:
        self.origins: list[str] = []

    def __call__(self, execute, sql, params, many, context):
        self.origins.append(query_origin(traceback.extract_stack()[:-1]))
        return execute(sql, params, many, context)


def query_origin(stack: list[traceback.FrameSummary], depth: int = 3) -> str:
    """The innermost project frames (callee ← caller), and the framework frame they called."""
    project: list[str] = []
    framework = None
    for frame in reversed(stack):
        short = _short(frame.filename)
        if short.startswith(("django/db/", "bench/", "django/test/", "django/core/handlers/")):
            continue
        if short.split("/", 1)[0] in PROJECT_DIRS:
            project.append(f"{short}:{frame.lineno} {frame.name}")
            if len(project) == depth:
                break
        elif not project and framework is None and "site-packages" in frame.filename:
            framework = f"{short}:{frame.lineno} {frame.name}"
    where = " ← ".join(project) or "?"
    return f"{framework} ← {where}" if framework else where


def _short(filename: str) -> str:
    if "site-packages" in filename:
        return filename.split(f"site-packages{os.sep}", 1)[-1]
    try:
        return str(Path(filename).resolve().relative_to(BASE_DIR))
    except ValueError:
        return filename


# --- results -----------------------------------------------------------------------------------


def percentile(values: list[float], pct: int) -> float:
    if len(values) == 1:
        return values[0] * 1000
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1] * 1000


def sql_count(counts: list[int]) -> str:
    low, high = min(counts), max(counts)
    return str(low) if low == high else f"{low}–{high}"


def table(
    runs: list[list[StepRun]], counted: list[list[StepRun]]
) -> tuple[list[str], dict[str, dict]]:
    """The timed runs' times and the counted runs' statements, per step and for the flows."""
    rows = [
        "| # | step | request | in minimal | p50 ms | p95 ms | app CPU ms (p50) | SQL |",
        "|---:|---|---|:---:|---:|---:|---:|---:|",
    ]
    for index, step in enumerate(STEPS):
        seconds = [run[index].seconds for run in runs]
        cpu = [run[index].cpu_seconds for run in runs]
        counts = [len(run[index].queries) for run in counted]
        path = step.path.replace("{token}", "‹token›")
        rows.append(
            f"| {index + 1} | {step.label} | `{step.method} {path}` | "
            f"{'✓' if step.minimal else ''} | {percentile(seconds, 50):.1f} | "
            f"{percentile(seconds, 95):.1f} | {percentile(cpu, 50):.1f} | {sql_count(counts)} |"
        )
    totals = {}
    for key, label, everything in (
        ("whole", f"**whole flow ({len(STEPS)} requests)**", True),
        ("minimal", f"minimal ({sum(s.minimal for s in STEPS)} requests, ✓)", False),
    ):
        indexes = [i for i, s in enumerate(STEPS) if everything or s.minimal]
        seconds = [sum(run[i].seconds for i in indexes) for run in runs]
        cpu = [sum(run[i].cpu_seconds for i in indexes) for run in runs]
        counts = [sum(len(run[i].queries) for i in indexes) for run in counted]
        totals[key] = {"p50": percentile(seconds, 50), "sql": max(counts)}
        rows.append(
            f"| | {label} | | | {percentile(seconds, 50):.1f} | {percentile(seconds, 95):.1f} | "
            f"{percentile(cpu, 50):.1f} | {sql_count(counts)} |"
        )
    return rows, totals


def verdict(totals: dict[str, dict]) -> tuple[bool, str]:
    whole = totals["whole"]
    time_ok, sql_ok = whole["p50"] <= TARGET_P50_MS, whole["sql"] <= TARGET_SQL
    text = (
        f"Target (whole flow p50 ≤ {TARGET_P50_MS:.0f} ms and ≤ {TARGET_SQL} SQL statements): "
        f"{'PASS' if time_ok and sql_ok else 'FAIL'} — p50 {whole['p50']:.1f} ms "
        f"({'met' if time_ok else 'missed'}), {whole['sql']} statements "
        f"({'met' if sql_ok else 'missed'})."
    )
    return time_ok and sql_ok, text


def verbose_report(run: list[StepRun]) -> str:
    lines = []
    for step, result in zip(STEPS, run, strict=True):
        lines.append(f"\n=== {step.label}: {step.method} {step.path} — {len(result.queries)} SQL")
        origins = Counter(query.get("origin", "?") for query in result.queries)
        for origin, count in origins.most_common():
            lines.append(f"  {count:3}×  {origin}")
        lines.append("  --")
        for number, query in enumerate(result.queries, 1):
            sql = " ".join(query["sql"].split())
            sql = sql if len(sql) <= 240 else sql[:237] + "…"
            lines.append(f"  {number:3}. {sql}")
    return "\n".join(lines)


def load_average() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "?"


def machine() -> dict[str, str]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0].split()[0]
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpus": str(os.cpu_count()),
        "cpu": cpu,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "postgres": postgres,
        "load": load_average(),
        "loop": f"{loop_ms():.0f}",
        "versions": f"Django {metadata.version('django')}, Wagtail {metadata.version('wagtail')}, "
        f"psycopg {metadata.version('psycopg')}",
    }


def busy_note(info: dict[str, str]) -> str:
    """A warning when other work shared the CPUs: wall-clock times then include waiting."""
    try:
        busy = float(info["load"].split()[0]) >= float(info["cpus"])
    except ValueError:
        busy = False
    if not busy:
        return ""
    return (
        "The machine was busy (load average ≥ its CPUs), so the wall-clock times include "
        "waiting for a CPU; app CPU is the steadier figure. Re-run on a quiet machine before "
        "comparing wall-clock times."
    )


def docs_section(*, rows: list[str], summary: str, args, info: dict[str, str]) -> str:
    options = [
        f"{flag} {value}"
        for flag, value, default in (
            ("--runs", args.runs, 50),
            ("--warmup", args.warmup, 3),
            ("--redis", args.redis, ""),
        )
        if value != default
    ]
    command = " ".join(
        [
            "DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db>",
            ".venv/bin/python bench/checkout.py",
            *options,
            "--write-docs",
        ]
    )
    method = (
        "Method. `bench/checkout.py` migrates a fresh PostgreSQL database, builds the checkout "
        "tests' shop (`tests.checkout.builders.checkout_shop_build`: four markets with rates, "
        "one tea set with ample stock, EMS shipping, duty rules) and drives the checkout "
        "in-process with Django's test Client: it measures the application (middleware, views, "
        "ORM, templates, the database round trips) and leaves out the HTTP server, connection "
        "set-up (the client keeps one database connection open, `DB_CONN_MAX_AGE=60`, so "
        "PostgreSQL prepares the statements it sees again, as in production) and the browser. "
        "Settings: "
        "`DJANGO_ENV=development DEBUG=false`, "
        + (
            "Redis (127.0.0.1, django-redis) for the cache and sessions, as in production, "
            if args.redis
            else "local-memory cache, database sessions (no Redis), "
        )
        + "forms posted URL-encoded as browsers post them, the dummy gateway, "
        + (
            "tasks queued in the database as in production (the payment request queues the "
            "confirmation email; a worker, `db_worker --batch`, sends it to the locmem backend "
            "after each guest, outside the timings) "
            if args.redis
            else "immediate tasks (the confirmation email is rendered and sent, to the locmem "
            "backend, inside the payment request) "
        )
        + "and no CSRF check (the test client skips it). "
        f"After {args.warmup} warm-up runs, {args.runs} sequential runs, each a new guest (a "
        "fresh client: new session and cart) buying one item with a US address (USD, DDP). "
        "A step is one request (redirects are not followed; the page a redirect leads to is "
        "its own step); the whole flow is every page a shopper sees, the minimal one only the "
        "POSTs plus the pay page and the confirmation (summed from the same runs). Totals are "
        "percentiles of the per-run sums. App CPU is this process's CPU time during the request "
        "(`time.process_time`: Python, not PostgreSQL), which a busy machine inflates less than "
        "the wall-clock times. SQL counts every statement the request sent, as "
        "`CaptureQueriesContext` lists them: BEGIN, COMMIT and savepoints included (each is a "
        "round trip), in untimed runs of their own after the timed ones (the debug cursor that "
        "lists them costs about 3 % of the flow, and production runs without it). "
        "`--verbose` prints each step's SQL and the function that issued it."
    )
    today = dt.date.today().isoformat()
    return "\n".join(
        [
            SECTION_TITLE,
            "",
            f"Run on {today}: {info['cpus']} CPUs ({info['cpu']}), {info['os']}, "
            f"Python {info['python']}, PostgreSQL {info['postgres']} (local, 127.0.0.1), "
            f"{info['versions']}. Load average before the runs: {info['load']} (1, 5, 15 min); "
            f"a million empty loop iterations: {info['loop']} ms before the runs.",
            "",
            "```sh",
            command,
            "```",
            "",
            *rows,
            "",
            summary,
            "",
            *textwrap.wrap(busy_note(info), width=100, break_on_hyphens=False),
            "",
            *textwrap.wrap(method, width=100, break_on_hyphens=False),
            "",
        ]
    )


def write_docs(section: str) -> None:
    docs_section_write(SECTION_TITLE, section)


# --- main --------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench/checkout.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--runs", type=int, default=50, help="timed runs (50)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs first (3)")
    parser.add_argument(
        "--verbose", action="store_true", help="print each step's SQL and where it comes from"
    )
    parser.add_argument(
        "--keepdb", action="store_true", help="reuse and keep the benchmark database"
    )
    parser.add_argument(
        "--write-docs", action="store_true", help="update docs/performance.md with the results"
    )
    parser.add_argument(
        "--redis",
        metavar="URL",
        default="",
        help="cache and sessions in Redis at URL, as in production (e.g. redis://127.0.0.1:6379/9)",
    )
    parser.add_argument(
        "--profile",
        metavar="FILE",
        default="",
        help="profile the timed runs' requests (cProfile counting CPU time, written to FILE) and "
        "print the Python function calls per flow: a count a busy machine does not change, for "
        "comparing two versions side by side",
    )
    args = parser.parse_args(argv)
    if args.runs < 2 or args.warmup < 0:
        parser.error("need --runs ≥ 2 and --warmup ≥ 0")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")):
        raise BenchError("set DATABASE_URL=postgres://…/<db> (the benchmark runs on PostgreSQL)")
    django_setup(database_url, redis_url=args.redis)
    from django.db import connection

    original_name = connection.settings_dict["NAME"]
    database_create(keep=args.keepdb)
    try:
        from django.core.cache import cache

        cache.clear()
        shop = shop_build(stock=10 * (args.runs + args.warmup + 1) + 1000)
        flow = {"sku": shop.variant.sku, "method_id": shop.method.pk}
        info = machine()
        print(f"Warm-up: {args.warmup} runs; then {args.runs} timed runs …", flush=True)
        for _ in range(args.warmup):
            flow_run(**flow)
        profiler = cProfile.Profile(time.process_time) if args.profile else None
        runs = [flow_run(**flow, profiler=profiler) for _ in range(args.runs)]
        if profiler:
            profiler.dump_stats(args.profile)
            calls = pstats.Stats(profiler).total_calls / args.runs
            print(f"Python function calls per flow: {calls:,.0f} (profile: {args.profile})")
        # Statements are counted in runs of their own: the debug cursor that lists them costs
        # about 3 % of the flow's CPU, which production does not pay.
        counted = [flow_run(**flow, count=True) for _ in range(max(5, args.runs // 5))]
        traced = flow_run(**flow, origins=True) if args.verbose else None
    finally:
        if not args.keepdb:
            connection.creation.destroy_test_db(original_name, verbosity=0, keepdb=False)
    rows, totals = table(runs, counted)
    passed, summary = verdict(totals)
    if traced:
        print(verbose_report(traced))
    print()
    print("\n".join(rows))
    print()
    print(summary)
    print(
        f"A million empty loop iterations: {info['loop']} ms before the runs, "
        f"{loop_ms():.0f} ms after."
    )
    if args.write_docs:
        write_docs(docs_section(rows=rows, summary=summary, args=args, info=info))
    return 0 if passed else 1


if __name__ == "__main__":
    bench_run(main)
