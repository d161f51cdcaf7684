"""Page serving: URL-path routing, a cached "no view restrictions" check, and pages served
under the shopper's language prefix when they have no translation in that language yet.

Wagtail routes a request segment by segment (two queries per level) and looks up view
restrictions on every request. Storefront pages are public and deep (Home › Makers › producer ›
story), so these two shortcuts keep every page at a constant, small number of queries. A route,
once found, is kept in the shared cache under the pages version (`route_cached`), so a live
request (a shopper with a cart) is routed with no query at all.

A page not yet translated into the shopper's language is served from the first language of
the shopper's chain (`shop.shopper.language_chain`) that has it, at that page's path under the
shopper's own prefix (`/ko/<English path>/`): the interface stays Korean, the content is marked
with its own `lang`, and the shopper never lands on another language's URL (docs/decisions.md).
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit, urlunsplit

from django.core.cache import cache
from django.http import Http404, HttpRequest
from django.http.request import split_domain_port
from django.shortcuts import redirect
from django.utils.translation import get_language
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult

from cms.cache import FRAGMENT_SECONDS, pages_version
from cms.cache import VERSION_KEY as CATALOGUE_VERSION_KEY
from shop.branding import SITES_VERSION_KEY
from shop.shopper import language_chain
from shop.utils.memo import cache_version, cache_version_bump, local_cached, version_register

RESTRICTIONS_VERSION_KEY = version_register("langnghe:view-restrictions:version")


def view_restrictions_exist() -> bool:
    """Whether any page has a view restriction: read once per restrictions version, which every
    restriction's change moves on commit (read with the other versions, no round trip of its
    own while the process keeps the answer)."""
    key = f"langnghe:view-restrictions:{cache_version(RESTRICTIONS_VERSION_KEY)}"
    # Kept in the shared cache too: a process whose copy expired asks Redis, not the database.
    exists = PageViewRestriction.objects.exists
    return local_cached(key, lambda: cache.get_or_set(key, exists, FRAGMENT_SECONDS))


def view_restrictions_changed(**_kwargs) -> None:
    # Pages stored whole as public must go too (their key carries the catalogue version); the
    # changing transaction reads under its own versions, so it sees its restriction at once.
    cache_version_bump(RESTRICTIONS_VERSION_KEY, CATALOGUE_VERSION_KEY)


def route_cached(request: HttpRequest, path: str) -> None:
    """Wagtail's route for `path` (the page and its arguments) and the request's site, kept in
    the shared cache per host, language and path under the pages and sites versions (a page
    saved, published, unpublished, moved or deleted, a site changed: routed afresh). Handed to
    Wagtail through its own per-request memo (`Page.route_for_request`, `Site.find_for_request`);
    what is kept was pickled before the page served anything. Unknown paths are not kept."""
    if hasattr(request, "_wagtail_route_for_request"):
        return
    host = split_domain_port(request._get_raw_host())[0]
    digest = hashlib.sha256(f"{host}:{request.get_port()}:{path}".encode()).hexdigest()
    key = (
        f"langnghe:route:{cache_version(SITES_VERSION_KEY)}:{pages_version()}:"
        f"{get_language()}:{digest}"
    )
    # Kept per process too (a copy per request): a live request then makes no round trip.
    found = local_cached(key, lambda: cache.get(key), keep_none=False)
    if found is None:
        route = Page.route_for_request(request, path)
        if route is not None:
            cache.set(key, (Site.find_for_request(request), route), FRAGMENT_SECONDS)
        return
    request._wagtail_site, request._wagtail_route_for_request = found


def site_cached(request: HttpRequest) -> Site | None:
    """The request's Wagtail site for views other than Wagtail's page serving (search), kept
    per host and port under the sites version and handed to Wagtail's per-request memo, so the
    page URLs such a view renders cost no site query."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    host = split_domain_port(request._get_raw_host())[0]
    digest = hashlib.sha256(f"{host}:{request.get_port()}".encode()).hexdigest()
    key = f"langnghe:site:{cache_version(SITES_VERSION_KEY)}:{digest}"
    site = local_cached(key, lambda: cache.get(key), keep_none=False)
    if site is None:
        site = Site.find_for_request(request)
        if site is not None:
            cache.set(key, site, FRAGMENT_SECONDS)
    request._wagtail_site = site
    return site


def page_by_url_path(root: Page, path_components: list[str]) -> RouteResult | None:
    """The live descendant of `root` at that path, or None to fall back to Wagtail's routing."""
    url_path = root.url_path + "/".join(path_components) + "/"
    page = Page.objects.filter(url_path=url_path, path__startswith=root.path).specific().first()
    if page is None:
        return None
    if not page.live:
        raise Http404
    return RouteResult(page)


def url_in_language(url: str, *, page_language: str, language: str) -> str:
    """`url` of a page of `page_language`'s tree, moved under `language`'s prefix, where the
    routing below serves it (`/en/a/b/` → `/ko/a/b/`). Unchanged when it is in that language
    already or has no language prefix (a host serving pages without prefixes)."""
    if not url or page_language == language:
        return url
    parts = urlsplit(url)
    prefix = f"/{page_language}/"
    if not parts.path.startswith(prefix):
        return url
    path = f"/{language}/" + parts.path[len(prefix) :]
    return urlunsplit(parts._replace(path=path))


def page_language(page: Page) -> str:
    """The language of `page`'s content, without a query: the one the fallback routing found
    it in, else its locale when loaded with it (cards, search hits), else the active language
    (a page served from the shopper's own tree)."""
    code = getattr(page, "_langnghe_language", None)
    if code:
        return code
    if Page.locale.is_cached(page):
        return page.locale.language_code
    return get_language()


def page_url_for_shopper(page: Page, *, request=None, language: str | None = None) -> str:
    """Where a shopper reading `language` (default: the active one) finds `page`: under the
    shopper's prefix when it is a page of their content chain (a fallback the routing below
    serves there), else its own URL (e.g. a search hit in a language outside the chain)."""
    language = language or get_language()
    code = page_language(page)
    url = page.get_url(request)
    if code not in language_chain(language):
        return url
    return url_in_language(url, page_language=code, language=language)


def page_in_chain_languages(home: Page, path_components: list[str]) -> RouteResult | None:
    """The live page at this path in the tree of the first language of the shopper's chain
    that has one — for a page not (yet) translated into the shopper's language. Two queries,
    only for paths the shopper's own tree does not have."""
    language = get_language()
    chain = language_chain(language)[1:]
    homes = {
        h.locale.language_code: h
        for h in home.get_translations()
        .filter(locale__language_code__in=chain)
        .select_related("locale")
        .only("url_path", "path", "locale__language_code")
    }
    relative = "/".join(path_components) + "/"
    wanted = {homes[code].url_path + relative: code for code in chain if code in homes}
    found = {page.url_path: page for page in Page.objects.live().filter(url_path__in=wanted)}
    url = next((url for url in wanted if url in found), None)
    if url is None:
        return None
    page = found[url].specific
    page._langnghe_language = wanted[url]
    # Translated since the link was made: the shopper's own page, where the link now points.
    translated = (
        Page.objects.live()
        .filter(translation_key=page.translation_key, locale__language_code=language)
        .filter(alias_of__isnull=True)
        .first()
    )
    if translated is not None:
        return RouteResult(page, kwargs={"translated_url": translated.get_url()})
    return RouteResult(page)


class StorefrontPage(Page):
    """Base of the shop's page types."""

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        translated_url = kwargs.pop("translated_url", None)
        if translated_url:
            return redirect(translated_url)
        # A public page may be stored whole for visitors without a session (cms.middleware);
        # a preview of a draft never.
        # The restrictions' flag first: asking an empty queryset still compiles its SQL.
        request._langnghe_cacheable = not (
            getattr(request, "is_preview", False)
            or (view_restrictions_exist() and self.get_view_restrictions())
        )
        return super().serve(request, *args, **kwargs)

    def get_view_restrictions(self):
        if not view_restrictions_exist():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
