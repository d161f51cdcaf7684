"""The checkout's hot reads: the ORM's CPU time per call against the same SQL sent by a cursor.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> .venv/bin/python bench/checkout_reads.py

Builds the checkout benchmark's shop in a throw-away database (as bench/checkout.py does), runs
two guest checkouts, then times each read the checkout path makes (`time.process_time`, so a
busy machine inflates it less) through its service function and, for comparison, the very
statements it sent, through a plain cursor. The difference is what the ORM spends building the
statement and the instances (issue 12 moved these reads from plain SQL to the ORM).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path[0] = str(BASE_DIR)  # as in bench/checkout.py: bench/ would shadow the apps

import bench.checkout as flow  # noqa: E402

CALLS = 300


def reads_time() -> list[tuple[str, int, float, float]]:
    """(read, statements, ORM ms, cursor ms) per read, CPU time per call."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from checkout.cart import cart_lines_by_token
    from checkout.models import Cart
    from checkout.payments.services import order_payments_get
    from shop.inventory import _live_reservations, _stock_rows
    from shop.models import Order, Stock
    from shop.orders import order_get_with_lines

    shop = flow.shop_build(stock=1000)
    for _ in range(2):
        flow.flow_run(sku=shop.variant.sku, method_id=shop.method.pk)
    Client(HTTP_ACCEPT_LANGUAGE="en").post(
        "/en/checkout/cart/add/", {"variant": shop.variant.sku, "quantity": 1}
    )
    cart = Cart.objects.order_by("-pk").first()
    order = Order.objects.order_by("-pk").first()
    stocks = list(Stock.objects.values_list("pk", flat=True))
    now = timezone.now()
    reads = {
        "cart lines with cart, variant, product": lambda: cart_lines_by_token(cart.token),
        "free stock": lambda: _stock_rows([shop.variant.pk], now, cart.token),
        "reservations per row": lambda: _live_reservations(
            stocks, now=now, exclude_cart=cart.token
        ),
        "order with lines": lambda: order_get_with_lines(token=order.token),
        "order with payments": lambda: order_payments_get(token=order.token, gateway="dummy"),
    }
    results = []
    for name, read in reads.items():
        with CaptureQueriesContext(connection) as captured:
            read()
        statements = [query["sql"] for query in captured.captured_queries]
        started = time.process_time()
        for _ in range(CALLS):
            read()
        orm = (time.process_time() - started) / CALLS * 1000
        started = time.process_time()
        for _ in range(CALLS):
            with connection.cursor() as cursor:
                for sql in statements:
                    cursor.execute(sql)
                    cursor.fetchall()
        raw = (time.process_time() - started) / CALLS * 1000
        results.append((name, len(statements), orm, raw))
    return results


def main() -> int:
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")):
        print("set DATABASE_URL=postgres://…/<db>", file=sys.stderr)
        return 2
    flow.django_setup(database_url)
    from django.db import connection

    original_name = connection.settings_dict["NAME"]
    flow.database_create(keep=False)
    try:
        results = reads_time()
    finally:
        connection.creation.destroy_test_db(original_name, verbosity=0, keepdb=False)
    print("| read | statements | ORM, CPU ms per call | same SQL by cursor | difference |")
    print("|---|---:|---:|---:|---:|")
    for name, count, orm, raw in results:
        print(f"| {name} | {count} | {orm:.2f} | {raw:.2f} | {orm - raw:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
