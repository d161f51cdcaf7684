"""checkout/templatetags/checkout_tags.py: the checkout's own chrome."""

import pytest
from django.test import Client

from tests.checkout.builders import checkout_shop_build
from tests.checkout.flow import cart_add

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
