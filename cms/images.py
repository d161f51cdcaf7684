"""Responsive images: the renditions each place on the storefront asks for.

A place (card, hero, gallery, portrait) has a crop and its widths; every width is rendered in
each of `image_formats()` (AVIF and WebP first, JPEG last as the `<img>` every browser takes),
and `{% responsive_picture %}` (cms/templatetags/langnghe_images.py) prints them as Wagtail's
`<picture>`. Pages that show many images fetch their renditions up front with
`images_with_renditions`, so a grid costs a bounded number of statements.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from wagtail.images import get_image_model
from wagtail.images.models import Picture

from shop.conf import langnghe_setting

# place: (resize operation, sizes of the widths offered, the `sizes` attribute)
PLACES: dict[str, tuple[str, tuple[str, ...], str]] = {
    "card": ("fill", ("480x360", "960x720"), "(max-width: 40rem) 100vw, 20rem"),
    "hero": ("fill", ("600x400", "1200x800"), "(max-width: 40rem) 100vw, 60rem"),
    "gallery": ("fill", ("400x300", "800x600"), "(max-width: 40rem) 100vw, 25rem"),
    "portrait": ("fill", ("320x320", "640x640"), "(max-width: 40rem) 50vw, 20rem"),
}
FALLBACK_FORMAT = "jpeg"
# The image search engines and link previews get (JSON-LD, Open Graph): one of the hero's.
SHARE_SPEC = "fill-1200x800|format-jpeg"


@cache
def pillow_writes_avif() -> bool:
    """Whether this Pillow can encode AVIF (Pillow ≥ 11.3 wheels bundle libavif)."""
    from PIL import features

    return bool(features.check("avif"))


def image_formats() -> tuple[str, ...]:
    """Formats offered, best first; JPEG always last. `LANGNGHE_IMAGE_FORMATS` overrides;
    by default AVIF only where Pillow can write it, else WebP and JPEG."""
    chosen = langnghe_setting("LANGNGHE_IMAGE_FORMATS")
    if chosen is None:
        chosen = ("avif", "webp") if pillow_writes_avif() else ("webp",)
    return (*(f for f in chosen if f != FALLBACK_FORMAT), FALLBACK_FORMAT)


def image_specs(*places: str) -> list[str]:
    """Wagtail filter specs of the places' renditions, e.g. "fill-480x360|format-webp"."""
    specs = []
    for place in places:
        operation, sizes, _sizes_attribute = PLACES[place]
        specs += [f"{operation}-{size}|format-{fmt}" for fmt in image_formats() for size in sizes]
    return specs


def with_renditions(images, *places: str):
    """`images` (an image queryset) with the places' renditions prefetched: two statements."""
    specs = image_specs(*places)
    if "hero" in places:
        specs.append(SHARE_SPEC)
    return images.prefetch_renditions(*specs)


def images_with_renditions(ids: Iterable[int], *places: str) -> dict[int, object]:
    """Images by id with the places' renditions prefetched (two statements; none without ids)."""
    ids = {pk for pk in ids if pk}
    if not ids:
        return {}
    found = with_renditions(get_image_model().objects.filter(pk__in=ids), *places)
    return {image.pk: image for image in found}


class PlacedPicture(Picture):
    """Wagtail's `<picture>` with the place's class on the `<picture>` element."""

    def __init__(self, renditions, attrs, css_class: str):
        super().__init__(renditions, attrs)
        self.css_class = css_class

    def __html__(self) -> SafeString:
        html = super().__html__()
        if not self.css_class:
            return html
        # Wagtail escaped the rest; the class is escaped here, so no caller's text goes in raw.
        opening = f'<picture class="{escape(self.css_class)}">'
        return mark_safe(html.replace("<picture>", opening, 1))  # noqa: S308


def picture(image, place: str, *, css_class: str, **attrs) -> PlacedPicture | str:
    """The image's `<picture>` for a place: a source per modern format, a JPEG `<img>` with
    srcset, width, height, the place's `sizes` and the image's alt text (description, else
    title); `attrs` adds to the `<img>` (loading, fetchpriority …)."""
    if not image:
        return ""
    _operation, _sizes, sizes_attribute = PLACES[place]
    renditions = image.get_renditions(*image_specs(place))
    return PlacedPicture(renditions, {"sizes": sizes_attribute, **attrs}, css_class)
