"""Payment gateways: one interface (`base.PaymentGateway`), the embedded `dummy` and `stripe`.

The rules (minimum charge, applying outcomes, refunds) live in `services.py`; gateways only talk to
their provider. A host project may add gateways (VNPay, MoMo, PayPal …) through the
`LANGNGHE_PAYMENT_GATEWAY_CLASSES` setting: {"vnpay": "myshop.vnpay.VNPayGateway"}.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

from shop.conf import langnghe_setting

if TYPE_CHECKING:
    from checkout.payments.base import PaymentGateway

GATEWAY_CLASSES: dict[str, str] = {
    "dummy": "checkout.payments.dummy.DummyGateway",
    "stripe": "checkout.payments.stripe_gateway.StripeGateway",
}


def gateway_name_default() -> str:
    """The configured gateway: the setting, else Stripe when it has a key, else the dummy."""
    if langnghe_setting("LANGNGHE_PAYMENT_GATEWAY"):
        return langnghe_setting("LANGNGHE_PAYMENT_GATEWAY")
    return "stripe" if langnghe_setting("STRIPE_SECRET_KEY") else "dummy"


class DummyGatewayRefused(ImproperlyConfigured):
    """A test gateway (the dummy: anyone can "pay") asked for where it is not allowed."""


def test_payments_allowed() -> bool:
    """Whether a test gateway may take payments: only when the project says so, explicitly
    (the reference project allows them outside production; docs/security.md)."""
    return bool(langnghe_setting("LANGNGHE_ALLOW_TEST_PAYMENTS"))


def gateway_class(name: str | None = None) -> type[PaymentGateway]:
    """The class of the gateway called `name` (default: the configured one)."""
    name = name or gateway_name_default()
    classes = {**GATEWAY_CLASSES, **langnghe_setting("LANGNGHE_PAYMENT_GATEWAY_CLASSES")}
    try:
        return import_string(classes[name])
    except KeyError:
        raise ImproperlyConfigured(f"Unknown payment gateway {name!r}.") from None


def gateway_get(name: str | None = None) -> PaymentGateway:
    """The gateway called `name` (default: the configured one). A test gateway is refused
    (`DummyGatewayRefused`) unless `LANGNGHE_ALLOW_TEST_PAYMENTS` is set."""
    cls = gateway_class(name)
    if cls.is_test is True and not test_payments_allowed():
        raise DummyGatewayRefused(
            "The dummy payment gateway is off: set STRIPE_SECRET_KEY, or "
            "LANGNGHE_ALLOW_TEST_PAYMENTS=true for a shop that takes no real money."
        )
    return cls()
