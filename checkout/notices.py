"""What the shopper reads about their order after placing it: one text per timeline event,
shared by the order page's history and the update emails, in the active language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from babel.dates import format_date
from django.urls import reverse
from django.utils.translation import gettext as _

from checkout.documents import document_label
from shop.conf import langnghe_setting
from shop.models import Order, OrderEvent, OrderLine, Shipment
from shop.money import babel_locale, money_format, number_format
from shop.orders import OPEN_FOR_PAYMENT, order_money, order_time_zone
from shop.timezones import datetime_text

# Events an update email goes out for (the confirmation has its own email).
EMAILED = frozenset({"fulfilled", "refunded", "cancelled", "payment_failed", "document_delay"})


@dataclass(frozen=True)
class Notice:
    """One step of the order, told to the shopper."""

    kind: str
    title: str
    text: str = ""
    link: str = ""  # the carrier's tracking page, or the payment page to try again
    link_text: str = ""
    items: tuple[tuple[str, str], ...] = ()  # (quantity, product) in a parcel


def order_link(*, order: Order, view: str = "order") -> str:
    """An absolute link to one of the order's pages ("order", "pay") in the active language:
    emails are read outside the site."""
    return langnghe_setting("LANGNGHE_SITE_URL") + reverse(
        f"checkout:{view}", kwargs={"token": order.token}
    )


def _amount(raw: str) -> Decimal:
    try:
        return Decimal(raw)
    except (InvalidOperation, TypeError):
        return Decimal(0)


def _money(order: Order, amount: Decimal) -> str:
    return money_format(order_money(order, amount), locale=babel_locale())


def _date(raw: str) -> str:
    try:
        day = dt.date.fromisoformat(raw)
    except (TypeError, ValueError):
        return ""
    return format_date(day, format="long", locale=babel_locale())


def _shipped(
    event: OrderEvent, order: Order, shipment: Shipment | None, lines: list[OrderLine] | None
) -> Notice:
    data = event.data
    names = {
        line.sku: line.product_name for line in (order.lines.all() if lines is None else lines)
    }
    items = tuple(
        (number_format(quantity, locale=babel_locale()), names.get(sku, sku))
        for sku, quantity in (data.get("units") or {}).items()
    )
    title = _("Shipped") if data.get("complete", True) else _("Partly shipped")
    if shipment is None or not (shipment.carrier or shipment.tracking_number):
        return Notice(event.kind, title, _("Your parcel is on its way."), items=items)
    carrier = shipment.carrier.name if shipment.carrier else ""
    if carrier and shipment.tracking_number:
        text = _("Sent with %(carrier)s, tracking number %(number)s.") % {
            "carrier": carrier,
            "number": shipment.tracking_number,
        }
    elif carrier:
        text = _("Sent with %(carrier)s.") % {"carrier": carrier}
    else:
        text = _("Tracking number %(number)s.") % {"number": shipment.tracking_number}
    link = shipment.tracking_link
    return Notice(
        event.kind, title, text, link, _("Track your parcel") if link else "", items=items
    )


def _payment_failed(event: OrderEvent, order: Order) -> Notice:
    title = _("Payment not completed")
    if order.status not in OPEN_FOR_PAYMENT:
        return Notice(event.kind, title, _("Your payment did not go through."))
    text = _("Your payment did not go through. You can try again until %(time)s.") % {
        "time": datetime_text(value=order.expires_at, time_zone=order_time_zone(order=order))
    }
    return Notice(
        event.kind, title, text, order_link(order=order, view="pay"), _("Try to pay again")
    )


def event_notice(
    *,
    event: OrderEvent,
    order: Order,
    shipment: Shipment | None = None,
    lines: list[OrderLine] | None = None,
) -> Notice | None:
    """The shopper's words for `event` (None for events staff keep to themselves);
    `shipment`: the parcel a "fulfilled" event sent; `lines`: the order's lines when read."""
    data, kind = event.data or {}, event.kind
    if kind == "placed":
        return Notice(kind, _("Order placed"))
    if kind == "paid":
        return Notice(kind, _("Payment received"))
    if kind == "fulfilled":
        return _shipped(event, order, shipment, lines)
    if kind == "refunded":
        amount = _amount(data.get("amount", ""))
        text = _("We refunded %(amount)s to the card or account you paid with.") % {
            "amount": _money(order, amount)
        }
        return Notice(kind, _("Refunded"), text if amount > 0 else "")
    if kind == "cancelled":
        refund = _amount(data.get("refund", ""))
        if refund > 0:
            text = _(
                "Your order was cancelled. %(amount)s will be refunded to the card or account "
                "you paid with."
            ) % {"amount": _money(order, refund)}
        else:
            text = _("Your order was cancelled.")
        return Notice(kind, _("Cancelled"), text)
    if kind == "payment_failed":
        return _payment_failed(event, order)
    if kind == "document_delay":
        document = document_label(data.get("kind", ""))
        expected = _date(data.get("expected_on", ""))
        if expected:
            text = _(
                "Your order needs a %(document)s before it can leave Vietnam. We expect it by "
                "%(date)s and will ship right after."
            ) % {"document": document, "date": expected}
        else:
            text = _(
                "Your order needs a %(document)s before it can leave Vietnam. We will write "
                "again when it is ready."
            ) % {"document": document}
        return Notice(kind, _("Waiting for an export document"), text)
    if kind == "expired":
        return Notice(kind, _("Expired: not paid in time"))
    return None


def order_notices(*, order: Order, lines: list[OrderLine]) -> list[tuple[str, Notice]]:
    """The order's history for the shopper: (when, in their time zone; what happened). One
    statement, and a second for the parcels once something was shipped."""
    events = list(order.events.all())
    shipments = {}
    if any(event.kind == "fulfilled" for event in events):
        shipments = {
            shipment.pk: shipment for shipment in order.shipments.select_related("carrier")
        }
    zone = order_time_zone(order=order)
    told = []
    for event in events:
        shipment = shipments.get((event.data or {}).get("shipment"))
        notice = event_notice(event=event, order=order, shipment=shipment, lines=lines)
        if notice is not None:
            told.append((datetime_text(value=event.created_at, time_zone=zone), notice))
    return told
