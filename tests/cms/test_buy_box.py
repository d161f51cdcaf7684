"""The story page's buy box: add to cart, and export rules told before the cart."""

import re
from types import SimpleNamespace

import pytest
from django.test import Client
from django.utils import translation

from checkout.models import CartLine
from cms.cache import catalogue_changed
from cms.models import StoryPage
from shop.models import ProductVariant, Stock
from tests.checkout.builders import restriction_create
from tests.cms.conftest import build_shop
from tests.cms.test_pages import url_of


def test_buy_box_adds_the_selected_variant_to_the_cart(client, shop):
    url = url_of(StoryPage, "en", product=shop[0])
    html = client.get(url).content.decode()
    sku = shop[0].variants.get().sku
    assert 'class="add-to-cart"' in html and f'value="{sku}"' in html
    response = client.post("/en/checkout/cart/add/", {"variant": sku, "quantity": 2, "next": url})
    assert response.status_code == 302
    assert CartLine.objects.get().quantity == 2


def test_buy_box_warns_about_an_export_document(shop):
    restriction_create(product=shop[0], kind="document", reason="cites", document="cites_permit")
    client = Client(HTTP_ACCEPT_LANGUAGE="en-US")
    with translation.override("en"):
        html = client.get(url_of(StoryPage, "en", product=shop[0])).content.decode()
    assert "export-notice" in html and "CITES" in html
    assert 'class="add-to-cart"' in html


def test_buy_box_refuses_a_prohibited_destination_before_the_cart(shop):
    restriction_create(product=shop[0], countries=["US"], kind="prohibited", reason="plant")
    client = Client(HTTP_ACCEPT_LANGUAGE="en-US")
    html = client.get(url_of(StoryPage, "en", product=shop[0])).content.decode()
    assert 'class="restriction"' in html and "Product 0 [en]" in html
    assert 'class="add-to-cart"' not in html


# Issue 14: the variant the shopper ticks is the one added, with or without the script.

ADD_FORM = re.compile(r'<form method="post" action="[^"]*" class="add-to-cart">(.*?)</form>', re.S)


@pytest.fixture
def teapot(db):
    """One product, two variants: "small" (5 in stock) and "large" (2 in stock, dearer)."""
    (product,) = build_shop(products=1, variants_per_product=2)
    small, large = product.variants.order_by("sort_order", "pk")
    ProductVariant.objects.filter(pk=small.pk).update(name="small")
    ProductVariant.objects.filter(pk=large.pk).update(name="large")
    Stock.objects.filter(variant=large).update(quantity=2)
    url = url_of(StoryPage, "en", product=product)
    return SimpleNamespace(url=url, small=small.sku, large=large.sku)


def _add_form(html: str) -> str:
    match = ADD_FORM.search(html)
    assert match, "no add-to-cart form"
    return match[1]


def _radio(form: str, sku: str) -> str:
    match = re.search(rf'<input type="radio" name="variant"[^>]* value="{sku}"[^>]*>', form)
    assert match, f"no radio for {sku}"
    return match[0]


def test_the_variant_radios_and_quantity_are_in_the_one_post_form(client, teapot):
    html = client.get(teapot.url).content.decode()
    form = _add_form(html)
    assert " checked" in _radio(form, teapot.small) and " checked" not in _radio(form, teapot.large)
    assert 'name="quantity"' in form and 'type="submit"' in form
    assert 'type="hidden" name="variant"' not in html  # no server-chosen variant rides along
    assert 'method="get" class="variants"' not in html and ">Select</button>" not in html


def test_posting_the_ticked_variant_adds_it_not_the_first(client, teapot):
    response = client.post(
        "/en/checkout/cart/add/", {"variant": teapot.large, "quantity": 1, "next": teapot.url}
    )
    assert response.status_code == 302 and response["Location"] == "/en/checkout/cart/"
    line = CartLine.objects.select_related("variant").get()
    assert (line.variant.sku, line.quantity) == (teapot.large, 1)


def test_a_variant_in_the_url_is_ticked_and_its_price_shown(client, teapot):
    form = _add_form(client.get(teapot.url, {"variant": teapot.large}).content.decode())
    large = _radio(form, teapot.large)
    assert " checked" in large and " checked" not in _radio(form, teapot.small)
    price = re.search(r'data-price="([^"]+)"', large)[1]
    assert f'<p class="selected-price" aria-live="polite">{price}</p>' in form
    assert 'data-max="2"' in large  # the script narrows the quantity to what "large" has


def test_a_refused_quantity_comes_back_with_the_variant_ticked_and_named(client, teapot):
    response = client.post(
        "/en/checkout/cart/add/", {"variant": teapot.large, "quantity": 3, "next": teapot.url}
    )
    assert response.status_code == 302
    assert response["Location"] == f"{teapot.url}?variant={teapot.large}"
    html = client.get(response["Location"]).content.decode()
    assert "Only 2 of “Product 0 [en] – large” are available." in html
    assert " checked" in _radio(_add_form(html), teapot.large)
    assert not CartLine.objects.exists()


def test_only_so_many_left_is_said_at_the_threshold_and_not_above(client, teapot, settings):
    settings.LANGNGHE_LOW_STOCK_THRESHOLD = 2
    form = _add_form(client.get(teapot.url).content.decode())
    assert "Only 2 left" in _radio(form, teapot.large)  # data-stock, for the script
    assert 'class="stock in_stock low">Only 2 left</span>' in form
    assert 'class="stock in_stock">In stock</span>' in form  # "small": 5 is above 2
    settings.LANGNGHE_LOW_STOCK_THRESHOLD = 1
    catalogue_changed()  # a setting change does not move the cache version; a deploy does
    form = _add_form(client.get(teapot.url).content.decode())
    assert "left" not in form


def test_a_sold_out_variant_cannot_be_ticked(client, teapot):
    Stock.objects.filter(variant__sku=teapot.small).update(quantity=0)
    form = _add_form(client.get(teapot.url, {"variant": teapot.small}).content.decode())
    assert " disabled" in _radio(form, teapot.small)
    assert " checked" in _radio(form, teapot.large)  # the first one that can be bought


def test_everything_sold_out_shows_the_variants_without_an_add_button(client, teapot):
    Stock.objects.update(quantity=0)
    form = _add_form(client.get(teapot.url).content.decode())
    assert " disabled" in _radio(form, teapot.small) and " disabled" in _radio(form, teapot.large)
    assert 'type="submit"' not in form and "Out of stock" in form


@pytest.mark.parametrize("session", [False, True], ids=["whole-page", "fragment"])
def test_a_preselected_variant_never_reaches_another_visitors_cached_page(teapot, session):
    def visitor() -> Client:
        new = Client(HTTP_ACCEPT_LANGUAGE="en-US")
        if session:  # a session: the whole-page cache steps aside, fragments are still kept
            new.post("/en/market/", {"country": "US", "next": "/"})
        return new

    linked = visitor().get(teapot.url, {"variant": teapot.large}).content.decode()
    assert " checked" in _radio(_add_form(linked), teapot.large)
    for _ in range(2):  # the second visit is answered from the cache
        bare = visitor().get(teapot.url).content.decode()
        assert " checked" in _radio(_add_form(bare), teapot.small)
        assert " checked" not in _radio(_add_form(bare), teapot.large)
    # And the other way round: a bare page in the cache does not hide a link's choice.
    again = visitor().get(teapot.url, {"variant": teapot.large}).content.decode()
    assert " checked" in _radio(_add_form(again), teapot.large)


def test_a_refused_shoppers_page_is_not_what_others_get(teapot):
    shopper = Client(HTTP_ACCEPT_LANGUAGE="en-US")
    back = shopper.post(
        "/en/checkout/cart/add/", {"variant": teapot.large, "quantity": 3, "next": teapot.url}
    )
    assert "are available" in shopper.get(back["Location"]).content.decode()
    other = Client(HTTP_ACCEPT_LANGUAGE="en-US").get(teapot.url).content.decode()
    assert "are available" not in other
    assert " checked" in _radio(_add_form(other), teapot.small)


def test_the_script_is_a_deferred_file_and_the_data_is_escaped(client, teapot):
    ProductVariant.objects.filter(sku=teapot.large).update(name='<b onclick="x()">large</b>')
    html = client.get(teapot.url).content.decode()
    assert '<script src="/static/cms/buy-box.js" defer></script>' in html
    assert re.findall(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)[^>]*>", html) == []
    assert '<b onclick="x()">' not in html
    assert "&lt;b onclick=&quot;x()&quot;&gt;large&lt;/b&gt;" in html
