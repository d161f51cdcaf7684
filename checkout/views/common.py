"""What every checkout step needs: the shopper's market, cart and destination choices."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.translation import get_language

from checkout.cart import cart_get_with_lines
from checkout.models import Cart, CartLine
from shop.markets import market_resolve
from shop.models import Market
from shop.shopper import COUNTRY_KEY, MARKET_KEY, shopper_country, shopper_market, shopper_markets


def language() -> str:
    return get_language() or "en"


def destination_codes(request: HttpRequest) -> set[str]:
    """Countries we ship to: every country of an active market."""
    return {c.code for m in shopper_markets(request) for c in m.countries}


def destination_market(request: HttpRequest, country: str) -> Market:
    """The market serving `country`: the one an order shipped there is priced in."""
    return market_resolve(country=country, markets=shopper_markets(request))


def market_for_country(request: HttpRequest, country: str) -> Market:
    """The market serving `country`, remembered as the shopper's choice."""
    market = destination_market(request, country)
    request.session[MARKET_KEY] = market.slug
    request.session[COUNTRY_KEY] = country
    request._langnghe_market = market
    return market


def checkout_cart(request: HttpRequest) -> tuple[Cart | None, Market, list[CartLine]]:
    """The shopper's open cart (None once it became an order), market and cart lines."""
    market = shopper_market(request)
    cart, lines = cart_get_with_lines(request=request)
    if cart is not None and cart.ordered_at is not None:
        return None, market, []
    return cart, market, lines


def default_country(request: HttpRequest, cart: Cart | None) -> str:
    if cart is not None and cart.country:
        return cart.country
    country = shopper_country(request)
    if country and country in destination_codes(request):
        return country
    market = shopper_market(request)
    return next((c.code for c in market.countries), "")
