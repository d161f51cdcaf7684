"""Money and dates on checkout pages, formatted for the shopper's language by Babel."""

from __future__ import annotations

from django import template
from django.utils.translation import get_language

from shop.money import Money, money_format

register = template.Library()


def _locale() -> str:
    return (get_language() or "en").replace("-", "_")


@register.filter
def money(value) -> str:
    """A Money as the shopper's locale writes it: `¥4,500`, `4.500 ₫`, `45,10 €`."""
    if value is None or value == "":
        return ""
    return money_format(value, locale=_locale())


@register.simple_tag
def amount(value, currency: str) -> str:
    """A stored Decimal amount in `currency` (order fields keep amount and currency apart)."""
    return money_format(Money(value, currency), locale=_locale())
