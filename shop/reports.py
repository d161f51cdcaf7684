"""What staff need to know at a glance (the admin's dashboard) and the sales report: read-only
selectors over orders and stock, each a fixed number of statements.

Sales count the goods of orders that were paid (shipped or not, partly refunded included; a
fully refunded order is no sale), at the prices the shopper paid, in the order's currency and
in the shop's base currency through the rate the order recorded.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import F, Q
from django.utils import timezone

from shop.conf import langnghe_setting
from shop.models import Order, OrderLine, OrderStatus, Stock
from shop.models.catalogue import InventoryPolicy
from shop.money import Money, money_convert, money_quantize
from shop.orders import order_documents_missing

S = OrderStatus
TO_SHIP = (S.PAID, S.PARTIALLY_FULFILLED, S.PARTIALLY_REFUNDED)
SOLD = (S.PAID, S.PARTIALLY_FULFILLED, S.FULFILLED, S.PARTIALLY_REFUNDED)


@dataclass(frozen=True)
class ToShip:
    """Paid orders with units left: ready to ship, or waiting for an export document."""

    ready: list[Order]
    waiting: list[tuple[Order, list[str]]]  # (order, kinds of the documents missing)


@dataclass(frozen=True)
class Backlog:
    """Made-to-order units still to make, and the day they were promised."""

    line: OrderLine
    units: int
    promised_on: dt.date

    @property
    def overdue(self) -> bool:
        return self.promised_on < timezone.localdate()


def orders_to_ship() -> ToShip:
    """Orders to ship, oldest first, split by whether a required document is missing. Two
    statements (orders with their lines, and the recorded documents)."""
    orders = list(
        Order.objects.filter(status__in=TO_SHIP, lines__quantity_fulfilled__lt=F("lines__quantity"))
        .distinct()
        .order_by("paid_at", "pk")
        .prefetch_related("lines", "documents")
    )
    ready, waiting = [], []
    for order in orders:
        missing = sorted(order_documents_missing(order=order))
        if missing:
            waiting.append((order, missing))
        else:
            ready.append(order)
    return ToShip(ready, waiting)


def stock_low(*, threshold: int | None = None) -> list[Stock]:
    """Stock rows of products held in stock whose unclaimed units (on hand − allocated) are at
    or below `threshold` (`LANGNGHE_LOW_STOCK_THRESHOLD`), fewest first. One statement."""
    threshold = langnghe_setting("LANGNGHE_LOW_STOCK_THRESHOLD") if threshold is None else threshold
    return list(
        Stock.objects.annotate(free=F("quantity") - F("quantity_allocated"))
        .filter(free__lte=threshold, warehouse__is_active=True)
        .exclude(variant__product__inventory_policy=InventoryPolicy.MADE_TO_ORDER)
        .select_related("variant__product", "warehouse")
        .order_by("free", "variant__sku")
    )


def made_to_order_backlog() -> list[Backlog]:
    """Units of paid orders still to make, with the day promised (paid + lead time), soonest
    first. One statement."""
    lines = (
        OrderLine.objects.filter(
            order__status__in=TO_SHIP,
            lead_time_days__gt=0,
            quantity_fulfilled__lt=F("quantity"),
        )
        .select_related("order")
        .order_by("order__paid_at", "pk")
    )
    return _backlog(lines)


def _backlog(lines) -> list[Backlog]:
    """Each line's units left and the day promised (paid + lead time), soonest first."""
    backlog = []
    for line in lines:
        since = timezone.localdate(line.order.paid_at or line.order.created_at)
        promised = since + dt.timedelta(days=line.lead_time_days)
        backlog.append(Backlog(line, line.quantity - line.quantity_fulfilled, promised))
    return sorted(backlog, key=lambda item: item.promised_on)


def order_lines_to_prepare(*, producer_ids: list[int]) -> list[Backlog]:
    """Units of the producers' products that paid orders still wait for, with the day promised
    (made to order: paid + lead time; from stock: the day paid), soonest first. What an artisan
    sees: the order's reference, never the shopper. One statement."""
    lines = (
        OrderLine.objects.filter(
            order__status__in=TO_SHIP,
            quantity_fulfilled__lt=F("quantity"),
            variant__product__producer_id__in=producer_ids,
        )
        .select_related("order")
        .order_by("order__paid_at", "pk")
    )
    return _backlog(lines)


def _base_amount(amount: Decimal, order: Order) -> Decimal | None:
    """`amount` (in the order's currency) in the base currency, through the order's rate,
    rounded to the base currency's minor unit (None without a rate)."""
    base = order.base_currency or langnghe_setting("LANGNGHE_BASE_CURRENCY")
    if order.currency == base:
        return amount
    if not order.fx_rate:
        return None
    converted = money_convert(
        Money(amount, order.currency), to_currency=base, rate=1 / order.fx_rate
    )
    return money_quantize(converted).amount


@dataclass
class SalesRow:
    """Goods sold in one month, market, currency and producer."""

    month: dt.date  # the first day of the month
    market: str
    currency: str
    producer: str
    orders: set[int] = field(default_factory=set)
    units: int = 0
    amount: Decimal = Decimal(0)  # in `currency`
    base_amount: Decimal = Decimal(0)  # in the base currency (VND)


def sales_today() -> dict[str, Decimal]:
    """Goods sold today (the shop's day) per currency, with the base currency's total under
    "total". One statement."""
    today = timezone.localdate()
    rows = sales_report(date_from=today, date_to=today)
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for row in rows:
        totals[row.currency] += row.amount
        totals["total"] += row.base_amount
    return dict(totals)


def sales_report(
    *, date_from: dt.date, date_to: dt.date, producer_ids: list[int] | None = None
) -> list[SalesRow]:
    """Goods sold by orders paid between the two days (inclusive, the shop's time zone), by
    month, market, currency and producer (only `producer_ids`' products when given); months in
    order, then the largest sales first. One statement."""
    start = timezone.make_aware(dt.datetime.combine(date_from, dt.time.min))
    end = timezone.make_aware(dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time.min))
    lines = (
        OrderLine.objects.filter(
            Q(order__paid_at__gte=start) & Q(order__paid_at__lt=end),
            order__status__in=SOLD,
        )
        .select_related("order__market", "variant__product__producer")
        .order_by("order__paid_at", "pk")
    )
    if producer_ids is not None:
        lines = lines.filter(variant__product__producer_id__in=producer_ids)
    rows: dict[tuple, SalesRow] = {}
    for line in lines:
        order = line.order
        month = timezone.localtime(order.paid_at).date().replace(day=1)
        product = line.variant.product if line.variant else None
        producer = product.producer.name if product and product.producer_id else ""
        market = order.market.name if order.market else ""
        key = (month, market, order.currency, producer)
        row = rows.setdefault(key, SalesRow(month, market, order.currency, producer))
        amount = money_quantize(Money(line.unit_price * line.quantity, order.currency)).amount
        row.orders.add(order.pk)
        row.units += line.quantity
        row.amount += amount
        row.base_amount += _base_amount(amount, order) or Decimal(0)
    return sorted(rows.values(), key=lambda row: (row.month, -row.base_amount, row.producer))
