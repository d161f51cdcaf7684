"""Reads the checkout path makes in one statement: the instances equal what the plain ORM gives.

shop/utils/joins.py (a parent and its children through one LEFT OUTER JOIN) and the cart's
lines with their cart, variant and product (checkout.cart.cart_lines_by_token)."""

import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from checkout.cart import cart_lines_by_token
from checkout.models import Cart, CartLine, Payment
from checkout.payments.services import order_payments_get
from shop.models import Order
from shop.orders import order_get_with_lines
from shop.utils.joins import parent_with_children_get
from tests.factories import MarketFactory, OrderFactory, OrderLineFactory, VariantFactory

pytestmark = pytest.mark.django_db


def test_cart_lines_read_in_one_statement_match_the_orm_field_by_field():
    market = MarketFactory(currency="EUR", countries=["DE"])
    variant = VariantFactory(attributes={"glaze": "men lam", "pieces": 6}, base_price="450000")
    other = VariantFactory(product=variant.product, sku="SKU-OTHER")
    cart = Cart.objects.create(
        market=market, country="DE", shipping_address={"name": "Jonas", "city": "Berlin"}
    )
    CartLine.objects.create(cart=cart, variant=other, quantity=1)
    CartLine.objects.create(cart=cart, variant=variant, quantity=3)

    lines = cart_lines_by_token(cart.token)
    expected = list(
        CartLine.objects.filter(cart=cart)
        .select_related("cart", "variant__product")
        .order_by("added_at", "pk")
    )
    assert [line.pk for line in lines] == [line.pk for line in expected]
    for got, want in zip(lines, expected, strict=True):
        for mine, theirs in (
            (got, want),
            (got.cart, want.cart),
            (got.variant, want.variant),
            (got.variant.product, want.variant.product),
        ):
            for field in type(mine)._meta.concrete_fields:
                assert getattr(mine, field.attname) == getattr(theirs, field.attname), field
            assert mine._state.adding is False and mine._state.db == "default"
    first = lines[0]
    assert first.cart is lines[1].cart  # one cart object for all its lines
    assert isinstance(first.variant.base_price, Decimal)
    assert first.cart.created_at.tzinfo is not None
    assert isinstance(first.cart.created_at, dt.datetime)
    assert lines[1].variant.attributes == {"glaze": "men lam", "pieces": 6}
    assert first.cart.shipping_address == {"name": "Jonas", "city": "Berlin"}


def test_an_unknown_token_has_no_lines():
    assert cart_lines_by_token("no-such-cart") == []


def _fields_equal(mine, theirs) -> None:
    for field in type(mine)._meta.concrete_fields:
        assert getattr(mine, field.attname) == getattr(theirs, field.attname), field
    assert mine._state.adding is False and mine._state.db == "default"


def test_an_order_and_its_lines_come_in_one_statement_field_by_field():
    order = OrderFactory(currency="JPY", shipping_address={"name": "Aiko", "city": "Kyoto"})
    second = OrderLineFactory(order=order, unit_price=Decimal("1200"), currency="JPY")
    first = OrderLineFactory(order=order, unit_price=Decimal("800.5"), currency="JPY")
    with CaptureQueriesContext(connection) as queries:
        found, lines = order_get_with_lines(token=order.token)
    assert len(queries) == 1
    _fields_equal(found, Order.objects.get(pk=order.pk))
    assert [line.pk for line in lines] == sorted([second.pk, first.pk])
    for line in lines:
        _fields_equal(line, type(line).objects.get(pk=line.pk))
        assert line.order is found  # no second read when a line asks for its order
    assert isinstance(lines[0].unit_price, Decimal)
    assert found.shipping_address == {"name": "Aiko", "city": "Kyoto"}
    assert found.created_at.tzinfo is not None


def test_an_order_without_children_comes_alone_and_an_unknown_one_is_none():
    order = OrderFactory()
    assert parent_with_children_get(Order.objects.filter(pk=order.pk), relation="lines") == (
        order,
        [],
    )
    assert order_get_with_lines(token="no-such-order") == (None, [])
    assert order_get_with_lines(token=order.token) == (order, [])  # read from the order
    assert order_get_with_lines(pk=order.pk) == (order, [])


def test_order_payments_are_those_of_the_gateway_newest_first():
    order = OrderFactory()
    other_order = OrderFactory()
    common = {"amount": Decimal("10"), "currency": "USD"}
    older = Payment.objects.create(order=order, gateway="dummy", **common)
    Payment.objects.create(order=order, gateway="stripe", **common)
    newer = Payment.objects.create(order=order, gateway="dummy", **common)
    Payment.objects.create(order=other_order, gateway="dummy", **common)
    found, payments = order_payments_get(token=order.token, gateway="dummy")
    assert found == order
    assert [payment.pk for payment in payments] == [newer.pk, older.pk]
    assert all(payment.order is found for payment in payments)
    assert order_payments_get(token=order.token, gateway="paypal") == (order, [])


def test_cart_lines_come_in_the_order_they_were_added_whatever_their_keys():
    cart = Cart.objects.create(market=MarketFactory(currency="EUR", countries=["DE"]))
    late = CartLine.objects.create(cart=cart, variant=VariantFactory(sku="SKU-L"), quantity=1)
    early = CartLine.objects.create(cart=cart, variant=VariantFactory(sku="SKU-E"), quantity=1)
    tie = CartLine.objects.create(cart=cart, variant=VariantFactory(sku="SKU-T"), quantity=1)
    CartLine.objects.filter(pk=early.pk).update(added_at=late.added_at - dt.timedelta(minutes=5))
    CartLine.objects.filter(pk=tie.pk).update(added_at=late.added_at)  # a tie: by key
    assert [line.pk for line in cart_lines_by_token(cart.token)] == [early.pk, late.pk, tie.pk]
    locked = cart_lines_by_token(cart.token, lock=True)
    assert [line.pk for line in locked] == [early.pk, late.pk, tie.pk]


@pytest.mark.parametrize(("order_by", "expected"), [("sku", "ABC"), ("-sku", "CBA")])
def test_children_follow_the_order_asked_for(order_by, expected):
    order = OrderFactory()
    for sku in ("B-2", "A-1", "C-3"):
        OrderLineFactory(order=order, sku=sku)
    _parent, lines = parent_with_children_get(
        Order.objects.filter(pk=order.pk), relation="lines", order_by=order_by
    )
    assert "".join(line.sku[0] for line in lines) == expected
