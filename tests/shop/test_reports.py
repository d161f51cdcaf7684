"""shop/reports.py: the dashboard's lists and the sales report."""

import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from shop.inventory import stock_allocate
from shop.models import Order, OrderDocument, OrderStatus
from shop.money import Money
from shop.orders import order_fulfil, order_mark_paid
from shop.reports import (
    made_to_order_backlog,
    orders_to_ship,
    sales_report,
    sales_today,
    stock_low,
)
from tests.factories import (
    MadeToOrderVariantFactory,
    MarketFactory,
    OrderFactory,
    OrderLineFactory,
    StockFactory,
)

pytestmark = pytest.mark.django_db
VND_PER_USD = Decimal(26000)


def sold(*, quantity=2, price="20.00", document="", variant=None, paid_at=None, **fields):
    """A paid USD order of one line (rate 1 VND = 1/26,000 USD)."""
    variant = variant or StockFactory(quantity=10).variant
    order = OrderFactory(
        currency="USD",
        base_currency="VND",
        fx_rate=Decimal(1) / VND_PER_USD,
        total=Decimal(price) * quantity,
        **fields,
    )
    line = OrderLineFactory(
        order=order,
        variant=variant,
        quantity=quantity,
        unit_price=Decimal(price),
        required_document=document,
        lead_time_days=variant.lead_time_days or 0,
    )
    stock_allocate(lines=[line])
    order_mark_paid(order=order, amount=Money(order.total, "USD"), gateway="dummy")
    if paid_at:
        Order.objects.filter(pk=order.pk).update(paid_at=paid_at)
    order.refresh_from_db()
    return order


def test_orders_to_ship_are_split_by_the_documents_they_still_need():
    ready = sold()
    waiting = sold(document="cites_permit")
    recorded = sold(document="phytosanitary")
    OrderDocument.objects.create(order=recorded, kind="phytosanitary", reference="P-1")
    shipped = sold(quantity=1)
    order_fulfil(order=shipped, quantities={shipped.lines.get(): 1})
    OrderFactory(status=OrderStatus.UNCONFIRMED)  # not paid: nothing to ship
    with CaptureQueriesContext(connection) as queries:
        to_ship = orders_to_ship()
    assert {order.pk for order in to_ship.ready} == {ready.pk, recorded.pk}
    assert [(order.pk, missing) for order, missing in to_ship.waiting] == [
        (waiting.pk, ["cites_permit"])
    ]
    assert len(queries) == 3  # orders, their lines, their documents


def test_low_stock_counts_what_orders_have_not_claimed_and_skips_made_to_order():
    low = StockFactory(quantity=7, quantity_allocated=3)  # 4 free
    StockFactory(quantity=20)
    out = StockFactory(quantity=2, quantity_allocated=2)
    StockFactory(variant=MadeToOrderVariantFactory(), quantity=0)
    assert [stock.pk for stock in stock_low(threshold=5)] == [out.pk, low.pk]
    assert [stock.free for stock in stock_low(threshold=5)] == [0, 4]


def test_made_to_order_work_is_listed_by_the_day_promised():
    variant = MadeToOrderVariantFactory(lead_time_days=21)
    long_ago = timezone.now() - dt.timedelta(days=30)
    late = sold(variant=variant, quantity=1, paid_at=long_ago)
    recent = sold(variant=variant, quantity=3)
    backlog = made_to_order_backlog()
    assert [(item.line.order_id, item.units) for item in backlog] == [(late.pk, 1), (recent.pk, 3)]
    assert backlog[0].overdue and not backlog[1].overdue
    assert backlog[1].promised_on == timezone.localdate() + dt.timedelta(days=21)


def test_sales_are_grouped_by_month_market_currency_and_producer_in_both_currencies():
    market = MarketFactory(name="United States", currency="USD")
    this_month = sold(quantity=2, price="20.00", market=market)
    sold(quantity=1, price="10.00", market=market)
    last_month = timezone.now().replace(day=1) - dt.timedelta(days=2)
    sold(quantity=1, price="5.00", market=market, paid_at=last_month)
    refunded = sold(quantity=1, price="99.00", market=market)
    Order.objects.filter(pk=refunded.pk).update(status=OrderStatus.REFUNDED)
    rows = sales_report(date_from=timezone.localdate(last_month), date_to=timezone.localdate())
    # Two producers this month (each order's variant has its own), one last month.
    assert [row.month for row in rows] == sorted(row.month for row in rows)
    current = [row for row in rows if row.month == timezone.localdate().replace(day=1)]
    assert sum(row.amount for row in current) == Decimal("50.00")
    assert sum(row.base_amount for row in current) == Decimal("50.00") * VND_PER_USD
    assert {row.currency for row in rows} == {"USD"} and {row.market for row in rows} == {
        "United States"
    }
    producer = this_month.lines.get().variant.product.producer.name
    assert any(row.producer == producer and row.units == 2 for row in current)


def test_sales_today_totals_each_currency_and_the_base_currency():
    sold(quantity=2, price="20.00")
    totals = sales_today()
    assert totals == {"USD": Decimal("40.00"), "total": Decimal("40.00") * VND_PER_USD}
