"""Cheaper page serving: URL-path routing and a cached "no view restrictions" check.

Wagtail routes a request segment by segment (two queries per level) and looks up view
restrictions on every request. Storefront pages are public and deep (Home › Makers › producer ›
story), so these two shortcuts keep every page at a constant, small number of queries.
"""

from __future__ import annotations

from django.core.cache import cache
from django.db import transaction
from django.http import Http404
from wagtail.models import Page, PageViewRestriction
from wagtail.url_routing import RouteResult

VIEW_RESTRICTIONS_KEY = "langnghe:view-restrictions-exist"


def view_restrictions_exist() -> bool:
    return cache.get_or_set(VIEW_RESTRICTIONS_KEY, PageViewRestriction.objects.exists, 300)


def view_restrictions_cache_clear(**_kwargs) -> None:
    # Now, so the changing transaction sees its restriction, and again on commit: a request
    # that read "none" before the commit must not keep it (and public pages stored whole).
    cache.delete(VIEW_RESTRICTIONS_KEY)
    transaction.on_commit(lambda: cache.delete(VIEW_RESTRICTIONS_KEY), robust=True)


def page_by_url_path(root: Page, path_components: list[str]) -> RouteResult | None:
    """The live descendant of `root` at that path, or None to fall back to Wagtail's routing."""
    url_path = root.url_path + "/".join(path_components) + "/"
    page = Page.objects.filter(url_path=url_path, path__startswith=root.path).specific().first()
    if page is None:
        return None
    if not page.live:
        raise Http404
    return RouteResult(page)


class StorefrontPage(Page):
    """Base of the shop's page types."""

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        # A public page may be stored whole for visitors without a session (cms.middleware);
        # a preview of a draft never.
        request._langnghe_cacheable = not (
            getattr(request, "is_preview", False) or self.get_view_restrictions()
        )
        return super().serve(request, *args, **kwargs)

    def get_view_restrictions(self):
        if not view_restrictions_exist():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
