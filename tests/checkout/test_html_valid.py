"""Checkout pages are valid HTML (Nu HTML Checker), in English and Japanese."""

import json
import subprocess

import pytest
from django.test import Client, override_settings

from shop.models import Order
from tests.checkout.builders import checkout_shop_build
from tests.checkout.flow import JP_ADDRESS, US_ADDRESS, checkout_to_review, order_place
from tests.cms.test_html_valid import VNU, vnu_available

pytestmark = pytest.mark.django_db


@override_settings(LANGNGHE_PAYMENT_GATEWAY="dummy")
def test_checkout_pages_are_valid_html(tmp_path):
    if not vnu_available():
        pytest.skip("vnu-jar or java missing (run `npm install`)")
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
        keep(client.get(f"/{lang}/checkout/shipping/"), f"{lang}-shipping")
        placed = order_place(client, lang=lang)
        keep(client.get(placed["Location"]), f"{lang}-pay")
        order = Order.objects.get(language=lang)
        keep(client.get(f"/{lang}/checkout/order/{order.token}/"), f"{lang}-order")
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        f"{m.get('url', '').rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error"
    ]
    assert errors == []
