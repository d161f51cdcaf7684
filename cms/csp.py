"""Content-Security-Policy for the storefront and the Wagtail admin (django-csp).

The storefront runs under the project's `CONTENT_SECURITY_POLICY`: no inline script or style,
so its pages can be cached whole (a nonce would differ per visitor). Wagtail's admin still
writes some inline script and style (wagtail/wagtail#1288), so under the admin's URL prefix the
directives in `LANGNGHE_CSP_ADMIN` replace the storefront's (see docs/security.md for what they
allow and why).
"""

from __future__ import annotations

from csp.middleware import CSPMiddleware, PolicyParts
from django.http import HttpRequest, HttpResponseBase
from django.urls import NoReverseMatch, reverse

from shop.conf import langnghe_setting


def admin_prefix() -> str | None:
    """The Wagtail admin's URL prefix in this project ("/admin/" in the reference project)."""
    try:
        return reverse("wagtailadmin_home")
    except NoReverseMatch:
        return None


class AdminAwareCSPMiddleware(CSPMiddleware):
    """django-csp's middleware; admin pages get `LANGNGHE_CSP_ADMIN` over the site policy."""

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        admin = langnghe_setting("LANGNGHE_CSP_ADMIN")
        prefix = admin_prefix()
        if admin and prefix and request.path_info.startswith(prefix):
            parts.replace = {**admin, **(parts.replace or {})}
        return parts
