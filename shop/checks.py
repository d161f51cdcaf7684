"""System checks for running the shop in production."""

from __future__ import annotations

import os

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.checks import Error, Tags, register

from shop.storage import STORAGE_ALIAS, private_root

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


def _inside(path: str, folder) -> bool:
    if not folder:
        return False
    folder = os.path.abspath(str(folder))
    return os.path.commonpath([path, folder]) == folder


@register(Tags.security)
def private_files_check(app_configs, **kwargs) -> list[Error]:
    """Private files (uploaded export documents) must not sit where the web server publishes
    MEDIA_ROOT or STATIC_ROOT: anyone could then fetch a permit by its path."""
    if STORAGE_ALIAS in settings.STORAGES:
        return []
    root = private_root()
    if not any(_inside(root, folder) for folder in (settings.MEDIA_ROOT, settings.STATIC_ROOT)):
        return []
    return [
        Error(
            f"LANGNGHE_PRIVATE_ROOT ({root}) is inside MEDIA_ROOT or STATIC_ROOT, which are "
            "served to anyone.",
            hint="Set LANGNGHE_PRIVATE_ROOT to a folder outside both, or name a private "
            "storage 'langnghe_private' in STORAGES.",
            id="shop.E002",
        )
    ]
