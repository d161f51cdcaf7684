"""`{% responsive_picture image "card" %}`: an image's `<picture>` for a place (cms/images.py)."""

from django import template

from cms.images import picture

register = template.Library()


@register.simple_tag
def responsive_picture(image, place: str, css_class: str | None = None, **attrs):
    """`<picture class="…">` (the place's name unless `css_class` says; "" for none) with
    AVIF/WebP sources and a JPEG `<img>`; lazy unless told otherwise (a hero passes
    `loading="eager"`)."""
    attrs.setdefault("loading", "lazy")
    if attrs["loading"] == "eager":
        del attrs["loading"]  # the browser's default
    attrs.setdefault("decoding", "async")
    return picture(image, place, css_class=place if css_class is None else css_class, **attrs)
