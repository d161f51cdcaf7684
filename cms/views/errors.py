"""The 404 handler: the storefront's 404 page, or a plain one when the shop has no market yet.

The storefront layout's header shows the shopper's market (currency, "ship to"), and a shop
without any market cannot have one: rendering the storefront 404 then fails, and Django would
answer a mistyped address (in the admin, say) with a 500. Hosts name this view as their
`handler404` (docs/integration.md).
"""

from __future__ import annotations

from django.views import defaults

from shop.markets import NoMarket

PLAIN_TEMPLATE = "langnghe/404_plain.html"


def page_not_found(request, exception, template_name: str = "404.html"):
    try:
        return defaults.page_not_found(request, exception, template_name)
    except NoMarket:
        return defaults.page_not_found(request, exception, PLAIN_TEMPLATE)
