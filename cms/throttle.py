"""Rate limits on the Wagtail admin's password reset (django-axes guards the login itself).

Each reset request sends an email: unlimited, it floods a staff member's inbox or turns the shop
into a mail cannon. At most `LANGNGHE_PASSWORD_RESET_PER_HOUR` requests per client address and
per email address an hour; more get 429 and no email."""

from __future__ import annotations

import hashlib

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from shop.conf import langnghe_setting

HOUR = 3600


def client_ip(request: HttpRequest) -> str:
    """The client's address: REMOTE_ADDR, or behind `LANGNGHE_TRUSTED_PROXIES` load balancers
    the address the outermost one saw (X-Forwarded-For, counted from the right: entries further
    left are whatever the client chose to send). django-axes uses it too."""
    proxies = langnghe_setting("LANGNGHE_TRUSTED_PROXIES")
    forwarded = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [hop for hop in forwarded if hop]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _reset_path() -> str | None:
    try:
        return reverse("wagtailadmin_password_reset")
    except NoReverseMatch:
        return None


def _count(kind: str, value: str) -> int:
    """Count one more request under (kind, value) this hour; the new count."""
    digest = hashlib.sha256(value.lower().encode()).hexdigest()[:32]
    key = f"langnghe:throttle:reset:{kind}:{digest}"
    cache.add(key, 0, HOUR)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, HOUR)
        return 1


class PasswordResetThrottleMiddleware:
    """429 for password-reset POSTs beyond the hourly limit per client and per email."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method == "POST" and request.path == _reset_path():
            limit = langnghe_setting("LANGNGHE_PASSWORD_RESET_PER_HOUR")
            by_client = _count("ip", client_ip(request))
            by_email = _count("email", request.POST.get("email", ""))
            if max(by_client, by_email) > limit:
                response = HttpResponse(
                    _("Too many password reset requests. Please try again in an hour."),
                    content_type="text/plain; charset=utf-8",
                    status=429,
                )
                response["Retry-After"] = str(HOUR)
                return response
        return self.get_response(request)
