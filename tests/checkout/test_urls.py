"""checkout/urls.py: no page with someone's cart or order may be stored by a browser or a
shared cache; order links accept only a token's alphabet (junk is a 404, never a query)."""

import pytest
from django.test import Client, override_settings

from tests.checkout.builders import checkout_shop_build
from tests.checkout.flow import checkout_to_review, order_place

pytestmark = pytest.mark.django_db


def no_store(response) -> bool:
    directives = {d.strip() for d in response.get("Cache-Control", "").split(",")}
    return {"no-store", "private"} <= directives


@override_settings(LANGNGHE_PAYMENT_GATEWAY="dummy")
def test_every_personal_page_is_no_store_and_private():
    shop = checkout_shop_build(stock=5)
    client = Client()
    add = client.post("/en/checkout/cart/add/", {"variant": shop.variant.sku, "quantity": 1})
    review = checkout_to_review(client, shop.variant)
    pages = {
        "add": add,
        "cart": client.get("/en/checkout/cart/"),
        "address": client.get("/en/checkout/"),
        "review": review,
    }
    placed = order_place(client)
    pages["place"] = placed
    token = placed["Location"].rstrip("/").rsplit("/", 1)[-1]
    pages["pay"] = client.get(f"/en/checkout/pay/{token}/")
    pages["dummy pay"] = client.post(
        f"/en/checkout/payments/dummy/{token}/", {"outcome": "succeed"}
    )
    pages["order"] = client.get(f"/en/checkout/order/{token}/")
    pages["return"] = client.get(f"/en/checkout/payments/return/{token}/")
    assert {name for name, response in pages.items() if not no_store(response)} == set()


@pytest.mark.parametrize(
    "junk", ["abc", "a" * 65, "abc%00defghijklmnopqrstuvwxyz", "..%2F..%2Fetc"]
)
def test_a_malformed_order_link_is_refused_before_any_query(client, junk):
    checkout_shop_build()
    for page in ("order", "pay"):
        response = client.get(f"/en/checkout/{page}/{junk}/")
        assert response.status_code in (400, 404)  # 400: a NUL byte, stopped at the door
