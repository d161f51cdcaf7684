"""The order is what the shopper reviewed (checkout/views/steps.py, checkout/placement.py,
checkout/quote.py): a change made after the review (another tab, staff, the market selector)
never places an order nobody saw; the review never offers a button placement will refuse."""

from decimal import Decimal

import pytest
from django.test import Client, override_settings
from django.utils import timezone, translation

from checkout.models import ShippingMethod, ShippingRate
from shop.models import ExchangeRate, Order
from tests.checkout.builders import checkout_shop_build
from tests.checkout.flow import (
    DE_ADDRESS,
    US_ADDRESS,
    cart_add,
    checkout_to_review,
    order_place,
    review_fingerprint,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def shop():
    with override_settings(LANGNGHE_PAYMENT_GATEWAY="dummy"), translation.override("en"):
        yield checkout_shop_build(stock=5)


def reviewed(shop) -> tuple[Client, str]:
    client = Client()
    checkout_to_review(client, shop.variant)
    return client, review_fingerprint(client)


def assert_new_review(response) -> None:
    assert response.status_code == 409
    assert not Order.objects.exists()
    assert "Your order changed since you reviewed it." in response.context["errors"]
    assert "Choose a shipping method." not in response.content.decode()
    assert response.context["fingerprint"]  # the new review can be placed as it now is


def test_a_reviewed_order_is_placed(shop):
    client, fingerprint = reviewed(shop)
    response = order_place(client, fingerprint=fingerprint)
    assert response.status_code == 302
    assert Order.objects.count() == 1


def test_a_quantity_changed_in_another_tab_shows_the_new_review(shop):
    client, fingerprint = reviewed(shop)
    other_tab = client  # the same session
    other_tab.post("/en/checkout/cart/", {f"quantity-{shop.variant.pk}": "2"})
    response = order_place(client, fingerprint=fingerprint)
    assert_new_review(response)
    assert response.context["quote"].view.items[0].quantity == 2
    assert order_place(client, fingerprint=response.context["fingerprint"]).status_code == 302
    assert Order.objects.get().lines.get().quantity == 2


def test_a_line_added_in_another_tab_shows_the_new_review(shop):
    client, fingerprint = reviewed(shop)
    cart_add(client, shop.variant)
    assert_new_review(order_place(client, fingerprint=fingerprint))


def test_another_shipping_method_chosen_in_another_tab_shows_the_new_review(shop):
    courier = ShippingMethod.objects.create(
        zone=shop.method.zone,
        name="Courier",
        carrier="DHL",
        currency="VND",
        days_min=2,
        days_max=4,
        max_weight_g=30000,
    )
    ShippingRate.objects.create(method=courier, up_to_g=30000, price=Decimal("900000"))
    client, fingerprint = reviewed(shop)
    client.post("/en/checkout/", {**US_ADDRESS, "method": courier.pk})
    assert_new_review(order_place(client, fingerprint=fingerprint))


def test_another_address_given_in_another_tab_shows_the_new_review(shop):
    client, fingerprint = reviewed(shop)
    page = client.get("/en/checkout/")
    moved = {**US_ADDRESS, "street_address": "1 Other Street", "method": page.context["selected"]}
    client.post("/en/checkout/", moved)
    response = order_place(client, fingerprint=fingerprint)
    assert_new_review(response)
    assert "1 OTHER STREET" in response.content.decode().upper()


def test_a_rate_staff_change_after_the_review_shows_the_new_review(shop):
    client, fingerprint = reviewed(shop)
    ExchangeRate.objects.filter(base_currency="USD", date=timezone.localdate()).update(
        rate=Decimal("20000")
    )
    rate = ExchangeRate.objects.get(base_currency="USD", date=timezone.localdate())
    rate.save()  # as the admin saves it: caches move on
    assert_new_review(order_place(client, fingerprint=fingerprint))


def test_placing_without_the_reviewed_fingerprint_places_nothing(shop):
    client, _fingerprint = reviewed(shop)
    assert_new_review(client.post("/en/checkout/place/", {}))


def test_switching_the_market_after_the_review_keeps_the_destinations_market(shop):
    client, fingerprint = reviewed(shop)  # to the US: USD, duties collected (DDP)
    client.post("/en/market/", {"country": "DE", "next": "/en/"})  # EUR, no duties collected
    response = order_place(client, fingerprint=fingerprint)
    order = Order.objects.get()
    assert response.status_code == 302
    assert (order.market, order.currency, order.duties_mode) == (shop.us, "USD", "DDP")
    assert order.duties > 0


def test_a_destination_no_market_serves_is_refused_with_a_message(shop):
    client = Client()
    cart_add(client, shop.variant)
    client.get("/en/checkout/")
    response = client.post("/en/checkout/", {**DE_ADDRESS, "country": "BR", "method": 1})
    assert response.status_code == 400
    assert "We do not ship to that country yet." in response.content.decode()


@override_settings(LANGNGHE_PAYMENT_GATEWAY="dummy")
def test_a_review_below_the_minimum_card_payment_offers_no_place_button():
    with translation.override("en"):
        shop = checkout_shop_build(stock=5, base_price="1000")
    shop.method.rates.update(price=0)
    client = Client()
    review = checkout_to_review(client, shop.variant)
    html = review.content.decode()
    assert review.status_code == 200
    assert 'class="place-order"' not in html
    assert "The minimum card payment is $0.50." in html
    assert "Change your cart" in html
    assert order_place(client).status_code == 409
    assert not Order.objects.exists()
