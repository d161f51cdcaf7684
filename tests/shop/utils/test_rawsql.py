"""shop/utils/rawsql.py: instances built from plain SQL rows equal what the ORM returns."""

import datetime as dt
from decimal import Decimal

import pytest

from checkout.cart import cart_lines_by_token
from checkout.models import Cart, CartLine
from tests.factories import MarketFactory, VariantFactory

pytestmark = pytest.mark.django_db


def test_cart_lines_read_by_plain_sql_match_the_orm_field_by_field():
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
