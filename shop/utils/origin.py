"""Refuse cross-site POSTs to the few views that take no CSRF token.

Adding to the cart and choosing a country sit in pages cached whole for visitors without a
session, so they cannot carry a per-visitor token. What the token would prove, the browser says
itself: `Sec-Fetch-Site` (every current browser), else `Origin`, else `Referer`. A request that
says it comes from another site is refused before the view runs, so it can neither replace the
shopper's cart or market nor set a cookie. A request with none of these headers (an old browser,
a script without the victim's cookies) is let through, as Django's own Origin check does.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.utils.translation import gettext as _

SAME_SITE_FETCH = frozenset({"same-origin", "none"})


def _origin_of(url: str) -> str | None:
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def request_is_cross_site(request: HttpRequest) -> bool:
    """Whether the browser says this request was sent by another site's page."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        return fetch_site.lower() not in SAME_SITE_FETCH
    claimed = request.headers.get("Origin") or request.headers.get("Referer")
    if not claimed:
        return False
    origin = _origin_of(claimed)
    own = f"{request.scheme}://{request.get_host()}".lower()
    trusted = {o.lower().rstrip("/") for o in getattr(settings, "CSRF_TRUSTED_ORIGINS", [])}
    return origin is None or (origin != own and origin not in trusted)


def same_origin_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Answer 403 to a POST another site's page sent; let the shop's own pages through."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method == "POST" and request_is_cross_site(request):
            return HttpResponseForbidden(
                _("This request came from another website and was refused."),
                content_type="text/plain; charset=utf-8",
            )
        return view(request, *args, **kwargs)

    return wrapped
