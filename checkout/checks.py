"""Deployment checks for what checkout needs in production (`manage.py check --deploy`):
a real payment gateway, a real email backend and the shop's public address for links."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

from checkout.payments import gateway_class, test_payments_allowed
from shop.conf import langnghe_setting

# Backends that never deliver: shoppers' addresses and password-reset links would end up in
# logs, files or memory.
NON_DELIVERING_EMAIL = frozenset(
    {
        "django.core.mail.backends.console.EmailBackend",
        "django.core.mail.backends.locmem.EmailBackend",
        "django.core.mail.backends.dummy.EmailBackend",
        "django.core.mail.backends.filebased.EmailBackend",
    }
)
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "0.0.0.0", "testserver"})  # noqa: S104


@register(Tags.security, deploy=True)
def gateway_check(app_configs=None, **kwargs) -> list:
    """The dummy gateway lets anyone mark an order paid: an error unless explicitly allowed,
    and a warning even then."""
    if gateway_class().is_test is not True:
        return []
    if not test_payments_allowed():
        return [
            Error(
                "Payments would go through the dummy gateway: anyone could mark an order paid.",
                hint="Set STRIPE_SECRET_KEY (and the publishable and webhook keys), or set "
                "LANGNGHE_ALLOW_TEST_PAYMENTS=true for a shop that takes no real money.",
                id="checkout.E001",
            )
        ]
    return [
        Warning(
            "Test payments are allowed: the dummy gateway marks orders paid for free.",
            hint="Only for a demonstration shop. Unset LANGNGHE_ALLOW_TEST_PAYMENTS.",
            id="checkout.W001",
        )
    ]


@register(Tags.security, deploy=True)
def email_check(app_configs=None, **kwargs) -> list:
    if settings.EMAIL_BACKEND in NON_DELIVERING_EMAIL:
        return [
            Error(
                f"EMAIL_BACKEND is {settings.EMAIL_BACKEND}: order emails and password-reset "
                "links would be written to logs or memory instead of being sent.",
                hint="Set EMAIL_URL (smtp://user:password@host:587?tls=true) or a provider's "
                "backend.",
                id="checkout.E002",
            )
        ]
    return []


@register(Tags.security, deploy=True)
def site_url_check(app_configs=None, **kwargs) -> list:
    url = langnghe_setting("LANGNGHE_SITE_URL") or ""
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname or parts.hostname in LOCAL_HOSTS:
        return [
            Error(
                f"LANGNGHE_SITE_URL is {url!r}: links in shoppers' emails (the order-status "
                "page) must point at the shop's public https address.",
                hint="Set LANGNGHE_SITE_URL=https://shop.example.com",
                id="checkout.E003",
            )
        ]
    return []
