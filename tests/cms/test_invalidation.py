"""cms/invalidation.py: a change re-renders the stored pages that show it, and no other.

Two producers, two categories, a story each; every page is stored whole for anonymous visitors
first (`X-Langnghe-Cache: hit` on the second view), then one thing changes.
"""

from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from cms.models import ArticlePage, HomePage, ListingPage, ProducerPage, StoryPage
from langnghe_demo.pages import demo_pages_load
from shop.models import ExchangeRate, Market, Stock
from shop.utils.memo import local_clear
from tests.cms.conftest import SECTIONS, markets_build, texts
from tests.factories import (
    CategoryFactory,
    MarketPriceFactory,
    OrderLineFactory,
    ProducerFactory,
    ProductFactory,
    StockFactory,
    VariantFactory,
)

pytestmark = pytest.mark.django_db

JAPAN = {"HTTP_ACCEPT_LANGUAGE": "en-JP,en;q=0.8"}


@dataclass
class Shop:
    """A starred tea set (category tea, producer Lam) and an unstarred lamp (lamps, Sen)."""

    tea: object
    lamp: object
    urls: dict


def _product(producer, category, slug: str, stars: int | None):
    product = ProductFactory(producer=producer, category=category, slug=slug, ocop_stars=stars)
    variant = VariantFactory(product=product, base_price=Decimal("1290000"))
    StockFactory(variant=variant, quantity=5)
    return product


@pytest.fixture
def shop(db) -> Shop:
    markets_build()
    lam = ProducerFactory(slug="lam", name="HTX Lam", province="Hà Nội")
    sen = ProducerFactory(slug="sen", name="HTX Sen", province="Huế")
    tea_category = CategoryFactory(slug="tea", name="Trà", name_translations={"en": "Tea"})
    lamps = CategoryFactory(slug="lamps", name="Đèn", name_translations={"en": "Lamps"})
    tea = _product(lam, tea_category, "tea-set", stars=5)
    lamp = _product(sen, lamps, "lamp", stars=None)
    demo_pages_load(
        producers={"lam": texts("Lam"), "sen": texts("Sen")},
        stories={"tea-set": texts("Tea set"), "lamp": texts("Lamp")},
        articles=[{"slug": "hoi-cho", "date": "2026-10-05", **texts("Trade fair")}],
        sections=SECTIONS,
        as_default_site=True,
    )
    en = {"locale__language_code": "en"}
    urls = {
        "tea story": StoryPage.objects.get(product=tea, **en).url,
        "lamp story": StoryPage.objects.get(product=lamp, **en).url,
        "all products": ListingPage.objects.get(category__isnull=True, **en).url,
        "tea listing": ListingPage.objects.get(category=tea_category, **en).url,
        "lamp listing": ListingPage.objects.get(category=lamps, **en).url,
        "Lam's page": ProducerPage.objects.get(producer=lam, **en).url,
        "Sen's page": ProducerPage.objects.get(producer=sen, **en).url,
        "home": HomePage.objects.get(**en).url,
        "article": ArticlePage.objects.get(**en).url,
    }
    return Shop(tea=tea, lamp=lamp, urls=urls)


def _stored(urls: dict, **headers) -> None:
    client = Client()
    for url in urls.values():
        assert client.get(url, **headers).status_code == 200
        assert client.get(url, **headers)["X-Langnghe-Cache"] == "hit", url


def _served_from_cache(urls: dict, **headers) -> dict[str, bool]:
    client = Client()
    return {
        name: client.get(url, **headers).get("X-Langnghe-Cache") == "hit"
        for name, url in urls.items()
    }


def _sell(product, quantity: int, capture) -> None:
    from shop.inventory import stock_allocate

    with capture(execute=True):  # as when the order commits
        stock_allocate(lines=[OrderLineFactory(variant=product.variants.get(), quantity=quantity)])


def test_an_order_re_renders_the_pages_of_what_it_sold_and_leaves_the_others_stored(
    shop, django_capture_on_commit_callbacks
):
    _stored(shop.urls)
    _sell(shop.tea, 5, django_capture_on_commit_callbacks)
    assert _served_from_cache(shop.urls) == {
        "tea story": False,
        "lamp story": True,
        "all products": False,
        "tea listing": False,
        "lamp listing": True,
        "Lam's page": False,
        "Sen's page": True,
        "home": False,  # its OCOP picks include the tea set
        "article": True,
    }
    client = Client()
    for name in ("tea story", "all products", "tea listing", "Lam's page", "home"):
        assert "Out of stock" in client.get(shop.urls[name]).content.decode(), name


def test_an_unstarred_products_order_leaves_the_home_page_stored(
    shop, django_capture_on_commit_callbacks
):
    _stored(shop.urls)
    _sell(shop.lamp, 5, django_capture_on_commit_callbacks)
    served = _served_from_cache(shop.urls)
    assert served["home"] and served["tea story"] and served["tea listing"]
    assert not served["lamp story"] and not served["lamp listing"]
    assert not served["all products"] and not served["Sen's page"]


def test_a_subcategorys_product_re_renders_the_listing_of_the_category_above(
    shop, django_capture_on_commit_callbacks
):
    tea = shop.tea.category
    green = CategoryFactory(slug="green", name="Trà xanh", parent=tea)
    shop.tea.category = green
    shop.tea.save()  # a staff edit: everything is rendered again
    _stored(shop.urls)
    _sell(shop.tea, 5, django_capture_on_commit_callbacks)
    served = _served_from_cache(shop.urls)
    assert not served["tea listing"] and served["lamp listing"]


def _buy_box(html: str) -> str:
    return html.split('<aside class="buy-box"')[1].split("</aside>")[0]


def _shelve(product, quantity: int) -> None:
    # Before the pages are stored, so no signal is needed.
    Stock.objects.filter(variant__product=product).update(quantity=quantity)


def test_an_order_that_leaves_plenty_changes_no_page_and_none_is_re_rendered(
    shop, django_capture_on_commit_callbacks
):
    # Above the cart's limit (20) and the low-stock threshold (5), every count looks the same.
    _shelve(shop.tea, 50)
    _stored(shop.urls)
    stored = Client().get(shop.urls["tea story"]).content.decode()
    _sell(shop.tea, 1, django_capture_on_commit_callbacks)
    assert all(_served_from_cache(shop.urls).values())
    cache.clear()
    local_clear()
    fresh = Client().get(shop.urls["tea story"])
    assert fresh.get("X-Langnghe-Cache") != "hit"
    assert _buy_box(fresh.content.decode()) == _buy_box(stored)


def test_an_order_that_leaves_few_re_renders_its_story_and_no_card(
    shop, django_capture_on_commit_callbacks
):
    _shelve(shop.tea, 50)
    _stored(shop.urls)
    _sell(shop.tea, 46, django_capture_on_commit_callbacks)
    served = _served_from_cache(shop.urls)
    assert not served.pop("tea story")
    assert all(served.values()), served  # cards say "In stock" before and after
    assert "Only 4 left" in Client().get(shop.urls["tea story"]).content.decode()


def test_a_shipment_changes_no_page_and_none_is_re_rendered(
    shop, django_capture_on_commit_callbacks
):
    # Shipped units leave the shelf and the allocation together: free units stay as they were,
    # even when few are left (the story says "Only 4 left" before and after).
    from shop.inventory import stock_allocate, stock_fulfil

    _shelve(shop.tea, 50)
    line = OrderLineFactory(variant=shop.tea.variants.get(), quantity=46)
    with django_capture_on_commit_callbacks(execute=True):
        stock_allocate(lines=[line])
    _stored(shop.urls)
    stored = Client().get(shop.urls["tea story"]).content.decode()
    assert "Only 4 left" in stored
    with django_capture_on_commit_callbacks(execute=True):
        stock_fulfil(line=line, quantity=46)
    assert Stock.objects.get(variant__product=shop.tea).quantity == 4
    assert all(_served_from_cache(shop.urls).values())
    cache.clear()
    local_clear()
    assert _buy_box(Client().get(shop.urls["tea story"]).content.decode()) == _buy_box(stored)


def test_an_explicit_price_re_renders_that_markets_pages_only(shop):
    _stored(shop.urls, **JAPAN)
    _stored(shop.urls)
    MarketPriceFactory(
        market=Market.objects.get(slug="jp"),
        variant=shop.lamp.variants.get(),
        amount=Decimal("9900"),
    )
    in_japan = _served_from_cache(shop.urls, **JAPAN)
    assert in_japan.pop("article")  # shows no price
    assert not any(in_japan.values())
    assert all(_served_from_cache(shop.urls).values())  # United States: untouched
    assert "¥9,900" in Client().get(shop.urls["lamp story"], **JAPAN).content.decode()


def test_an_exchange_rate_re_renders_the_markets_in_its_currency_only(shop):
    _stored(shop.urls, **JAPAN)
    _stored(shop.urls)
    rate = ExchangeRate.objects.get(base_currency="JPY", date=timezone.localdate())
    rate.rate = Decimal("100")
    rate.save()
    in_japan = _served_from_cache(shop.urls, **JAPAN)
    assert in_japan.pop("article")  # shows no price
    assert not any(in_japan.values())
    assert all(_served_from_cache(shop.urls).values())


def test_publishing_a_story_re_renders_it_and_the_listings_that_link_it(
    shop, django_capture_on_commit_callbacks
):
    _stored(shop.urls)
    page = StoryPage.objects.get(locale__language_code="en", product=shop.lamp)
    page.title = "A lamp renamed"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    served = _served_from_cache(shop.urls)
    assert served["tea story"] and served["tea listing"] and served["home"]
    assert served["Lam's page"] and served["article"]
    client = Client()
    for name in ("lamp story", "all products", "lamp listing", "Sen's page"):
        assert not served[name], name
        assert "A lamp renamed" in client.get(shop.urls[name]).content.decode(), name


def test_publishing_another_kind_of_page_re_renders_every_page(
    shop, django_capture_on_commit_callbacks
):
    # Its title may be in every page's menu, its URL under every story's.
    _stored(shop.urls)
    page = ListingPage.objects.get(locale__language_code="en", category=shop.lamp.category)
    page.title = "Lights"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert not any(_served_from_cache(shop.urls).values())
    assert "Lights" in Client().get(shop.urls["tea story"]).content.decode()


def test_a_shopper_with_a_session_gets_the_unrelated_fragments_from_the_cache(
    shop, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    shopper = Client()
    shopper.post("/en/market/", {"country": "US", "next": "/"})  # a session: served live
    url = shop.urls["lamp story"]
    with CaptureQueriesContext(connection) as cold:
        shopper.get(url)
    with CaptureQueriesContext(connection) as warm:
        shopper.get(url)
    assert len(warm) < len(cold)
    _sell(shop.tea, 1, django_capture_on_commit_callbacks)
    with django_assert_max_num_queries(len(warm)):
        assert "Lamp [en]" in shopper.get(url).content.decode()
