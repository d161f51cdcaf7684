"""The payment rules: starting a payment, applying an outcome once, refunding.

Outcomes arrive twice by design (the Stripe webhook and the shopper's return page), in any
order. Each outcome locks the `Payment` row, so the two paths serialise and the order is paid
once; a success for an order that was cancelled or expired meanwhile is refunded automatically.
"""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from checkout.models import Payment, PaymentStatus
from checkout.payments import gateway_get
from checkout.payments.base import OPEN_STATUSES, PaymentGateway
from checkout.payments.minimums import payment_minimum_check
from config.rawsql import Joined, instances_fetch, lock_clause, marks, parent_with_children
from shop.models import Order, OrderStatus
from shop.money import Money
from shop.orders import (
    PaidOutcome,
    order_event_add,
    order_expire,
    order_mark_paid,
    order_payment_failed,
    order_refund_record,
)

__all__ = [
    "PaymentRefused",
    "payment_minimum_check",
    "payment_open_outcome_apply",
    "payment_outcome_apply",
    "payment_refund_observed",
    "payment_refund_order",
    "payment_start",
]

SETTLED = (PaymentStatus.SUCCEEDED, PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED)
REFUND_AFTER_CLOSE_REASON = "paid after the order was cancelled/expired"
REFUND_DUPLICATE_REASON = "duplicate payment: the order was already paid"


class PaymentRefused(Exception):
    """A payment that may not be started or refunded; `message` is for the user."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


_PAYMENT_ORDER = Joined(models=(Payment, Order), aliases=("p", "o"))


def order_payments_get(*, token: str, gateway: str) -> tuple[Order | None, list[Payment]]:
    """The order with this token and its payments through `gateway`, newest first, in one
    query (the pay page; plain SQL for the reason in `config.rawsql`)."""
    # Table names and placeholders only: every value is a parameter.
    sql = (
        f"SELECT {_PAYMENT_ORDER.columns()} FROM {_PAYMENT_ORDER.table(Order)} "  # noqa: S608
        f"LEFT OUTER JOIN {_PAYMENT_ORDER.table(Payment)} ON p.order_id = o.id AND p.gateway = %s "
        "WHERE o.token = %s ORDER BY p.id DESC"
    )
    return parent_with_children(
        instances_fetch(_PAYMENT_ORDER, sql, [gateway, token]), attr="order"
    )


def payment_start(
    *,
    order: Order,
    gateway: PaymentGateway | None = None,
    earlier: list[Payment] | None = None,
) -> Payment:
    """The payment the shopper completes on the pay page (created once per order and gateway).
    `earlier`: the order's payments through the gateway, newest first, when already read."""
    if order.status == OrderStatus.UNCONFIRMED and _overdue(order) and order_expire(order=order):
        order.refresh_from_db()
    if order.status != OrderStatus.UNCONFIRMED:
        raise PaymentRefused(_("This order is no longer awaiting payment."))
    message = payment_minimum_check(amount=Money(order.total, order.currency))
    if message:
        raise PaymentRefused(message)
    return (gateway or gateway_get()).payment_create(order=order, earlier=earlier)


def _money(payment: Payment, amount: Decimal) -> Money:
    return Money(amount, payment.currency)


def _refunded(payment: Payment, amount: Money) -> None:
    payment.amount_refunded += amount.amount
    full = payment.amount_refunded >= payment.amount
    payment.status = PaymentStatus.REFUNDED if full else PaymentStatus.PARTIALLY_REFUNDED
    payment.save(update_fields=["amount_refunded", "status", "updated_at"])


def _refund_unwanted(payment: Payment, amount: Money, reason: str) -> None:
    reference = gateway_get(payment.gateway).payment_refund(
        payment=payment, amount=amount, reason=reason
    )
    _refunded(payment, amount)
    order_refund_record(order=payment.order, amount=amount, reference=reference, reason=reason)


def _refund_duplicate(payment: Payment, amount: Money) -> None:
    # The order keeps its first payment: this refund returns extra money, not the order's.
    reference = gateway_get(payment.gateway).payment_refund(
        payment=payment, amount=amount, reason=REFUND_DUPLICATE_REASON
    )
    _refunded(payment, amount)
    order_event_add(
        order=payment.order,
        kind="duplicate_refunded",
        message=f"{amount} {reference}: {REFUND_DUPLICATE_REASON}",
        data={"payment": payment.reference, "refund": reference},
    )


def _paid_by_another(payment: Payment) -> bool:
    others = Payment.objects.filter(order_id=payment.order_id, status__in=SETTLED)
    return others.exclude(pk=payment.pk).exists()


@transaction.atomic
def payment_outcome_apply(
    *,
    payment: Payment,
    status: PaymentStatus | str,
    amount: Money | None = None,
    message: str = "",
) -> Payment:
    """Apply what the gateway reported, once. Returns the updated payment.

    A success pays the order (or, for a closed order, refunds automatically); a failure is
    recorded on the timeline and leaves the order open with its stock allocated until expiry;
    nothing undoes a success.
    """
    payment = Payment.objects.select_for_update().select_related("order").get(pk=payment.pk)
    return _outcome_apply(payment, status=status, amount=amount, message=message)


@transaction.atomic
def payment_open_outcome_apply(
    *, order_token: str, gateway: str, status: PaymentStatus | str, message: str = ""
) -> Payment | None:
    """`payment_outcome_apply` for the order's open payment through `gateway`, found and locked
    with its order in one statement (the dummy gateway's buttons name only the order). None,
    with nothing changed, when there is no open payment or the order takes none now (paid,
    cancelled, expired, or overdue: `payment_start` expires it)."""
    # Table names and placeholders only: every value is a parameter.
    sql = (
        f"SELECT {_PAYMENT_ORDER.columns()} FROM {_PAYMENT_ORDER.table(Payment)} "  # noqa: S608
        f"INNER JOIN {_PAYMENT_ORDER.table(Order)} ON o.id = p.order_id "
        f"WHERE o.token = %s AND p.gateway = %s AND p.status IN ({marks(OPEN_STATUSES)}) "
        "ORDER BY p.id DESC LIMIT 1" + lock_clause("p", "o")
    )
    found = instances_fetch(_PAYMENT_ORDER, sql, [order_token, gateway, *OPEN_STATUSES])
    payment = None
    if found:
        payment, payment.order = found[0]
    if payment is None or payment.order.status != OrderStatus.UNCONFIRMED:
        return None
    if _overdue(payment.order):
        return None
    return _outcome_apply(payment, status=status, message=message)


def _overdue(order: Order) -> bool:
    return order.expires_at is not None and order.expires_at <= timezone.now()


def _outcome_apply(
    payment: Payment, *, status: PaymentStatus | str, amount: Money | None = None, message: str
) -> Payment:
    """The outcome for `payment`, read under a row lock with its order in this transaction."""
    status = PaymentStatus(status)
    if payment.status in SETTLED or status == PaymentStatus.PENDING:
        return payment
    if status == PaymentStatus.SUCCEEDED:
        paid = amount or _money(payment, payment.amount)
        payment.status = PaymentStatus.SUCCEEDED
        payment.failure_message = ""
        payment.save(update_fields=["status", "failure_message", "updated_at"])
        # The lock covers the order too (FOR UPDATE locks every joined row).
        outcome = order_mark_paid(
            order=payment.order,
            amount=paid,
            gateway=payment.gateway,
            reference=payment.reference,
            locked=True,
        )
        if outcome == PaidOutcome.REFUND_NEEDED:
            _refund_unwanted(payment, paid, REFUND_AFTER_CLOSE_REASON)
        elif outcome == PaidOutcome.ALREADY_PAID and _paid_by_another(payment):
            _refund_duplicate(payment, paid)
        return payment
    if status not in (PaymentStatus.FAILED, PaymentStatus.CANCELED):
        raise ValueError(f"A gateway does not report {status}.")
    if payment.status == status and payment.failure_message == message[:500]:
        return payment  # the same report twice (webhook and return page)
    payment.status = status
    payment.failure_message = message[:500]
    payment.save(update_fields=["status", "failure_message", "updated_at"])
    order_payment_failed(
        order=payment.order,
        message=message or _("The payment did not go through."),
        reference=payment.reference,
    )
    return payment


def _refundable(order: Order) -> Decimal:
    return order.total - order.amount_refunded


@transaction.atomic
def payment_refund_order(
    *, order: Order, amount: Money | None = None, user=None, reason: str = ""
) -> str:
    """Refund (part of) a paid order through its gateway and record it; the refund reference.

    Staff's action. Default amount: everything not yet refunded.
    """
    order = Order.objects.select_for_update().get(pk=order.pk)
    payment = (
        Payment.objects.select_for_update()
        .filter(order=order, status__in=(PaymentStatus.SUCCEEDED, PaymentStatus.PARTIALLY_REFUNDED))
        .order_by("-pk")
        .first()
    )
    if payment is None:
        raise PaymentRefused(_("This order has no payment to refund."))
    amount = amount or Money(_refundable(order), order.currency)
    if amount.code != order.currency:
        raise PaymentRefused(_("A refund is made in the order's currency."))
    left = min(_refundable(order), payment.amount - payment.amount_refunded)
    if amount.amount <= 0 or amount.amount > left:
        raise PaymentRefused(
            _("A refund must be more than zero and at most %(left)s.")
            % {"left": Money(left, order.currency)}
        )
    reference = gateway_get(payment.gateway).payment_refund(
        payment=payment, amount=amount, reason=reason
    )
    _refunded(payment, amount)
    order_refund_record(order=order, amount=amount, reference=reference, reason=reason, user=user)
    return reference


@transaction.atomic
def payment_refund_observed(
    *, payment: Payment, refunded_total: Money, reference: str = "", reason: str = ""
) -> Money | None:
    """Record refunds made outside the shop (e.g. in Stripe's dashboard); the new part or None.

    `refunded_total` is the provider's running total, so refunds the shop made itself (already
    counted in `payment.amount_refunded`) are never counted twice.
    """
    payment = Payment.objects.select_for_update().select_related("order").get(pk=payment.pk)
    new = refunded_total.amount - payment.amount_refunded
    if new <= 0:
        return None
    extra = _money(payment, new)
    _refunded(payment, extra)
    order_refund_record(order=payment.order, amount=extra, reference=reference, reason=reason)
    return extra
