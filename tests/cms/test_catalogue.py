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
