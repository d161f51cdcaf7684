"""A Korean shopper reads variant labels, producer and category names in Korean (issue 14)."""

import html as htmllib
from types import SimpleNamespace

import pytest
from wagtail.models import Locale

from checkout.models import CartLine
from cms.models import HomePage, ListingPage, StoryPage
from langnghe_demo.pages import _publish, _translation
from shop.models import Category, Producer, Stock
from tests.cms.conftest import ALL, build_shop
from tests.cms.test_pages import url_of


@pytest.fixture
def korean(db):
    """Two products in two categories, stories in every language, names translated."""
    first, second = build_shop(products=2, variants_per_product=2, story_languages=ALL)
    producer = Producer.objects.get()
    producer.name_translations = {"en": "Lam Ceramics Cooperative", "ko": "Lam 도자기 협동조합"}
    producer.save()
    ceramics = first.category
    ceramics.name_translations = {"en": "Ceramics", "ko": "도자기"}
    ceramics.save()
    tea = Category.objects.create(
        name="Trà", slug="tra", name_translations={"en": "Tea", "ko": "차"}
    )
    second.category = tea
    second.save()
    small, large = first.variants.order_by("sort_order", "pk")
    labels = {
        small: ("Bộ 6 chén", {"en": "Set of 6 cups", "ko": "6잔 세트"}),
        large: ("Bộ 12 chén", {"en": "Set of 12 cups"}),  # no Korean: English is the fallback
    }
    for variant, (name, translations) in labels.items():
        variant.name, variant.name_translations = name, translations
        variant.save()
    Stock.objects.filter(variant=small).update(quantity=2)
    _translate_story(first, "ko")
    return SimpleNamespace(
        story=url_of(StoryPage, "ko", product=first),
        listing=url_of(ListingPage, "ko", category__isnull=True),
        small=small,
        large=large,
    )


def _translate_story(product, language: str) -> None:
    """The product's story (and the maker pages above it) in `language`, as wagtail-localize
    would publish it: the demo builder writes stories in English and Japanese only."""
    locale = Locale.objects.get(language_code=language)
    story = StoryPage.objects.get(locale__language_code="vi", product=product)
    home = HomePage.objects.get(locale__language_code="vi")
    for page in [*story.get_ancestors().filter(depth__gt=home.depth).specific(), story]:
        translated = _translation(page, locale)
        _publish(translated, title=f"{page.title.split(' [')[0]} [{language}]")


def _text(response) -> str:
    assert response.status_code == 200
    return htmllib.unescape(response.content.decode())


def test_the_story_page_names_the_variants_producer_and_category_in_korean(client, korean):
    html = _text(client.get(korean.story))
    assert "6잔 세트" in html and "Bộ 6 chén" not in html
    assert "Set of 12 cups" in html  # no Korean label: the fallback chain's English
    assert "Lam 도자기 협동조합" in html and "HTX Gốm Lam" not in html
    assert '<p class="category">도자기</p>' in html


def test_the_listing_names_producers_and_categories_in_korean(client, korean):
    html = _text(client.get(korean.listing))
    assert '<span class="card-maker">Lam 도자기 협동조합</span>' in html
    assert '<option value="gom-lam">Lam 도자기 협동조합</option>' in html
    assert '<option value="gom-su">도자기</option>' in html
    assert '<option value="tra">차</option>' in html
    assert "Gốm sứ" not in html


def test_the_category_filter_narrows_the_listing(client, korean):
    html = _text(client.get(korean.listing, {"category": "tra"}))
    assert html.count('class="card"') == 1


def test_the_same_page_in_english_uses_the_english_names(client, korean):
    html = _text(client.get(url_of(StoryPage, "en", product=korean.small.product)))
    assert "Set of 6 cups" in html and "Lam Ceramics Cooperative" in html
    assert '<p class="category">Ceramics</p>' in html


def test_the_cart_and_a_refusal_name_the_variant_in_korean(client, korean):
    response = client.post(
        "/ko/checkout/cart/add/", {"variant": korean.small.sku, "quantity": 3, "next": korean.story}
    )
    assert response.status_code == 302
    refused = _text(client.get(response["Location"]))
    assert "Product 0 [ko] – 6잔 세트" in refused
    assert not CartLine.objects.exists()

    client.post("/ko/checkout/cart/add/", {"variant": korean.small.sku, "quantity": 1})
    cart = _text(client.get("/ko/checkout/cart/"))
    assert "Product 0 [ko] – 6잔 세트" in cart and "Bộ 6 chén" not in cart


def test_a_line_that_is_short_names_the_variant_in_korean(client, korean):
    client.post("/ko/checkout/cart/add/", {"variant": korean.small.sku, "quantity": 2})
    Stock.objects.filter(variant=korean.small).update(quantity=1)
    cart = _text(client.get("/ko/checkout/cart/"))
    assert "Product 0 [ko] – 6잔 세트" in cart
