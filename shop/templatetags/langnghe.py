"""Template tags every Langnghe layout uses: `{% load langnghe %}`."""

from __future__ import annotations

from django import template

from shop.branding import shop_name as shop_name_for

register = template.Library()


@register.simple_tag(takes_context=True)
def shop_name(context) -> str:
    """The shop's name (`LANGNGHE_SHOP_NAME`, else the Wagtail site's name); escaped on output."""
    return shop_name_for(request=context.get("request"))
