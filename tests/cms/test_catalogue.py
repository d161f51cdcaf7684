"""cms/catalogue.py: story titles and URLs for cart lines, cached until pages change."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.catalogue import story_links_for
from cms.models import StoryPage
from shop.signals import stock_changed

pytestmark = pytest.mark.django_db


def test_story_links_follow_the_language_chain_and_are_cached(shop):
    product = shop[0]
    links = story_links_for([product.pk], chain=["ja", "en", "vi"])
    page = StoryPage.objects.get(product=product, locale__language_code="ja")
    assert links == {product.pk: (page.title, page.url)}
    with CaptureQueriesContext(connection) as queries:
        assert story_links_for([product.pk], chain=["ja", "en", "vi"]) == links
    assert len(queries) == 0


def test_publishing_a_new_title_shows_at_once_but_stock_moves_keep_the_cache(shop):
    product = shop[0]
    story_links_for([product.pk], chain=["en"])
    stock_changed.send(sender=None)  # every order placed sends it: the links stay cached
    with CaptureQueriesContext(connection) as queries:
        story_links_for([product.pk], chain=["en"])
    assert len(queries) == 0

    page = StoryPage.objects.get(product=product, locale__language_code="en")
    page.title = "Renamed tea set"
    page.save_revision().publish()
    assert story_links_for([product.pk], chain=["en"])[product.pk][0] == "Renamed tea set"


def test_deleting_the_story_drops_the_cached_link(shop):
    product = shop[0]
    assert product.pk in story_links_for([product.pk], chain=["en", "vi"])
    StoryPage.objects.filter(product=product).delete()
    assert story_links_for([product.pk], chain=["en", "vi"]) == {}


def test_story_pages_of_product_ids_are_those_of_the_queryset_by_the_product_index(shop):
    from cms.catalogue import story_pages_of_products
    from shop.models import Product

    shop[1].is_active = False
    shop[1].save()
    ids = [product.pk for product in shop]
    chain = ["ja", "en", "vi"]
    by_ids = story_pages_of_products(ids, chain=chain)
    by_queryset = story_pages_of_products(Product.objects.filter(pk__in=ids), chain=chain)
    assert {pk: page.pk for pk, page in by_ids.items()} == {
        pk: page.pk for pk, page in by_queryset.items()
    }
    assert set(by_ids) == set(ids) - {shop[1].pk}  # an inactive product has no card
    assert all(page.locale.language_code == "ja" for page in by_ids.values())
    subquery = 'IN (SELECT U0."id" FROM "shop_product" U0'
    with CaptureQueriesContext(connection) as queries:
        story_pages_of_products(Product.objects.filter(pk__in=ids), chain=chain)
        story_pages_of_products(ids, chain=chain)
    through_products, by_index = (query["sql"] for query in queries.captured_queries)
    assert subquery in through_products and subquery not in by_index
