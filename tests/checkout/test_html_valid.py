"""Checkout pages are valid HTML (Nu HTML Checker), in English and Japanese."""

import pytest
from django.test import Client, override_settings

from shop.models import Order
from tests.checkout.builders import checkout_shop_build
from tests.checkout.flow import JP_ADDRESS, US_ADDRESS, checkout_to_review, order_place
from tests.html_check import vnu_errors, vnu_require

pytestmark = pytest.mark.django_db


@override_settings(LANGNGHE_PAYMENT_GATEWAY="dummy")
def test_checkout_pages_are_valid_html(tmp_path):
    vnu_require()
    shop = checkout_shop_build()
    files = []

    def keep(response, name):
        assert response.status_code in (200, 400), name
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(str(path))

    for lang, address in (("en", US_ADDRESS), ("ja", JP_ADDRESS)):
        client = Client()
        keep(checkout_to_review(client, shop.variant, address=address, lang=lang), f"{lang}-review")
        keep(client.get(f"/{lang}/checkout/cart/"), f"{lang}-cart")
        keep(client.get(f"/{lang}/checkout/"), f"{lang}-address")
        keep(client.post(f"/{lang}/checkout/", {**address, "postal_code": "x"}), f"{lang}-errors")
        refresh = {**address, "country": "KR", "shown_country": address["country"], "refresh": 1}
        keep(client.post(f"/{lang}/checkout/", refresh), f"{lang}-refresh")
        placed = order_place(client, lang=lang)
        keep(client.get(placed["Location"]), f"{lang}-pay")
        order = Order.objects.get(language=lang)
        keep(client.get(f"/{lang}/checkout/order/{order.token}/"), f"{lang}-order")
    assert vnu_errors(files) == []
