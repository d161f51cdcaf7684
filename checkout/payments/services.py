"""The payment rules: starting a payment, reconciling it with its provider, refunding.

Outcomes arrive several ways (a webhook, the shopper's return page, the dummy's buttons) in any
order. None of them is trusted: `payment_reconcile` asks the provider how the payment stands
(no lock held), applies that under a short row lock (`outcomes.py`), and only after that
transaction commits asks the provider for any refund that is due. So a slow provider never
holds an order or stock row, and a retry never refunds twice (idempotency keys).
"""

from __future__ import annotations

import logging
from decimal import Decimal

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from checkout.models import Payment
from checkout.payments import gateway_get
from checkout.payments.base import OPEN_STATUSES, GatewayError, PaymentGateway
from checkout.payments.minimums import payment_minimum_check
from checkout.payments.outcomes import (
    REFUNDABLE,
    outcome_apply_locked,
    payment_lock,
    provider_state_apply,
    refund_due,
    refund_idempotency_key,
    refund_record,
)
from shop.models import Order, OrderStatus
from shop.money import Money, babel_locale, money_format, money_is_chargeable
from shop.orders import order_expire
from shop.utils.joins import parent_with_children_get

logger = logging.getLogger(__name__)

__all__ = [
    "PaymentRefused",
    "payment_minimum_check",
    "payment_open_outcome_apply",
    "payment_outcome_apply",
    "payment_reconcile",
    "payment_refund_order",
    "payment_refunds_settle",
    "payment_start",
]


class PaymentRefused(Exception):
    """A payment that may not be started or refunded; `message` is for the user."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


def order_payments_get(*, token: str, gateway: str) -> tuple[Order | None, list[Payment]]:
    """The order with this token and its payments through `gateway`, newest first, in one
    query (the pay page)."""
    return parent_with_children_get(
        Order.objects.filter(token=token),
        relation="payments",
        condition=Q(payments__gateway=gateway),
        order_by="-pk",
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
    total = Money(order.total, order.currency)
    message = payment_minimum_check(amount=total)
    if message:
        raise PaymentRefused(message)
    if not money_is_chargeable(total):  # never expected: every part of a total is rounded so
        logger.error("Order %s: total %s cannot be charged.", order.pk, total)
        raise PaymentRefused(_("This order cannot be paid online; please contact us."))
    try:
        return (gateway or gateway_get()).payment_create(order=order, earlier=earlier)
    except GatewayError:
        raise PaymentRefused(
            _("Payments cannot be taken at the moment. Please try again in a few minutes.")
        ) from None


def _overdue(order: Order) -> bool:
    return order.expires_at is not None and order.expires_at <= timezone.now()


def payment_reconcile(*, payment: Payment) -> Payment:
    """Bring `payment` and its order to what the provider says now, then return any money that
    is due back. The provider is read before and refunded after the locked transaction; raises
    `GatewayError` when the provider cannot be reached (nothing changed)."""
    seen = gateway_get(payment.gateway).payment_fetch(payment=payment)
    payment = provider_state_apply(payment_id=payment.pk, seen=seen)
    return payment_refunds_settle(payment=payment)


def payment_outcome_apply(*, payment: Payment, status: str, message: str = "") -> Payment:
    """Apply an outcome the shop itself knows (the dummy gateway, which has no provider), then
    return any money that is due back. Real gateways go through `payment_reconcile`."""
    with transaction.atomic():
        payment = outcome_apply_locked(payment_lock(payment.pk), status=status, message=message)
    return payment_refunds_settle(payment=payment)


def payment_open_outcome_apply(
    *, order_token: str, gateway: str, status: str, message: str = ""
) -> Payment | None:
    """`payment_outcome_apply` for the order's open payment through `gateway`, found and locked
    with its order in one statement (the dummy gateway's buttons name only the order). None,
    with nothing changed, when there is no open payment or the order takes none now (paid,
    cancelled, expired, or overdue: `payment_start` expires it)."""
    open_payments = (
        Payment.objects.select_related("order")
        .select_for_update(of=("self", "order"))
        .filter(order__token=order_token, gateway=gateway, status__in=OPEN_STATUSES)
        .order_by("-pk")
    )
    with transaction.atomic():
        payment = open_payments.first()
        if payment is None or payment.order.status != OrderStatus.UNCONFIRMED:
            return None
        if _overdue(payment.order):
            return None
        payment = outcome_apply_locked(payment, status=status, message=message)
    return payment_refunds_settle(payment=payment)


def payment_refunds_settle(*, payment: Payment) -> Payment:
    """Return what `outcomes.refund_due` says is due (a duplicate payment, or one for a closed
    order) through the provider, then record it. Called with no lock held; a refund that fails
    stays due and is made by the next reconcile."""
    due = refund_due(payment)
    if due is None:
        return payment
    amount, reason = due
    refunded_before = payment.amount_refunded
    reference = gateway_get(payment.gateway).payment_refund(
        payment=payment,
        amount=amount,
        reason=reason,
        idempotency_key=refund_idempotency_key(payment, amount),
    )
    refund_record(
        payment_id=payment.pk,
        amount=amount,
        refunded_before=refunded_before,
        reference=reference,
        reason=reason,
    )
    payment.refresh_from_db()
    return payment


def _refund_checked(order: Order, payment: Payment, amount: Money | None) -> Money:
    """The amount staff may refund now, or `PaymentRefused` saying why not."""
    left = min(order.total - order.amount_refunded, payment.amount - payment.amount_refunded)
    if amount is None:  # never `amount or …`: a zero amount is refused, not made "everything"
        amount = Money(left, order.currency)
    if amount.code != order.currency:
        raise PaymentRefused(_("A refund is made in the order's currency."))
    if amount.amount <= 0 or amount.amount > left:
        raise PaymentRefused(
            _("A refund must be more than zero and at most %(left)s.")
            % {"left": money_format(Money(left, order.currency), locale=babel_locale())}
        )
    if not money_is_chargeable(amount):  # what the provider can send back
        raise PaymentRefused(
            _("%(currency)s cannot be refunded in this unit.") % {"currency": amount.code}
        )
    return amount


def payment_refund_order(
    *, order: Order, amount: Money | None = None, user=None, reason: str = ""
) -> str:
    """Refund (part of) a paid order through its gateway and record it; the refund reference.

    Staff's action. Default amount: everything not yet refunded. The amount is checked under
    lock, the provider is called after that transaction, and the refund is recorded in a second
    one (unless a reconcile recorded it first)."""
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order.pk)
        payment = (
            Payment.objects.select_for_update()
            .filter(order=order, status__in=REFUNDABLE, is_duplicate=False)
            .order_by("-pk")
            .first()
        )
        if payment is None:
            raise PaymentRefused(_("This order has no payment to refund."))
        payment.order = order  # the provider's refund names the order (no second read)
        amount = _refund_checked(order, payment, amount)
    refunded_before: Decimal = payment.amount_refunded
    try:
        reference = gateway_get(payment.gateway).payment_refund(
            payment=payment,
            amount=amount,
            reason=reason,
            idempotency_key=refund_idempotency_key(payment, amount),
        )
    except GatewayError as error:
        raise PaymentRefused(
            _("The payment provider did not refund: %(reason)s") % {"reason": error}
        ) from error
    refund_record(
        payment_id=payment.pk,
        amount=amount,
        refunded_before=refunded_before,
        reference=reference,
        reason=reason,
        user=user,
    )
    return reference
