"""cms/contexts/listing.py: the database filters, sorts and pages; only one page's cards are
built, also when the shopper filters or sorts by stock or price (then every product in scope
gets its price and availability first)."""

import re

import pytest

from cms.contexts import listing
from cms.models import ListingPage, StoryPage
from tests.cms.conftest import build_shop

pytestmark = pytest.mark.django_db


def _titles(html: str) -> list[str]:
    return re.findall(r"Product \d+ \[en\]", html.split('class="cards"', 1)[1])


@pytest.fixture
def built(monkeypatch):
    """How many cards each render builds."""
    counts = []
    real = listing.product_cards

    def counted(*, pages, **kwargs):
        counts.append(len(pages))
        return real(pages=pages, **kwargs)

    monkeypatch.setattr(listing, "product_cards", counted)
    monkeypatch.setattr(listing, "PAGE_SIZE", 2)
    return counts


def _url() -> str:
    return ListingPage.objects.get(locale__language_code="en", category__isnull=True).url


def test_a_page_of_the_listing_builds_only_its_own_cards(client, built):
    build_shop(products=5)
    html = client.get(_url(), {"page": "2"}).content.decode()
    assert _titles(html) == ["Product 2 [en]", "Product 3 [en]"]
    assert "5 products" in html and "Page 2 of 3" in html
    assert built == [2]


def test_sorting_by_stars_or_name_happens_in_the_database(client, built):
    made = build_shop(products=4)  # stars 3, 4, 5, 3
    html = client.get(_url(), {"sort": "stars"}).content.decode()
    assert _titles(html) == ["Product 2 [en]", "Product 1 [en]"]
    page = StoryPage.objects.get(locale__language_code="en", product=made[3])
    page.title = "Product 9 [en]"  # sorts last by name, first by nothing else
    page.save_revision().publish()
    page = StoryPage.objects.get(locale__language_code="en", product=made[0])
    page.title = "product 8 [en]"  # case does not matter
    page.save_revision().publish()
    html = client.get(_url(), {"sort": "name", "page": "2"}).content.decode()
    assert re.findall(r"[Pp]roduct \d+ \[en\]", html.split('class="cards"', 1)[1]) == [
        "product 8 [en]",
        "Product 9 [en]",
    ]
    assert built[-1] == 2


def test_filters_on_stock_or_price_see_every_product_and_build_one_pages_cards(client, built):
    made = build_shop(products=4)
    made[2].variants.get().stocks.update(quantity=0)  # sold out
    query = {"availability": "in_stock", "sort": "stars"}
    html = client.get(_url(), query).content.decode()
    assert _titles(html) == ["Product 1 [en]", "Product 0 [en]"]  # stars 4, then 3 by tree
    assert "3 products" in html
    html = client.get(_url(), {**query, "page": "2"}).content.decode()
    assert _titles(html) == ["Product 3 [en]"]
    assert built == [2, 1]  # every product's price and stock, but only the page's cards


def test_sorting_by_price_orders_the_whole_scope_before_paging(client, built):
    made = build_shop(products=4)
    for product, price in zip(made, ("900000", "300000", "700000", "100000"), strict=True):
        product.variants.update(base_price=price)
    html = client.get(_url(), {"sort": "price_asc"}).content.decode()
    assert _titles(html) == ["Product 3 [en]", "Product 1 [en]"]
    html = client.get(_url(), {"sort": "price_desc", "page": "2"}).content.decode()
    assert _titles(html) == ["Product 1 [en]", "Product 3 [en]"]


def test_filters_the_database_applies_narrow_the_count(client, built):
    made = build_shop(products=4)
    html = client.get(_url(), {"stars": "4"}).content.decode()
    assert "2 products" in html
    assert _titles(html) == ["Product 1 [en]", "Product 2 [en]"]
    made[1].is_active = False
    made[1].save()
    assert "1 product" in client.get(_url(), {"stars": "4"}).content.decode()


def test_the_filters_offered_are_read_with_one_ranking_of_the_scope(client, db):
    # The ranking (every story page of the scope, grouped by product) is the costly part of a
    # cold listing at 10,000 products: the filters read it once, the paginator twice (count
    # and page).
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import ProducerFactory, ProductFactory, VariantFactory

    build_shop(products=3)
    # On sale but without a story: not listed, so its maker and province are not offered.
    sen = ProducerFactory(slug="gom-sen", name="HTX Sen", province="Huế")
    VariantFactory(product=ProductFactory(producer=sen, slug="lamp"))
    with CaptureQueriesContext(connection) as ctx:
        html = client.get(_url()).content.decode()
    sqls = [q["sql"] for q in ctx.captured_queries]
    rankings = [sql for sql in sqls if "cms_storypage" in sql and "GROUP BY" in sql]
    assert len(rankings) == 3, rankings
    form = html.split('<form class="filters"', 1)[1].split("</form>", 1)[0]
    assert 'value="gom-lam"' in form and "HTX Gốm Lam" in form and "Hà Nội" in form
    assert 'value="gom-sen"' not in form and "Huế" not in form
