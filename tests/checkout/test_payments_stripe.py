"""The Stripe gateway against localstripe: amounts, payment, decline, refund, idempotency."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from checkout.models import Payment, PaymentStatus
from checkout.payments import gateway_get
from checkout.payments.services import (
    payment_reconcile,
    payment_refund_order,
    payment_start,
)
from checkout.payments.stripe_gateway import StripeGateway, stripe_locale
from shop.models import OrderStatus, Stock
from shop.money import Money
from shop.orders import orders_expire_due
from tests.checkout.stripe_server import shopper_pays

pytestmark = pytest.mark.django_db

GOOD_CARD = "4242424242424242"
# Stripe's generic decline card 4000000000000002 is declined by localstripe only when attached
# to a customer; 4000000000000341 is its card that attaches but is declined when charged.
DECLINED_CARD = "4000000000000341"


def allocated(order):
    return sum(
        Stock.objects.filter(variant__order_lines__order=order).values_list(
            "quantity_allocated", flat=True
        )
    )


@pytest.mark.parametrize(
    ("total", "currency", "minor"),
    [("4500", "JPY", 4500), ("1250000", "VND", 1250000), ("45.10", "EUR", 4510)],
)
def test_payment_intent_is_in_the_orders_currency_and_minor_units(
    localstripe, order_factory, total, currency, minor
):
    order = order_factory(total=total, currency=currency, email="mai@example.com")
    payment = StripeGateway().payment_create(order=order)
    intent = localstripe.request("GET", f"/v1/payment_intents/{payment.reference}")
    assert intent["amount"] == minor
    assert intent["currency"] == currency.lower()
    # The order's reference, never its primary key (which tells how many orders the shop has).
    assert intent["metadata"] == {"order_reference": order.reference, "order_token": order.token}
    assert intent["description"] == f"Langnghe order {order.reference}"
    assert intent["receipt_email"] == "mai@example.com"
    assert intent["client_secret"] == payment.client_secret
    assert (payment.amount, payment.currency) == (Decimal(total), currency)


def test_payment_create_twice_makes_one_intent_and_one_payment(localstripe, order_factory):
    order = order_factory(total="45.10", currency="EUR")
    gateway = StripeGateway()
    first = gateway.payment_create(order=order)
    second = gateway.payment_create(order=order)
    intents = localstripe.request("GET", "/v1/payment_intents")["data"]
    assert first.pk == second.pk
    assert Payment.objects.count() == 1
    assert [intent["id"] for intent in intents] == [first.reference]


def test_the_configured_gateway_is_stripe_when_pointed_at_localstripe(localstripe):
    gateway = gateway_get()
    assert gateway.name == "stripe"
    assert gateway.is_test is True


def test_a_good_card_pays_the_order(localstripe, order_factory):
    order = order_factory(total="4500", currency="JPY")
    payment = payment_start(order=order)
    shopper_pays(localstripe, intent_id=payment.reference, card=GOOD_CARD)
    payment = payment_reconcile(payment=payment)
    order.refresh_from_db()
    assert payment.status == PaymentStatus.SUCCEEDED
    assert order.status == OrderStatus.PAID
    assert order.payment_gateway == "stripe"


def test_a_declined_card_leaves_the_order_unpaid_until_expiry_releases_stock(
    localstripe, order_factory
):
    order = order_factory(total="45.10", currency="EUR", quantity=3)
    payment = payment_start(order=order)
    intent = shopper_pays(localstripe, intent_id=payment.reference, card=DECLINED_CARD)
    assert intent["status"] == "requires_payment_method"

    payment = payment_reconcile(payment=payment)
    order.refresh_from_db()
    assert payment.status == PaymentStatus.FAILED
    assert payment.failure_message == "Your card was declined."
    assert order.status == OrderStatus.UNCONFIRMED
    assert allocated(order) == 3

    assert orders_expire_due(now=timezone.now() + dt.timedelta(hours=2)) == 1
    order.refresh_from_db()
    assert order.status == OrderStatus.EXPIRED
    assert allocated(order) == 0


def test_a_pending_intent_changes_nothing(localstripe, order_factory):
    order = order_factory(total="45.10", currency="EUR")
    payment = payment_start(order=order)
    payment = payment_reconcile(payment=payment)
    assert payment.status == PaymentStatus.PENDING
    assert not order.events.exists()


def test_a_partial_refund_goes_to_stripe_in_the_orders_currency_and_minor_units(
    localstripe, order_factory
):
    order = order_factory(total="45.10", currency="EUR")
    payment = payment_start(order=order)
    shopper_pays(localstripe, intent_id=payment.reference, card=GOOD_CARD)
    payment_reconcile(payment=payment)

    reference = payment_refund_order(order=order, amount=Money("10.05", "EUR"), reason="chipped")

    refund = localstripe.request("GET", f"/v1/refunds/{reference}")
    order.refresh_from_db()
    assert (refund["amount"], refund["currency"]) == (1005, "eur")
    assert refund["payment_intent"] == payment.reference
    assert refund["metadata"] == {"order_reference": order.reference, "reason": "chipped"}
    assert order.status == OrderStatus.PARTIALLY_REFUNDED
    assert order.amount_refunded == Decimal("10.05")


def test_stripe_locale_follows_the_order_language():
    assert stripe_locale("ja") == "ja"
    assert stripe_locale("zh-hans") == "zh"
    assert stripe_locale("") == "auto"
