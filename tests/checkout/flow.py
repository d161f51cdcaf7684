"""Drive the checkout through its pages with a Django test client, as a shopper would."""

from __future__ import annotations

import re

from django.test import Client

US_ADDRESS = {
    "country": "US",
    "email": "ann@example.com",
    "name": "Ann Lee",
    "street_address": "1 Market St",
    "city": "San Francisco",
    "country_area": "CA",
    "postal_code": "94103",
    "phone": "+1 415 555 0100",
}
JP_ADDRESS = {
    "country": "JP",
    "email": "hana@example.jp",
    "name": "山田 花子",
    "street_address": "千代田区千代田1-1",
    "country_area": "東京都",
    "postal_code": "100-0001",
    "phone": "03-1234-5678",
}
DE_ADDRESS = {
    "country": "DE",
    "email": "jonas@example.de",
    "name": "Jonas Weber",
    "street_address": "Invalidenstraße 1",
    "city": "Berlin",
    "postal_code": "10115",
    "phone": "+49 30 1234567",
}


def cart_add(client: Client, variant, quantity: int = 1, *, lang: str = "en", **extra):
    return client.post(
        f"/{lang}/checkout/cart/add/", {"variant": variant.sku, "quantity": quantity, **extra}
    )


def checkout_to_review(client: Client, variant, *, address=US_ADDRESS, lang="en", quantity=1):
    """Cart → address and shipping method (the preselected one, as a browser sends it);
    returns the review page response."""
    assert cart_add(client, variant, quantity, lang=lang).status_code == 302
    page = client.get(f"/{lang}/checkout/")
    assert page.status_code == 200
    response = client.post(f"/{lang}/checkout/", {**address, "method": page.context["selected"]})
    assert response.status_code == 302, response.content.decode()[:3000]
    assert response["Location"] == f"/{lang}/checkout/review/"
    return client.get(response["Location"])


FINGERPRINT = re.compile(r'name="fingerprint" value="([0-9a-f]*)"')


def review_fingerprint(client: Client, *, lang="en") -> str:
    """The fingerprint the review page puts in its "place order" form ("" without a form)."""
    found = FINGERPRINT.search(client.get(f"/{lang}/checkout/review/").content.decode())
    return found.group(1) if found else ""


def order_place(client: Client, *, lang="en", **extra):
    """Place the order as the review page's form does (with the fingerprint it shows)."""
    extra.setdefault("fingerprint", review_fingerprint(client, lang=lang))
    return client.post(f"/{lang}/checkout/place/", extra)
