"""The shop's name, as shoppers see it in titles, headers and email subjects."""

from __future__ import annotations

from django.http import HttpRequest

from shop.conf import langnghe_setting

FALLBACK_NAME = "Langnghe"


def shop_name(*, request: HttpRequest | None = None) -> str:
    """`LANGNGHE_SHOP_NAME` if set; else the name of the Wagtail site serving `request` (or of
    the default site, for emails sent outside a request); else "Langnghe"."""
    configured = langnghe_setting("LANGNGHE_SHOP_NAME")
    if configured:
        return configured
    from wagtail.models import Site

    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).only("site_name").first()
    return (site.site_name if site else "") or FALLBACK_NAME
