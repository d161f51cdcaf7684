"""A small cross-border shop for checkout tests: markets, rates, stock, shipping and duty rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone

from checkout.documents import document_kinds_install
from checkout.models import (
    DutyRate,
    DutyRule,
    ExportRestriction,
    ShippingMethod,
    ShippingRate,
    ShippingZone,
)
from shop.models import Market, ProductVariant, Stock
from tests.factories import (
    ExchangeRateFactory,
    MarketFactory,
    ProductFactory,
    StockFactory,
    VariantFactory,
)


@dataclass
class CheckoutShop:
    jp: Market
    eu: Market
    us: Market
    kr: Market
    variant: ProductVariant
    stock: Stock
    method: ShippingMethod


def checkout_shop_build(*, stock: int = 5, base_price: str = "450000") -> CheckoutShop:
    """JP (JPY, DDP), EU (EUR, DAP), US (USD, DDP, default) and KR (KRW, DAP) markets; one
    tea set with `stock` units; EMS to all four; duty rules for each."""
    today = timezone.localdate()
    for code, rate in (("JPY", "170"), ("EUR", "30000"), ("USD", "26000"), ("KRW", "18")):
        ExchangeRateFactory(
            base_currency=code, quote_currency="VND", rate=Decimal(rate), date=today
        )
    jp = MarketFactory(
        name="Japan",
        slug="jp",
        countries=["JP"],
        currency="JPY",
        default_language="ja",
        rounding_rule="ceil_100",
        duties_mode="DDP",
    )
    eu = MarketFactory(
        name="Euro area",
        slug="eu",
        countries=["DE", "FR"],
        currency="EUR",
        default_language="de",
        duties_mode="DAP",
    )
    us = MarketFactory(
        name="United States",
        slug="us",
        countries=["US", "GB"],
        currency="USD",
        default_language="en",
        duties_mode="DDP",
        is_default=True,
    )
    kr = MarketFactory(
        name="Korea",
        slug="kr",
        countries=["KR"],
        currency="KRW",
        default_language="ko",
        duties_mode="DAP",
    )
    product = ProductFactory(customs_description="Glazed ceramic tea set", hs_code="691200")
    variant = VariantFactory(product=product, base_price=Decimal(base_price))
    stock_row = StockFactory(variant=variant, quantity=stock)
    zone = ShippingZone.objects.create(
        name="Export", countries=["JP", "DE", "FR", "US", "GB", "KR"]
    )
    method = ShippingMethod.objects.create(
        zone=zone,
        name="VNPost EMS",
        carrier="VNPost",
        currency="VND",
        volumetric_divisor=6000,
        max_weight_g=30000,
        days_min=5,
        days_max=10,
    )
    for up_to, price in ((2000, "400000"), (5000, "800000"), (30000, "2500000")):
        ShippingRate.objects.create(method=method, up_to_g=up_to, price=Decimal(price))
    _duty_rules(today)
    return CheckoutShop(jp, eu, us, kr, variant, stock_row, method)


def _duty_rules(today: dt.date) -> None:
    since = dt.date(2020, 1, 1)
    common = {"valid_from": since, "source": "https://example.org/rules", "source_date": today}
    jp = DutyRule.objects.create(
        name="Japan",
        countries=["JP"],
        currency="JPY",
        de_minimis_duty=Decimal("10000"),
        de_minimis_tax=Decimal("10000"),
        vat_rate=Decimal("10"),
        **common,
    )
    DutyRate.objects.create(rule=jp, hs_prefix="6912", rate=Decimal("2.3"))
    DutyRule.objects.create(
        name="EU",
        countries=["DE", "FR"],
        currency="EUR",
        de_minimis_duty=Decimal("150"),
        vat_rate=Decimal("19"),
        **common,
    )
    us = DutyRule.objects.create(
        name="US",
        countries=["US"],
        currency="USD",
        vat_rate=Decimal("0"),
        default_duty_rate=Decimal("6"),
        **common,
    )
    DutyRate.objects.create(rule=us, hs_prefix="6912", rate=Decimal("9.8"))
    DutyRule.objects.create(
        name="Korea",
        countries=["KR"],
        currency="USD",
        de_minimis_duty=Decimal("150"),
        de_minimis_tax=Decimal("150"),
        vat_rate=Decimal("10"),
        customs_id="pccc",
        **common,
    )


def restriction_create(**fields) -> ExportRestriction:
    """An export restriction; `document` may name a kind by its code (the kinds Langnghe
    installs are made sure of, since a transactional test may have flushed them)."""
    document_kinds_install()
    if isinstance(fields.get("document"), str):
        fields["document_id"] = fields.pop("document") or None
    return ExportRestriction.objects.create(**fields)
