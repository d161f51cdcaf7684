"""Cached storefront fragments and their invalidation.

Product grids and story pages are rendered once per (page, language, market, query) and kept
until anything they show changes: a page is published or unpublished, a product, variant,
price, market, producer or category is saved, stock counts, allocations or shipments change
(not reservations: see `shop/inventory.py`), or rates change. One version number covers all
of it, so a change never leaves a stale price or stock line behind.
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from config.memo import cache_version, cache_version_bump, version_register
from shop.signals import rates_changed, stock_changed

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


def fragment_key(request, page, market, *parts) -> str:
    """The cache key parts of a page's fragment for this shopper."""
    from django.utils.translation import get_language

    query = request.GET.urlencode() if request is not None else ""
    values = [page.pk, get_language(), market.slug, query, catalogue_version(), *parts]
    return ":".join(str(value) for value in values)


def catalogue_signals_connect() -> None:
    from django.apps import apps
    from wagtail.models import Page

    from checkout.models import ExportRestriction
    from shop.models import (
        Category,
        ExchangeRate,
        Market,
        MarketPrice,
        Producer,
        Product,
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
