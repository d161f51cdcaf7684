"""The embedded default gateway: a test payment where no money moves.

The pay page posts the shopper's choice (succeed or decline) to `payments:dummy_pay`; that view
is only served while the dummy is the configured gateway, so it can never pay a real order.
"""

from __future__ import annotations

import secrets
from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from checkout.models import Payment, PaymentStatus
from checkout.payments.base import PaymentGateway, ProviderPayment
from shop.money import Money


class DummyGateway(PaymentGateway):
    name = "dummy"
    label = _("Test payment")
    is_test = True
    template_name = "checkout/payments/dummy.html"

    def intent_create(self, *, payment: Payment, attempt: int) -> None:
        # Stable per order and attempt, like a provider's idempotency key (see payment_create).
        payment.reference = f"dummy_{payment.order.reference}_{attempt}"

    def payment_fetch(self, *, payment: Payment) -> ProviderPayment:
        # Nothing outside this database knows the payment: what is stored is the truth.
        status = PaymentStatus(payment.status)
        if status in (PaymentStatus.REFUNDED, PaymentStatus.PARTIALLY_REFUNDED):
            status = PaymentStatus.SUCCEEDED
        return ProviderPayment(
            status=status,
            amount=Money(payment.amount, payment.currency),
            refunded=Money(payment.amount_refunded, payment.currency),
            failure_message=payment.failure_message,
        )

    def payment_refund(
        self, *, payment: Payment, amount: Money, reason: str, idempotency_key: str
    ) -> str:
        return f"dummy_refund_{secrets.token_hex(6)}"

    def page_context(self, *, payment: Payment, request: HttpRequest) -> dict[str, Any]:
        return {
            **super().page_context(payment=payment, request=request),
            "dummy_pay_url": reverse("payments:dummy_pay", kwargs={"token": payment.order.token}),
        }
