"""How long checkout keeps a shopper's personal data: carts hold an email, an address and a
customs ID; they are removed once stale (`LANGNGHE_CART_RETENTION_DAYS` after their last change)
and when the order made from them is anonymised (`shop/privacy.py`). See docs/privacy.md."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from checkout.models import Cart, WebhookEvent
from shop.conf import langnghe_setting


def cart_retention_days() -> int:
    return int(langnghe_setting("LANGNGHE_CART_RETENTION_DAYS"))


def carts_purge(*, now: dt.datetime | None = None, days: int | None = None) -> int:
    """Delete carts (with their lines) untouched for `days`; how many were deleted.

    An order copies what it needs from its cart when placed, so no order loses anything; a
    shopper back after the retention period starts with an empty cart."""
    now = now or timezone.now()
    days = cart_retention_days() if days is None else days
    stale = Cart.objects.filter(updated_at__lt=now - dt.timedelta(days=days))
    _deleted, by_model = stale.delete()
    return by_model.get(Cart._meta.label, 0)


def webhook_payloads_purge(*, now: dt.datetime | None = None, days: int | None = None) -> int:
    """Empty the bodies of payment events older than `LANGNGHE_WEBHOOK_RETENTION_DAYS` (they
    may hold a receipt email); the id, type, status and dates stay. How many were emptied."""
    now = now or timezone.now()
    if days is None:
        days = langnghe_setting("LANGNGHE_WEBHOOK_RETENTION_DAYS")
    old = WebhookEvent.objects.filter(received_at__lt=now - dt.timedelta(days=days))
    return old.exclude(payload={}).update(payload={})


def cart_forget_for_order(*, cart_token: str | None, **_kwargs) -> None:
    """Remove the cart an anonymised order was placed from (receiver of `order_anonymised`)."""
    if cart_token:
        Cart.objects.filter(token=cart_token).delete()
