"""Cached storefront fragments and their invalidation.

Product grids and story pages are rendered once per (page, language, market, query) and kept
until anything they show changes: a page is published or unpublished, a product, variant,
price, market, producer, category, product photo or image is saved, stock counts, allocations
or shipments change (not reservations: see `shop/inventory.py`), or rates change. One version
number covers all of it, so a change never leaves a stale price or stock line behind; it moves
when the change commits (`shop.utils.memo.cache_version_bump`).

Fragments are stored by Wagtail's `{% wagtailpagecache %}`, which never stores what a preview
renders, and only for query strings `page_query` accepts: an arbitrary `?x=…` adds nothing.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlencode

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest
from django.utils.translation import get_language
from wagtail.signals import page_published, page_unpublished, post_page_move

from shop.conf import langnghe_setting
from shop.signals import rates_changed, stock_changed
from shop.utils.memo import cache_version, cache_version_bump, version_register

VERSION_KEY = version_register("langnghe:catalogue:version")
FRAGMENT_SECONDS = 3600


PAGES_VERSION_KEY = version_register("langnghe:pages:version")


def catalogue_version() -> int:
    return cache_version(VERSION_KEY)


def catalogue_changed(**_kwargs) -> None:
    """Invalidate every cached storefront fragment."""
    cache_version_bump(VERSION_KEY)


def pages_version() -> int:
    """The version of what pages alone decide (story titles and URLs). Unlike the catalogue
    version it does not move with stock, so checkout steps, which reserve and allocate stock,
    keep hitting what it covers."""
    return cache_version(PAGES_VERSION_KEY)


def pages_changed(**_kwargs) -> None:
    cache_version_bump(PAGES_VERSION_KEY)


# Query parameters storefront pages read (listing filters, sorting and pages; the story's
# variant). Only these may enter a cache key; a request with any other is served live.
PAGE_QUERY_PARAMETERS = frozenset(
    {
        "availability",
        "category",
        "max_price",
        "min_price",
        "page",
        "producer",
        "province",
        "sort",
        "stars",
        "variant",
    }
)
QUERY_VALUE_LENGTH = 64
# Distinct query strings each page may have stored per FRAGMENT_SECONDS; more are served live.


def page_query(request: HttpRequest) -> str | None:
    """The request's query string as a cache key may carry it: known parameters, each once and
    short, in a canonical order; None if it has anything else (then nothing is stored)."""
    known = langnghe_setting("LANGNGHE_PAGE_CACHE_PARAMETERS") or PAGE_QUERY_PARAMETERS
    pairs = []
    for name, values in request.GET.lists():
        if name not in known or len(values) != 1 or len(values[0]) > QUERY_VALUE_LENGTH:
            return None
        pairs.append((name, values[0]))
    return urlencode(sorted(pairs))


def page_query_admitted(request: HttpRequest, query: str) -> bool:
    """Whether this page may store one more query variant: a crawler inventing filter values
    fills at most `LANGNGHE_PAGE_CACHE_QUERIES` entries per page and hour, then is served live
    (an admitted query stays admitted for the hour)."""
    if not query:
        return True
    admitted = getattr(request, "_langnghe_query_admitted", None)
    if admitted is not None:
        return admitted
    scope = f"langnghe:page-queries:{request.get_host()}{request.path}"
    seen = f"{scope}:{hashlib.sha256(query.encode()).hexdigest()}"
    admitted = cache.get(seen)
    if admitted is None:
        cache.add(scope, 0, FRAGMENT_SECONDS)
        try:
            count = cache.incr(scope)
        except ValueError:  # evicted in between: count afresh
            count = 1
            cache.set(scope, count, FRAGMENT_SECONDS)
        admitted = count <= langnghe_setting("LANGNGHE_PAGE_CACHE_QUERIES")
        cache.set(seen, admitted, FRAGMENT_SECONDS)
    request._langnghe_query_admitted = admitted
    return admitted


def fragment_context(request: HttpRequest, page, market, *parts) -> dict:
    """`fragment_key` and `fragment_seconds` for a page's `{% wagtailpagecache %}` tags, which
    add the page's revision and site and never store a preview. Seconds are 0 (nothing stored)
    for a query string no cache may keep."""
    query = page_query(request)
    values = [page.pk, get_language(), market.slug, query, catalogue_version(), *parts]
    cacheable = query is not None and page_query_admitted(request, query)
    return {
        "fragment_key": ":".join(str(value) for value in values),
        "fragment_seconds": FRAGMENT_SECONDS if cacheable else 0,
    }


def catalogue_signals_connect() -> None:
    from django.apps import apps
    from wagtail.images import get_image_model
    from wagtail.models import Page

    from checkout.models import ExportRestriction
    from shop.models import (
        Category,
        ExchangeRate,
        Market,
        MarketPrice,
        Producer,
        Product,
        ProductImage,
        ProductVariant,
        Stock,
    )

    for model in (
        Category,
        ExchangeRate,
        Market,
        MarketPrice,
        Producer,
        Product,
        ProductImage,  # cards show a product's first image, stories its gallery
        get_image_model(),  # a replaced file or focal point means new rendition URLs
        ProductVariant,
        Stock,
        ExportRestriction,  # the buy box shows refusals and document notices
    ):
        for signal in (post_save, post_delete):
            signal.connect(
                catalogue_changed, sender=model, dispatch_uid=f"catalogue_{model.__name__}"
            )
    for signal in (page_published, page_unpublished, stock_changed, rates_changed):
        signal.connect(catalogue_changed, dispatch_uid=f"catalogue_{id(signal)}")
    # A page's title and URL change only by publishing, unpublishing, moving or deleting it.
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(pages_changed, dispatch_uid=f"pages_{id(signal)}")
    # post_delete per page model only: a receiver for every sender would stop Django's fast
    # deletes (e.g. of stock reservations) and make each delete read its rows first.
    for model in apps.get_models():
        if issubclass(model, Page):
            post_delete.connect(
                pages_changed, sender=model, dispatch_uid=f"pages_{model._meta.label}"
            )
