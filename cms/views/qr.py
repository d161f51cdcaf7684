"""QR codes for product packaging: a short, language-neutral URL that sends each scanner to the
story in their own language, the label as PNG/SVG, and a printable A4 sheet of labels."""

from __future__ import annotations

import io

import segno
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_from_request

from cms.catalogue import story_pages_for
from cms.routing import page_url_for_shopper
from shop.models import Producer, Product
from shop.permissions import producers_editable_by
from shop.shopper import language_chain

CONTENT_TYPES = {"png": "image/png", "svg": "image/svg+xml"}


def qr_target_url(request: HttpRequest, product_id: int) -> str:
    """The absolute short URL printed in the QR code."""
    return request.build_absolute_uri(reverse("storefront:qr_redirect", args=[product_id]))


def qr_redirect(request: HttpRequest, product_id: int) -> HttpResponse:
    """Redirect to the product's story in the scanner's language (Accept-Language)."""
    language = get_language_from_request(request, check_path=False)
    page = story_pages_for([product_id], chain=language_chain(language)).get(product_id)
    if page is None:
        raise Http404("No story page for this product.")
    # Under the scanner's language prefix even while the story is not translated yet.
    response = HttpResponseRedirect(page_url_for_shopper(page, request=request, language=language))
    patch_vary_headers(response, ["Accept-Language"])
    return response


def qr_label(request: HttpRequest, product_id: int, fmt: str) -> HttpResponse:
    """The QR code alone, as PNG or SVG, for packaging designers."""
    if fmt not in CONTENT_TYPES:
        raise Http404("Use .png or .svg.")
    get_object_or_404(Product, pk=product_id)
    buffer = io.BytesIO()
    segno.make(qr_target_url(request, product_id), error="m").save(
        buffer, kind=fmt, scale=8, border=4
    )
    response = HttpResponse(buffer.getvalue(), content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'inline; filename="langnghe-qr-{product_id}.{fmt}"'
    return response


@login_required
def qr_sheet(request: HttpRequest, producer_id: int) -> HttpResponse:
    """An A4 sheet of labels (QR, product name, producer, OCOP stars) for a producer's products.

    Only shop staff and the producer's own editors may print it: labels are the producer's
    packaging, and `shop.permissions` already says who works for which producer."""
    producer = get_object_or_404(Producer, pk=producer_id)
    allowed = producers_editable_by(request.user).filter(pk=producer.pk)
    if not request.user.has_perm("wagtailadmin.access_admin") or not allowed.exists():
        raise PermissionDenied
    products = list(Product.objects.filter(producer=producer, is_active=True).order_by("name_vi"))
    labels = [
        {
            "product": product,
            # segno draws paths only (no text from the data): markup made here, not by a user.
            "svg": mark_safe(  # noqa: S308
                segno.make(qr_target_url(request, product.pk), error="m").svg_inline(scale=3)
            ),
            "url": qr_target_url(request, product.pk),
        }
        for product in products
    ]
    return TemplateResponse(request, "cms/qr_sheet.html", {"producer": producer, "labels": labels})
