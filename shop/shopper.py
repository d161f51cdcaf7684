"""The shopper's market and country for a request: chosen (session or cookie), else the
country from a trusted edge header or the Accept-Language region, else the language."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import get_language
from django.utils.translation.trans_real import parse_accept_lang_header

from shop.conf import langnghe_setting
from shop.markets import market_resolve, markets_active
from shop.models import Market

MARKET_KEY = "langnghe_market"
COUNTRY_KEY = "langnghe_country"


def _header_country(request: HttpRequest) -> str | None:
    for header in langnghe_setting("LANGNGHE_COUNTRY_HEADERS"):
        value = request.META.get(header, "").strip().upper()
        if len(value) == 2 and value.isalpha() and value not in {"XX", "T1"}:
            return value
    for language, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        parts = language.replace("_", "-").split("-")
        if len(parts) > 1 and len(parts[-1]) == 2 and parts[-1].isalpha():
            return parts[-1].upper()
    return None


def shopper_country(request: HttpRequest) -> str | None:
    """The destination country the shopper chose, else the one their request suggests."""
    chosen = request.session.get(COUNTRY_KEY) or request.COOKIES.get(COUNTRY_KEY)
    if chosen and len(chosen) == 2:
        return chosen.upper()
    return _header_country(request)


def shopper_market(request: HttpRequest) -> Market:
    """The shopper's market, computed once per request."""
    cached = getattr(request, "_langnghe_market", None)
    if cached is not None:
        return cached
    markets = markets_active()
    chosen = request.session.get(MARKET_KEY) or request.COOKIES.get(MARKET_KEY)
    market = market_resolve(
        chosen=chosen,
        country=shopper_country(request),
        language=get_language(),
        markets=markets,
    )
    request._langnghe_market = market
    request._langnghe_markets = markets
    return market


def shopper_markets(request: HttpRequest) -> tuple[Market, ...]:
    shopper_market(request)
    return request._langnghe_markets


def language_chain(language: str | None = None) -> list[str]:
    """The shopper's language, then the configured fallbacks, then the default language."""
    chain = [language or get_language() or settings.LANGUAGE_CODE]
    for code in [*langnghe_setting("LANGNGHE_CONTENT_FALLBACKS"), settings.LANGUAGE_CODE]:
        if code not in chain:
            chain.append(code)
    return chain
