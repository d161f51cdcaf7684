"""What the buy box promises before the cart: delivery days, shipping price and duties for one
unit of a variant to the shopper's country.

Nothing here prices anything itself: shipping comes from `checkout.shipping.shipping_options`,
duties from the duties policy the checkout applies (`checkout.quote.duties_policy_apply`) and
whether they are collected at checkout from `checkout.quote.duties_collected`, so the story page
and the review page can never disagree about a rule. The result holds amounts and flags only
(no words), so the storefront may cache it for every language and word it at render.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone

from checkout.duties import DutiableLine
from checkout.quote import duties_collected, duties_policy_apply
from checkout.shipping import shipping_options
from shop.models import Market, ProductVariant
from shop.money import Money
from shop.pricing import MissingExchangeRate


@dataclass(frozen=True)
class DeliveryEstimate:
    """One unit of a variant sent to `country` in `market`.

    `ships` is False when no active method takes the parcel there (then every other field is
    empty). `shipping` is the cheapest option's price; `days_min`–`days_max` span every option
    (making time included). `duties` is None when it could not be estimated (no rate for the
    rule's currency); `duties_unknown` when no rule covers the country.
    """

    country: str
    ships: bool
    days_min: int = 0
    days_max: int = 0
    shipping: Money | None = None
    duties_collected: bool = False
    duties: Money | None = None
    duties_unknown: bool = False
    below_de_minimis: bool = False


def delivery_estimate(
    *,
    variant: ProductVariant,
    unit_price: Money,
    country: str,
    market: Market,
    on: dt.date | None = None,
) -> DeliveryEstimate | None:
    """The estimate for one `variant` at `unit_price` (its price in `market`) to `country`;
    None when shipping cannot be priced (no exchange rate for a method's currency).

    Statements: none once the checkout's rule and rate caches are warm (methods, duty rule and
    rates are all read through them)."""
    on = on or timezone.localdate()
    country = country.upper()
    lines = [(variant, 1)]
    try:
        options = shipping_options(country=country, lines=lines, market=market, on=on)
    except MissingExchangeRate:
        return None
    if not options:
        return DeliveryEstimate(country=country, ships=False)
    cheapest = min(options, key=lambda option: option.price.amount)
    collected = duties_collected(market)
    try:
        duties = duties_policy_apply(
            country=country,
            market=market,
            lines=[DutiableLine(variant.product.hs_code, unit_price, 1)],
            shipping=cheapest.price,
            on=on,
        )
    except MissingExchangeRate:
        duties = None
    return DeliveryEstimate(
        country=country,
        ships=True,
        days_min=min(option.days_min for option in options),
        days_max=max(option.days_max for option in options),
        shipping=cheapest.price,
        duties_collected=collected,
        duties=duties.total if duties else None,
        duties_unknown=bool(duties and duties.unknown),
        below_de_minimis=bool(
            duties and duties.below_de_minimis_duty and duties.below_de_minimis_tax
        ),
    )
