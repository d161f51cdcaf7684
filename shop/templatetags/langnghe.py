"""Template tags every Langnghe layout uses: `{% load langnghe %}`."""

from __future__ import annotations

from django import template
from django.contrib.messages import constants

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


@register.filter
def messages_errors(messages) -> list:
    """The error messages among `messages` (shown as an error summary that takes focus)."""
    return [message for message in messages if message.level >= constants.ERROR]


@register.filter
def messages_others(messages) -> list:
    """The messages below error level (shown in a status region)."""
    return [message for message in messages if message.level < constants.ERROR]
