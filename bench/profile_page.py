"""Where a page's time goes: render it in-process with Django's test Client under cProfile.

    .venv/bin/python -m bench.storefront --requests 100 --keep     # leaves a demo database
    .venv/bin/python -m bench.profile_page --database /tmp/langnghe-bench-…/bench.sqlite3 /en/

Prints, per URL, the time per request without the profiler, the SQL queries, and the functions
with the largest cumulative time (project code and the Wagtail/Django calls it leads to). Same
settings as the benchmark (DEBUG off, local-memory cache), `Accept-Language: en`, no cookies —
or, with `--shopper`, a shopper with a cart: one product added first, the session kept, so every
page is rendered live (the page cache stores pages for visitors without a session only).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

SITE_PACKAGES = f"{os.sep}site-packages{os.sep}"


# Framework calls worth seeing next to the project's own functions.
ENTRY_POINTS = {
    "route_for_request",
    "find_for_request",
    "localized",
    "get_url",
    "get_full_url",
    "rendered_content",
    "get_rendition",
    "serve",
}
OTHER = "other (builtins, Django and Wagtail utilities)"
# Self time by area: (label, prefixes of the file path inside site-packages or the project).
AREAS = [
    ("ORM: building and compiling SQL", ("django/db/models/sql/", "django/db/models/expressions")),
    ("ORM: model instances", ("django/db/models/base.py", "modelcluster/", "wagtail/models/")),
    ("ORM: other", ("django/db/models/",)),
    ("database driver", ("django/db/backends/",)),
    ("templates", ("django/template/", "django/utils/html", "django/utils/safestring")),
    ("forms", ("django/forms/",)),
    ("translation", ("django/utils/translation/", "gettext")),
    ("project code", ("cms/", "shop/", "checkout/", "config/")),
]


def _short(filename: str) -> str:
    short = filename.split(SITE_PACKAGES, 1)[-1]
    return short.replace(str(Path.cwd()) + os.sep, "")


def report(stats: pstats.Stats, requests: int, top: int) -> str:
    total = stats.total_tt
    cumulative_rows, areas = [], dict.fromkeys([label for label, _ in AREAS] + [OTHER], 0.0)
    for (filename, line, name), (_cc, calls, own, cumulative, _callers) in stats.stats.items():
        short = _short(filename)
        area = next((label for label, prefixes in AREAS if short.startswith(prefixes)), OTHER)
        if area == OTHER and "sqlite3" in name:
            area = "database driver"
        areas[area] += own
        is_project = short.startswith(("cms/", "shop/", "checkout/", "config/"))
        if (is_project or name in ENTRY_POINTS) and cumulative / total >= 0.02:
            cumulative_rows.append((cumulative, calls, f"{short}:{line}({name})"))
    lines = [
        f"   {cumulative / total:6.1%} {calls / requests:6.0f}×  {where}"
        for cumulative, calls, where in sorted(cumulative_rows, reverse=True)[:top]
    ]
    lines.append("   self time by area:")
    lines += [
        f"   {own / total:6.1%}  {label}"
        for label, own in sorted(areas.items(), key=lambda item: -item[1])
        if own / total >= 0.01
    ]
    return "\n".join(lines)


def cart_fill(client) -> None:
    """Add one unit of an active variant with free stock to the client's cart (a session)."""
    from shop.inventory import stock_availability
    from shop.models import ProductVariant

    variants = list(ProductVariant.objects.filter(is_active=True).order_by("pk")[:50])
    free = stock_availability(variants=variants)
    variant = next(v for v in variants if free[v.pk].in_stock)
    response = client.post("/en/checkout/cart/add/", {"variant": variant.sku, "quantity": 1})
    if response.status_code != 302 or "sessionid" not in client.cookies:
        raise SystemExit(f"adding {variant.sku} to the cart answered {response.status_code}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.profile_page",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("urls", nargs="+", help="paths, e.g. /en/ /en/shop/")
    parser.add_argument("--database", type=Path, required=True, help="SQLite file with the demo")
    parser.add_argument("--requests", type=int, default=30, help="requests per URL (30)")
    parser.add_argument("--top", type=int, default=30, help="functions to list (30)")
    parser.add_argument("--sql", action="store_true", help="print the SQL of one request")
    parser.add_argument(
        "--shopper", action="store_true", help="a shopper with a cart (a session: served live)"
    )
    args = parser.parse_args(argv)
    if not args.database.is_file():
        parser.error(f"{args.database} does not exist")

    os.environ.update(
        DJANGO_SETTINGS_MODULE=os.environ.get("DJANGO_SETTINGS_MODULE", "config.settings"),
        DJANGO_ENV="development",
        DEBUG="false",
        SECRET_KEY="bench",
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        DATABASE_URL=f"sqlite:///{args.database.resolve()}",
        MEDIA_ROOT=str(args.database.resolve().parent / "media"),
        LOG_LEVEL="WARNING",
    )
    os.environ.pop("REDIS_URL", None)
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_ACCEPT_LANGUAGE="en", HTTP_HOST="127.0.0.1")
    if args.shopper:
        cart_fill(client)
    forget = (lambda: None) if args.shopper else client.cookies.clear
    for url in args.urls:
        for _ in range(5):  # warm caches (templates, locmem, Site root paths)
            response = client.get(url)
            if response.status_code != 200:
                print(f"GET {url} answered {response.status_code}", file=sys.stderr)
                return 2
        forget()
        with CaptureQueriesContext(connection) as context:
            client.get(url)
        queries = list(context.captured_queries)  # the next request_started clears the log
        started = time.perf_counter()
        for _ in range(args.requests):
            forget()
            client.get(url)
        plain_ms = (time.perf_counter() - started) / args.requests * 1000

        profile = cProfile.Profile()
        profile.enable()
        for _ in range(args.requests):
            forget()
            client.get(url)
        profile.disable()
        stats = pstats.Stats(profile)
        sql_ms = sum(float(query["time"]) for query in queries) * 1000
        print(f"\n== {url}: {plain_ms:.1f} ms/request without the profiler")
        print(f"   {len(queries)} queries, {sql_ms:.1f} ms in the database")
        if args.sql:
            for query in queries:
                print(f"   {query['time']} {query['sql'][:200]}")
        print("   cumulative share of the profiled time (calls per request):")
        print(report(stats, args.requests, args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
