"""Customs papers printed from the order's admin page (per recorded shipment, or for the parcel
being packed) and the scans of its export documents. The views only read the order and call
`checkout.papers` / `checkout.documents`."""

from __future__ import annotations

from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View
from wagtail.admin import messages
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from checkout.documents import document_file_type
from checkout.papers import (
    PAPER_KINDS,
    ExporterMissing,
    NothingToPack,
    packing_papers,
    papers_filename,
    papers_pdf,
    shipment_papers,
)
from shop.models import Order, OrderDocument, Shipment

PAPER_LABELS = {
    "packing-slip": gettext_lazy("Packing slip"),
    "invoice": gettext_lazy("Commercial invoice"),
    "cn23": gettext_lazy("CN23 customs declaration"),
}


def paper_links(*, url_name: str, order: Order, shipment: Shipment | None = None) -> list:
    """(label, url) of each paper of a shipment, or of the parcel being packed."""
    args = [order.pk, shipment.pk] if shipment else [order.pk, 0]
    return [
        (str(PAPER_LABELS[kind]), reverse(url_name, args=[*args, kind])) for kind in PAPER_KINDS
    ]


class OrderPapersView(PermissionCheckedMixin, View):
    """One paper as a PDF. Shipment 0 is the parcel being packed (every unit not shipped)."""

    model = Order
    permission_required = "view"
    http_method_names = ["get"]
    inspect_url_name = ""

    def get(self, request, pk: int, shipment: int, kind: str):
        if kind not in PAPER_KINDS:
            raise Http404
        order = get_object_or_404(Order, pk=pk)
        try:
            if shipment:
                found = get_object_or_404(order.shipments.select_related("carrier"), pk=shipment)
                papers = shipment_papers(shipment=found)
            else:
                papers = packing_papers(order=order)
        except ExporterMissing:
            messages.error(
                request,
                _(
                    "Add the exporter's details first (Shipping → Exporter): "
                    "customs papers name them."
                ),
            )
            return redirect(self.inspect_url_name, pk)
        except NothingToPack:
            messages.error(request, _("Every unit of this order has been shipped."))
            return redirect(self.inspect_url_name, pk)
        response = HttpResponse(
            papers_pdf(papers=papers, kind=kind), content_type="application/pdf"
        )
        filename = papers_filename(papers=papers, kind=kind)
        response["Content-Disposition"] = f'inline; filename="{filename}"'
        # The shopper's name and address: never kept by a browser or a shared cache.
        response["Cache-Control"] = "private, no-store"
        return response


class OrderDocumentFileView(PermissionCheckedMixin, View):
    """The scan of an export document recorded on an order: a private file, sent only to staff
    who may view orders, as a download with the type its first bytes prove."""

    model = Order
    permission_required = "view"
    http_method_names = ["get"]

    def get(self, request, pk: int, document: int):
        found = get_object_or_404(OrderDocument, pk=document, order_id=pk)
        if not found.file:
            raise Http404
        try:
            handle = found.file.open("rb")
        except FileNotFoundError:
            raise Http404 from None
        kind = document_file_type(handle.read(16))
        handle.seek(0)
        if kind is None:
            handle.close()
            raise Http404
        extension, content_type = kind
        response = FileResponse(
            handle,
            as_attachment=True,
            filename=f"{found.order.reference or pk}-{found.kind}.{extension}",
            content_type=content_type,
        )
        response["Cache-Control"] = "private, no-store"
        response["X-Content-Type-Options"] = "nosniff"
        return response
