"""Parcels and carriers (shop/models/fulfilment.py) and the order steps the shopper is told of
(shop/orders.py sends `order_updated` once each step commits)."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from shop.models import Carrier, OrderStatus, Shipment
from shop.money import Money
from shop.orders import (
    InvalidTransition,
    order_cancel,
    order_document_delay,
    order_fulfil,
    order_payment_failed,
    order_refund_record,
)
from shop.signals import order_updated
from tests.shop.test_orders import paid, placed

pytestmark = pytest.mark.django_db
S = OrderStatus


@pytest.fixture
def told():
    """The events `order_updated` announces (after commit: run the test's steps inside
    `committed`)."""
    heard = []

    def listener(sender, order, event, **kwargs):
        heard.append((order.pk, event.kind, event.data))

    order_updated.connect(listener, dispatch_uid="test_told")
    yield heard
    order_updated.disconnect(dispatch_uid="test_told")


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_shipping_records_the_parcel_its_carrier_number_and_units(told, committed):
    ems = Carrier.objects.create(name="EMS", tracking_url="https://track.example/?c={number}")
    order = paid(quantity=3)
    line = order.lines.get()
    with committed():
        order = order_fulfil(
            order=order, quantities={line: 2}, carrier=ems, tracking_number=" EE1VN "
        )
    shipment = Shipment.objects.get(order=order)
    assert (shipment.carrier, shipment.tracking_number) == (ems, "EE1VN")
    assert [(part.order_line, part.quantity) for part in shipment.lines.all()] == [(line, 2)]
    assert shipment.tracking_link == "https://track.example/?c=EE1VN"
    event = order.events.get(kind="fulfilled")
    assert event.data == {"shipment": shipment.pk, "units": {line.sku: 2}, "complete": False}
    with committed():
        order = order_fulfil(order=order, quantities={line: 1})  # the rest, no carrier given
    assert order.status == S.FULFILLED
    assert Shipment.objects.filter(order=order).count() == 2
    assert [kind for _pk, kind, _data in told] == ["fulfilled", "fulfilled"]
    assert told[1][2]["complete"] is True


def test_a_tracking_number_cannot_leave_the_query_of_the_carriers_link():
    carrier = Carrier(name="Post", tracking_url="https://post.example/track?n={number}")
    assert (
        carrier.tracking_link('1"><script>/../x?y=1&z')
        == "https://post.example/track?n=1%22%3E%3Cscript%3E%2F..%2Fx%3Fy%3D1%26z"
    )
    assert carrier.tracking_link("") == ""
    assert Carrier(name="No page").tracking_link("EE1VN") == ""


@pytest.mark.parametrize(
    "pattern",
    ["http://track.example/?c={number}", "https://track.example/", "javascript:{number}"],
)
def test_a_tracking_link_must_be_https_with_a_place_for_the_number(pattern):
    with pytest.raises(ValidationError):
        Carrier(name="Bad", tracking_url=pattern).full_clean()


def test_refunds_and_cancellations_are_told_with_their_amounts(told, committed):
    refunded = paid(total="45.10", currency="EUR")
    cancelled = paid(total="45.10", currency="EUR")
    with committed():
        order_refund_record(order=refunded, amount=Money("5.10", "EUR"), reference="re_1")
        order_cancel(order=cancelled)
    assert [(kind, Decimal(data.get("amount") or data["refund"])) for _pk, kind, data in told] == [
        ("refunded", Decimal("5.10")),
        ("cancelled", Decimal("45.10")),  # what the payment module refunds next
    ]


def test_cancelling_an_unpaid_order_tells_of_no_refund(told, committed):
    order = placed()
    with committed():
        order_cancel(order=order)
    assert [(kind, data) for _pk, kind, data in told] == [("cancelled", {"refund": "0"})]


def test_a_failed_payment_is_told_once_per_order(told, committed):
    order = placed()
    with committed():
        order_payment_failed(order=order, message="card declined", reference="pi_1")
        order_payment_failed(order=order, message="card declined again", reference="pi_2")
    assert [kind for _pk, kind, _data in told] == ["payment_failed"]
    assert order.events.filter(kind="payment_failed").count() == 2  # staff still see both


def test_a_document_delay_is_told_with_the_expected_date(told, committed):
    order = paid(document="cites_permit")
    with committed():
        order_document_delay(order=order, kind="cites_permit", expected_on=dt.date(2027, 1, 15))
    assert told == [
        (order.pk, "document_delay", {"kind": "cites_permit", "expected_on": "2027-01-15"})
    ]


@pytest.mark.parametrize("make", [placed, lambda: _shipped()])
def test_only_a_paid_order_not_yet_shipped_can_wait_for_a_document(make, told, committed):
    order = make()
    with committed(), pytest.raises(InvalidTransition):
        order_document_delay(order=order, kind="cites_permit")
    assert not order.events.filter(kind="document_delay").exists()
    assert [kind for _pk, kind, _data in told if kind == "document_delay"] == []


def _shipped():
    order = paid()
    return order_fulfil(order=order, quantities={order.lines.get(): 2})
