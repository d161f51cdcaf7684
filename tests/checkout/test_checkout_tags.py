"""checkout/templatetags/checkout_tags.py: the checkout's own chrome."""

import re

import pytest
from django.test import Client, override_settings

from tests.checkout.builders import checkout_shop_build
from tests.checkout.flow import cart_add, checkout_to_review

pytestmark = pytest.mark.django_db


def test_language_links_keep_the_shopper_on_the_same_step():
    shop = checkout_shop_build(stock=5)
    client = Client()
    cart_add(client, shop.variant)
    html = client.get("/en/checkout/?country=DE").content.decode()
    assert '<a href="/ja/checkout/?country=DE" hreflang="ja" lang="ja">日本語</a>' in html
    assert 'href="/en/checkout/?country=DE" hreflang="en" lang="en" aria-current="page"' in html
    # The checkout leaves out the storefront's search and market selector.
    assert 'role="search"' not in html and "market-selector" not in html


def language_links(html: str) -> dict[str, str]:
    nav = re.search(r'<nav class="langs".*?</nav>', html, re.DOTALL)
    return dict(re.findall(r'<a href="([^"]*)" hreflang="([^"]*)"', nav.group(0))) if nav else {}


@override_settings(ROOT_URLCONF="tests.checkout.urls_host")
def test_language_links_follow_a_host_without_a_prefix_for_the_default_language():
    shop = checkout_shop_build(stock=5)
    client = Client()
    added = client.post(
        "/en/shop-app/checkout/cart/add/", {"variant": shop.variant.sku, "quantity": 1}
    )
    assert added.status_code == 302
    links = language_links(client.get("/en/shop-app/checkout/?country=DE").content.decode())
    assert links["/shop-app/checkout/?country=DE"] == "vi"  # the default: no prefix
    assert links["/ja/shop-app/checkout/?country=DE"] == "ja"
    assert len(links) == 7
    # Each link answers, in its own language.
    page = client.get("/shop-app/checkout/cart/")
    assert (page.status_code, page["Content-Language"]) == (200, "vi")


@override_settings(ROOT_URLCONF="tests.checkout.urls_host")
def test_an_empty_cart_leads_back_to_the_shop_in_the_shoppers_language():
    checkout_shop_build(stock=5)
    client = Client()
    for path, home in (("/shop-app/checkout/cart/", "/"), ("/ja/shop-app/checkout/cart/", "/ja/")):
        html = client.get(path).content.decode()
        assert f'<a href="{home}">' in html, path


def test_an_orders_page_links_the_same_order_in_every_language():
    shop = checkout_shop_build(stock=5)
    client = Client()
    review = checkout_to_review(client, shop.variant)
    placed = client.post("/en/checkout/place/", {"fingerprint": review.context["fingerprint"]})
    token = placed["Location"].split("/")[-2]
    links = language_links(client.get(placed["Location"]).content.decode())
    assert links[f"/vi/checkout/pay/{token}/"] == "vi"
    assert links[f"/ja/checkout/pay/{token}/"] == "ja"


@override_settings(ROOT_URLCONF="tests.cms.urls_unprefixed")
def test_no_language_links_where_the_url_carries_no_language():
    shop = checkout_shop_build(stock=5)
    client = Client()
    client.post("/shop-app/checkout/cart/add/", {"variant": shop.variant.sku, "quantity": 1})
    html = client.get("/shop-app/checkout/cart/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "カート" in html  # the page itself is in the browser's language
    assert language_links(html) == {} and 'class="langs"' not in html


def test_the_steps_mark_the_current_one_in_the_shoppers_language():
    shop = checkout_shop_build(stock=5)
    client = Client()
    cart_add(client, shop.variant, lang="ja")
    cart = client.get("/ja/checkout/cart/").content.decode()
    address = client.get("/ja/checkout/").content.decode()
    assert '<nav class="checkout-steps" aria-label="購入手続きのステップ"><ol>' in cart
    assert '<li aria-current="step">カート</li><li>お届け先と配送方法</li>' in cart
    assert '<li>カート</li><li aria-current="step">お届け先と配送方法</li>' in address
    assert "<li>確認</li><li>お支払い</li></ol></nav>" in address
