"""System checks for the storefront's page cache, image formats and the admin's language."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

from cms.admin_locale import ADMIN_LOCALE_DIR

UPDATE = "cms.middleware.StorefrontCacheUpdateMiddleware"
FETCH = "cms.middleware.StorefrontCacheFetchMiddleware"


@register(Tags.caches)
def page_cache_middleware_check(app_configs, **kwargs) -> list[Error]:
    """The page cache's halves must wrap every other middleware: the update half first, or it
    could store a page before a middleware adds a visitor's cookie to it; the fetch half last,
    or a stored page would skip the middlewares after it (and their security headers)."""
    middleware = list(settings.MIDDLEWARE)
    if UPDATE not in middleware and FETCH not in middleware:
        return []
    errors = []
    if not middleware or middleware[0] != UPDATE:
        errors.append(
            Error(
                f"{UPDATE} must be the first entry of MIDDLEWARE.",
                hint="Move it to the top: it must see the response every other middleware made.",
                id="cms.E001",
            )
        )
    if middleware[-1] != FETCH:
        errors.append(
            Error(
                f"{FETCH} must be the last entry of MIDDLEWARE.",
                hint="Move it to the end: a stored page must pass every other middleware.",
                id="cms.E002",
            )
        )
    return errors


IMAGE_FORMATS = frozenset({"avif", "webp", "jpeg", "png"})


@register()
def image_formats_check(app_configs, **kwargs) -> list[Error]:
    """`LANGNGHE_IMAGE_FORMATS` names formats Wagtail renders, and AVIF only where Pillow
    can write it (otherwise every rendition of a page would fail)."""
    from cms.images import pillow_writes_avif
    from shop.conf import langnghe_setting

    chosen = langnghe_setting("LANGNGHE_IMAGE_FORMATS")
    if chosen is None:
        return []
    if isinstance(chosen, str) or not set(chosen) <= IMAGE_FORMATS:
        return [
            Error(
                "LANGNGHE_IMAGE_FORMATS must be a list of: " + ", ".join(sorted(IMAGE_FORMATS)),
                id="cms.E003",
            )
        ]
    if "avif" in chosen and not pillow_writes_avif():
        return [
            Error(
                "LANGNGHE_IMAGE_FORMATS asks for AVIF, which this Pillow cannot write.",
                hint='Install a Pillow built with libavif, or use ("webp",).',
                id="cms.E004",
            )
        ]
    return []


@register()
def admin_scripts_language_check(app_configs, **kwargs) -> list[Warning]:
    """Wagtail's admin scripts find the Vietnamese Langnghe ships only through LOCALE_PATHS."""
    paths = {str(Path(p).resolve()) for p in settings.LOCALE_PATHS}
    if str(ADMIN_LOCALE_DIR) in paths:
        return []
    return [
        Warning(
            "The Wagtail admin's scripts stay in English for Vietnamese readers.",
            hint="Add cms.admin_locale.ADMIN_LOCALE_DIR to LOCALE_PATHS (docs/integration.md).",
            id="cms.W001",
        )
    ]
