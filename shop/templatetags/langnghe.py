"""Template tags every Langnghe layout uses: `{% load langnghe %}`."""

from __future__ import annotations

from django import template

from shop.branding import shop_name as shop_name_for
from shop.money import number_format

register = template.Library()


@register.simple_tag(takes_context=True)
def shop_name(context) -> str:
    """The shop's name (`LANGNGHE_SHOP_NAME`, else the Wagtail site's name); escaped on output."""
    return shop_name_for(request=context.get("request"))


@register.filter
def number(value) -> str:
    """A number shown to a shopper (quantity, days, stock, page), grouped as the active
    language writes it (Babel): `{{ line.quantity|number }}` → "1,500", French "1 500"."""
    if value is None or value == "":
        return ""
    try:
        return number_format(value)
    except (TypeError, ValueError, ArithmeticError):
        return str(value)
