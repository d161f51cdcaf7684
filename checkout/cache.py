"""Cached checkout rules: shipping methods and rates, duty rules, export restrictions.

Staff change these rarely and every checkout step reads them, so they are kept in the cache
under one version number that any save or delete of a rule (or a category, which restrictions
follow down the tree) moves on. The catalogue version of `cms/cache.py` is no use here: it moves
with every stock reservation, several times per checkout.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django.apps import apps
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from shop.utils.memo import cache_version, cache_version_bump, local_cached, version_register

VERSION_KEY = version_register("langnghe:checkout-rules:version")
RULES_SECONDS = 3600
T = TypeVar("T")


def rules_version() -> int:
    return cache_version(VERSION_KEY)


def rules_changed(**_kwargs) -> None:
    """Forget every cached rule."""
    cache_version_bump(VERSION_KEY)


def rules_cached(name: str, parts: tuple, compute: Callable[[], T]) -> T:
    """`compute()`, cached under `name` and `parts` until a rule changes."""
    key = f"langnghe:checkout-rules:{rules_version()}:{name}:" + ":".join(map(str, parts))

    def read() -> tuple:
        found = cache.get(key)
        if found is None:  # stored in a tuple so that a computed None is cached too
            found = (compute(),)
            cache.set(key, found, RULES_SECONDS)
        return found

    return local_cached(key, read)[0]


# Saving or deleting any of these changes what the cached rules say (restrictions follow the
# category tree).
RULE_MODELS = (
    "shop.Category",
    "checkout.DutyFee",
    "checkout.DutyRate",
    "checkout.DutyRule",
    "checkout.DutyTariff",
    "checkout.ExportDocumentKind",
    "checkout.ExportRestriction",
    "checkout.ShippingMethod",
    "checkout.ShippingRate",
    "checkout.ShippingZone",
)


def rules_signals_connect() -> None:
    for label in RULE_MODELS:
        model = apps.get_model(label)
        for signal in (post_save, post_delete):
            signal.connect(rules_changed, sender=model, dispatch_uid=f"rules_{label}")
