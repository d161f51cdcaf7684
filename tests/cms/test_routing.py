"""cms/routing.py: the cached "no view restrictions" flag follows committed changes; a page not
translated into the shopper's language is served under their prefix, marked with its own language."""

import re

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page, PageViewRestriction

from cms.models import ListingPage, StoryPage
from cms.routing import RESTRICTIONS_VERSION_KEY, url_in_language, view_restrictions_exist
from shop.utils.memo import cache_version, local_cached
from tests.cms.conftest import build_shop

pytestmark = pytest.mark.django_db


def test_a_restriction_read_as_absent_before_its_commit_is_seen_after_it(
    django_capture_on_commit_callbacks,
):
    page = Page.objects.filter(depth=1).first()
    before = f"langnghe:view-restrictions:{cache_version(RESTRICTIONS_VERSION_KEY)}"
    assert view_restrictions_exist() is False
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
        )
        assert view_restrictions_exist() is True  # the changing transaction sees it
        local_cached(before, lambda: False)  # another request read "none" before the commit
    assert view_restrictions_exist() is True


# -- pages not translated yet: served under the shopper's prefix --------------------------------


def _untranslated_story():
    """Product 1 has vi and en stories, no ja one (build_shop's `ja_stories=1`)."""
    (_first, second) = build_shop(products=2, ja_stories=1)
    return StoryPage.objects.get(locale__language_code="en", product=second)


def _under(url: str, language: str) -> str:
    return url_in_language(url, page_language=url.split("/")[1], language=language)


def test_url_in_language_moves_only_a_matching_language_prefix():
    move = {"page_language": "en", "language": "ko"}
    assert url_in_language("/en/makers/a/b/", **move) == "/ko/makers/a/b/"
    assert url_in_language("https://shop.example/en/a/", **move) == "https://shop.example/ko/a/"
    assert url_in_language("/makers/en/a/", **move) == "/makers/en/a/"  # no language prefix
    assert url_in_language("/en/a/", page_language="en", language="en") == "/en/a/"


def test_an_untranslated_story_is_served_under_the_shoppers_prefix_in_their_interface(client):
    story = _untranslated_story()
    response = client.get(_under(story.url, "ja"))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ja">' in html
    assert "カートに入れる" in html  # the interface is Japanese
    assert "Product 1 [en]" in html  # the content is the English story…
    assert re.search(r'<header lang="en">\s*<h1>Product 1 \[en\]</h1>', html)  # …marked as such
    assert '<div class="story-body" lang="en">' in html
    assert 'class="notice fallback-notice" role="note"' in html
    # Its links stay under /ja/: the maker's page too.
    assert f'href="{_under(story.get_parent().url, "ja")}"' in html


def test_the_listing_links_an_untranslated_story_under_the_shoppers_prefix(client):
    story = _untranslated_story()
    listing = ListingPage.objects.get(locale__language_code="ja", category__isnull=True)
    html = client.get(listing.url).content.decode()
    assert f'href="{_under(story.url, "ja")}"' in html
    assert f'href="{story.url}"' not in html  # never out to the English site
    assert '<span class="card-title" lang="en">Product 1 [en]</span>' in html
    assert '<span class="card-title">Product 0 [ja]</span>' in html


def test_the_language_switcher_keeps_the_shopper_on_the_same_product(client):
    story = _untranslated_story()
    html = client.get(story.url).content.decode()  # the English story
    switcher = html.split('class="langs"', 1)[1].split("</nav>", 1)[0]
    assert f'href="{_under(story.url, "ja")}" hreflang="ja"' in switcher
    vi = StoryPage.objects.get(locale__language_code="vi", product=story.product)
    assert f'href="{vi.url}" hreflang="vi"' in switcher
    # Search engines are told only of real translations.
    assert f'hreflang="ja" href="http://testserver{_under(story.url, "ja")}"' not in html


def test_a_fallback_address_redirects_once_the_translation_exists(client):
    story = _untranslated_story()
    address = _under(story.url, "ja")
    translated = story.copy_for_translation(Locale.objects.get(language_code="ja"))
    translated.title = "製品 1"
    translated.save_revision().publish()
    response = client.get(address)
    assert response.status_code == 302
    assert response["Location"] == StoryPage.objects.get(pk=translated.pk).url


def test_a_path_no_language_has_is_still_not_found(client):
    _untranslated_story()
    assert client.get("/ja/no-such-page/").status_code == 404


def test_the_qr_code_sends_a_scanner_to_their_prefix_before_the_story_is_translated(client):
    story = _untranslated_story()
    response = client.get(
        reverse("storefront:qr_redirect", args=[story.product_id]), HTTP_ACCEPT_LANGUAGE="ja"
    )
    assert response.status_code == 302
    assert response["Location"].endswith(_under(story.url, "ja"))


def test_adding_to_the_cart_from_an_untranslated_story_keeps_the_shoppers_language(client):
    story = _untranslated_story()
    address = _under(story.url, "ja")
    html = client.get(address).content.decode()
    action = re.search(r'<form method="post" action="([^"]+)" class="add-to-cart">', html)[1]
    assert action.startswith("/ja/")
    sku = re.search(r'name="variant" id="v-1" value="([^"]+)"', html)[1]
    response = client.post(action, {"variant": sku, "quantity": 1, "next": address}, follow=True)
    assert response.redirect_chain[-1][0] == "/ja/checkout/cart/"
    cart = response.content.decode()
    assert '<html lang="ja">' in cart
    assert "カートに追加しました。" in cart
    assert f'href="{address}"' in cart  # the line links back under /ja/
    # A refused quantity returns to the story under /ja/, the message in Japanese.
    response = client.post(action, {"variant": sku, "quantity": 99, "next": address}, follow=True)
    assert response.redirect_chain[-1][0].startswith(address)
    refused = response.content.decode()
    assert '<html lang="ja">' in refused
    assert 'class="notice fallback-notice"' in refused


# -- routes kept in the shared cache (route_cached) ------------------------------------------------


def _shopper(client):
    """A visitor with a session: served live, never from the page cache."""
    client.post("/en/market/", {"country": "US", "next": "/"})
    return client


def _page_queries(client, url) -> tuple[int, str]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    tree = [q for q in ctx.captured_queries if "wagtailcore_page" in q["sql"]]
    return response.status_code, len(tree)


def test_a_live_page_is_routed_without_a_query_once_its_route_is_kept(client):
    (product,) = build_shop(products=1)
    url = StoryPage.objects.get(locale__language_code="en", product=product).url
    shopper = _shopper(client)
    assert _page_queries(shopper, url)[0] == 200
    assert _page_queries(shopper, url) == (200, 0)


def test_a_moved_or_unpublished_page_is_routed_afresh(client, django_capture_on_commit_callbacks):
    (product,) = build_shop(products=1)
    page = StoryPage.objects.get(locale__language_code="en", product=product)
    old_url = page.url
    shopper = _shopper(client)
    assert shopper.get(old_url).status_code == 200
    page.slug = "renamed-story"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    new_url = StoryPage.objects.get(pk=page.pk).url
    moved = shopper.get(old_url)  # Wagtail's redirect from the old slug, not the old page
    assert (moved.status_code, moved["Location"]) == (301, new_url)
    assert shopper.get(new_url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        StoryPage.objects.get(pk=page.pk).unpublish()
    assert shopper.get(new_url).status_code == 404


def test_a_page_row_saved_without_publishing_is_never_routed_stale(client):
    (product,) = build_shop(products=1)
    page = StoryPage.objects.get(locale__language_code="en", product=product)
    shopper = _shopper(client)
    assert shopper.get(page.url).status_code == 200
    page.summary = "Changed by a script, not by publishing"
    page.save()
    assert "Changed by a script" in shopper.get(page.url).content.decode()


def test_a_kept_route_still_asks_for_a_private_pages_password(client, settings):
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cache"
    (product,) = build_shop(products=1)
    page = StoryPage.objects.get(locale__language_code="en", product=product)
    shopper = _shopper(client)
    assert shopper.get(page.url).status_code == 200
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    response = shopper.get(page.url)
    assert response.status_code == 200 and "password" in response.content.decode().lower()
    assert "Story of Product 0 in en" not in response.content.decode()


def test_an_unknown_path_is_not_kept(client, monkeypatch):
    build_shop(products=1)
    stored = []
    real = cache.set
    monkeypatch.setattr(cache, "set", lambda key, *a, **k: stored.append(key) or real(key, *a, **k))
    assert _shopper(client).get("/en/no-such-page/").status_code == 404
    assert not [key for key in stored if key.startswith("langnghe:route:")]


def test_a_page_made_private_is_no_longer_served_from_the_page_cache(
    client, django_capture_on_commit_callbacks
):
    (product,) = build_shop(products=1)
    page = StoryPage.objects.get(locale__language_code="en", product=product)
    client.get(page.url)
    assert client.get(page.url)["X-Langnghe-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
        )
    response = Client().get(page.url)
    assert "Story of Product 0 in en" not in response.content.decode()
    assert response.get("X-Langnghe-Cache") != "hit"
