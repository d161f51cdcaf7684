"""The guest checkout timed over HTTP: gunicorn, PostgreSQL and Redis, as production runs it.

    .venv/bin/python -m bench.checkout_http [--guests N] [--database postgres] [--redis URL]

bench/checkout.py times the checkout in-process (the application alone); this one drives the
same nine steps as a browser does, against gunicorn (2 sync workers, DEBUG off) serving the
demo shop: a new connection per request (sync workers close it; connecting is part of each
step), cookies kept, CSRF tokens read from each form, `Origin` on each POST, the dummy gateway,
tasks queued in the database as in production (the confirmation email is queued, not sent:
no worker runs). Each guest is new and buys one unit of a demo variant with stock to spare.
A step is one request; the whole flow is the sum of a guest's nine. Target: whole flow p50
≤ 60 ms. Only 127.0.0.1 is contacted; a fixed number of guests under a deadline; gunicorn is
always stopped and the databases dropped. Exit status 0 (target met), 1 (missed), 2 (could
not run).
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench import BenchError, bench_run, loop_ms
from bench.backends import POSTGRES_URL, backends_close, backends_open
from bench.storefront import (
    HOME_PATH,
    WORKERS,
    base_env,
    load_average,
    machine,
    prepare_database,
    server_cpu_seconds,
    start_server,
    stop_server,
    wait_until_ready,
)
from bench.visitors import Reply, guest_checkout, order_plan

TARGET_P50_MS = 60.0
STEPS = [
    "add to cart",
    "cart page",
    "address page (reserves stock)",
    "address and shipping method",
    "review page",
    "place order",
    "pay page",
    "pay (dummy, succeed)",
    "confirmation page",
]
TOKEN = re.compile(r"/[A-Za-z0-9_-]{20,}/$")
QUEUED_TASKS = "django_tasks_db.DatabaseBackend"  # production's default (config/settings.py)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.checkout_http", description=__doc__)
    parser.add_argument("--guests", type=int, default=30, help="timed guests (30)")
    # Each of the 2 workers prepares a statement after its 5th run on its connection
    # (DB_PREPARE_THRESHOLD): 12 untimed guests leave both warm, as a server that has run a while.
    parser.add_argument("--warmup", type=int, default=12, help="untimed guests first (12)")
    parser.add_argument("--timeout", type=float, default=1200, help="deadline in seconds")
    parser.add_argument(
        "--database", default="postgres", help=f"`postgres` ({POSTGRES_URL}) or an SQLite file"
    )
    parser.add_argument("--database-url", default="", help="another new PostgreSQL database")
    parser.add_argument("--redis", default="", metavar="URL", help="Redis for cache and sessions")
    parser.add_argument("--conn-max-age", type=int, default=60, help="DB_CONN_MAX_AGE (60)")
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    args = parser.parse_args(argv)
    if args.database == "postgres":
        args.database, args.database_url = "", args.database_url or POSTGRES_URL
    if args.guests < 2:
        parser.error("need --guests ≥ 2")
    return args


def guests_run(server, *, warmup: int, guests: int, deadline: float):
    """Each timed guest's nine replies, after `warmup` untimed guests; and the server's CPU
    milliseconds per timed flow (gunicorn and its workers; None off Linux)."""
    plan = order_plan(server.port, exclude="", orders=warmup + guests)
    runs, cpu_before = [], None
    for index, offer in enumerate(plan):
        if time.monotonic() > deadline:
            raise BenchError("the deadline passed")
        if index == warmup:
            cpu_before = server_cpu_seconds(server)
        log: list[Reply] = []
        guest_checkout(server.port, offer.sku, log)
        if len(log) != len(STEPS):
            raise BenchError(f"a guest made {len(log)} requests, not {len(STEPS)}")
        if index >= warmup:
            runs.append(log)
    cpu_after = server_cpu_seconds(server)
    if cpu_before is None or cpu_after is None:
        return runs, None
    return runs, (cpu_after - cpu_before) * 1000 / guests


def p(values: list[float], pct: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1] * 1000


def table(runs: list[list[Reply]], cpu_ms: float | None) -> tuple[list[str], float]:
    rows = ["| # | step | request | p50 ms | p95 ms |", "|---:|---|---|---:|---:|"]
    for index, label in enumerate(STEPS):
        seconds = [run[index].seconds for run in runs]
        path = TOKEN.sub("/‹token›/", runs[0][index].path.split("?")[0])
        request = f"{runs[0][index].method} {path}"
        rows.append(
            f"| {index + 1} | {label} | `{request}` | {p(seconds, 50):.1f} | {p(seconds, 95):.1f} |"
        )
    whole = [sum(reply.seconds for reply in run) for run in runs]
    cpu = f"; server CPU {cpu_ms:.1f} ms per flow" if cpu_ms is not None else ""
    rows.append(
        f"| | **whole flow** ({len(runs)} guests{cpu}) | | {p(whole, 50):.1f} | "
        f"{p(whole, 95):.1f} |"
    )
    return rows, p(whole, 50)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    deadline = time.monotonic() + args.timeout
    workdir = Path(tempfile.mkdtemp(prefix="langnghe-bench-"))
    server = backends = None
    try:
        backends = backends_open(args, workdir)
        env = base_env(workdir, backends.database_url, args.conn_max_age, backends.redis_url)
        env["TASKS_BACKEND"] = QUEUED_TASKS
        if not backends.prepared:
            print(f"Preparing the demo database ({backends.database}) …", flush=True)
            prepare_database(workdir, env)
        server = start_server("shop", env, workdir)
        wait_until_ready(server, HOME_PATH)
        load, loops = load_average(), [loop_ms()]
        runs, cpu_ms = guests_run(server, warmup=args.warmup, guests=args.guests, deadline=deadline)
        loops.append(loop_ms())
    finally:
        if server is not None:
            stop_server(server)
        if backends is not None:
            backends_close(backends, keep=args.keep)
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    rows, whole_p50 = table(runs, cpu_ms)
    info = machine()
    print("\n".join(rows))
    print(
        f"\n{info['cpus']} CPUs ({info['cpu']}), Python {info['python']}, {info['versions']}; "
        f"{backends.database}, {backends.redis or 'local-memory cache'}; gunicorn {WORKERS} sync "
        f"workers, DB_CONN_MAX_AGE={args.conn_max_age}; load before: {load}; a million empty "
        f"loop iterations: {loops[0]:.0f} ms before, {loops[1]:.0f} ms after."
    )
    met = whole_p50 <= TARGET_P50_MS
    print(
        f"Target (whole flow p50 ≤ {TARGET_P50_MS:.0f} ms over HTTP): "
        f"{'PASS' if met else 'FAIL'} — p50 {whole_p50:.1f} ms"
    )
    return 0 if met else 1


if __name__ == "__main__":
    bench_run(main)
