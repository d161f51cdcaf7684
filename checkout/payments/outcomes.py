"""What a payment's state does to the shop, under row locks and without calling any provider.

`checkout/payments/services.py` reads the provider first (no lock held), then calls these to
apply what it read in one short transaction, and calls the provider again (refunds) only after
that transaction committed. Every function here is idempotent: applying the same provider state
twice, or two states in any order, ends where the natural order would.
"""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from checkout.models import Payment, PaymentStatus
from checkout.payments.base import ProviderPayment
from shop.models import OrderStatus
from shop.money import Money
from shop.orders import (
    PaidOutcome,
    order_event_add,
    order_mark_paid,
    order_payment_failed,
    order_refund_record,
    timeline_note,
)

SETTLED = (PaymentStatus.SUCCEEDED, PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED)
REFUNDABLE = (PaymentStatus.SUCCEEDED, PaymentStatus.PARTIALLY_REFUNDED)
CLOSED_UNPAID = (OrderStatus.CANCELLED, OrderStatus.EXPIRED)
REFUND_AFTER_CLOSE_REASON = "paid after the order was cancelled/expired"
REFUND_DUPLICATE_REASON = "duplicate payment: the order was already paid"
REFUND_OBSERVED_REASON = gettext_lazy("Refunded at the payment provider.")


def payment_lock(payment_id: int) -> Payment:
    """The payment and its order, both locked (FOR UPDATE covers every joined row)."""
    return Payment.objects.select_for_update().select_related("order").get(pk=payment_id)


def _money(payment: Payment, amount: Decimal) -> Money:
    return Money(amount, payment.currency)


def outcome_apply_locked(
    payment: Payment, *, status: PaymentStatus | str, message: str = ""
) -> Payment:
    """Apply a reported status to `payment` (locked with its order in this transaction).

    A success pays the order; a success for an order another payment already paid marks this
    payment a duplicate (its money is returned by `refund_due`); a failure is recorded and
    leaves the order open until it expires; nothing undoes a success.
    """
    status = PaymentStatus(status)
    if payment.status in SETTLED or status == PaymentStatus.PENDING:
        return payment
    if status == PaymentStatus.SUCCEEDED:
        payment.status = PaymentStatus.SUCCEEDED
        payment.failure_message = ""
        payment.save(update_fields=["status", "failure_message", "updated_at"])
        outcome = order_mark_paid(
            order=payment.order,
            amount=_money(payment, payment.amount),
            gateway=payment.gateway,
            reference=payment.reference,
            locked=True,
        )
        if outcome == PaidOutcome.ALREADY_PAID and _paid_by_another(payment):
            payment.is_duplicate = True
            payment.save(update_fields=["is_duplicate", "updated_at"])
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


def _paid_by_another(payment: Payment) -> bool:
    others = Payment.objects.filter(order_id=payment.order_id, status__in=SETTLED)
    return others.exclude(pk=payment.pk).filter(is_duplicate=False).exists()


def provider_mismatch(payment: Payment, seen: ProviderPayment) -> str | None:
    """Why what the provider reports cannot be this payment (amount or currency differ)."""
    expected = _money(payment, payment.amount)
    if seen.amount.code != expected.code or seen.amount.amount != expected.amount:
        return timeline_note(
            gettext_noop(
                "The payment provider reports %(seen)s for %(ref)s, but the order expects "
                "%(expected)s: nothing was applied."
            ),
            seen=seen.amount,
            ref=payment.reference,
            expected=expected,
        )
    return None


@transaction.atomic
def provider_state_apply(*, payment_id: int, seen: ProviderPayment) -> Payment:
    """Bring the payment (and its order) to what the provider reported, under lock."""
    payment = payment_lock(payment_id)
    mismatch = provider_mismatch(payment, seen)
    if mismatch:
        if payment.failure_message != mismatch[:500]:
            payment.failure_message = mismatch[:500]
            payment.save(update_fields=["failure_message", "updated_at"])
            order_event_add(order=payment.order, kind="payment_mismatch", message=mismatch)
        return payment
    payment = outcome_apply_locked(payment, status=seen.status, message=seen.failure_message)
    if payment.status in SETTLED and seen.refunded.amount > payment.amount_refunded:
        new = min(seen.refunded.amount, payment.amount) - payment.amount_refunded
        refund_record_locked(
            payment, amount=_money(payment, new), reference="", reason=str(REFUND_OBSERVED_REASON)
        )
    return payment


def refund_due(payment: Payment) -> tuple[Money, str] | None:
    """Money the shop must return without anyone asking: a duplicate payment, or a payment
    that succeeded for an order that was cancelled or expired. None when nothing is due."""
    if payment.status not in REFUNDABLE:
        return None
    left = payment.amount - payment.amount_refunded
    if left <= 0:
        return None
    if payment.is_duplicate:
        return _money(payment, left), REFUND_DUPLICATE_REASON
    if payment.order.status in CLOSED_UNPAID:
        return _money(payment, left), REFUND_AFTER_CLOSE_REASON
    return None


def refund_idempotency_key(payment: Payment, amount: Money) -> str:
    """Same payment, same refunded-so-far, same amount: a retry, never a second refund.
    Plain decimals: what was refunded so far may be finer than the chargeable unit (Stripe's
    dashboard takes 10.50 HUF)."""
    so_far = format(payment.amount_refunded.normalize(), "f")
    return f"{payment.reference}-refund-{so_far}-{format(amount.amount.normalize(), 'f')}"


@transaction.atomic
def refund_record(
    *,
    payment_id: int,
    amount: Money,
    refunded_before: Decimal,
    reference: str,
    reason: str,
    user=None,
) -> bool:
    """Record a refund the provider made, unless it was recorded meanwhile (a reconcile that
    saw it first moved `amount_refunded` on from `refunded_before`). True when recorded."""
    payment = payment_lock(payment_id)
    if payment.amount_refunded != refunded_before:
        return False
    refund_record_locked(payment, amount=amount, reference=reference, reason=reason, user=user)
    return True


def refund_record_locked(
    payment: Payment, *, amount: Money, reference: str, reason: str, user=None
) -> None:
    """Count `amount` as returned from `payment` (locked) and tell the order's timeline.

    A duplicate payment's refunds never count towards the order's own; an order is never
    recorded as refunded beyond its total (the excess is noted for staff instead)."""
    payment.amount_refunded += amount.amount
    full = payment.amount_refunded >= payment.amount
    payment.status = PaymentStatus.REFUNDED if full else PaymentStatus.PARTIALLY_REFUNDED
    payment.save(update_fields=["amount_refunded", "status", "updated_at"])
    order = payment.order
    if payment.is_duplicate:
        order_event_add(
            order=order,
            kind="duplicate_refunded",
            message=f"{amount} {reference}: {reason}",
            data={"payment": payment.reference, "refund": reference},
            user=user,
        )
        return
    part = min(amount.amount, order.total - order.amount_refunded)
    if part > 0:
        order_refund_record(
            order=order, amount=_money(payment, part), reference=reference, reason=reason, user=user
        )
    if amount.amount > part:
        order_event_add(
            order=order,
            kind="refund_excess",
            message=timeline_note(
                gettext_noop("%(amount)s refunded beyond the order total (%(ref)s)."),
                amount=_money(payment, amount.amount - part),
                ref=reference or payment.reference,
            ),
            user=user,
        )
