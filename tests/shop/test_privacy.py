"""shop/privacy.py: anonymising an order keeps what the law needs and removes the person."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from checkout.models import Cart
from shop.inventory import stock_allocate
from shop.models import Order, OrderStatus
from shop.money import Money
from shop.orders import order_cancel, order_fulfil, order_mark_paid, order_refund_record
from shop.privacy import AnonymiseRefused, order_anonymise
from tests.factories import OrderFactory, OrderLineFactory, StockFactory, UserFactory

pytestmark = pytest.mark.django_db

ADDRESS = {"name": "Kim Min-ji", "street_address": "12 Sejong-daero", "city": "Seoul"}


def placed(**fields) -> Order:
    cart = Cart.objects.create(email="minji@example.com", country="KR", shipping_address=ADDRESS)
    order = OrderFactory(
        total=Decimal("45.00"),
        currency="USD",
        email="minji@example.com",
        country="KR",
        shipping_address=ADDRESS,
        customs_id="P123456789012",
        user=UserFactory(),
        cart_token=cart.token,
        fx_rate=Decimal("0.0000393"),
        duties=Decimal("4.50"),
        **fields,
    )
    stock = StockFactory(quantity=5)
    OrderLineFactory(
        order=order, variant=stock.variant, quantity=2, hs_code="691200", unit_price=Decimal("20")
    )
    stock_allocate(lines=list(order.lines.all()))
    return order


def paid(order: Order) -> Order:
    order_mark_paid(order=order, amount=Money(order.total, order.currency), gateway="dummy")
    order.refresh_from_db()
    return order


def shipped() -> Order:
    order = paid(placed())
    line = order.lines.get()
    return order_fulfil(order=order, quantities={line: line.quantity})


def test_anonymising_a_shipped_order_removes_the_person_and_keeps_the_figures():
    order = shipped()
    old_token, cart_token = order.token, order.cart_token
    staff = UserFactory()
    order_anonymise(order=order, user=staff)
    order.refresh_from_db()
    assert (order.email, order.shipping_address, order.customs_id) == ("", {}, "")
    assert order.user is None
    assert order.anonymised_at is not None
    # The bearer link no longer opens the order.
    assert order.token != old_token
    assert not Order.objects.filter(token=old_token).exists()
    # Kept: what accounting, VAT and customs records need.
    assert order.total == Decimal("45.00")
    assert order.duties == Decimal("4.50")
    assert order.country == "KR"
    assert order.fx_rate == Decimal("0.0000393")
    assert order.lines.get().hs_code == "691200"
    # The cart it came from (email, address) is gone too.
    assert not Cart.objects.filter(token=cart_token).exists()
    event = order.events.get(kind="anonymised")
    assert event.user == staff


def test_anonymising_twice_is_refused():
    order = shipped()
    order_anonymise(order=order)
    with pytest.raises(AnonymiseRefused):
        order_anonymise(order=order)


def test_an_order_that_may_still_be_paid_keeps_its_address():
    order = placed()
    with pytest.raises(AnonymiseRefused, match="paid"):
        order_anonymise(order=order)
    order.refresh_from_db()
    assert order.shipping_address == ADDRESS


def test_an_order_with_units_to_ship_keeps_its_address():
    order = paid(placed())
    with pytest.raises(AnonymiseRefused, match="ship"):
        order_anonymise(order=order)
    order_refund_record(order=order, amount=Money("5.00", "USD"))
    order.refresh_from_db()
    assert order.status == OrderStatus.PARTIALLY_REFUNDED
    with pytest.raises(AnonymiseRefused):
        order_anonymise(order=order)
    assert Order.objects.get(pk=order.pk).email == "minji@example.com"


@pytest.mark.parametrize("close", ["cancel", "expire"])
def test_a_closed_unshipped_order_can_be_anonymised(close):
    order = placed(expires_at=timezone.now() - dt.timedelta(minutes=1))
    if close == "cancel":
        order_cancel(order=order)
    else:
        from shop.orders import order_expire

        assert order_expire(order=order)
    order_anonymise(order=order)
    order.refresh_from_db()
    assert order.email == ""
