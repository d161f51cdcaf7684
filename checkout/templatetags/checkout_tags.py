"""Money and dates on checkout pages, formatted for the shopper's language by Babel."""

from __future__ import annotations

import functools

from django import template
from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import translation
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
    only the URL's language changes). The step's URL is reversed in each language, so the links
    follow the host's URLs: a language prefix, none for the default language
    (`prefix_default_language=False`), or no links at all without `i18n_patterns`, where the
    URL carries no language to change."""
    request = context["request"]
    match = request.resolver_match
    if match is None or not match.view_name:
        return ""
    query = request.META.get("QUERY_STRING", "") if request.method == "GET" else ""
    return _language_links(
        get_language(),
        match.view_name,
        tuple(match.args),
        tuple(sorted(match.kwargs.items())),
        query,
        get_urlconf(),
        get_script_prefix(),
    )


# Every checkout page draws the same links: built once per language and step (and order).
# The URL configuration and script prefix, which `reverse` reads itself, are part of the key.
@functools.lru_cache(maxsize=512)
def _language_links(
    current: str,
    view_name: str,
    args: tuple,
    kwargs: tuple,
    query: str,
    _urlconf: str | None,
    _script_prefix: str,
) -> str:
    links = []
    for code, name in _language_names():
        with translation.override(code):
            url = reverse(view_name, args=args, kwargs=dict(kwargs))
        links.append((code, f"{url}?{query}" if query else url, name))
    if len({url for _code, url, _name in links}) < len(links):
        return ""  # the URL does not carry the language: a link would not change it
    return format_html(
        '<nav class="langs" aria-label="{}"><ul>{}</ul></nav>',
        _("Language"),
        format_html_join(
            "",
            '<li><a href="{}" hreflang="{}" lang="{}"{}>{}</a></li>',
            (
                (
                    url,
                    code,
                    code,
                    mark_safe(' aria-current="page"') if code == current else "",
                    name,
                )
                for code, url, name in links
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
