"""Money and dates on checkout pages, formatted for the shopper's language by Babel."""

from __future__ import annotations

import functools

from django import template
from django.conf import settings
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _

from shop.money import Money, babel_locale, money_format

register = template.Library()


@register.filter
def money(value) -> str:
    """A Money as the shopper's locale writes it: `¥4,500`, `4.500 ₫`, `45,10 €`."""
    if value is None or value == "":
        return ""
    return money_format(value, locale=babel_locale())


@register.simple_tag
def amount(value, currency: str) -> str:
    """A stored Decimal amount in `currency` (order fields keep amount and currency apart)."""
    return money_format(Money(value, currency), locale=babel_locale())


@functools.cache
def _language_names() -> tuple[tuple[str, str], ...]:
    return tuple(
        (code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES
    )


@register.simple_tag(takes_context=True)
def checkout_languages(context) -> str:
    """Links to this same checkout step in every language (the cart and order stay the same;
    only the URL's language prefix changes)."""
    request = context["request"]
    path = request.path
    rest = path.split("/", 2)[2] if path.count("/") >= 2 else ""
    query = request.META.get("QUERY_STRING", "") if request.method == "GET" else ""
    return _language_links(get_language(), f"{rest}?{query}" if query else rest)


# Every checkout page draws the same links and steps: built once per language (and path, step).
@functools.lru_cache(maxsize=512)
def _language_links(current: str, suffix: str) -> str:
    return format_html(
        '<nav class="langs" aria-label="{}"><ul>{}</ul></nav>',
        _("Language"),
        format_html_join(
            "",
            '<li><a href="/{}/{}" hreflang="{}" lang="{}"{}>{}</a></li>',
            (
                (
                    code,
                    suffix,
                    code,
                    code,
                    mark_safe(' aria-current="page"') if code == current else "",
                    name,
                )
                for code, name in _language_names()
            ),
        ),
    )


def _step_names() -> tuple[tuple[str, str], ...]:
    return (
        ("cart", _("Cart")),
        ("address", _("Address and shipping")),
        ("review", _("Review")),
        ("pay", _("Payment")),
    )


@register.simple_tag
def checkout_steps(step: str) -> str:
    """The checkout's steps with the current one marked (nothing outside the steps)."""
    return _steps(get_language(), step) if step else ""


@functools.lru_cache(maxsize=64)
def _steps(_language: str, step: str) -> str:
    return format_html(
        '<nav class="checkout-steps" aria-label="{}"><ol>{}</ol></nav>',
        _("Checkout steps"),
        format_html_join(
            "",
            "<li{}>{}</li>",
            (
                (mark_safe(' aria-current="step"') if key == step else "", name)
                for key, name in _step_names()
            ),
        ),
    )
