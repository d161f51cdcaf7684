"""Whole-page cache for anonymous shoppers, in two halves as Django's own cache middleware.

A first-time visitor (no session cookie, no pending message) gets the same HTML as everyone of
their host, language, market and country, so storefront pages are stored whole and served without
routing, queries or templates. The key carries the catalogue version and a stored page the
versions of what it showed (`cms.cache`): a staff edit to the catalogue replaces every stored
page, an order only the pages showing what it sold. Anyone with a session (signed in, a cart, a
chosen market) or a message to read is served live.

- `StorefrontCacheUpdateMiddleware` comes first in MIDDLEWARE: it sees the response as it leaves,
  with every cookie and header the other middlewares added, and stores it only if any visitor of
  its key may see it (no cookie set, nothing varying on what the key leaves out).
- `StorefrontCacheFetchMiddleware` comes last: a stored page is answered from there and flows
  back out through every other middleware, so a hit gets the same security headers as a miss
  (CSP, X-Frame-Options, HSTS…), whatever middlewares the project adds. Only the body, its type
  and its language are stored; never a header, never a cookie.

Both halves describe the key to other caches: `Vary` names what selects it (the market and
country cookies, Accept-Language's region, the edge's country headers) and `Cache-Control:
private` keeps shared caches (CDNs, which honour `Vary` poorly) from mixing visitors.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import cc_delim_re, patch_cache_control, patch_vary_headers
from django.utils.module_loading import import_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.views import serve as wagtail_serve

from checkout.cache import rules_version
from cms.cache import catalogue_version, page_query, page_query_admitted
from cms.routing import route_cached
from shop.conf import langnghe_setting
from shop.markets import NoMarket
from shop.shopper import shopper_country, shopper_market
from shop.utils.memo import cache_dependencies, cache_versions_unchanged

PAGE_SECONDS = 300


def _language_prefixed(path: str) -> bool:
    return any(path.startswith(f"/{code}/") for code, _name in settings.LANGUAGES)


def _vary() -> list[str]:
    """The request headers that select a stored page: cookies (market and country chosen),
    Accept-Language (its region picks the country) and the edge's country headers."""
    edge = [
        header.removeprefix("HTTP_").replace("_", "-").title()
        for header in langnghe_setting("LANGNGHE_COUNTRY_HEADERS")
    ]
    return ["Accept-Language", "Cookie", *edge]


def _described(response: HttpResponse) -> HttpResponse:
    patch_vary_headers(response, _vary())
    patch_cache_control(response, private=True)
    return response


def _message_cookies() -> set[str]:
    storage = import_string(settings.MESSAGE_STORAGE)
    classes = getattr(storage, "storage_classes", (storage,))
    return {cls.cookie_name for cls in classes if hasattr(cls, "cookie_name")}


def _page_key(request: HttpRequest) -> str | None:
    """The stored page's key, or None if this request must be served live."""
    if request.method not in ("GET", "HEAD") or not _language_prefixed(request.path):
        return None
    if getattr(request, "is_dummy", False):  # Wagtail's preview of a draft
        return None
    private = {settings.SESSION_COOKIE_NAME, *_message_cookies()}
    if private & request.COOKIES.keys():
        return None
    query = page_query(request)
    if query is None:
        return None
    parts = [
        request.scheme,
        request.get_host(),
        request.path,
        query,
        get_language(),
        shopper_market(request).slug,
        # The country picks the buy box's delivery, shipping and duties lines: two countries
        # of one market never share a page.
        shopper_country(request) or "",
        catalogue_version(),
        # Shipping and duty rules (the buy box's trust lines), which are dated.
        rules_version(),
        timezone.localdate(),
    ]
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()
    return f"langnghe:page:{digest}"


def _not_open() -> HttpResponse:
    # A new installation before staff create a market: nothing can be priced yet. A page
    # that says so (503: come back later), not a server error.
    response = HttpResponse(
        _("This shop is not open yet: it has no market to sell in. Please come back soon."),
        content_type="text/plain; charset=utf-8",
        status=503,
    )
    response["Retry-After"] = "3600"
    return response


class StorefrontCacheFetchMiddleware:
    """Answer from the page cache (last in MIDDLEWARE, so a hit passes every other one)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            key = _page_key(request)
        except NoMarket:
            # No market yet: nothing of the shop can be stored, but the host's own pages still
            # answer; a shop page that needs a market gets the 503 from process_exception.
            key = None
        if key is None:
            response = self.get_response(request)
            # Storefront pages served live (a session, a message) are someone's own.
            return _described(response) if _language_prefixed(request.path) else response
        request._langnghe_page_key = key
        stored = cache.get(key)
        # Served while every version the page showed is unchanged (`cms.cache`): after an
        # order, only the pages of what it sold are rendered again.
        if stored is not None and cache_versions_unchanged(stored[3]):
            request._langnghe_page_hit = True
            content, content_type, language, _shown = stored
            response = HttpResponse(content, content_type=content_type)
            response["Content-Language"] = language
            response["X-Langnghe-Cache"] = "hit"
            return _described(response)
        return _described(self.get_response(request))

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        # A page served live (a session, a message, a changed version) is routed from the
        # route cache: no query to find it.
        if view_func is wagtail_serve:
            route_cached(request, view_kwargs.get("path", view_args[0] if view_args else ""))
        return None

    def process_exception(self, request: HttpRequest, exception: Exception):
        if isinstance(exception, NoMarket):
            return _not_open()
        return None


class StorefrontCacheUpdateMiddleware:
    """Store what the fetch half could not answer (first in MIDDLEWARE, so it sees the final
    response)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        key = getattr(request, "_langnghe_page_key", None)
        if key is None or getattr(request, "_langnghe_page_hit", False):
            return response
        if _storable(request, response) and page_query_admitted(request, page_query(request)):
            language = response.get("Content-Language", get_language())
            stored = (response.content, response["Content-Type"], language, cache_dependencies())
            cache.set(key, stored, PAGE_SECONDS)
        return response


def _storable(request: HttpRequest, response: HttpResponse) -> bool:
    """Whether every visitor of the key may see this response: a public page rendered for no
    one in particular (no preview, no cookie set, no Vary beyond what the key covers)."""
    if request.method != "GET" or getattr(request, "is_preview", False):
        return False
    if not getattr(request, "_langnghe_cacheable", False):  # set by public pages' serve()
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    if "no-store" in response.get("Cache-Control", ""):
        return False
    covered = {header.lower() for header in _vary()}
    varies = {h.strip().lower() for h in cc_delim_re.split(response.get("Vary", "")) if h}
    return varies <= covered
