"""The order's state machine and its timeline — the only code that changes an order's status.

    unconfirmed ──paid──▶ paid ──▶ partially fulfilled ──▶ fulfilled
        │  └──expired (stock released)      │                 │
        └──cancelled (stock released) ◀─────┘                 ▼
                                   paid / fulfilled ──▶ partially refunded ──▶ refunded

Every change writes an `OrderEvent`. Payment outcomes are idempotent: a gateway may report the
same success twice (webhook and return page) and the order is paid once. A success that arrives
after the order was cancelled or expired is reported back as `PaidOutcome.REFUND_NEEDED`, so the
payment module refunds it and records the refund here.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping

from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from shop.inventory import stock_deallocate, stock_fulfil
from shop.models import (
    Carrier,
    Order,
    OrderDocument,
    OrderEvent,
    OrderLine,
    OrderStatus,
    Shipment,
    ShipmentLine,
)
from shop.money import Money, babel_locale, money_format
from shop.signals import order_paid, order_updated
from shop.timezones import shopper_time_zone
from shop.utils.joins import children_with_parent

S = OrderStatus
TRANSITIONS: dict[str, set[str]] = {
    S.UNCONFIRMED: {S.PAID, S.CANCELLED, S.EXPIRED},
    S.PAID: {S.PARTIALLY_FULFILLED, S.FULFILLED, S.CANCELLED, S.REFUNDED, S.PARTIALLY_REFUNDED},
    S.PARTIALLY_FULFILLED: {S.PARTIALLY_FULFILLED, S.FULFILLED, S.PARTIALLY_REFUNDED, S.REFUNDED},
    S.FULFILLED: {S.PARTIALLY_REFUNDED, S.REFUNDED},
    S.PARTIALLY_REFUNDED: {S.PARTIALLY_REFUNDED, S.REFUNDED, S.FULFILLED, S.PARTIALLY_FULFILLED},
    S.CANCELLED: set(),
    S.EXPIRED: set(),
    S.REFUNDED: set(),
}
OPEN_FOR_PAYMENT = {S.UNCONFIRMED}
ALREADY_PAID = {S.PAID, S.PARTIALLY_FULFILLED, S.FULFILLED, S.PARTIALLY_REFUNDED, S.REFUNDED}


class InvalidTransition(ValueError):
    """The order cannot move from its status to the one asked for."""


class MissingDocument(ValueError):
    """An export document must be recorded before the order ships."""


class PaidOutcome(enum.StrEnum):
    PAID = "paid"
    ALREADY_PAID = "already_paid"
    REFUND_NEEDED = "refund_needed"


def order_money(order: Order, amount) -> Money:
    """An amount of this order as Money in the order's currency."""
    return Money(amount, order.currency)


def order_time_zone(*, order: Order) -> str:
    """The zone the order's times are shown in: the one kept when it was placed, else (an
    order placed before zones were kept) its destination's main zone, else UTC."""
    return shopper_time_zone(browser=order.time_zone, country=order.country)


def order_get_with_lines(
    *, token: str | None = None, pk: int | None = None
) -> tuple[Order | None, list[OrderLine]]:
    """The order with this token (or primary key) and its lines in id order, in one query when
    it has lines (every placed order has): the order page and the confirmation email both need
    them. An order without lines is read on its own (a second query)."""
    which = {"token": token} if token is not None else {"pk": pk}
    # From the lines, each with its order: the ORM builds that in two thirds of the CPU of an
    # outer join from the order (`parent_with_children_get`, which payments still need: an
    # order has none before its pay page).
    lines = children_with_parent(
        OrderLine.objects.filter(**{f"order__{name}": value for name, value in which.items()}),
        parent="order",
        key=lambda line: line.pk,
    )
    if not lines:
        return Order.objects.filter(**which).first(), []
    return lines[0].order, lines


class TimelineNote(str):
    """Timeline text in the shop's own language that remembers its message and values, so the
    admin can show it in each reader's language (`event_text`)."""

    msgid: str
    params: dict[str, str | list[str]]


def _note_value(value) -> str | list[str]:
    # Amounts are kept as numbers and written in the reader's language (Babel) when shown.
    if isinstance(value, Money):
        return ["money", str(value.amount), value.currency.code]
    return str(value)


def _note_params(params: Mapping[str, str | list[str]]) -> dict[str, str]:
    """The kept values as the active language writes them: amounts by Babel, a status (kept
    as its code) by its label."""
    labels = dict(OrderStatus.choices)
    shown = {}
    for key, value in params.items():
        if isinstance(value, list) and len(value) == 3 and value[0] == "money":
            shown[key] = money_format(Money(value[1], value[2]), locale=babel_locale())
        elif key == "status":
            shown[key] = str(labels.get(value, value))
        else:
            shown[key] = str(value)
    return shown


def timeline_note(template: str, **params) -> TimelineNote:
    """Timeline text in the shop's own language: staff read the timeline, whoever's request
    (a shopper's in Japanese, a webhook's in none) wrote it. `template` is a gettext_noop
    message; `event_text` shows it again in the reader's language."""
    values = {key: _note_value(value) for key, value in params.items()}
    with translation.override(settings.LANGUAGE_CODE):
        note = TimelineNote(_(template) % _note_params(values))
    note.msgid, note.params = template, values
    return note


def event_text(event: OrderEvent) -> str:
    """An event's message in the active language when it was written by `timeline_note`, else
    as stored (staff's own words, such as a cancellation reason). %-formatting reads only the
    named values, so a stored message can do no more than fail, and then the text is shown."""
    note = (event.data or {}).get("note")
    if isinstance(note, dict) and isinstance(note.get("msgid"), str):
        try:
            return _(note["msgid"]) % _note_params(note.get("params") or {})
        except (KeyError, TypeError, ValueError, ArithmeticError):
            pass
    return event.message


def order_event_add(
    *, order: Order, kind: str, message: str = "", data: dict | None = None, user=None
) -> OrderEvent:
    """Append one entry to the order's timeline."""
    data = dict(data or {})
    if isinstance(message, TimelineNote):
        data["note"] = {"msgid": message.msgid, "params": message.params}
    return OrderEvent.objects.create(
        order=order, kind=kind, message=message[:500], data=data, user=user
    )


def _shopper_told(event: OrderEvent) -> None:
    """Once committed, tell listeners (checkout's emails) what the shopper should hear of."""
    transaction.on_commit(lambda: order_updated.send(sender=Order, order=event.order, event=event))


def _locked(order: Order) -> Order:
    return Order.objects.select_for_update().get(pk=order.pk)


def _move(order: Order, to: str, **fields) -> None:
    if to not in TRANSITIONS[order.status]:
        raise InvalidTransition(
            _("An order that is %(status)s cannot become %(to)s.")
            % {"status": order.get_status_display(), "to": S(to).label}
        )
    order.status = to
    for name, value in fields.items():
        setattr(order, name, value)
    order.save(update_fields=["status", *fields])


# No savepoint: a payment outcome is applied inside the payment's own transaction, and nothing
# here is retried after an error.
@transaction.atomic(savepoint=False)
def order_mark_paid(
    *, order: Order, amount: Money, gateway: str, reference: str = "", locked: bool = False
) -> PaidOutcome:
    """Record a successful payment. Safe to call any number of times for the same payment.

    `locked`: `order` was read under a row lock in the current transaction (a payment outcome
    locks the payment with its order), so it is neither read nor locked again."""
    if not locked:
        order = _locked(order)
    if order.status in ALREADY_PAID:
        return PaidOutcome.ALREADY_PAID
    if order.status not in OPEN_FOR_PAYMENT:
        order_event_add(
            order=order,
            kind="paid_after_close",
            message=timeline_note(
                gettext_noop("Payment %(ref)s arrived after the order was %(status)s."),
                ref=reference,
                status=order.status,
            ),
            data={"amount": str(amount.amount), "currency": amount.currency.code},
        )
        return PaidOutcome.REFUND_NEEDED
    expected = order_money(order, order.total)
    if amount != expected:
        order_event_add(
            order=order,
            kind="amount_mismatch",
            message=timeline_note(
                gettext_noop("Paid %(paid)s but the order total is %(total)s."),
                paid=amount,
                total=expected,
            ),
        )
    _move(order, S.PAID, paid_at=timezone.now(), payment_gateway=gateway)
    order_event_add(
        order=order,
        kind="paid",
        message=timeline_note(
            gettext_noop("Paid %(amount)s via %(gateway)s %(ref)s."),
            amount=amount,
            gateway=gateway,
            ref=reference,
        ),
    )
    transaction.on_commit(lambda: order_paid.send(sender=Order, order=order))
    return PaidOutcome.PAID


def order_payment_failed(*, order: Order, message: str, reference: str = "") -> None:
    """Record a failed attempt. The order stays open (the shopper may retry) until it expires;
    the shopper is told once per order, not at every declined attempt."""
    told = order.events.filter(kind="payment_failed").exists()
    event = order_event_add(
        order=order, kind="payment_failed", message=message, data={"reference": reference}
    )
    if not told and order.status in OPEN_FOR_PAYMENT:
        _shopper_told(event)


@transaction.atomic
def order_cancel(*, order: Order, user=None, reason: str = "") -> Order:
    """Cancel an order and release its stock. Refunding a paid order is the payment module's job."""
    order = _locked(order)
    paid = order.status in ALREADY_PAID
    _move(order, S.CANCELLED)
    stock_deallocate(lines=list(order.lines.all()))
    event = order_event_add(
        order=order,
        kind="cancelled",
        message=reason,
        # What the shopper will get back: the payment module refunds it once this commits.
        data={"refund": str(order.total - order.amount_refunded) if paid else "0"},
        user=user,
    )
    _shopper_told(event)
    return order


@transaction.atomic
def order_expire(*, order: Order, now: dt.datetime | None = None) -> bool:
    """Expire an unpaid order whose time is up, releasing its stock. False when not due."""
    now = now or timezone.now()
    order = _locked(order)
    if order.status != S.UNCONFIRMED or not order.expires_at or order.expires_at > now:
        return False
    _move(order, S.EXPIRED)
    stock_deallocate(lines=list(order.lines.all()))
    order_event_add(
        order=order,
        kind="expired",
        message=timeline_note(gettext_noop("Not paid in time; stock released.")),
    )
    return True


def orders_expire_due(*, now: dt.datetime | None = None) -> int:
    """Expire every unpaid order past its time; returns how many expired."""
    now = now or timezone.now()
    due = Order.objects.filter(status=S.UNCONFIRMED, expires_at__lte=now).values_list(
        "pk", flat=True
    )
    return sum(order_expire(order=Order(pk=pk), now=now) for pk in list(due))


@transaction.atomic
def order_refund_record(
    *, order: Order, amount: Money, reference: str = "", reason: str = "", user=None
) -> Order:
    """Record money returned to the shopper (the gateway already refunded it)."""
    order = _locked(order)
    if amount.currency.code != order.currency:
        raise ValueError("A refund is made in the order's currency.")
    if amount.amount <= 0 or order.amount_refunded + amount.amount > order.total:
        raise ValueError(
            _("A refund must be more than zero and at most %(left)s.")
            % {"left": order_money(order, order.total - order.amount_refunded)}
        )
    order.amount_refunded += amount.amount
    fields = {"amount_refunded": order.amount_refunded}
    if order.status in ALREADY_PAID:
        full = order.amount_refunded >= order.total
        _move(order, S.REFUNDED if full else S.PARTIALLY_REFUNDED, **fields)
    else:
        order.save(update_fields=list(fields))
    event = order_event_add(
        order=order,
        kind="refunded",
        message=timeline_note(
            gettext_noop("Refunded %(amount)s %(ref)s. %(reason)s"),
            amount=amount,
            ref=reference,
            reason=reason,
        ),
        data={"amount": str(amount.amount)},
        user=user,
    )
    _shopper_told(event)
    return order


def order_documents_missing(*, order: Order, on: dt.date | None = None) -> set[str]:
    """Export documents the order's lines need that staff have not recorded yet, or whose
    recorded one has expired by `on` (today): a lapsed permit does not let a parcel leave."""
    on = on or timezone.localdate()
    needed = {line.required_document for line in order.lines.all() if line.required_document}
    # Through `.all()`, so a listing that prefetched lines and documents asks nothing more.
    recorded = {
        document.kind
        for document in order.documents.all()
        if document.expires_on is None or document.expires_on >= on
    }
    return needed - recorded


def order_document_record(
    *,
    order: Order,
    kind: str,
    reference: str,
    expires_on: dt.date | None = None,
    file: File | None = None,
    user=None,
) -> OrderDocument:
    """Record an export document (e.g. a CITES permit number, its expiry and its scan) for an
    order; recording the same kind again replaces it (a new scan replaces the old file)."""
    document, _created = OrderDocument.objects.update_or_create(
        order=order,
        kind=kind,
        defaults={"reference": reference, "expires_on": expires_on, "recorded_by": user},
    )
    if file is not None:
        old = document.file.name
        document.file.save(file.name, file, save=True)
        if old and old != document.file.name:
            storage, name = document.file.storage, old
            transaction.on_commit(lambda: storage.delete(name))
    order_event_add(
        order=order, kind="document", message=f"{kind}: {reference}", data={"kind": kind}, user=user
    )
    return document


@transaction.atomic
def order_document_delay(
    *, order: Order, kind: str, expected_on: dt.date | None = None, user=None
) -> OrderEvent:
    """Tell the shopper their paid order waits for an export document (e.g. a CITES permit),
    and by when staff expect it."""
    order = _locked(order)
    if order.status not in {S.PAID, S.PARTIALLY_FULFILLED, S.PARTIALLY_REFUNDED}:
        raise InvalidTransition(_("Only a paid order that is not shipped yet can wait."))
    event = order_event_add(
        order=order,
        kind="document_delay",
        message=kind,
        data={"kind": kind, "expected_on": expected_on.isoformat() if expected_on else ""},
        user=user,
    )
    _shopper_told(event)
    return event


@transaction.atomic
def order_fulfil(
    *,
    order: Order,
    quantities: Mapping[OrderLine, int],
    carrier: Carrier | None = None,
    tracking_number: str = "",
    user=None,
) -> Order:
    """Ship some or all units as one parcel (`carrier`, `tracking_number`). Refused while a
    required export document is missing."""
    order = _locked(order)
    quantities = {line: q for line, q in quantities.items() if q}
    if not quantities:
        raise ValueError(_("Choose at least one unit to ship."))
    if any(line.order_id != order.pk for line in quantities):
        raise ValueError("These lines belong to another order.")
    if order.status not in {S.PAID, S.PARTIALLY_FULFILLED, S.PARTIALLY_REFUNDED}:
        raise InvalidTransition(_("Only paid orders can be shipped."))
    missing = order_documents_missing(order=order)
    if missing:
        raise MissingDocument(
            _("Record these documents before shipping: %(docs)s") % {"docs": ", ".join(missing)}
        )
    for line, quantity in quantities.items():
        stock_fulfil(line=line, quantity=quantity)
    shipment = Shipment.objects.create(
        order=order, carrier=carrier, tracking_number=tracking_number.strip(), shipped_by=user
    )
    ShipmentLine.objects.bulk_create(
        ShipmentLine(shipment=shipment, order_line=line, quantity=quantity)
        for line, quantity in quantities.items()
    )
    left = order.lines.filter(quantity_fulfilled__lt=F("quantity")).exists()
    _move(order, S.PARTIALLY_FULFILLED if left else S.FULFILLED)
    event = order_event_add(
        order=order,
        kind="fulfilled",
        data={
            "shipment": shipment.pk,
            "units": {line.sku: q for line, q in quantities.items()},
            "complete": not left,
        },
        user=user,
    )
    _shopper_told(event)
    return order
