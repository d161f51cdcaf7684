"""cms/templatetags/shop_tags.py: structured data is escaped the way `json_script` escapes, so
no artisan-written text can end the script element (on the live page and in the admin preview);
the header's pieces kept per process are what a fresh render gives, and follow changes."""

import json
import re

import pytest
from django.core.cache import cache
from django.template import Context, Template
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from cms.models import ListingPage, StoryPage
from cms.templatetags.shop_tags import _alternate_urls, json_ld
from shop.models import ProductVariant
from shop.utils import memo
from shop.utils.memo import local_clear

pytestmark = pytest.mark.django_db

PAYLOAD = 'x</script><script>alert("owned")</script><!--'
PRODUCER = "Gốm </SCRIPT><img src=x onerror=alert(1)> & <!-- Lam"


def ld_blocks(html: str) -> list[str]:
    return re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)


def hostile_story(shop) -> StoryPage:
    variant = ProductVariant.objects.get(product=shop[0])
    variant.name = PAYLOAD
    variant.save()
    producer = shop[0].producer
    producer.name = PRODUCER
    producer.save()
    return StoryPage.objects.get(locale__language_code="en", product=shop[0])


def assert_escaped(html: str) -> None:
    [block] = ld_blocks(html)
    assert "<" not in block and ">" not in block
    data = json.loads(block)
    assert data["offers"][0]["name"] == PAYLOAD
    assert data["brand"]["name"] == PRODUCER
    assert '<script>alert("owned")' not in html
    assert "<img src=x" not in html


def test_json_ld_escapes_what_could_close_the_script_element():
    html = json_ld({"name": "</script><!-- & ' \u2028"})
    assert html.startswith('<script type="application/ld+json">')
    assert html.count("</script>") == 1
    body = html.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert "\\u003C/script\\u003E\\u003C!-- \\u0026" in body
    assert json.loads(body) == {"name": "</script><!-- & ' \u2028"}


def test_a_hostile_variant_name_stays_data_on_the_story_page(client, shop):
    page = hostile_story(shop)
    response = client.get(page.url)
    assert response.status_code == 200
    assert_escaped(response.content.decode())


def test_a_hostile_variant_name_stays_data_in_the_admin_preview(client, shop, admin_user):
    page = hostile_story(shop)
    page.save_revision()  # a draft to preview
    client.force_login(admin_user)
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    assert response.status_code == 200
    assert_escaped(response.content.decode())


# The header's pieces (hreflang, language switcher, market selector, category navigation) are
# rendered once per process under the versions of what they show (`_kept_html`).
def shopper_client() -> Client:
    shopper = Client()
    shopper.post("/en/market/", {"country": "US", "next": "/"})  # a session: served live
    return shopper


def header(html: str) -> str:
    head = re.search(r"<head>.*?</head>", html, re.S).group(0)
    return head + re.search(r'<header class="site-header">.*?</header>', html, re.S).group(0)


def story_url(shop) -> str:
    return StoryPage.objects.get(locale__language_code="en", product=shop[0]).url


def test_a_kept_header_is_the_header_a_fresh_render_gives(shop):
    shopper = shopper_client()
    url = story_url(shop)
    shopper.get(url)
    kept = header(shopper.get(url).content.decode())
    cache.clear()
    local_clear()
    fresh = header(shopper.get(url).content.decode())
    assert kept == fresh
    assert 'hreflang="ja"' in kept and f'name="next" value="{url}"' in kept


def test_the_market_selector_returns_each_shopper_to_the_address_they_are_on(shop):
    shopper = shopper_client()
    listing = ListingPage.objects.get(locale__language_code="en", category__isnull=True).url
    for path in (listing, f"{listing}?sort=price_asc", listing, f"{listing}?stars=5"):
        html = shopper.get(path).content.decode()
        assert f'name="next" value="{escape(path)}"' in html, path


def test_a_query_string_or_an_unknown_path_is_not_kept(shop):
    shopper = shopper_client()
    listing = ListingPage.objects.get(locale__language_code="en", category__isnull=True).url
    shopper.get(listing)
    kept = set(memo._local)
    for path in (f"{listing}?sort=price_asc", f"{listing}?x={'a' * 40}", "/en/no-such-page/"):
        shopper.get(path)
    assert not any(":selector:" in key for key in set(memo._local) - kept)


def test_category_nav_marks_the_listing_shown_and_nothing_elsewhere(shop):
    shopper = shopper_client()
    listing = ListingPage.objects.get(locale__language_code="en", category__isnull=True).url
    for path, current in ((listing, True), (story_url(shop), False), (listing, True)):
        nav = re.search(r'<nav class="categories".*?</nav>', shopper.get(path).content.decode())
        assert (f'href="{listing}" aria-current="page"' in nav.group(0)) is current, path


def test_a_listing_published_appears_in_a_kept_header_at_once(
    shop, django_capture_on_commit_callbacks
):
    shopper = shopper_client()
    url = story_url(shop)
    shopper.get(url)
    assert "Lights" not in header(shopper.get(url).content.decode())
    shop_page = ListingPage.objects.get(locale__language_code="en", category__isnull=True)
    with django_capture_on_commit_callbacks(execute=True):
        lights = shop_page.add_child(
            instance=ListingPage(title="Lights", slug="lights", live=False)
        )
        lights.save_revision().publish()
    assert "Lights</a>" in header(shopper.get(url).content.decode())


def canonical(html: str) -> str:
    return re.search(r'<link rel="canonical" href="([^"]*)">', html).group(1)


def test_the_kept_canonical_address_follows_the_site_host(shop, django_capture_on_commit_callbacks):
    shopper = shopper_client()
    url = story_url(shop)
    page = StoryPage.objects.get(locale__language_code="en", product=shop[0])
    assert canonical(shopper.get(url).content.decode()) == page.full_url
    site = page.get_site()
    with django_capture_on_commit_callbacks(execute=True):
        site.hostname, site.port = "shop.example.org", 443
        site.save()
    assert canonical(shopper.get(url).content.decode()) == f"https://shop.example.org{url}"


def test_a_previewed_draft_address_is_never_kept_as_the_canonical(client, shop, admin_user):
    page = StoryPage.objects.get(locale__language_code="en", product=shop[0])
    live_url = page.full_url
    page.slug = "draft-only-slug"
    page.save_revision()  # a draft with another address, previewed by staff
    client.force_login(admin_user)
    preview = client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    assert "draft-only-slug" in canonical(preview.content.decode())
    html = shopper_client().get(story_url(shop)).content.decode()
    assert canonical(html) == live_url


def test_a_host_page_without_an_address_gets_an_empty_canonical_rather_than_an_error(rf):
    html = Template("{% load shop_tags %}{% canonical_link %}").render(
        Context({"request": rf.get("/"), "page": object()})
    )
    assert html == '<link rel="canonical" href="">'


@pytest.mark.parametrize(
    ("urlconf", "homes"),
    [
        ("config.urls", {"vi": "/vi/", "ja": "/ja/"}),
        # docs/integration.md: no prefix for the default language.
        ("tests.checkout.urls_host", {"vi": "/", "ja": "/ja/"}),
    ],
)
def test_a_language_without_a_home_links_to_the_site_root_in_that_language(
    settings, urlconf, homes
):
    settings.ROOT_URLCONF = urlconf
    for code, url in homes.items():
        assert _alternate_urls(None, code, translations={}, homes={}) == {
            "url": url,
            "full_url": "",
        }
