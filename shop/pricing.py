"""The price of a variant in a market.

Explicit market price if staff set one; otherwise the base price converted with the latest rate
on or before the pricing date and rounded by the market's rule. A missing rate is an error, never a
zero or stale-guess price.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from types import MappingProxyType

from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone
from django.utils.module_loading import import_string

from shop.conf import langnghe_setting
from shop.models import ExchangeRate, Market, MarketPrice, ProductVariant
from shop.money import Money, money_chargeable, money_convert, money_round
from shop.signals import rates_changed
from shop.utils.memo import cache_version, cache_version_bump, local_cached, version_register

RATES_CACHE_VERSION_KEY = version_register("langnghe:rates:version")
RATES_CACHE_SECONDS = 3600
# Explicit market prices: every cart and checkout step reads them; staff rarely change them.
PRICES_VERSION_KEY = version_register("langnghe:prices:version")
PRICES_CACHE_SECONDS = 300

# Rates are triangulated through these when no direct or inverse pair exists (ECB quotes
# against EUR; Vietcombank quotes foreign currencies against VND).
PIVOT_CURRENCIES = ("EUR", "USD", "VND")


class MissingExchangeRate(LookupError):
    """No rate on or before the date links the two currencies."""

    def __init__(self, from_currency: str, to_currency: str, on: dt.date) -> None:
        self.from_currency, self.to_currency, self.on = from_currency, to_currency, on
        super().__init__(
            f"No exchange rate from {from_currency} to {to_currency} on or before {on}. "
            "Import rates (import_ecb_rates / import_vietcombank_rates) or set explicit prices."
        )


@dataclass(frozen=True)
class Rate:
    """A resolved conversion factor: 1 `from_currency` = `value` `to_currency`."""

    from_currency: str
    to_currency: str
    value: Decimal
    date: dt.date | None
    source: str


@dataclass(frozen=True)
class Price:
    """A variant's price in a market, with how it was reached (orders freeze all of it)."""

    money: Money
    explicit: bool
    rate: Rate | None
    rounding_rule: str


def _today() -> dt.date:
    return timezone.localdate()


def _direct_rate(frm: str, to: str, on: dt.date) -> Rate | None:
    rows = (
        ExchangeRate.objects.filter(date__lte=on)
        .filter(Q(base_currency=frm, quote_currency=to) | Q(base_currency=to, quote_currency=frm))
        .order_by("-date", "source")
        .values_list("base_currency", "rate", "date", "source")[:4]
    )
    rows = list(rows)
    if not rows:
        return None
    latest = [row for row in rows if row[2] == rows[0][2]]
    # On the same day, a quote in the asked direction beats its inverse.
    base, value, date, source = next((r for r in latest if r[0] == frm), latest[0])
    if base != frm:
        value = Decimal(1) / value
    return Rate(frm, to, value, date, source)


def rates_cache_clear(instance: ExchangeRate | None = None, **_kwargs) -> None:
    """Forget resolved rates: called whenever rates are imported, edited or deleted (with the
    `instance` for one rate's edit: listeners then learn its currencies)."""
    cache_version_bump(RATES_CACHE_VERSION_KEY)
    currencies = None if instance is None else {instance.base_currency, instance.quote_currency}
    rates_changed.send(sender=ExchangeRate, currencies=currencies)


def prices_cache_clear(**_kwargs) -> None:
    """Forget explicit market prices: called whenever one (or a market) is saved or deleted."""
    cache_version_bump(PRICES_VERSION_KEY)


def rate_get(*, from_currency: str, to_currency: str, on: dt.date | None = None) -> Rate:
    """The rate to convert `from_currency` into `to_currency` as known on `on` (default today).

    Resolved rates are cached per day (every listing needs one), shared and kept per process;
    any change to the stored rates moves their version through `rates_cache_clear`.
    """
    frm, to, on = from_currency.upper(), to_currency.upper(), on or _today()
    version = cache_version(RATES_CACHE_VERSION_KEY)
    key = f"langnghe:rate:{version}:{frm}:{to}:{on.isoformat()}"

    def read() -> Rate:
        rate = cache.get(key)
        if rate is None:
            rate = _rate_resolve(frm, to, on)
            cache.set(key, rate, RATES_CACHE_SECONDS)
        return rate

    return local_cached(key, read)


def _rate_resolve(frm: str, to: str, on: dt.date) -> Rate:
    if frm == to:
        return Rate(frm, to, Decimal(1), None, "identity")
    direct = _direct_rate(frm, to, on)
    if direct is not None:
        return direct
    for pivot in PIVOT_CURRENCIES:
        if pivot in (frm, to):
            continue
        first = _direct_rate(frm, pivot, on)
        second = _direct_rate(pivot, to, on) if first else None
        if first and second:
            return Rate(
                frm,
                to,
                first.value * second.value,
                min(first.date, second.date),
                f"{first.source}+{second.source} via {pivot}",
            )
    raise MissingExchangeRate(frm, to, on)


def pricing_policy_default(
    *, variant: ProductVariant, market: Market, explicit: Decimal | None, rate: Rate | None
) -> Price:
    """Langnghe's pricing: staff's explicit price in the market, else the base price converted
    at `rate` and rounded by the market's rounding rule. A host replaces it through
    `LANGNGHE_PRICING_POLICY` (docs/extending.md), with the same keyword arguments."""
    if explicit is not None:
        money = money_chargeable(Money(explicit, market.currency))
        return Price(money, True, None, market.rounding_rule)
    base = Money(variant.base_price, langnghe_setting("LANGNGHE_BASE_CURRENCY"))
    converted = money_convert(base, to_currency=market.currency, rate=rate.value)
    return Price(
        money_round(converted, rule=market.rounding_rule), False, rate, market.rounding_rule
    )


def _pricing_policy():
    return import_string(langnghe_setting("LANGNGHE_PRICING_POLICY"))


def _price_from(
    policy, variant: ProductVariant, market: Market, explicit: Decimal | None, rate: Rate | None
) -> Price:
    price = policy(variant=variant, market=market, explicit=explicit, rate=rate)
    if price.money.currency.code != market.currency:
        raise ValueError(
            f"The pricing policy priced {variant.sku} in {price.money.currency}, "
            f"not in the market's {market.currency}."
        )
    # Whatever the policy, what reaches a total is chargeable (shop/money.py's one rule).
    return replace(price, money=money_chargeable(price.money))


def _explicit_prices(*, market: Market, variant_ids: set[int]) -> Mapping[int, Decimal]:
    """Staff's prices in `market` for these variants (kept in the shared cache and a few
    seconds per process under the prices version: no query on a cart or checkout step once
    read). Read-only: it is shared by every caller in the process."""
    wanted = sorted(variant_ids)
    version = cache_version(PRICES_VERSION_KEY)
    ids = hashlib.sha256(",".join(map(str, wanted)).encode()).hexdigest()  # short, any count
    key = f"langnghe:prices:{version}:{market.pk}:{ids}"

    def read() -> Mapping[int, Decimal]:
        prices = cache.get(key)
        if prices is None:
            rows = MarketPrice.objects.filter(market=market, variant_id__in=wanted)
            prices = dict(rows.values_list("variant_id", "amount"))
            cache.set(key, prices, PRICES_CACHE_SECONDS)
        return MappingProxyType(prices)

    return local_cached(key, read)


def variant_prices(
    *, variants: Iterable[ProductVariant], market: Market, on: dt.date | None = None
) -> dict[int, Price]:
    """Prices for many variants in one market, keyed by variant id: two queries at most
    (explicit prices, then one rate lookup), whatever the number of variants; none once both
    are cached."""
    variants = list(variants)
    explicit = _explicit_prices(market=market, variant_ids={v.pk for v in variants})
    rate = None
    if any(v.pk not in explicit for v in variants):
        rate = rate_get(
            from_currency=langnghe_setting("LANGNGHE_BASE_CURRENCY"),
            to_currency=market.currency,
            on=on,
        )
    policy = _pricing_policy()
    return {v.pk: _price_from(policy, v, market, explicit.get(v.pk), rate) for v in variants}


def variant_price(*, variant: ProductVariant, market: Market, on: dt.date | None = None) -> Price:
    """The price of one variant in one market."""
    return variant_prices(variants=[variant], market=market, on=on)[variant.pk]
