"""Shipping: which methods reach a country, what a parcel weighs for them, and what it costs.

A cart ships as one parcel. Its chargeable weight for a method is the larger of the actual packed
weight and the volumetric weight (volume ÷ the method's divisor); the price is the smallest
bracket (`ShippingRate.up_to_g`) that holds it, in the method's currency, converted to the
market's currency with the dated rate and rounded by the market's rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from babel.numbers import format_decimal
from django.db.models import Prefetch
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django_countries import countries as all_countries

from checkout.cache import rules_cached
from checkout.duties import lines_document_days
from checkout.models import ShippingMethod, ShippingRate
from shop.conf import langnghe_setting
from shop.models import Market, ProductVariant
from shop.money import (
    Money,
    babel_locale,
    money_chargeable,
    money_convert,
    money_quantize,
    money_round,
)
from shop.pricing import Rate, rate_get

Lines = Sequence[tuple[ProductVariant, int]]


class ShippingUnavailable(Exception):
    """A shipping method cannot carry this parcel to this country; `message` says why."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


@dataclass(frozen=True)
class Parcel:
    """What the carrier sees: packed weight, packed volume, and the longest making time.

    The volume is the sum of the items' packed boxes: we assume they travel together without
    extra void (no outer carton allowance), which slightly favours the shopper.
    """

    actual_weight_g: int
    volume_mm3: int
    lead_time_days: int = 0

    @property
    def volume_cm3(self) -> Decimal:
        return Decimal(self.volume_mm3) / 1000

    def volumetric_weight_g(self, divisor: int) -> int:
        """Grams = cm³ ÷ divisor × 1000 = mm³ ÷ divisor, rounded up (integer maths, exact)."""
        return -(-self.volume_mm3 // divisor)

    def chargeable_weight_g(self, divisor: int) -> int:
        return max(self.actual_weight_g, self.volumetric_weight_g(divisor))


class DeliveryEstimate(NamedTuple):
    earliest: dt.date
    latest: dt.date


@dataclass(frozen=True)
class ShippingOption:
    """A method offered for one parcel, priced in the market's currency (`price`) and in the
    method's own (`price_source`); days include the parcel's making or document time."""

    method: ShippingMethod
    price: Money
    price_source: Money
    chargeable_weight_g: int
    days_min: int
    days_max: int
    rate: Rate | None = None

    def delivery_estimate(self, on: dt.date) -> DeliveryEstimate:
        """Earliest and latest arrival for an order placed `on`, in calendar days (carriers'
        published times are rough enough that weekends and holidays are not worth modelling)."""
        return DeliveryEstimate(
            on + dt.timedelta(days=self.days_min), on + dt.timedelta(days=self.days_max)
        )


def parcel_build(*, lines: Lines, country: str = "", on: dt.date | None = None) -> Parcel:
    """The parcel for cart lines given as (variant, quantity). Its lead time is the longest
    making time or, going to `country`, the export document that takes longest to obtain where
    its restriction says so, whichever is longer (both are worked on side by side)."""
    weight = volume = lead_time = 0
    for variant, quantity in lines:
        if quantity < 1:
            raise ValueError(f"Quantity of {variant.sku} must be at least 1, not {quantity}.")
        weight += variant.gross_weight_g * quantity
        volume += variant.length_mm * variant.width_mm * variant.height_mm * quantity
        lead_time = max(lead_time, variant.lead_time_days or 0)
    if country:
        products = [variant.product for variant, _quantity in lines]
        documents = lines_document_days(products=products, country=country, on=on)
        lead_time = max(lead_time, documents)
    return Parcel(actual_weight_g=weight, volume_mm3=volume, lead_time_days=lead_time)


# --- selection -----------------------------------------------------------------------------------


def _methods_query():
    rates = Prefetch("rates", queryset=ShippingRate.objects.order_by("up_to_g"))
    return ShippingMethod.objects.select_related("zone").prefetch_related(rates)


def _delivers_to(method: ShippingMethod, country: str) -> bool:
    return country in {c.code for c in method.zone.countries}


def _methods_for(country: str) -> list[ShippingMethod]:
    """Active methods whose zone lists `country` (two queries on a cache miss, none after)."""

    # Codes are stored comma-separated, so a two-letter substring match is a whole code;
    # the Python check keeps that reasoning out of correctness.
    def compute() -> list[ShippingMethod]:
        candidates = _methods_query().filter(is_active=True, zone__countries__contains=country)
        return [m for m in candidates if _delivers_to(m, country)]

    return rules_cached("shipping-methods", (country,), compute)


def _bracket(method: ShippingMethod, weight_g: int) -> ShippingRate | None:
    """The smallest bracket holding `weight_g`, within the method's maximum weight."""
    if weight_g > method.max_weight_g:
        return None
    return next((r for r in method.rates.all() if r.up_to_g >= weight_g), None)


def shipping_rate_bracket(*, method: ShippingMethod, parcel: Parcel, weight_g: int) -> Money | None:
    """Langnghe's shipping rate: staff's weight bracket holding the parcel's chargeable weight,
    in the method's currency; None when the method cannot take it. A host replaces it through
    `LANGNGHE_SHIPPING_RATE_POLICY` (e.g. a carrier's live rates; docs/extending.md)."""
    bracket = _bracket(method, weight_g)
    return None if bracket is None else Money(bracket.price, method.currency)


def _capacity_g(method: ShippingMethod) -> int:
    """The heaviest parcel the method can price: its maximum, or its top bracket if smaller."""
    top = max((r.up_to_g for r in method.rates.all()), default=0)
    return min(method.max_weight_g, top)


def _kg(grams: int) -> str:
    return format_decimal(Decimal(grams) / 1000, locale=babel_locale())


def _country_name(country: str) -> str:
    return all_countries.name(country) or country


# --- pricing -------------------------------------------------------------------------------------


class _Pricer:
    """Converts method prices into one market's currency, one rate lookup per source currency."""

    def __init__(self, market: Market, on: dt.date | None) -> None:
        self.market, self.on, self.rates = market, on, {}
        self.policy = import_string(langnghe_setting("LANGNGHE_SHIPPING_RATE_POLICY"))

    def option(self, method: ShippingMethod, parcel: Parcel) -> ShippingOption | None:
        weight = parcel.chargeable_weight_g(method.volumetric_divisor)
        source = self.policy(method=method, parcel=parcel, weight_g=weight)
        if source is None:
            return None
        price, rate = self._convert(source)
        return ShippingOption(
            method=method,
            price=price,
            price_source=money_quantize(source),
            chargeable_weight_g=weight,
            days_min=method.days_min + parcel.lead_time_days,
            days_max=method.days_max + parcel.lead_time_days,
            rate=rate,
        )

    def _convert(self, source: Money) -> tuple[Money, Rate | None]:
        target = self.market.currency
        if source.code == target:
            # Staff priced it in the market's currency: shown as set, like an explicit price.
            return money_chargeable(source), None
        if source.code not in self.rates:
            self.rates[source.code] = rate_get(
                from_currency=source.code, to_currency=target, on=self.on
            )
        rate = self.rates[source.code]
        converted = money_convert(source, to_currency=target, rate=rate.value)
        return money_round(converted, rule=self.market.rounding_rule), rate


# --- services ------------------------------------------------------------------------------------


def shipping_options(
    *, country: str, lines: Lines, market: Market, on: dt.date | None = None
) -> list[ShippingOption]:
    """Methods that can carry the parcel to `country`, cheapest first within staff's order.

    Four queries at most when nothing is cached: methods, their rates, the export restrictions
    (the days documents add; the kinds too if one applies) and one exchange rate (more only if
    the rate has to be triangulated or methods use several currencies).
    """
    parcel = parcel_build(lines=lines, country=country, on=on)
    pricer = _Pricer(market, on)
    options = [pricer.option(m, parcel) for m in _methods_for(country.upper())]
    return sorted(
        (o for o in options if o is not None),
        key=lambda o: (o.method.position, o.price.amount, o.method.name),
    )


def shipping_option_get(
    *, method_id: int, country: str, lines: Lines, market: Market, on: dt.date | None = None
) -> ShippingOption:
    """The chosen method, priced; `ShippingUnavailable` if it cannot take this parcel there.

    A missing exchange rate is not "unavailable": `MissingExchangeRate` propagates.
    """
    country = country.upper()
    method = next((m for m in _methods_for(country) if m.pk == method_id), None)
    if method is None:
        method = _methods_query().filter(pk=method_id, is_active=True).first()
    if method is None:
        raise ShippingUnavailable(_("This shipping method is not available."))
    if not _delivers_to(method, country):
        raise ShippingUnavailable(
            _("This shipping method does not deliver to %(country)s.")
            % {"country": _country_name(country)}
        )
    parcel = parcel_build(lines=lines, country=country, on=on)
    option = _Pricer(market, on).option(method, parcel)
    if option is None:
        raise ShippingUnavailable(
            _("The parcel is too heavy for %(method)s (max %(max)s kg).")
            % {"method": method.name, "max": _kg(_capacity_g(method))}
        )
    return option


def shipping_unavailable_reason(*, country: str, lines: Lines) -> str | None:
    """Why nothing can ship this parcel to `country` (in the shopper's language), or None."""
    country = country.upper()
    methods = _methods_for(country)
    if not methods:
        return _("We do not ship to %(country)s yet.") % {"country": _country_name(country)}
    parcel = parcel_build(lines=lines)
    if any(_bracket(m, parcel.chargeable_weight_g(m.volumetric_divisor)) for m in methods):
        return None
    return _(
        "The parcel is too heavy to ship to %(country)s (max %(max)s kg per parcel). "
        "Please split your order."
    ) % {"country": _country_name(country), "max": _kg(max(_capacity_g(m) for m in methods))}
