"""Whole-page cache for anonymous shoppers.

A first-time visitor (no session cookie) gets the same HTML as everyone in their language,
market and country, so storefront pages are stored whole and served without routing, queries or
templates. The key carries the catalogue version (`cms.cache`), so publishing a page or moving
stock replaces every stored page at once; anyone with a session (signed in, a cart, a chosen
market) is served live.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cms.cache import catalogue_version
from cms.shopper import shopper_country, shopper_market
from shop.markets import NoMarket

PAGE_SECONDS = 300


def _language_prefixed(path: str) -> bool:
    return any(path.startswith(f"/{code}/") for code, _name in settings.LANGUAGES)


class StorefrontCacheMiddleware:
    """Serve and store storefront pages for visitors without a session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            key = self._key(request)
        except NoMarket:
            return self._not_open()
        if key is not None:
            hit = cache.get(key)
            if hit is not None:
                content, content_type, language = hit
                response = HttpResponse(content, content_type=content_type)
                response["Content-Language"] = language
                response["X-Langnghe-Cache"] = "hit"
                return response
        response = self.get_response(request)
        if key is not None and self._storable(request, response):
            language = response.get("Content-Language", get_language())
            cache.set(key, (response.content, response["Content-Type"], language), PAGE_SECONDS)
        return response

    def process_exception(self, request: HttpRequest, exception: Exception):
        if isinstance(exception, NoMarket):
            return self._not_open()
        return None

    @staticmethod
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

    def _key(self, request: HttpRequest) -> str | None:
        if request.method != "GET" or not _language_prefixed(request.path):
            return None
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            return None
        market = shopper_market(request)
        parts = [
            request.path,
            request.GET.urlencode(),
            get_language(),
            market.slug,
            shopper_country(request) or "",
            catalogue_version(),
        ]
        digest = hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()
        return f"langnghe:page:{digest}"

    @staticmethod
    def _storable(request: HttpRequest, response: HttpResponse) -> bool:
        return (
            getattr(request, "_langnghe_cacheable", False)
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and response.get("Content-Type", "").startswith("text/html")
        )
