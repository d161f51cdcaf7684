"""The catalogue as the home page shows it: products by category, priced in the shopper's market."""

from __future__ import annotations

from collections import defaultdict

from django.http import HttpRequest
from django.utils.translation import gettext as _

from shop.inventory import stock_availability
from shop.markets import NoMarket, market_resolve, markets_active
from shop.models import ProductVariant
from shop.money import money_format
from shop.pricing import MissingExchangeRate, variant_prices


def catalogue_sections(*, request: HttpRequest, language: str) -> dict:
    """Template context: the market, its markets list, and category sections of product rows."""
    markets = markets_active()
    try:
        market = market_resolve(
            chosen=request.GET.get("market"), language=language, markets=markets
        )
    except NoMarket:
        return {"markets": [], "market": None, "sections": []}
    variants = list(
        ProductVariant.objects.filter(is_active=True, product__is_active=True)
        .select_related("product__producer", "product__category")
        .order_by("product__category__position", "product__name_vi", "sort_order")
    )
    try:
        prices = variant_prices(variants=variants, market=market)
    except MissingExchangeRate:
        prices = {}
    availability = stock_availability(variants=variants)
    locale = language.replace("-", "_")
    rows_by_category: dict = defaultdict(list)
    seen_products = set()
    for variant in variants:
        product = variant.product
        if product.pk in seen_products:
            continue
        seen_products.add(product.pk)
        price = prices.get(variant.pk)
        stock = availability[variant.pk]
        if stock.made_to_order:
            stock_text = _("Made to order: ships in about %(days)d days") % {
                "days": stock.lead_time_days or 0
            }
        elif stock.quantity:
            stock_text = _("In stock")
        else:
            stock_text = _("Out of stock")
        rows_by_category[product.category].append(
            {
                "product": product,
                "name": product.name_vi if language == "vi" else product.customs_description,
                "price": money_format(price.money, locale=locale)
                if price
                else _("Price unavailable"),
                "stock": stock_text,
            }
        )
    sections = [
        {
            "category": category,
            "name": category.name if language == "vi" else category.name_en,
            "rows": rows,
        }
        for category, rows in rows_by_category.items()
    ]
    return {"markets": markets, "market": market, "sections": sections}
