"""Stripe webhooks (checkout/payments/webhooks.py), signed exactly as Stripe signs them, with the
payment intents and refunds living in localstripe."""

import json
import secrets
import time
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from checkout.models import PaymentStatus, WebhookEvent
from checkout.payments.services import payment_refund_order, payment_start
from shop.models import OrderStatus
from shop.money import Money
from shop.orders import order_cancel
from tests.checkout.stripe_server import WEBHOOK_SECRET, shopper_pays, stripe_signature
from tests.factories import MarketFactory

pytestmark = pytest.mark.django_db

GOOD_CARD = "4242424242424242"
DECLINED_CARD = "4000000000000341"  # declined at charge time by localstripe


def event_payload(kind: str, obj: dict, event_id: str | None = None) -> bytes:
    event = {
        "id": event_id or f"evt_{secrets.token_hex(8)}",
        "object": "event",
        "type": kind,
        "created": int(time.time()),
        "livemode": False,
        "data": {"object": obj},
    }
    return json.dumps(event, indent=2).encode()


def post(client, payload: bytes, signature: str | None = None):
    return client.post(
        reverse("webhooks:stripe_webhook"),
        data=payload,
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=signature if signature is not None else stripe_signature(payload),
    )


def paid_intent(localstripe, order_factory, **fields):
    order = order_factory(total="45.10", currency="EUR", **fields)
    payment = payment_start(order=order)
    intent = shopper_pays(localstripe, intent_id=payment.reference, card=GOOD_CARD)
    return order, payment, intent


def kinds(order):
    return list(order.events.values_list("kind", flat=True))


def test_a_bad_signature_is_refused_and_nothing_is_stored(localstripe, order_factory, client):
    order, _payment, intent = paid_intent(localstripe, order_factory)
    payload = event_payload("payment_intent.succeeded", intent)
    response = post(client, payload, stripe_signature(payload, secret="whsec_wrong"))
    order.refresh_from_db()
    assert response.status_code == 400
    assert not WebhookEvent.objects.exists()
    assert order.status == OrderStatus.UNCONFIRMED


def test_a_tampered_body_is_refused(localstripe, order_factory, client):
    _order, _payment, intent = paid_intent(localstripe, order_factory)
    payload = event_payload("payment_intent.succeeded", intent)
    response = post(client, payload + b" ", stripe_signature(payload))
    assert response.status_code == 400
    assert not WebhookEvent.objects.exists()


def test_a_stale_timestamp_is_refused(localstripe, order_factory, client, settings):
    order, _payment, intent = paid_intent(localstripe, order_factory)
    payload = event_payload("payment_intent.succeeded", intent)
    stale = int(time.time()) - settings.STRIPE_WEBHOOK_TOLERANCE - 60
    response = post(client, payload, stripe_signature(payload, at=stale))
    order.refresh_from_db()
    assert response.status_code == 400
    assert not WebhookEvent.objects.exists()
    assert order.status == OrderStatus.UNCONFIRMED


def test_without_a_configured_secret_every_webhook_is_refused(localstripe, client, settings):
    settings.STRIPE_WEBHOOK_SECRET = ""
    payload = event_payload("payment_intent.succeeded", {"id": "pi_x"})
    assert (
        post(client, payload, stripe_signature(payload, secret=WEBHOOK_SECRET)).status_code == 400
    )


def test_get_is_not_allowed(client):
    assert client.get(reverse("webhooks:stripe_webhook")).status_code == 405


def test_the_same_event_twice_has_one_effect(localstripe, order_factory, client):
    order, _payment, intent = paid_intent(localstripe, order_factory)
    payload = event_payload("payment_intent.succeeded", intent)
    first, second = post(client, payload), post(client, payload)
    order.refresh_from_db()
    assert (first.status_code, second.status_code) == (200, 200)
    assert WebhookEvent.objects.count() == 1
    assert WebhookEvent.objects.get().processed_at is not None
    assert order.status == OrderStatus.PAID
    assert kinds(order).count("paid") == 1


def test_success_before_the_shopper_returns_pays_once(localstripe, order_factory, client):
    MarketFactory()  # the storefront middleware resolves a market for every page
    order, _payment, intent = paid_intent(localstripe, order_factory)
    assert post(client, event_payload("payment_intent.succeeded", intent)).status_code == 200
    with translation.override("en"):
        response = client.get(reverse("payments:return", kwargs={"token": order.token}))
        expected = reverse("checkout:order", kwargs={"token": order.token})
    order.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"] == expected
    assert order.status == OrderStatus.PAID
    assert kinds(order).count("paid") == 1


def test_a_failure_after_success_leaves_the_order_paid(localstripe, order_factory, client):
    order, payment, intent = paid_intent(localstripe, order_factory)
    failed = {
        **intent,
        "status": "requires_payment_method",
        "last_payment_error": {"message": "Your card was declined."},
    }
    post(client, event_payload("payment_intent.succeeded", intent))
    response = post(client, event_payload("payment_intent.payment_failed", failed))
    order.refresh_from_db()
    payment.refresh_from_db()
    assert response.status_code == 200
    assert order.status == OrderStatus.PAID
    assert payment.status == PaymentStatus.SUCCEEDED
    assert "payment_failed" not in kinds(order)


def test_a_failure_is_recorded_and_the_order_stays_open(localstripe, order_factory, client):
    order = order_factory(total="45.10", currency="EUR")
    payment = payment_start(order=order)
    intent = shopper_pays(localstripe, intent_id=payment.reference, card=DECLINED_CARD)
    post(client, event_payload("payment_intent.payment_failed", intent))
    order.refresh_from_db()
    payment.refresh_from_db()
    assert order.status == OrderStatus.UNCONFIRMED
    assert payment.status == PaymentStatus.FAILED
    assert order.events.get(kind="payment_failed").message == "Your card was declined."


def test_success_for_a_cancelled_order_is_refunded_at_stripe(localstripe, order_factory, client):
    order, payment, intent = paid_intent(localstripe, order_factory)
    order_cancel(order=order, reason="out of clay")
    response = post(client, event_payload("payment_intent.succeeded", intent))
    refunds = localstripe.request("GET", f"/v1/refunds?payment_intent={payment.reference}")
    order.refresh_from_db()
    assert response.status_code == 200
    assert [(r["amount"], r["currency"]) for r in refunds["data"]] == [(4510, "eur")]
    assert order.status == OrderStatus.CANCELLED
    assert order.amount_refunded == Decimal("45.10")
    assert kinds(order)[-2:] == ["paid_after_close", "refunded"]


def charge_of(localstripe, intent_id):
    intent = localstripe.request("GET", f"/v1/payment_intents/{intent_id}")
    return localstripe.request("GET", f"/v1/charges/{intent['latest_charge']['id']}")


def test_a_refund_made_at_stripe_is_recorded(localstripe, order_factory, client):
    order, payment, intent = paid_intent(localstripe, order_factory)
    post(client, event_payload("payment_intent.succeeded", intent))
    localstripe.request("POST", "/v1/refunds", {"payment_intent": payment.reference, "amount": 510})
    post(client, event_payload("charge.refunded", charge_of(localstripe, payment.reference)))
    order.refresh_from_db()
    assert order.amount_refunded == Decimal("5.10")
    assert order.status == OrderStatus.PARTIALLY_REFUNDED


def test_a_refund_the_shop_made_is_not_counted_twice(localstripe, order_factory, client):
    order, payment, intent = paid_intent(localstripe, order_factory)
    post(client, event_payload("payment_intent.succeeded", intent))
    payment_refund_order(order=order, amount=Money("10.00", "EUR"))
    post(client, event_payload("charge.refunded", charge_of(localstripe, payment.reference)))
    order.refresh_from_db()
    assert order.amount_refunded == Decimal("10.00")
    assert kinds(order).count("refunded") == 1


def test_an_unknown_event_is_stored_and_acknowledged(client, localstripe):
    response = post(client, event_payload("customer.created", {"id": "cus_1"}, "evt_unknown"))
    assert response.status_code == 200
    assert WebhookEvent.objects.get().type == "customer.created"


def test_an_event_for_an_unknown_intent_is_acknowledged(client, localstripe):
    response = post(
        client,
        event_payload(
            "payment_intent.succeeded", {"id": "pi_elsewhere", "amount": 100, "currency": "eur"}
        ),
    )
    assert response.status_code == 200
    assert WebhookEvent.objects.count() == 1
