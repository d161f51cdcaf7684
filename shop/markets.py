"""Which market a shopper is in.

Order of evidence (DESIGN.md): the shopper's own choice, else their country, else their
language, else the default market.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.core.cache import cache

from shop.models import Market
from shop.utils.memo import cache_version, cache_version_bump, local_cached, version_register

# Every request needs the markets (the shopper's market, the selector); they change only when
# staff edit a market, which moves this version (when the edit commits).
MARKETS_VERSION_KEY = version_register("langnghe:markets:version")
MARKETS_SECONDS = 300


class NoMarket(LookupError):
    """No active market exists: staff must create one before anything can be priced."""


def markets_active() -> tuple[Market, ...]:
    """Active markets in display order, kept in the shared cache and a few seconds per process
    under the markets version, which `markets_cache_clear` moves on every committed change.
    Each request gets its own copies: changing one changes nothing for anyone else."""
    key = f"langnghe:markets:{cache_version(MARKETS_VERSION_KEY)}"

    def read() -> tuple[Market, ...]:
        markets = cache.get(key)
        if markets is None:
            markets = tuple(Market.objects.filter(is_active=True).order_by("position", "name"))
            cache.set(key, markets, MARKETS_SECONDS)
        return markets

    return local_cached(key, read)


def markets_cache_clear(**_kwargs) -> None:
    cache_version_bump(MARKETS_VERSION_KEY)


def market_serving(*, country: str, markets: list[Market] | None = None) -> Market | None:
    """The active market whose countries include `country`: the one an order shipped there is
    priced, taxed and charged in. None when no market serves it."""
    code = (country or "").upper()
    markets = markets if markets is not None else markets_active()
    return next((m for m in markets if code in {c.code for c in m.countries}), None)


def market_resolve(
    *,
    chosen: str | None = None,
    country: str | None = None,
    language: str | None = None,
    markets: Sequence[Market] | None = None,
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
