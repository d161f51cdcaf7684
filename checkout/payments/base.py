"""The interface every payment gateway implements.

A gateway talks to its provider and nothing else: creating the provider's payment object, asking
for its status, refunding. What an outcome does to the order is decided in `services.py`, so a
new gateway (VNPay, MoMo, PayPal …) only fills in the provider calls and a pay-page partial; a
redirect-based gateway puts `redirect_url` into `page_context`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, ClassVar

from django.db import IntegrityError, transaction
from django.http import HttpRequest

from checkout.models import Payment, PaymentStatus
from shop.models import Order
from shop.money import Money

# A payment in these states can still be completed: Stripe lets the shopper retry a declined
# PaymentIntent with another card, so a failed attempt is reused rather than replaced.
OPEN_STATUSES = (PaymentStatus.PENDING, PaymentStatus.FAILED)


class GatewayError(Exception):
    """The provider could not be reached or refused the call; nothing was changed here."""


@dataclass(frozen=True)
class ProviderPayment:
    """How the provider's own payment object stands now, read from the provider (never taken
    from a notification's body): `status` is one of pending, succeeded, failed, canceled;
    `amount` is what it collected (or asks for), `refunded` the total returned so far."""

    status: PaymentStatus
    amount: Money
    refunded: Money
    failure_message: str = ""


class PaymentGateway(ABC):
    """One way to collect an order's total."""

    name: ClassVar[str]
    label: ClassVar[Any]  # a lazy translated string
    is_test: ClassVar[bool] = False
    template_name: ClassVar[str]

    def payment_create(self, *, order: Order, earlier: list[Payment] | None = None) -> Payment:
        """The order's open payment through this gateway, created at the provider if needed.
        `earlier`: the order's payments through this gateway, newest first, if already read.

        Idempotent without a lock: `intent_create` gives the same reference for the same order
        and attempt (the provider's idempotency key), so of two pay pages opened at once the
        second insert meets the unique (gateway, reference) and both share the first payment.
        """
        if earlier is None:
            earlier = list(Payment.objects.filter(order=order, gateway=self.name).order_by("-pk"))
        payment = next((p for p in earlier if p.status in OPEN_STATUSES), None)
        if payment is not None:
            return payment
        payment = Payment(
            order=order, gateway=self.name, amount=order.total, currency=order.currency
        )
        self.intent_create(payment=payment, attempt=len(earlier) + 1)
        try:
            if transaction.get_connection().in_atomic_block:
                with transaction.atomic():  # a savepoint keeps the caller's transaction usable
                    payment.save()
            else:
                payment.save()
        except IntegrityError:
            return Payment.objects.get(gateway=self.name, reference=payment.reference)
        return payment

    @abstractmethod
    def intent_create(self, *, payment: Payment, attempt: int) -> None:
        """Create the provider's payment object; set `payment.reference` (and client secret).

        `attempt` counts this gateway's payments for the order (1 for the first). The same order
        and attempt must give the same reference (the provider's idempotency key): that is what
        lets `payment_create` do without a lock.
        """

    @abstractmethod
    def payment_fetch(self, *, payment: Payment) -> ProviderPayment:
        """Ask the provider how the payment stands now (status, amount, refunds). Called with
        no database lock held; every outcome the shop applies comes from here."""

    @abstractmethod
    def payment_refund(
        self, *, payment: Payment, amount: Money, reason: str, idempotency_key: str
    ) -> str:
        """Return `amount` of the payment to the shopper; the provider's refund reference.
        The same `idempotency_key` must never refund twice (a retry after a timeout)."""

    def page_context(self, *, payment: Payment, request: HttpRequest) -> dict[str, Any]:
        """What `template_name` needs to render the pay step."""
        return {"gateway": self, "payment": payment, "order": payment.order}
