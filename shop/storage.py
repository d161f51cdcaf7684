"""Where private files go: export documents staff upload for an order (a CITES permit, a
phytosanitary certificate) are for staff only, so they are stored outside MEDIA_ROOT, have no
URL and are served by a view that checks the reader's permission (checkout/admin/order_files.py).

A host with another storage (e.g. a private S3 bucket) names it `langnghe_private` in
settings.STORAGES; otherwise files go to `LANGNGHE_PRIVATE_ROOT` on the local disk (default: a
`langnghe-private` folder beside MEDIA_ROOT). `shop.checks` refuses a root inside MEDIA_ROOT or
STATIC_ROOT, which the web server would publish.
"""

from __future__ import annotations

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage, storages

from shop.conf import langnghe_setting

STORAGE_ALIAS = "langnghe_private"


def private_root() -> str:
    """The local folder of private files (absolute)."""
    root = langnghe_setting("LANGNGHE_PRIVATE_ROOT")
    if not root:
        media = os.path.abspath(str(settings.MEDIA_ROOT or "media"))
        root = os.path.join(os.path.dirname(media), "langnghe-private")
    return os.path.abspath(str(root))


class PrivateFileStorage(FileSystemStorage):
    """Local files with no public URL, under `private_root()` read at each use (so a test or
    a changed setting moves it)."""

    def __init__(self) -> None:
        super().__init__(base_url=None)

    @property
    def base_location(self) -> str:
        return private_root()

    @property
    def location(self) -> str:
        return private_root()

    def url(self, name: str | None) -> str:
        raise ValueError("Private files have no public URL; serve them through a view.")


def private_storage() -> Storage:
    """The storage of private files (callable, so model fields never freeze it)."""
    if STORAGE_ALIAS in settings.STORAGES:
        return storages[STORAGE_ALIAS]
    return PrivateFileStorage()
