"""Placing orders: one order per cart, never more orders than stock, everything frozen."""

from decimal import Decimal

import pytest
from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore
from django.test import Client, override_settings
from django.utils import translation

from checkout.cart import CART_KEY
from checkout.models import Cart, CartLine
from checkout.placement import CheckoutRefused, order_place
from checkout.quote import checkout_quote, quote_fingerprint
from shop.markets import market_serving
from shop.models import ExchangeRate, Order, OrderStatus, Stock
from tests.checkout.builders import checkout_shop_build
from tests.concurrency import run_concurrently

US = {
    "name": "Ann Lee",
    "street_address": "1 Market St",
    "city": "SAN FRANCISCO",
    "country_area": "CA",
    "postal_code": "94103",
    "phone": "+1 415 555 0100",
    "country_code": "US",
}


def _ready_cart(shop, *, quantity=1) -> Cart:
    cart = Cart.objects.create(
        market=shop.us,
        email="ann@example.com",
        country="US",
        shipping_address=US,
        shipping_method=shop.method,
    )
    CartLine.objects.create(cart=cart, variant=shop.variant, quantity=quantity)
    return cart


@pytest.mark.django_db
def test_placed_order_keeps_its_amounts_when_rates_change_later():
    shop = checkout_shop_build()
    order = order_place(cart_token=_ready_cart(shop).token, language="en")
    order.refresh_from_db()
    assert abs(order.fx_rate * 26000 - 1) < Decimal("1e-9")
    frozen = (order.subtotal, order.shipping_price, order.duties, order.total, order.fx_rate)
    ExchangeRate.objects.update(rate=Decimal("1"))
    order.refresh_from_db()
    assert (
        order.subtotal,
        order.shipping_price,
        order.duties,
        order.total,
        order.fx_rate,
    ) == frozen
    assert order.fx_rate_source == "manual" and order.fx_rate_date is not None
    assert order.expires_at > order.created_at
    assert order.events.filter(kind="placed").count() == 1


@pytest.mark.django_db
def test_placing_the_same_cart_twice_returns_the_first_order():
    shop = checkout_shop_build()
    cart = _ready_cart(shop)
    first = order_place(cart_token=cart.token, language="en")
    second = order_place(cart_token=cart.token, language="en")
    assert first.pk == second.pk
    assert Order.objects.count() == 1
    assert Stock.objects.get(pk=shop.stock.pk).quantity_allocated == 1


@pytest.mark.django_db
def test_an_incomplete_checkout_is_refused_with_reasons():
    shop = checkout_shop_build()
    cart = Cart.objects.create(market=shop.us)
    CartLine.objects.create(cart=cart, variant=shop.variant, quantity=1)
    with translation.override("en"), pytest.raises(CheckoutRefused) as refused:
        order_place(cart_token=cart.token, language="en")
    assert "Enter your shipping address." in refused.value.messages
    assert not Order.objects.exists()


@pytest.mark.django_db
def test_a_refused_allocation_leaves_no_order_behind():
    shop = checkout_shop_build(stock=1)
    cart = _ready_cart(shop, quantity=2)
    with translation.override("en"), pytest.raises(CheckoutRefused) as refused:
        order_place(cart_token=cart.token, language="en")
    assert "Only 1 of" in refused.value.messages[0]
    assert not Order.objects.exists()
    assert Cart.objects.get(pk=cart.pk).ordered_at is None


def _reviewed(cart: Cart) -> str:
    """The fingerprint the cart's review page would show (what the shopper saw)."""
    market = market_serving(country=cart.country)
    return quote_fingerprint(quote=checkout_quote(cart=cart, market=market), cart=cart)


def _client_with_cart(cart: Cart) -> Client:
    session = SessionStore()
    session[CART_KEY] = cart.token
    session.save()
    client = Client()
    client.cookies[settings.SESSION_COOKIE_NAME] = session.session_key
    return client


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_place_order_requests_for_five_units_make_five_orders():
    with override_settings(LANGNGHE_PAYMENT_GATEWAY="dummy"):
        shop = checkout_shop_build(stock=5)
        for run in range(10):
            Order.objects.all().delete()
            Stock.objects.filter(pk=shop.stock.pk).update(quantity=5, quantity_allocated=0)
            carts = [_ready_cart(shop) for _ in range(50)]
            clients = [_client_with_cart(cart) for cart in carts]
            reviewed = [{"fingerprint": _reviewed(cart)} for cart in carts]

            responses = run_concurrently(
                50, lambda i, c=clients, r=reviewed: c[i].post("/en/checkout/place/", r[i])
            )

            statuses = [getattr(r, "status_code", repr(r)) for r in responses]
            assert statuses.count(302) == 5, (run, statuses)
            assert statuses.count(409) == 45, (run, statuses)
            refusals = [r for r in responses if r.status_code == 409]
            assert all("sold out" in " ".join(r.context["errors"]) for r in refusals)
            stock = Stock.objects.get(pk=shop.stock.pk)
            assert (stock.quantity, stock.quantity_allocated) == (5, 5), run
            assert Order.objects.filter(status=OrderStatus.UNCONFIRMED).count() == 5
            assert Cart.objects.filter(ordered_at__isnull=False).count() == 5 * (run + 1)


@pytest.mark.django_db
def test_orders_placed_in_a_row_have_random_references_not_their_numbers():
    import re

    from shop.models.orders import REFERENCE_ALPHABET, REFERENCE_PATTERN

    def value(reference: str) -> int:  # the reference as the number it encodes
        digits = reference.removeprefix("LN-").replace("-", "")
        return sum(REFERENCE_ALPHABET.index(ch) * 32**i for i, ch in enumerate(reversed(digits)))

    shop = checkout_shop_build()
    first = order_place(cart_token=_ready_cart(shop).token, language="en")
    second = order_place(cart_token=_ready_cart(shop).token, language="en")
    assert second.pk == first.pk + 1
    assert all(re.fullmatch(REFERENCE_PATTERN, o.reference) for o in (first, second))
    # Not one after the other, and not the primary key: nothing in them counts orders.
    assert abs(value(second.reference) - value(first.reference)) > 1000
    assert value(first.reference) != first.pk and value(second.reference) != second.pk


@pytest.mark.django_db
def test_an_order_keeps_the_time_zone_the_browser_reported():
    shop = checkout_shop_build()
    order = order_place(cart_token=_ready_cart(shop).token, language="en", time_zone="Asia/Tokyo")
    order.refresh_from_db()
    assert order.time_zone == "Asia/Tokyo"


@pytest.mark.django_db
@pytest.mark.parametrize("reported", ["", "Not/AZone", "<script>"])
def test_without_a_usable_browser_zone_the_destinations_main_zone_is_kept(reported):
    shop = checkout_shop_build()
    order = order_place(cart_token=_ready_cart(shop).token, language="en", time_zone=reported)
    order.refresh_from_db()
    assert order.time_zone == "America/New_York"
