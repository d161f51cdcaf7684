"""shop/utils/origin.py: another site's page cannot POST to the token-less views (add to cart,
choose a country): refused with 403, the shopper's session and cookies untouched."""

import pytest
from django.test import Client, override_settings

from tests.checkout.builders import checkout_shop_build

pytestmark = pytest.mark.django_db

EVIL = {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": "https://evil.example"}


@pytest.fixture
def shop():
    with override_settings(LANGNGHE_PAYMENT_GATEWAY="dummy"):
        yield checkout_shop_build(stock=5)


def shopper_with_a_cart(shop) -> Client:
    client = Client()
    assert (
        client.post(
            "/en/checkout/cart/add/", {"variant": shop.variant.sku, "quantity": 1}
        ).status_code
        == 302
    )
    return client


@pytest.mark.parametrize(
    "headers",
    [
        EVIL,
        {"HTTP_SEC_FETCH_SITE": "same-site"},
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_REFERER": "https://evil.example/page"},
    ],
    ids=["fetch-cross-site", "fetch-same-site", "origin", "origin-null", "referer"],
)
def test_a_cross_site_add_to_cart_is_refused_and_changes_nothing(shop, headers):
    client = shopper_with_a_cart(shop)
    session_before = dict(client.session.items())
    response = client.post(
        "/en/checkout/cart/add/", {"variant": shop.variant.sku, "quantity": 1}, **headers
    )
    assert response.status_code == 403
    assert not response.cookies
    assert dict(client.session.items()) == session_before
    cart = client.get("/en/checkout/cart/").context["view"]
    assert [item.quantity for item in cart.items] == [1]


def test_a_cross_site_market_choice_is_refused(shop):
    client = Client()
    response = client.post("/en/market/", {"country": "JP", "next": "/en/"}, **EVIL)
    assert response.status_code == 403
    assert not response.cookies
    assert "langnghe_market" not in client.session


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "same-origin"},
        {"HTTP_ORIGIN": "http://testserver"},
        {"HTTP_REFERER": "http://testserver/en/"},
        {},  # an old browser or a script: no header to go by (and no victim's cookies)
    ],
    ids=["fetch-same-origin", "origin", "referer", "none"],
)
def test_the_shops_own_pages_may_post(shop, headers):
    client = Client()
    response = client.post(
        "/en/checkout/cart/add/", {"variant": shop.variant.sku, "quantity": 1}, **headers
    )
    assert response.status_code == 302
    assert (
        client.post("/en/market/", {"country": "JP", "next": "/en/"}, **headers).status_code == 302
    )


@override_settings(CSRF_TRUSTED_ORIGINS=["https://shop.example"])
def test_a_trusted_origin_may_post(shop):
    client = Client()
    response = client.post(
        "/en/checkout/cart/add/",
        {"variant": shop.variant.sku, "quantity": 1},
        HTTP_ORIGIN="https://shop.example",
    )
    assert response.status_code == 302
