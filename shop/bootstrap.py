"""An empty shop for a real cooperative: one market and one warehouse, created once.

`shop_bootstrap` is what the `shop_bootstrap` command (cms) calls before it adds the shop's home
page. It creates by natural key (the market's slug, the warehouse's code, both from the names),
so running it again finds what the first run made and changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django_countries import countries as all_countries

from shop.models import Market, Warehouse
from shop.money import STRIPE_CURRENCIES


@dataclass(frozen=True)
class ShopBootstrapped:
    """What `shop_bootstrap` found or made."""

    market: Market
    warehouse: Warehouse
    market_created: bool
    warehouse_created: bool


def _slug(name: str, what: str) -> str:
    slug = slugify(name)[:50]
    if not slug:
        raise ValidationError(
            _("The %(what)s name %(name)r gives no usable slug; use letters or digits.")
            % {"what": what, "name": name}
        )
    return slug


def _checked(
    *, currency: str, countries: Sequence[str], language: str
) -> tuple[str, list[str], str]:
    code = currency.strip().upper()
    if code not in STRIPE_CURRENCIES:
        raise ValidationError(
            _("Unknown currency %(code)r: give an ISO 4217 code Stripe can charge, e.g. USD.")
            % {"code": currency}
        )
    country_codes = [c.strip().upper() for c in countries if c.strip()]
    unknown = [c for c in country_codes if not all_countries.alpha2(c)]
    if unknown:
        raise ValidationError(
            _("Unknown country code(s) %(codes)s: give ISO 3166-1 alpha-2 codes, e.g. VN,JP.")
            % {"codes": ", ".join(unknown)}
        )
    languages = dict(settings.LANGUAGES)
    if language not in languages:
        raise ValidationError(
            _("Unknown language %(code)r: the site offers %(offered)s.")
            % {"code": language, "offered": ", ".join(languages)}
        )
    return code, country_codes, language


def shop_bootstrap(
    *,
    market_name: str,
    currency: str,
    countries: Sequence[str],
    language: str,
    warehouse_name: str,
) -> ShopBootstrapped:
    """Create (once) the shop's market and its shared warehouse.

    The market sells in `currency` (ISO 4217, one Stripe charges) to `countries` (ISO 3166-1
    alpha-2; none: every country no other market covers) in `language` (one of
    settings.LANGUAGES); it becomes the default market when there is none. The warehouse is a
    shared store (no producer). Found again by the slug of each name, and then left as it is.
    Raises ValidationError, with a message for the operator, on bad input.
    """
    currency, country_codes, language = _checked(
        currency=currency, countries=countries, language=language
    )
    market_slug = _slug(market_name, _("market"))
    warehouse_code = _slug(warehouse_name, _("warehouse"))
    with transaction.atomic():
        market = Market.objects.filter(slug=market_slug).first()
        market_created = market is None
        if market is None:
            market = Market(
                name=market_name,
                slug=market_slug,
                countries=country_codes,
                currency=currency,
                default_language=language,
                is_default=not Market.objects.filter(is_default=True).exists(),
            )
            market.full_clean()
            market.save()
        warehouse, warehouse_created = Warehouse.objects.get_or_create(
            code=warehouse_code, defaults={"name": warehouse_name, "producer": None}
        )
    return ShopBootstrapped(
        market=market,
        warehouse=warehouse,
        market_created=market_created,
        warehouse_created=warehouse_created,
    )
