"""Stripe: PaymentIntents with the Payment Element, refunds, idempotency keys.

Amounts go to Stripe in the order's currency and Stripe's minor units (`shop.money`), so
¥4,500 is 4500, 1,250,000 VND is 1250000 and €45.10 is 4510. The module is not called
`stripe.py` so that it never shadows the SDK.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import stripe
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from checkout.models import Payment, PaymentStatus
from checkout.payments.base import GatewayError, PaymentGateway, ProviderPayment
from shop.conf import langnghe_setting
from shop.money import Money, money_from_minor_units, money_to_minor_units

# Stripe.js locales differ from Django's codes only for Chinese.
STRIPE_LOCALES = {"zh-hans": "zh", "zh-hant": "zh-TW"}

STATUS_FROM_INTENT = {
    "succeeded": PaymentStatus.SUCCEEDED,
    "canceled": PaymentStatus.CANCELED,
}


T = TypeVar("T")


def _provider_call(method: Callable[..., T]) -> Callable[..., T]:
    """Stripe's errors leave the gateway as `GatewayError`, the one error callers know."""

    @functools.wraps(method)
    def call(*args, **kwargs) -> T:
        try:
            return method(*args, **kwargs)
        except stripe.StripeError as error:
            raise GatewayError(str(error.user_message or error)) from error

    return call


def stripe_client() -> stripe.StripeClient:
    """A client for the configured account (and API base, e.g. localstripe in tests)."""
    api_base = langnghe_setting("STRIPE_API_BASE")
    base = {"api": api_base} if api_base else None
    return stripe.StripeClient(
        langnghe_setting("STRIPE_SECRET_KEY"), base_addresses=base, max_network_retries=2
    )


def stripe_locale(language: str) -> str:
    """The Payment Element's locale for an order language ("auto" when unknown)."""
    language = (language or "").lower()
    return STRIPE_LOCALES.get(language, language.split("-")[0] or "auto")


def intent_status(intent: dict[str, Any]) -> PaymentStatus:
    """Our status for a PaymentIntent (as a dict: a webhook's object or `to_dict()`)."""
    status = intent["status"]
    if status in STATUS_FROM_INTENT:
        return STATUS_FROM_INTENT[status]
    # A declined card sends the intent back to requires_payment_method with the reason attached.
    if status == "requires_payment_method" and intent.get("last_payment_error"):
        return PaymentStatus.FAILED
    return PaymentStatus.PENDING


def intent_amount(intent: dict[str, Any]) -> Money:
    """What the intent collected (or asks for), in the intent's currency."""
    minor = intent.get("amount_received") or intent["amount"]
    return money_from_minor_units(int(minor), intent["currency"].upper())


# Refunds in these states return (or will return) money; failed and canceled ones do not.
REFUND_COUNTED = frozenset({"succeeded", "pending", "requires_action"})


def intent_refunded(client: stripe.StripeClient, intent: dict[str, Any]) -> Money:
    """What has been refunded of a succeeded intent, from Stripe's refund objects."""
    currency = intent["currency"].upper()
    if intent["status"] != "succeeded":
        return Money(0, currency)
    refunds = client.v1.refunds.list(params={"payment_intent": intent["id"], "limit": 100})
    minor = sum(refund.amount for refund in refunds.data if refund.status in REFUND_COUNTED)
    return money_from_minor_units(int(minor), currency)


def intent_failure_message(intent: dict[str, Any]) -> str:
    error = intent.get("last_payment_error") or {}
    return (error.get("message") or "")[:500]


class StripeGateway(PaymentGateway):
    name = "stripe"
    label = _("Card (Stripe)")
    template_name = "checkout/payments/stripe.html"

    @property
    def is_test(self) -> bool:  # type: ignore[override]
        return langnghe_setting("STRIPE_SECRET_KEY").startswith("sk_test_")

    @_provider_call
    def intent_create(self, *, payment: Payment, attempt: int) -> None:
        order = payment.order
        suffix = "" if attempt == 1 else f"-{attempt}"
        params: dict[str, Any] = {
            "amount": money_to_minor_units(Money(payment.amount, payment.currency)),
            "currency": payment.currency.lower(),
            # localstripe (tests) rejects automatic_payment_methods; cards are what we offer.
            "payment_method_types": ["card"],
            # The order's reference, never its primary key (which tells how many orders the
            # shop takes): Stripe shows the description on receipts and in the dashboard.
            "metadata": {"order_reference": order.reference, "order_token": order.token},
            "description": f"Langnghe order {order.reference}",
        }
        if order.email:
            params["receipt_email"] = order.email
        intent = stripe_client().v1.payment_intents.create(
            params=params,
            options={"idempotency_key": f"order-{order.reference}-{order.token[:8]}-pi{suffix}"},
        )
        payment.reference = intent.id
        payment.client_secret = intent.client_secret or ""

    @_provider_call
    def payment_fetch(self, *, payment: Payment) -> ProviderPayment:
        client = stripe_client()
        intent = client.v1.payment_intents.retrieve(payment.reference).to_dict()
        return ProviderPayment(
            status=intent_status(intent),
            amount=intent_amount(intent),
            refunded=intent_refunded(client, intent),
            failure_message=intent_failure_message(intent),
        )

    @_provider_call
    def payment_refund(
        self, *, payment: Payment, amount: Money, reason: str, idempotency_key: str
    ) -> str:
        if amount.code != payment.currency:
            raise ValueError("A refund is made in the payment's currency.")
        refund = stripe_client().v1.refunds.create(
            params={
                "payment_intent": payment.reference,
                "amount": money_to_minor_units(amount),
                "metadata": {"order_reference": payment.order.reference, "reason": reason[:500]},
            },
            options={"idempotency_key": idempotency_key},
        )
        return refund.id

    def page_context(self, *, payment: Payment, request: HttpRequest) -> dict[str, Any]:
        order = payment.order
        return_url = request.build_absolute_uri(
            reverse("payments:return", kwargs={"token": order.token})
        )
        return {
            **super().page_context(payment=payment, request=request),
            "stripe_js_url": langnghe_setting("STRIPE_JS_URL"),
            "stripe_config": {
                "publishableKey": langnghe_setting("STRIPE_PUBLISHABLE_KEY"),
                "clientSecret": payment.client_secret,
                "locale": stripe_locale(order.language),
                "returnUrl": return_url,
            },
        }
