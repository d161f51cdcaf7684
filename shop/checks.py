"""System checks for running the shop in production."""

from __future__ import annotations

from django.core.cache import caches
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.checks import Error, Tags, register

# Caches no two processes (or no two machines) share.
PER_PROCESS_CACHES = (LocMemCache, FileBasedCache)


@register(Tags.caches, deploy=True)
def shared_cache_check(app_configs, **kwargs) -> list[Error]:
    """Several app processes need one shared cache: cache versions move there when staff change
    a market, a price or a page, and each process reads them to drop what it kept. With a cache
    per process (or per machine), one process would show another's stale prices and pages."""
    backend = caches["default"]
    if not isinstance(backend, PER_PROCESS_CACHES):
        return []
    return [
        Error(
            f"The default cache ({type(backend).__name__}) is not shared between processes.",
            hint="Point CACHES['default'] at Redis (REDIS_URL in the reference project) or "
            "another cache every app process shares.",
            id="shop.E001",
        )
    ]
