"""checkout/privacy.py: stale carts (emails, addresses) are purged after the retention period."""

import datetime as dt
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from checkout.models import Cart, CartLine
from checkout.privacy import carts_purge
from checkout.tasks import carts_purge_task
from tests.factories import VariantFactory

pytestmark = pytest.mark.django_db


def cart_touched(days_ago: int, **fields) -> Cart:
    cart = Cart.objects.create(email="a@example.com", shipping_address={"city": "Lyon"}, **fields)
    CartLine.objects.create(cart=cart, variant=VariantFactory(), quantity=1)
    # updated_at is auto_now: set the past with an update, as time passing would.
    Cart.objects.filter(pk=cart.pk).update(updated_at=timezone.now() - dt.timedelta(days=days_ago))
    return cart


def test_carts_past_the_retention_period_are_deleted_with_their_lines(settings):
    settings.LANGNGHE_CART_RETENTION_DAYS = 30
    stale, fresh = cart_touched(31), cart_touched(29)
    assert carts_purge() == 1
    assert list(Cart.objects.values_list("pk", flat=True)) == [fresh.pk]
    assert not CartLine.objects.filter(cart_id=stale.pk).exists()


def test_the_purge_command_and_task_use_the_same_rule(settings):
    settings.LANGNGHE_CART_RETENTION_DAYS = 10
    cart_touched(11)
    cart_touched(12)
    out = StringIO()
    call_command("purge_carts", stdout=out)
    assert "2 cart(s)" in out.getvalue()
    cart_touched(40)
    assert carts_purge_task.enqueue().return_value == 1
    assert not Cart.objects.exists()


def test_the_purge_command_refuses_a_period_under_a_day():
    cart_touched(3)
    with pytest.raises(CommandError):
        call_command("purge_carts", "--days", "0")
    assert Cart.objects.count() == 1


def test_old_payment_event_bodies_are_emptied_and_the_record_kept(settings):
    from checkout.models import WebhookEvent
    from checkout.privacy import webhook_payloads_purge

    settings.LANGNGHE_WEBHOOK_RETENTION_DAYS = 90
    old = WebhookEvent.objects.create(
        gateway="stripe",
        event_id="evt_old",
        type="payment_intent.succeeded",
        payload={"data": {"object": {"receipt_email": "minji@example.com"}}},
    )
    new = WebhookEvent.objects.create(
        gateway="stripe", event_id="evt_new", type="payment_intent.succeeded", payload={"id": 1}
    )
    WebhookEvent.objects.filter(pk=old.pk).update(
        received_at=timezone.now() - dt.timedelta(days=91)
    )
    assert webhook_payloads_purge() == 1
    old.refresh_from_db()
    new.refresh_from_db()
    assert (old.payload, old.event_id) == ({}, "evt_old")
    assert new.payload == {"id": 1}
