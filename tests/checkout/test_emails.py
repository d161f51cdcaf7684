"""checkout/emails.py and checkout/notices.py: the emails a shopper gets after paying, one per
step (shipped, partly shipped, refunded, cancelled, payment failed, waiting for a document),
in the order's language and currency format, with nothing left in another language."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from checkout.emails import order_update_message
from checkout.notices import event_notice
from shop.models import Carrier, OrderStatus
from shop.money import Money, babel_locale, money_format
from shop.orders import (
    order_cancel,
    order_document_delay,
    order_fulfil,
    order_payment_failed,
    order_refund_record,
)
from tests.shop.test_orders import paid, placed

pytestmark = pytest.mark.django_db
LANGUAGES = ["vi", "en", "ja", "ko", "fr", "de", "zh-hans"]
KINDS = ["shipped", "partly_shipped", "refunded", "cancelled", "payment_failed", "document_delay"]


def _event(kind: str, language: str):
    """An order in `language` (EUR) at the step `kind`, and the event that records it."""
    if kind == "payment_failed":
        order = placed(total="45.10", currency="EUR", language=language, email="a@example.com")
        order.expires_at = timezone.now() + dt.timedelta(minutes=30)
        order.save(update_fields=["expires_at"])
        order_payment_failed(order=order, message="declined")
        return order, order.events.get(kind="payment_failed")
    order = paid(
        quantity=3, total="45.10", currency="EUR", language=language, email="a@example.com"
    )
    if kind in {"shipped", "partly_shipped"}:
        ems = Carrier.objects.get_or_create(
            name="EMS", defaults={"tracking_url": "https://track.example/?c={number}"}
        )[0]
        line = order.lines.get()
        units = 3 if kind == "shipped" else 1
        order_fulfil(order=order, quantities={line: units}, carrier=ems, tracking_number="EE1VN")
        return order, order.events.get(kind="fulfilled")
    if kind == "refunded":
        order_refund_record(order=order, amount=Money("5.10", "EUR"))
        return order, order.events.get(kind="refunded")
    if kind == "cancelled":
        order_cancel(order=order)
        return order, order.events.get(kind="cancelled")
    order_document_delay(order=order, kind="cites_permit", expected_on=dt.date(2027, 1, 15))
    return order, order.events.get(kind="document_delay")


def _words(order, event, language: str) -> list[str]:
    """The sentences of an email that come from the catalogue, as `language` says them."""
    with translation.override(language):
        notice = event_notice(event=event, order=order, shipment=order.shipments.first())
        return [
            text
            for text in (
                notice.title,
                notice.text,
                notice.link_text,
                translation.gettext("Follow your order here:"),
                translation.gettext("Handmade in Vietnam's craft villages."),
                translation.gettext("In this parcel:") if notice.items else "",
            )
            if text
        ]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_update_email_speaks_the_orders_language_only(kind, language):
    order, event = _event(kind, language)
    message = order_update_message(event=event)
    html = message.alternatives[0][0]
    assert order.reference in message.subject and message.to == ["a@example.com"]
    assert f'<html lang="{language}">' in html
    mine = _words(order, event, language)
    for text in mine:
        assert text in message.body, (language, text)
    # A missing translation falls back to the source language (vi), then to the English msgid:
    # every sentence must differ from theirs, and none of theirs may appear.
    theirs = {
        word for lang in ("en", "vi") if lang != language for word in _words(order, event, lang)
    }
    assert not set(mine) & theirs, (language, set(mine) & theirs)
    for text in theirs:
        assert text not in message.body and text not in html and text not in message.subject, (
            language,
            text,
        )


@pytest.mark.parametrize("language", LANGUAGES)
def test_amounts_follow_the_orders_currency_in_its_language(language):
    order, event = _event("refunded", language)
    message = order_update_message(event=event)
    assert money_format(Money(Decimal("5.10"), "EUR"), locale=babel_locale(language)) in (
        message.body
    )
    order, event = _event("cancelled", language)
    message = order_update_message(event=event)
    assert money_format(Money(Decimal("45.10"), "EUR"), locale=babel_locale(language)) in (
        message.body
    )


def test_the_shipping_email_lists_the_parcel_and_links_the_carriers_page():
    order, event = _event("partly_shipped", "en")
    message = order_update_message(event=event)
    line = order.lines.get()
    assert message.subject == f"Your Langnghe order {order.reference}: Partly shipped"
    assert "Sent with EMS, tracking number EE1VN." in message.body
    assert f"1 × {line.product_name}" in message.body
    assert "Track your parcel: https://track.example/?c=EE1VN" in message.body
    assert (
        '<a href="https://track.example/?c=EE1VN">Track your parcel</a>'
        in (message.alternatives[0][0])
    )
    assert f"/en/checkout/order/{order.token}/" in message.body  # under the order's language


def test_the_payment_failed_email_links_the_payment_page_while_the_order_is_open():
    order, event = _event("payment_failed", "en")
    body = order_update_message(event=event).body
    assert "You can try again until" in body
    assert f"Try to pay again: http://127.0.0.1:8000/en/checkout/pay/{order.token}/" in body
    order.status = OrderStatus.EXPIRED
    order.save(update_fields=["status"])
    body = order_update_message(event=event).body
    assert "/checkout/pay/" not in body and "Your payment did not go through." in body


def test_staff_shipping_emails_the_shopper_and_the_order_page_links_the_parcel(
    admin_client, django_capture_on_commit_callbacks
):
    """The whole path: staff ship from the order page; the shopper's email and order page."""
    ems = Carrier.objects.create(name="EMS", tracking_url="https://track.example/?c={number}")
    order = paid(quantity=2, currency="EUR", total="45.10", language="ja", email="a@example.com")
    line = order.lines.get()
    hostile = '<b>EE1"VN</b>'
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("shop_order:fulfil", args=[order.pk]),
            {f"ship-{line.pk}": "2", "carrier": ems.pk, "tracking_number": hostile},
        )
    assert response.status_code == 302
    (email,) = mail.outbox
    assert email.to == ["a@example.com"] and order.reference in email.subject
    with translation.override("ja"):
        assert translation.gettext("Shipped") in email.subject
    page = Client().get(f"/ja/checkout/order/{order.token}/").content.decode()
    assert "https://track.example/?c=%3Cb%3EEE1%22VN%3C%2Fb%3E" in page
    assert "<b>EE1" not in page and "&lt;b&gt;EE1&quot;VN&lt;/b&gt;" in page
    admin_page = admin_client.get(reverse("shop_order:inspect", args=[order.pk])).content.decode()
    assert "EMS" in admin_page and "&lt;b&gt;EE1&quot;VN&lt;/b&gt;" in admin_page


def test_no_email_for_an_order_without_an_address_or_for_staff_only_steps(
    django_capture_on_commit_callbacks,
):
    order = paid(email="")
    with django_capture_on_commit_callbacks(execute=True):
        order_refund_record(order=order, amount=Money("1.00", order.currency))
    assert mail.outbox == []
