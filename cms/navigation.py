"""The storefront's category navigation: the product listings of the shopper's language.

The links are the same for every visitor of a site in one language, so they are kept in the
shared cache (and for a few seconds per process) under the pages version, which moves when a
page is published, unpublished, moved or deleted, and the sites version: rendering the header
sends no query once they are kept. Nothing personal is in them.
"""

from __future__ import annotations

from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import get_language
from wagtail.models import Site

from cms.cache import FRAGMENT_SECONDS, pages_version
from cms.models import HomePage, ListingPage
from cms.routing import url_in_language
from shop.branding import SITES_VERSION_KEY
from shop.shopper import language_chain
from shop.utils.memo import cache_version, local_cached

# Listings this many levels below the language's home: the shop and its categories.
NAV_DEPTH = 2


def category_links(*, request: HttpRequest) -> tuple[tuple[str, str, bool], ...]:
    """(title, URL, top level) of each live, public listing page under the shop's home page of
    the request's site in the active language (else the next language of the content fallback
    chain), in tree order: "all products" listings and the category listings under them."""
    language = get_language()
    key = category_links_key(request=request)

    def shared() -> tuple:
        links = cache.get(key)
        if links is None:
            links = _links(request=request, language=language)
            cache.set(key, links, FRAGMENT_SECONDS)
        return links

    return local_cached(key, shared)


def category_links_key(*, request: HttpRequest) -> str:
    """The cache key of the request's links: its site, language and the versions they follow
    (also the key of anything rendered from them alone)."""
    host = request.get_host().rsplit(":", 1)[0]
    return (
        f"langnghe:nav:{cache_version(SITES_VERSION_KEY)}:{pages_version()}:"
        f"{host}:{request.get_port()}:{get_language()}"
    )


def _links(*, request: HttpRequest, language: str) -> tuple[tuple[str, str, bool], ...]:
    site = Site.find_for_request(request)
    if site is None:
        return ()
    # The shop's home pages of this site (at its root, or under a host's page) and their
    # translations, which may sit beside them (a translated tree per locale).
    in_site = HomePage.objects.filter(path__startswith=site.root_page.path)
    homes = {
        home.locale.language_code: home
        for home in HomePage.objects.live()
        .filter(translation_key__in=in_site.values("translation_key"))
        .select_related("locale")
        .order_by("-path")  # the first of several homes of one language wins
    }
    home = next((homes[code] for code in language_chain(language) if code in homes), None)
    if home is None:
        return ()
    listings = (
        ListingPage.objects.live()
        .public()
        .descendant_of(home)
        .filter(depth__lte=home.depth + NAV_DEPTH)
        .order_by("path")
    )
    # Another language's listings (this one has no shop tree): under this language's prefix.
    move = {"page_language": home.locale.language_code, "language": language}
    return tuple(
        (page.title, url_in_language(page.get_url(request), **move), page.depth == home.depth + 1)
        for page in listings
    )
