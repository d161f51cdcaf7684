"""The story page's buy box: add to cart, and export rules told before the cart."""

from django.test import Client
from django.utils import translation

from checkout.models import CartLine, ExportRestriction
from cms.models import StoryPage
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
    ExportRestriction.objects.create(
        product=shop[0], kind="document", reason="cites", document="cites_permit"
    )
    client = Client(HTTP_ACCEPT_LANGUAGE="en-US")
    with translation.override("en"):
        html = client.get(url_of(StoryPage, "en", product=shop[0])).content.decode()
    assert "export-notice" in html and "CITES" in html
    assert 'class="add-to-cart"' in html


def test_buy_box_refuses_a_prohibited_destination_before_the_cart(shop):
    ExportRestriction.objects.create(
        product=shop[0], countries=["US"], kind="prohibited", reason="plant"
    )
    client = Client(HTTP_ACCEPT_LANGUAGE="en-US")
    html = client.get(url_of(StoryPage, "en", product=shop[0])).content.decode()
    assert 'class="restriction"' in html and "Product 0 [en]" in html
    assert 'class="add-to-cart"' not in html
