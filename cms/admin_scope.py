"""Admin views that show every producer's data and have no per-object scope in Wagtail: only
shop-wide users (superusers, "Shop staff") may open them (403 for artisans).

- the page types report names the last edited page of each type, whoever's it is;
- wagtail-localize's snippet API lists every product and producer by name.

Listed by URL name, checked once the URL is resolved (`process_view`), whatever prefix the host
project mounts the admin under.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from shop.permissions import user_is_shop_wide

SHOP_WIDE_VIEWS = frozenset(
    {
        "wagtailadmin_reports:page_types_usage",
        "wagtailadmin_reports:page_types_usage_results",
    }
)
# wagtail-localize's snippet API, for the shop's own (producer-scoped) models.
SCOPED_SNIPPET_API = frozenset(
    {"wagtail_localize:snippets_api_listing", "wagtail_localize:snippets_api_detail"}
)


class ShopWideAdminViewsMiddleware:
    """403 for users who are not shop-wide on the views above."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        match = request.resolver_match
        name = match.view_name if match else ""
        scoped = name in SCOPED_SNIPPET_API and view_kwargs.get("app_label") == "shop"
        if (name in SHOP_WIDE_VIEWS or scoped) and not user_is_shop_wide(request.user):
            raise PermissionDenied
        return None
