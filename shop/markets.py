"""Which market a shopper is in.

Order of evidence (DESIGN.md): the shopper's own choice, else their country, else their
language, else the default market.
"""

from __future__ import annotations

from django.core.cache import cache

from config.memo import memo_forget, memoized
from shop.models import Market

# Every page shows the market selector; the list changes only when staff edit a market.
MARKETS_CACHE_KEY = "langnghe:markets:active"
MARKETS_CACHE_SECONDS = 300


class NoMarket(LookupError):
    """No active market exists: staff must create one before anything can be priced."""


def markets_active() -> list[Market]:
    """Active markets in display order (cached; `markets_cache_clear` runs on every change)."""

    def read() -> list[Market]:
        markets = cache.get(MARKETS_CACHE_KEY)
        if markets is None:
            markets = list(Market.objects.filter(is_active=True).order_by("position", "name"))
            cache.set(MARKETS_CACHE_KEY, markets, MARKETS_CACHE_SECONDS)
        return markets

    return memoized(MARKETS_CACHE_KEY, read)


def markets_cache_clear(**_kwargs) -> None:
    memo_forget(MARKETS_CACHE_KEY)
    cache.delete(MARKETS_CACHE_KEY)


def market_resolve(
    *,
    chosen: str | None = None,
    country: str | None = None,
    language: str | None = None,
    markets: list[Market] | None = None,
) -> Market:
    """The shopper's market from a chosen market slug, a country code or a language code."""
    markets = markets if markets is not None else markets_active()
    if not markets:
        raise NoMarket("Create an active market in the admin (Shop › Markets).")
    if chosen:
        for market in markets:
            if market.slug == chosen:
                return market
    if country:
        code = country.upper()
        for market in markets:
            if code in {c.code for c in market.countries}:
                return market
    if language:
        lang = language.lower()
        for market in markets:
            if market.default_language == lang:
                return market
    return next((m for m in markets if m.is_default), markets[0])
