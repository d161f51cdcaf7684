"""The rendered storefront is valid HTML (Nu HTML Checker, from the npm package vnu-jar)."""

import pytest

from cms.models import HomePage, ListingPage, ProducerPage, StoryPage
from shop.models import ProductVariant, Stock
from tests.cms.conftest import build_shop
from tests.html_check import vnu_errors, vnu_require

pytestmark = pytest.mark.django_db


def test_rendered_pages_are_valid_html(client, shop, tmp_path):
    vnu_require()
    files = []
    for language in ("vi", "en", "ja"):
        for model, filters in (
            (HomePage, {}),
            (ListingPage, {"category__isnull": True}),
            (ListingPage, {"category__isnull": False}),
            (StoryPage, {}),
            (ProducerPage, {}),
        ):
            page = model.objects.filter(locale__language_code=language, **filters).first()
            response = client.get(page.url, {"min_price": "abc"} if model is ListingPage else {})
            assert response.status_code == 200
            path = tmp_path / f"{language}-{model.__name__}-{len(files)}.html"
            path.write_bytes(response.content)
            files.append(str(path))
    # Search: results (the "Product" stories), a page of only another language's hits (the
    # Vietnamese producer's name, no diacritics, from Korean), the hint, a refused query.
    for number, (language, query) in enumerate(
        (("en", "Product"), ("ko", "gom lam"), ("ja", ""), ("vi", "x" * 201))
    ):
        response = client.get(f"/{language}/search/", {"q": query})
        path = tmp_path / f"search-{number}.html"
        path.write_bytes(response.content)
        files.append(str(path))
    assert vnu_errors(files) == []


def test_the_buy_box_with_several_variants_is_valid_html(client, db, tmp_path):
    # Radios inside the add-to-cart form, one sold out (disabled), one few left, preselected.
    (product,) = build_shop(products=1, variants_per_product=3)
    first, second, third = product.variants.order_by("sort_order", "pk")
    Stock.objects.filter(variant=first).update(quantity=0)
    Stock.objects.filter(variant=second).update(quantity=2)
    ProductVariant.objects.filter(pk=third.pk).update(name='Large <"25 cm">')
    vnu_require()
    files = []
    for language in ("vi", "en", "ja"):
        page = StoryPage.objects.get(locale__language_code=language, product=product)
        response = client.get(page.url, {"variant": third.sku})
        assert response.status_code == 200
        path = tmp_path / f"{language}-buy-box.html"
        path.write_bytes(response.content)
        files.append(str(path))
    assert vnu_errors(files) == []
