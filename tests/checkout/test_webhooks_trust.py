"""Webhook events are notifications (checkout/payments/webhooks.py): what they say is checked
with Stripe (localstripe) before anything changes; malformed or forged events change nothing,
are kept for staff and get a 4xx; events in any order end in the state Stripe is in."""

import itertools
import json
import secrets
import time
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from checkout.models import PaymentStatus, WebhookEvent, WebhookStatus
from checkout.payments.services import payment_refund_order, payment_start
from shop.models import OrderStatus
from shop.money import Money
from shop.orders import event_text
from tests.checkout.stripe_server import shopper_pays, stripe_signature
from tests.checkout.test_webhooks import (
    DECLINED_CARD,
    GOOD_CARD,
    charge_of,
    event_payload,
    kinds,
    post,
)

pytestmark = pytest.mark.django_db


def started(order_factory, total="45.10", currency="EUR"):
    order = order_factory(total=total, currency=currency)
    return order, payment_start(order=order)


def intent_of(localstripe, payment):
    return localstripe.request("GET", f"/v1/payment_intents/{payment.reference}")


def state(order, payment):
    order.refresh_from_db()
    payment.refresh_from_db()
    return (order.status, order.amount_refunded, payment.status, payment.amount_refunded)


# --- forged or wrong events change nothing ----------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        {"status": "succeeded", "amount": 1},
        {"status": "succeeded", "currency": "jpy", "amount": 4510},
        {"status": "succeeded"},
    ],
    ids=["amount-1", "other-currency", "never-paid"],
)
def test_a_success_stripe_does_not_confirm_never_pays(localstripe, order_factory, client, claim):
    order, payment = started(order_factory)
    forged = {**intent_of(localstripe, payment), **claim}  # the intent was never paid at Stripe
    response = post(client, event_payload("payment_intent.succeeded", forged))
    order.refresh_from_db()
    assert response.status_code == 200
    assert order.status == OrderStatus.UNCONFIRMED
    assert "paid" not in kinds(order)
    assert WebhookEvent.objects.get().status == WebhookStatus.PROCESSED


def test_an_intent_whose_amount_is_not_the_orders_is_recorded_and_never_pays(
    localstripe, order_factory, client
):
    order, payment = started(order_factory)
    # An intent for 0.50 EUR that the shopper did pay, wrongly linked to this payment.
    other = localstripe.request(
        "POST",
        "/v1/payment_intents",
        {"amount": 50, "currency": "eur", "payment_method_types[]": "card"},
    )
    payment.reference = other["id"]
    payment.save()
    paid = shopper_pays(localstripe, intent_id=other["id"], card=GOOD_CARD)
    response = post(client, event_payload("payment_intent.succeeded", paid))
    order.refresh_from_db()
    payment.refresh_from_db()
    assert response.status_code == 200
    assert order.status == OrderStatus.UNCONFIRMED
    assert payment.status == PaymentStatus.PENDING
    assert kinds(order) == ["payment_mismatch"]
    event = order.events.get()
    assert "0,50\xa0€" in event.message and "45,10\xa0€" in event.message  # the shop's language
    with translation.override("en"):
        assert "€0.50" in event_text(event) and "€45.10" in event_text(event)


def signed_post(client, body: bytes):
    return post(client, body, stripe_signature(body))


def event_bytes(**changes) -> bytes:
    event = {
        "id": f"evt_{secrets.token_hex(6)}",
        "object": "event",
        "type": "payment_intent.succeeded",
        "created": int(time.time()),
        "data": {"object": {"id": "pi_123", "amount": 4510, "currency": "eur"}},
        **changes,
    }
    return json.dumps(event).encode()


MALFORMED = {
    "nan": b'{"id": "evt_nan", "type": "payment_intent.succeeded", "data": {"object": '
    b'{"id": "pi_1", "amount": NaN, "currency": "eur"}}}',
    "not-json": b"{not json",
    "data-a-list": event_bytes(data=[1, 2]),
    "object-a-string": event_bytes(data={"object": "pi_123"}),
    "amount-abc": event_bytes(data={"object": {"id": "pi_1", "amount": "abc", "currency": "eur"}}),
    "currency-missing": event_bytes(data={"object": {"id": "pi_1", "amount": 4510}}),
    "refunded-above-charge": event_bytes(
        type="charge.refunded",
        data={
            "object": {
                "id": "ch_1",
                "payment_intent": "pi_1",
                "amount": 4510,
                "amount_refunded": 9999,
                "currency": "eur",
            }
        },
    ),
    "no-id": event_bytes(id=None),
    "intent-id-a-number": event_bytes(
        data={"object": {"id": 7, "amount": 4510, "currency": "eur"}}
    ),
}


@pytest.mark.parametrize("body", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_signed_malformed_event_is_refused_and_kept_for_staff(localstripe, client, body):
    first, again = signed_post(client, body), signed_post(client, body)
    assert (first.status_code, again.status_code) == (400, 400)
    stored = WebhookEvent.objects.get()  # once, however often it comes
    assert stored.status == WebhookStatus.REJECTED
    assert stored.error


def test_a_timestamp_from_the_future_is_refused(localstripe, order_factory, client, settings):
    order, payment = started(order_factory)
    shopper_pays(localstripe, intent_id=payment.reference, card=GOOD_CARD)
    payload = event_payload("payment_intent.succeeded", intent_of(localstripe, payment))
    future = int(time.time()) + settings.STRIPE_WEBHOOK_TOLERANCE + 60
    response = post(client, payload, stripe_signature(payload, at=future))
    order.refresh_from_db()
    assert response.status_code == 400
    assert not WebhookEvent.objects.exists()
    assert order.status == OrderStatus.UNCONFIRMED


# --- any order of arrival ends where Stripe is ----------------------------------------------


def paid_then_refunded(localstripe, order_factory, *, refunds):
    """A paid intent, then refunds made at Stripe; the events Stripe would have sent."""
    order, payment = started(order_factory)
    succeeded = shopper_pays(localstripe, intent_id=payment.reference, card=GOOD_CARD)
    events = [event_payload("payment_intent.succeeded", succeeded)]
    for minor in refunds:
        localstripe.request(
            "POST", "/v1/refunds", {"payment_intent": payment.reference, "amount": minor}
        )
        events.append(event_payload("charge.refunded", charge_of(localstripe, payment.reference)))
    return order, payment, events


@pytest.mark.parametrize(
    ("refunds", "expected"),
    [
        (
            [510],
            (OrderStatus.PARTIALLY_REFUNDED, Decimal("5.10"), PaymentStatus.PARTIALLY_REFUNDED),
        ),
        ([4510], (OrderStatus.REFUNDED, Decimal("45.10"), PaymentStatus.REFUNDED)),
        ([1000, 3510], (OrderStatus.REFUNDED, Decimal("45.10"), PaymentStatus.REFUNDED)),
    ],
    ids=["partial", "full", "partial-then-rest"],
)
def test_every_order_of_arrival_ends_in_stripes_state(
    localstripe, order_factory, client, refunds, expected
):
    outcomes = set()
    for permutation in itertools.permutations(range(len(refunds) + 1)):
        order, payment, events = paid_then_refunded(localstripe, order_factory, refunds=refunds)
        for index in permutation:
            assert post(client, events[index]).status_code == 200
        assert post(client, events[permutation[0]]).status_code == 200  # a replay
        order_status, refunded, payment_status, payment_refunded = state(order, payment)
        outcomes.add((order_status, refunded, payment_status))
        assert payment_refunded == refunded
        assert kinds(order).count("paid") == 1
    assert outcomes == {expected}


def test_a_failure_arriving_after_the_success_leaves_the_order_paid(
    localstripe, order_factory, client
):
    order, payment = started(order_factory)
    paid = shopper_pays(localstripe, intent_id=payment.reference, card=GOOD_CARD)
    stale_failure = {**paid, "status": "requires_payment_method"}
    stale_failure["last_payment_error"] = {"message": "Your card was declined."}
    post(client, event_payload("payment_intent.succeeded", paid))
    post(client, event_payload("payment_intent.payment_failed", stale_failure))
    assert state(order, payment)[::2] == (OrderStatus.PAID, PaymentStatus.SUCCEEDED)
    assert "payment_failed" not in kinds(order)


def test_a_failure_stripe_confirms_is_recorded_once(localstripe, order_factory, client):
    order, payment = started(order_factory)
    declined = shopper_pays(localstripe, intent_id=payment.reference, card=DECLINED_CARD)
    event = event_payload("payment_intent.payment_failed", declined)
    post(client, event)
    post(client, event_payload("payment_intent.payment_failed", declined))  # another delivery
    assert state(order, payment)[::2] == (OrderStatus.UNCONFIRMED, PaymentStatus.FAILED)
    assert kinds(order) == ["payment_failed"]


def test_a_staff_refund_after_out_of_order_events_works(localstripe, order_factory, client):
    order, payment, events = paid_then_refunded(localstripe, order_factory, refunds=[510])
    post(client, events[1])  # the refund first
    post(client, events[0])
    reference = payment_refund_order(order=order, amount=Money("10.00", "EUR"), reason="chip")
    post(client, event_payload("charge.refunded", charge_of(localstripe, payment.reference)))
    assert reference.startswith("re_")
    assert state(order, payment) == (
        OrderStatus.PARTIALLY_REFUNDED,
        Decimal("15.10"),
        PaymentStatus.PARTIALLY_REFUNDED,
        Decimal("15.10"),
    )
    refunds = localstripe.request("GET", f"/v1/refunds?payment_intent={payment.reference}")
    assert sorted(r["amount"] for r in refunds["data"]) == [510, 1000]


def test_a_late_success_for_a_cancelled_order_is_refunded_from_the_payment_not_the_event(
    localstripe, order_factory, client
):
    from shop.orders import order_cancel

    order, payment = started(order_factory)
    paid = shopper_pays(localstripe, intent_id=payment.reference, card=GOOD_CARD)
    order_cancel(order=order)
    lying = {**paid, "amount": 999999, "currency": "usd"}
    assert post(client, event_payload("payment_intent.succeeded", lying)).status_code == 200
    refunds = localstripe.request("GET", f"/v1/refunds?payment_intent={payment.reference}")
    assert [(r["amount"], r["currency"]) for r in refunds["data"]] == [(4510, "eur")]
    assert state(order, payment) == (
        OrderStatus.CANCELLED,
        Decimal("45.10"),
        PaymentStatus.REFUNDED,
        Decimal("45.10"),
    )


def test_staff_find_a_rejected_event_under_reports(localstripe, client, admin_user):
    signed_post(client, MALFORMED["amount-abc"])
    stored = WebhookEvent.objects.get()
    client.force_login(admin_user)
    listing = client.get(reverse("checkout_webhookevent:index"), {"status": "rejected"})
    assert listing.status_code == 200
    assert "data.object.amount is not an amount in minor units." in listing.content.decode()
    detail = client.get(reverse("checkout_webhookevent:inspect", args=[stored.pk]))
    assert detail.status_code == 200
    assert "abc" in detail.content.decode()
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("checkout_webhookevent:index") in home


def test_a_finer_refund_made_in_stripes_dashboard_does_not_block_the_next(
    localstripe, order_factory, client
):
    """Stripe's dashboard takes 10.50 HUF; the shop's own refunds are whole forints."""
    order, payment = started(order_factory, total="9900", currency="HUF")
    shopper_pays(localstripe, intent_id=payment.reference, card=GOOD_CARD)
    localstripe.request(
        "POST", "/v1/refunds", {"payment_intent": payment.reference, "amount": 1050}
    )
    post(client, event_payload("charge.refunded", charge_of(localstripe, payment.reference)))
    assert state(order, payment)[1] == Decimal("10.50")
    payment_refund_order(order=order, amount=Money("100", "HUF"))
    assert state(order, payment)[1] == Decimal("110.50")
