"""cms/urls.py: one include for every shopper URL, with or without language prefixes."""

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from tests.checkout.flow import US_ADDRESS

pytestmark = pytest.mark.django_db


def test_every_shopper_url_is_under_the_one_include_with_language_prefixes():
    with translation.override("vi"):
        assert reverse("storefront:search") == "/vi/search/"
        assert reverse("storefront:market_choose") == "/vi/market/"
        assert reverse("storefront:qr_redirect", args=[7]) == "/vi/q/7/"
        assert reverse("checkout:cart") == "/vi/checkout/cart/"
        assert reverse("payments:return", args=["a" * 32]).startswith("/vi/checkout/payments/")
        assert reverse("webhooks:stripe_webhook") == "/payments/stripe/webhook/"


@override_settings(ROOT_URLCONF="tests.cms.urls_unprefixed")
def test_without_i18n_patterns_the_shop_works_in_the_browsers_language(client, shop):
    variant = shop[0].variants.first()
    assert reverse("checkout:cart") == "/shop-app/checkout/cart/"

    added = client.post(
        reverse("checkout:cart_add"),
        {"variant": variant.sku, "quantity": 1},
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    assert added.status_code == 302
    cart = client.get(reverse("checkout:cart"), HTTP_ACCEPT_LANGUAGE="ja")
    assert cart.status_code == 200
    assert cart["Content-Language"] == "ja"
    assert f'name="quantity-{variant.pk}" value="1"' in cart.content.decode()
    search = client.get(reverse("storefront:search"), {"q": "tea"}, HTTP_ACCEPT_LANGUAGE="en")
    assert search.status_code == 200
    address = client.get(reverse("checkout:address"), HTTP_ACCEPT_LANGUAGE="en")
    assert address.status_code == 200
    assert US_ADDRESS["country"] in address.content.decode()
