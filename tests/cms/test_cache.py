"""cms/cache.py and the fragment caches of the storefront templates: nothing a preview renders and
nothing an arbitrary query string asks for is kept for other visitors."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cms.models import ListingPage, StoryPage

pytestmark = pytest.mark.django_db


def _queries(client, url, data=None) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, data or {})
    assert response.status_code == 200
    return len(ctx.captured_queries)


def _with_session(shop_client: Client) -> Client:
    # A session keeps the whole-page cache out of the way: only fragments are cached.
    shop_client.post("/en/market/", {"country": "US", "next": "/"})
    return shop_client


def test_a_previewed_draft_never_reaches_an_anonymous_visitor(client, admin_client, shop):
    page = StoryPage.objects.get(locale__language_code="en", product=shop[0])
    page.title = "Draft awaiting moderation"
    page.summary = "A draft summary nobody may read yet"
    revision = page.save_revision()
    preview = admin_client.get(
        reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk])
    )
    assert "Draft awaiting moderation" in preview.content.decode()
    for visitor in (client, _with_session(Client())):
        html = visitor.get(page.url).content.decode()
        assert "Product 0 [en]" in html
        assert "Draft awaiting moderation" not in html
        assert "A draft summary" not in html


def test_a_preview_is_never_stored_as_a_whole_page(client, admin_client, shop):
    page = StoryPage.objects.get(locale__language_code="en", product=shop[0])
    page.title = "Draft title"
    revision = page.save_revision()
    admin_client.get(reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk]))
    response = client.get(page.url)
    assert response.get("X-Langnghe-Cache") != "hit"
    assert "Draft title" not in response.content.decode()


def test_fragments_are_kept_for_known_query_parameters_only(shop):
    url = ListingPage.objects.get(locale__language_code="en", category__isnull=True).url
    visitor = _with_session(Client())
    first = _queries(visitor, url, {"sort": "name"})
    assert _queries(visitor, url, {"sort": "name"}) < first  # the grid came from the cache
    unknown = _queries(visitor, url, {"sort": "name", "ref": "newsletter"})
    assert _queries(visitor, url, {"sort": "name", "ref": "newsletter"}) == unknown
