"""Cached storefront fragments and their invalidation.

Product grids and story pages are rendered once per (page, language, market, query) and kept
until anything they show changes: a page is published or unpublished, a product, variant,
price, market, producer or category is saved, stock moves, or rates change. One version
number covers all of it, so a change never leaves a stale price or stock line behind.
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from config.memo import cache_version, cache_version_bump
from shop.signals import rates_changed, stock_changed

VERSION_KEY = "langnghe:catalogue:version"
FRAGMENT_SECONDS = 3600


def catalogue_version() -> int:
    return cache_version(VERSION_KEY)


def catalogue_changed(**_kwargs) -> None:
    """Invalidate every cached storefront fragment."""
    cache_version_bump(VERSION_KEY)


def fragment_key(request, page, market, *parts) -> str:
    """The cache key parts of a page's fragment for this shopper."""
    from django.utils.translation import get_language

    query = request.GET.urlencode() if request is not None else ""
    values = [page.pk, get_language(), market.slug, query, catalogue_version(), *parts]
    return ":".join(str(value) for value in values)


def catalogue_signals_connect() -> None:
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
