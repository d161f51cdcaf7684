"""A 10,000-product catalogue: do live listings, filtered listings and search stay within 1.3× of
the 34-product demo?

    .venv/bin/python -m bench.catalogue_big [--products 10000] [--requests 50] [--rounds 5]
        [--redis redis://127.0.0.1:6379/9] [--sqlite PATH] [--keep] [--write-docs]

Creates a throw-away PostgreSQL database (`--database-url`, default `test_bench_big` on
127.0.0.1) or a new SQLite file (`--sqlite PATH`), migrates it and loads the demo
(`load_demo --as-default-site`: 34 products, pages in seven languages, six markets), keeps a
copy of it as it is (`…_demo`), then generates `--products` more products over the demo's
producers and categories (`bench.catalogue_data`: variants, stock, explicit market prices,
photos, a live story page per language and its search document). Both databases are dropped at
the end unless `--keep`.

Measured in-process with Django's test Client (DEBUG off; with `--redis`, Redis for the cache
and the sessions as in production), as a live visitor: a session with one item in the cart, so
the whole-page cache never answers. The demo and the big catalogue are measured in `--rounds`
alternating rounds (caches emptied and a new visitor at each switch), so that both meet the
machine's same minutes. Per URL and round: a warm-up, the SQL statements of one request, then
`--requests` / rounds timed requests; p50 and p95 over all rounds. Cold rows: the caches emptied
(`cache.clear()`, `shop.utils.memo.local_clear()`; the visitor's session put back) before each
of `--cold` requests per round. Target: each live listing, filtered listing and search p50 ≤
1.3× the demo's. Exit status: 0 when met, 1 when missed, 2 when the benchmark could not run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import platform
import re
import shutil
import statistics
import tempfile
import textwrap
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

from bench import BenchError, bench_run
from bench.backends import postgres_create, postgres_drop, redis_flush
from bench.checkout import django_setup
from bench.docs import docs_section_write

BASE_DIR = Path(__file__).resolve().parent.parent
SECTION_TITLE = "## A 10,000-product catalogue"
POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/test_bench_big"
TARGET_RATIO = 1.3
LANG = "en"
FORM_TYPE = "application/x-www-form-urlencoded"
DEMO_PRODUCTS = 34


@dataclass(frozen=True)
class Probe:
    key: str
    label: str
    path: str
    cold: bool = False  # caches emptied before each request
    target: bool = False  # held to TARGET_RATIO by the issue


@dataclass
class Result:
    seconds: list[float]
    statements: int
    text: str = field(default="", repr=False)  # the last response, for checks

    def ms(self, pct: int) -> float:
        if len(self.seconds) == 1:
            return self.seconds[0] * 1000
        return statistics.quantiles(self.seconds, n=100, method="inclusive")[pct - 1] * 1000


# --- set-up ------------------------------------------------------------------------------------


def setup(args: argparse.Namespace, workdir: Path) -> str:
    """Create the database, configure Django, migrate and load the demo; the database's name."""
    if args.sqlite:
        database = Path(args.sqlite).resolve()
        if database.exists():
            raise BenchError(f"{database} exists; --sqlite wants a new file")
        url, label = f"sqlite:///{database}", "SQLite"
    else:
        url, label = args.database_url, f"PostgreSQL {postgres_create(args.database_url)}"
    if args.redis:
        redis_flush(args.redis)
    os.environ.update(MEDIA_ROOT=str(workdir / "media"), STATIC_ROOT=str(workdir / "static"))
    django_setup(url, redis_url=args.redis)
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    print(f"Migrated ({time.perf_counter() - started:.0f} s); loading the demo …", flush=True)
    started, output = time.perf_counter(), io.StringIO()
    call_command("load_demo", as_default_site=True, stdout=output)
    tallies = [line.strip() for line in output.getvalue().splitlines() if "  " in line]
    print(f"  demo loaded ({time.perf_counter() - started:.0f} s): " + ", ".join(tallies[:4]))
    return label


def teardown(args: argparse.Namespace, workdir: Path) -> None:
    from django.conf import settings

    if settings.configured:  # no connection is left open to the database dropped below
        from django.db import connections

        connections.close_all()
    if args.keep:
        kept = [args.sqlite or args.database_url, demo_database(args), str(workdir)]
        print(f"Kept {', '.join(kept)}.")
        return
    if args.sqlite:
        Path(args.sqlite).resolve().unlink(missing_ok=True)
        Path(demo_database(args)).unlink(missing_ok=True)
    else:
        postgres_drop(args.database_url)
        postgres_drop(demo_database(args))
    if args.redis:
        redis_flush(args.redis)
    shutil.rmtree(workdir, ignore_errors=True)


def probes_find(*, query: str, category: str) -> list[Probe]:
    """The URLs measured: the English listing of every product (the ListingPage without a
    category), two filtered versions of it, a search and the demo's first English story."""
    from cms.models import ListingPage, StoryPage

    listing = ListingPage.objects.filter(category__isnull=True, locale__language_code=LANG)
    listing = listing.live().order_by("path").first()
    story = StoryPage.objects.live().filter(locale__language_code=LANG).order_by("path").first()
    if listing is None or story is None:
        raise BenchError("the demo has no English listing of every product or no story")
    everything = listing.url
    by_price = f"{everything}?sort=price_asc"
    filtered = f"{everything}?{urlencode({'availability': 'in_stock', 'category': category})}"
    search = f"/{LANG}/search/?{urlencode({'q': query})}"
    # `query` fills a page of results in both catalogues, so both pages show as many hits; the
    # honey search shows 9 in the demo and 20 in the big catalogue (a page's worth more work).
    honey = f"/{LANG}/search/?{urlencode({'q': 'honey'})}"
    return [
        Probe("listing", "live listing of everything", everything, target=True),
        Probe("sorted", "live listing, by price", by_price, target=True),
        Probe("filtered", "live listing, in stock, one category", filtered, target=True),
        Probe("search", f"live search, “{query}” (a full page of hits)", search, target=True),
        Probe("honey", "live search, “honey” (9 hits in the demo, 20 here)", honey),
        Probe("story", "live story page", story.url),
        Probe("listing-cold", "listing of everything, cold", everything, cold=True),
        Probe("sorted-cold", "listing by price, cold", by_price, cold=True),
        Probe("filtered-cold", "in stock, one category, cold", filtered, cold=True),
    ]


# --- measuring ---------------------------------------------------------------------------------


def visitor_new():
    """A test Client with a session and one in-stock demo variant in its cart (live pages)."""
    from django.test import Client

    from shop.inventory import stock_availability
    from shop.models import ProductVariant

    client = Client(HTTP_ACCEPT_LANGUAGE=LANG)
    variants = list(ProductVariant.objects.filter(is_active=True).order_by("pk")[:50])
    free = stock_availability(variants=variants)
    variant = next(v for v in variants if free[v.pk].in_stock and free[v.pk].quantity > 1)
    data = urlencode({"variant": variant.sku, "quantity": 1})
    response = client.post(f"/{LANG}/checkout/cart/add/", data, content_type=FORM_TYPE)
    if response.status_code != 302 or "sessionid" not in client.cookies:
        raise BenchError(f"adding {variant.sku} to the cart answered {response.status_code}")
    return client


def _get(client, path: str):
    response = client.get(path)
    if response.status_code != 200:
        body = response.content.decode(errors="replace")[:1000]
        raise BenchError(f"GET {path} answered {response.status_code}:\n{body}")
    return response


def _timed_get(client, path: str) -> tuple[float, int, str]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        started = time.perf_counter()
        response = _get(client, path)
        seconds = time.perf_counter() - started
    return seconds, len(captured.captured_queries), response.content.decode(errors="replace")


def probe_warm(client, probe: Probe, *, warmup: int, requests: int) -> Result:
    for _ in range(warmup):
        _get(client, probe.path)
    _seconds, statements, text = _timed_get(client, probe.path)
    seconds = []
    for _ in range(requests):
        started = time.perf_counter()
        _get(client, probe.path)
        seconds.append(time.perf_counter() - started)
    return Result(seconds, statements, text)


def _caches_empty(client) -> None:
    """Empty the shared and per-process caches, and put the visitor's session back (sessions
    live in the cache with Redis)."""
    from importlib import import_module

    from django.conf import settings
    from django.core.cache import cache

    from shop.utils.memo import local_clear

    engine = import_module(settings.SESSION_ENGINE)
    key = client.cookies[settings.SESSION_COOKIE_NAME].value
    data = engine.SessionStore(key).load()
    cache.clear()
    local_clear()
    store = engine.SessionStore(key)
    if not store.exists(key):
        store._session_cache = data
        store.save(must_create=True)


def probe_cold(client, probe: Probe, *, times: int) -> Result:
    seconds, statements, text = [], 0, ""
    for _ in range(times):
        _caches_empty(client)
        took, count, text = _timed_get(client, probe.path)
        seconds.append(took)
        statements = max(statements, count)
    return Result(seconds, statements, text)


def measure_round(probes: list[Probe], args: argparse.Namespace, requests: int) -> dict:
    """One round on the database in use: every probe, with a new visitor and empty caches."""
    client = visitor_new()
    results = {}
    for probe in probes:
        if probe.cold:
            if args.cold > 0:
                results[probe.key] = probe_cold(client, probe, times=args.cold)
        else:
            results[probe.key] = probe_warm(client, probe, warmup=args.warmup, requests=requests)
    return results


def measure_alternating(probes: list[Probe], args: argparse.Namespace, names: dict) -> dict:
    """`--rounds` rounds, each on both databases ({size: database name}), the order swapped
    from one round to the next, so that both sizes meet the machine's same minutes; the
    results per size and probe, pooled over the rounds."""
    per_round = max(2, -(-args.requests // args.rounds))
    results: dict[str, dict[str, Result]] = {size: {} for size in names}
    for number in range(args.rounds):
        for size in list(names)[:: 1 if number % 2 == 0 else -1]:
            database_use(names[size])
            started = time.perf_counter()
            for key, result in measure_round(probes, args, per_round).items():
                pooled = results[size].setdefault(key, Result([], 0))
                pooled.seconds += result.seconds
                pooled.statements = max(pooled.statements, result.statements)
                pooled.text = result.text
            p50s = ", ".join(f"{k} {r.ms(50):.1f}" for k, r in results[size].items())
            print(
                f"  round {number + 1}/{args.rounds}, {size} ({time.perf_counter() - started:.0f}"
                f" s); pooled p50 ms so far: {p50s}",
                flush=True,
            )
    return results


def database_copy(args: argparse.Namespace) -> str:
    """A copy of the database as it is now (the demo, before generating): its NAME."""
    from django.db import connections

    connections.close_all()
    if args.sqlite:
        source = Path(args.sqlite).resolve()
        shutil.copyfile(source, demo_database(args))
        return demo_database(args)
    import psycopg
    from psycopg import sql

    admin = urlunsplit(urlsplit(args.database_url)._replace(path="/postgres"))
    source = urlsplit(args.database_url).path.lstrip("/")
    copy = urlsplit(demo_database(args)).path.lstrip("/")
    with psycopg.connect(admin, autocommit=True, connect_timeout=10) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(copy)))
        template = sql.SQL("CREATE DATABASE {} TEMPLATE {}")
        conn.execute(template.format(sql.Identifier(copy), sql.Identifier(source)))
    print(f"Copied the demo database to {copy}.")
    return copy


def demo_database(args: argparse.Namespace) -> str:
    """Where the demo's copy lives: a SQLite file beside `--sqlite`, or a PostgreSQL URL."""
    if args.sqlite:
        return str(Path(args.sqlite).resolve()) + ".demo"
    parts = urlsplit(args.database_url)
    return urlunsplit(parts._replace(path=parts.path + "_demo"))


def database_use(name: str) -> None:
    """Point Django's connection at another database (the demo's copy or the big one; the
    demo's rows have the same ids in both) and empty the caches, which both share."""
    from django.core.cache import cache
    from django.db import connections

    from shop.utils.memo import local_clear

    connections.close_all()
    connections["default"].settings_dict["NAME"] = name
    cache.clear()
    local_clear()


def generated_pages_check() -> str:
    """GET the newest generated story page of each language (one each): all must answer 200."""
    from django.test import Client

    from cms.models import StoryPage

    client, served = Client(HTTP_ACCEPT_LANGUAGE=LANG), []
    newest = StoryPage.objects.live().filter(product__slug__contains="-mau-").order_by("-pk")
    for page in newest.select_related("locale")[:7]:
        _get(client, page.url)
        served.append(page.locale.language_code)
    return f"generated story pages served (200): {', '.join(served)}"


def listed_count(text: str) -> str:
    found = re.search(r'class="count">([^<]*)<', text)
    return found.group(1).strip() if found else "?"


# --- results -----------------------------------------------------------------------------------


def table(probes: list[Probe], demo: dict, big: dict, products: int) -> list[str]:
    size = f"{products + DEMO_PRODUCTS:,}"
    rows = [
        f"| page | URL | demo p50 ms | demo p95 ms | demo SQL | {size} p50 ms | {size} p95 ms | "
        f"{size} SQL | ratio p50 | ratio p95 | ≤ {TARGET_RATIO}× |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for probe in probes:
        if probe.key not in demo or probe.key not in big:
            continue
        small, large = demo[probe.key], big[probe.key]
        ratio = large.ms(50) / small.ms(50)
        verdict = "PASS" if ratio <= TARGET_RATIO else "FAIL"
        rows.append(
            f"| {probe.label} | `{probe.path}` | {small.ms(50):.1f} | {small.ms(95):.1f} | "
            f"{small.statements} | {large.ms(50):.1f} | {large.ms(95):.1f} | {large.statements} | "
            f"{ratio:.2f}× | {large.ms(95) / small.ms(95):.2f}× | "
            f"{verdict if probe.target else verdict.lower() + ' (not a target)'} |"
        )
    return rows


def verdict(probes: list[Probe], demo: dict, big: dict) -> tuple[bool, str]:
    ratios = {p.label: big[p.key].ms(50) / demo[p.key].ms(50) for p in probes if p.target}
    missed = [f"{label} {ratio:.2f}×" for label, ratio in ratios.items() if ratio > TARGET_RATIO]
    passed = not missed
    text = (
        f"Target (live listing, filtered listings and search, p50 ≤ {TARGET_RATIO}× the demo's): "
        + ("PASS." if passed else "FAIL — " + ", ".join(missed) + ".")
    )
    return passed, text


def machine(database: str, redis: str) -> dict[str, str]:
    cpu = platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        load = "?"
    versions = ", ".join(
        f"{name} {metadata.version(name.lower())}" for name in ("Django", "Wagtail")
    )
    stores = database + (f", {redis}" if redis else "")
    return {
        "line": f"{os.cpu_count()} CPUs ({cpu}), {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, {versions}, {stores}",
        "load": load,
    }


def redis_version(url: str) -> str:
    if not url:
        return ""
    import redis

    return f"Redis {redis.Redis.from_url(url).info('server')['redis_version']}"


def method_text(args: argparse.Namespace) -> str:
    """The method paragraph of the docs section."""
    return (
        "Method. `bench/catalogue_big.py` migrates a fresh database, loads the demo "
        "(`load_demo --as-default-site`) and copies it; then `bench/catalogue_data.py` adds "
        f"{args.products:,} products copied in turn from the demo's (so spread over its producers "
        "and categories): 1–3 variants each with base prices in VND, one product in ten made to "
        "order besides the demo's own, a stock row in the central warehouse (some empty), "
        "explicit prices in one or two of the six markets for one variant in ten, the template's "
        "photos, and a live story page in each of the seven languages under the producer's page "
        "(bulk inserts of valid treebeard paths, checked after) with its search document. "
        "Both databases are measured in-process with Django's test Client "
        "(`DJANGO_ENV=development DEBUG=false`"
        + (", Redis for the cache and sessions as in production" if args.redis else "")
        + ") as a live visitor: a session with one demo item in the cart, so the whole-page "
        "cache never answers and pages are built from cached fragments. The demo and the big "
        f"catalogue are measured in {args.rounds} alternating rounds (the order swapped each "
        "round; at each switch Django's connection moves to the other database, the caches are "
        f"emptied and a new visitor fills a cart). Per URL and round: {args.warmup} warm-up "
        "requests, the SQL statements of one request (the table shows the most), then "
        f"{-(-args.requests // args.rounds)} timed requests; p50 and p95 pool every round. "
        f"Cold rows: before each of {args.cold} request(s) per round the shared and per-process "
        "caches are emptied (`cache.clear()`, `local_clear()`; the visitor's session is put "
        "back), so the listing's grid is computed again. Planner statistics are fresh "
        "(`ANALYZE` after loading and after generating). Compare the ratios rather than the "
        "milliseconds: this machine's speed moves from one minute to the next."
    )


def docs_section(*, rows, summary, generation, info, args) -> str:
    options = [
        f"{flag} {value}"
        for flag, value, default in (
            ("--products", args.products, 10000),
            ("--requests", args.requests, 50),
            ("--rounds", args.rounds, 5),
            ("--cold", args.cold, 1),
            ("--redis", args.redis, ""),
            ("--sqlite", args.sqlite, ""),
        )
        if value != default
    ]
    command = " ".join([".venv/bin/python -m bench.catalogue_big", *options, "--write-docs"])
    method = method_text(args)
    return "\n".join(
        [
            SECTION_TITLE,
            "",
            f"Run on {dt.date.today().isoformat()}: {info['line']}. Load average before the "
            f"run: {info['load']} (1, 5, 15 min).",
            "",
            "```sh",
            command,
            "```",
            "",
            *rows,
            "",
            summary,
            "",
            generation,
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
        prog="python -m bench.catalogue_big",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add = parser.add_argument
    add("--products", type=int, default=10000, help="products to generate (10000)")
    add("--requests", type=int, default=50, help="timed requests per URL (50)")
    add("--warmup", type=int, default=5, help="untimed requests per URL first (5)")
    add("--rounds", type=int, default=5, help="rounds alternating demo and big catalogue (5)")
    add("--cold", type=int, default=1, help="cold requests per row and round (1; 0: none)")
    add(
        "--query",
        default="vietnam",
        help="the search (vietnam: 25 hits in the demo, so a full page of 20 in both)",
    )
    add("--category", default="gom-su", help="the filtered listing's category slug (gom-su)")
    add("--database-url", default=POSTGRES_URL, help=f"PostgreSQL database ({POSTGRES_URL})")
    add("--sqlite", metavar="PATH", default="", help="a new SQLite file instead of PostgreSQL")
    add("--redis", metavar="URL", default="", help="cache and sessions in Redis (flushed)")
    add("--seed", type=int, default=1, help="random seed of the generated data (1)")
    add("--max-minutes", type=float, default=60, help="stop generating after this long (60)")
    add("--keep", action="store_true", help="keep the database (and media) at the end")
    add("--write-docs", action="store_true", help="update docs/performance.md")
    args = parser.parse_args(argv)
    if min(args.products, args.warmup, args.rounds) < 1 or args.requests < 2:
        parser.error("need --products, --warmup and --rounds ≥ 1 and --requests ≥ 2")
    return args


def generate(args: argparse.Namespace, tree_before: set) -> str:
    """Generate the products; the line the report prints about it."""
    from bench.catalogue_data import catalogue_generate, markets_ensure, tree_fix_if_needed

    print(f"Markets: {markets_ensure()}. Generating {args.products:,} products …", flush=True)
    made = catalogue_generate(
        args.products, seed=args.seed, max_seconds=args.max_minutes * 60, progress=print
    )
    phases = ", ".join(f"{name} {seconds:.0f} s" for name, seconds in made.phases.items())
    problems = tree_fix_if_needed(tree_before)
    per_thousand = made.seconds / made.products * 1000
    return (
        f"Generation: {made.products:,} products, {made.variants:,} variants and "
        f"{made.pages:,} story pages in {made.seconds:.0f} s ({per_thousand:.1f} s per 1,000 "
        f"products; {phases}); generated pages: {problems or 'valid tree'}."
    )


def run(args: argparse.Namespace, workdir: Path) -> int:
    database = setup(args, workdir)
    from django.db import connection

    from bench.catalogue_data import database_analyze, problems_text, tree_problems

    database_analyze()
    tree_before = tree_problems()
    print(f"Demo page tree: {problems_text(tree_before) or 'valid'}")
    info = machine(database, redis_version(args.redis))
    probes = probes_find(query=args.query, category=args.category)
    names = {"demo": database_copy(args), "big": connection.settings_dict["NAME"]}
    generation = generate(args, tree_before)
    print(generation)
    print(f"  {generated_pages_check()}")
    print(f"Measuring, {args.rounds} rounds alternating the demo and the big catalogue …")
    results = measure_alternating(probes, args, names)
    demo, big = results["demo"], results["big"]
    print(f"The listing of everything shows {listed_count(big['listing'].text)}.")
    rows = table(probes, demo, big, args.products)
    passed, summary = verdict(probes, demo, big)
    print("\n" + "\n".join(rows) + "\n\n" + summary)
    if args.write_docs:
        section = docs_section(
            rows=rows, summary=summary, generation=generation, info=info, args=args
        )
        write_docs(section)
    return 0 if passed else 1


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="langnghe-big-"))
    started = time.perf_counter()
    try:
        return run(args, workdir)
    finally:
        teardown(args, workdir)
        print(f"Whole run: {time.perf_counter() - started:.0f} s.")


if __name__ == "__main__":
    bench_run(main)
