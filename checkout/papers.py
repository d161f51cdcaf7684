"""Customs papers for a parcel: the packing slip, the commercial invoice and the CN23 customs
declaration, as data (`Papers`) and as PDFs (`papers_pdf`).

Papers are printed per parcel: for a recorded shipment, or for the parcel being packed (every
unit not shipped yet), so staff can print before they hand the parcel over. Everything comes
from the order's snapshot (names, HS codes, origin, weights and prices as placed), never from
today's catalogue. The packing slip travels inside the parcel and speaks the shopper's
language; the commercial invoice and the CN23 are read by customs officers and are in English
(the CN23 with the UPU form's French captions), with the shopper's address as they wrote it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_countries import countries

from checkout.addresses import address_lines, customs_id_label
from checkout.documents import cn23_box, document_label
from checkout.duties import customs_id_required
from checkout.models import Cn23Box
from checkout.models.papers import Exporter
from shop.branding import shop_name
from shop.models import Order, OrderLine, Shipment
from shop.money import Money, babel_locale, money_format

PAPER_KINDS = ("packing-slip", "invoice", "cn23")
CUSTOMS_LANGUAGE = "en"


class ExporterMissing(LookupError):
    """No exporter is recorded: customs papers cannot name who sends the parcel."""


class NothingToPack(ValueError):
    """Every unit of the order has been shipped (or none may be): no parcel is being packed."""


@dataclass(frozen=True)
class PaperLine:
    """One order line's units in the parcel, with its customs facts as placed."""

    sku: str
    name: str  # in the order's language (the packing slip)
    description: str  # English, for customs
    hs_code: str
    origin: str  # ISO country code
    quantity: int
    unit_value: Decimal
    net_weight_g: int  # of all units in the parcel
    gross_weight_g: int

    @property
    def value(self) -> Decimal:
        return self.unit_value * self.quantity

    @property
    def origin_name(self) -> str:
        return _country_english(self.origin)


@dataclass(frozen=True)
class Papers:
    """What the three papers of one parcel say."""

    order: Order
    exporter: Exporter
    number: int  # the parcel's number within its order: 1, 2 …
    date: dt.date
    lines: list[PaperLine]
    carrier: str = ""
    tracking_number: str = ""
    documents: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, label, ref)

    @property
    def invoice_number(self) -> str:
        return f"{self.order.reference}-{self.number}"

    @property
    def currency(self) -> str:
        return self.order.currency

    @property
    def goods_value(self) -> Decimal:
        return sum((line.value for line in self.lines), Decimal(0))

    @property
    def freight(self) -> Decimal:
        """The shipping the shopper paid, declared once: on the order's first parcel."""
        return self.order.shipping_price if self.number == 1 else Decimal(0)

    @property
    def invoice_total(self) -> Decimal:
        return self.goods_value + self.freight

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def net_weight_g(self) -> int:
        return sum(line.net_weight_g for line in self.lines)

    @property
    def gross_weight_g(self) -> int:
        return sum(line.gross_weight_g for line in self.lines)

    def documents_of(self, box: str) -> list[tuple[str, str]]:
        """(label, reference) of the documents whose kind the CN23 lists in `box` (staff set
        it per kind: permits as licences, certificates, any other in the comments)."""
        return [
            (label, reference) for kind, label, reference in self.documents if cn23_box(kind) == box
        ]


def exporter_get() -> Exporter:
    """The exporter customs papers name (the first recorded)."""
    exporter = Exporter.objects.order_by("pk").first()
    if exporter is None:
        raise ExporterMissing
    return exporter


def _paper_line(line: OrderLine, quantity: int) -> PaperLine:
    # Lines placed before net weights were kept (and without a variant) declare the packed one.
    net = line.net_weight_g or line.gross_weight_g
    return PaperLine(
        sku=line.sku,
        name=line.label,
        description=line.customs_description or line.product_name,
        hs_code=line.hs_code,
        origin=line.country_of_origin,
        quantity=quantity,
        unit_value=line.unit_price,
        net_weight_g=net * quantity,
        gross_weight_g=line.gross_weight_g * quantity,
    )


def _documents(order: Order) -> list[tuple[str, str, str]]:
    with translation.override(CUSTOMS_LANGUAGE):
        return [
            (document.kind, document_label(document.kind), document.reference)
            for document in order.documents.order_by("kind")
        ]


def shipment_papers(*, shipment: Shipment) -> Papers:
    """The papers of a parcel already recorded (`shop.orders.order_fulfil`)."""
    order = shipment.order
    earlier = order.shipments.filter(shipped_at__lt=shipment.shipped_at).count()
    same_time = order.shipments.filter(shipped_at=shipment.shipped_at, pk__lt=shipment.pk)
    parts = shipment.lines.select_related("order_line").order_by("order_line_id")
    return Papers(
        order=order,
        exporter=exporter_get(),
        number=earlier + same_time.count() + 1,
        date=timezone.localdate(shipment.shipped_at),
        lines=[_paper_line(part.order_line, part.quantity) for part in parts],
        carrier=shipment.carrier.name if shipment.carrier else "",
        tracking_number=shipment.tracking_number,
        documents=_documents(order),
    )


def packing_papers(*, order: Order) -> Papers:
    """The papers of the parcel being packed: every unit not shipped yet, dated today."""
    lines = [
        _paper_line(line, line.quantity - line.quantity_fulfilled)
        for line in order.lines.order_by("pk")
        if line.quantity > line.quantity_fulfilled
    ]
    if not lines:
        raise NothingToPack
    return Papers(
        order=order,
        exporter=exporter_get(),
        number=order.shipments.count() + 1,
        date=timezone.localdate(),
        lines=lines,
        documents=_documents(order),
    )


def _customs_id_label(order: Order) -> str:
    if not order.customs_id:
        return ""
    # The rule valid when the order was placed asked for the ID the shopper gave.
    kind = customs_id_required(country=order.country, on=timezone.localdate(order.created_at))
    with translation.override(CUSTOMS_LANGUAGE):
        return str(customs_id_label(kind=kind))


def _figures(papers: Papers, locale: str) -> dict:
    """Amounts, weights and the date as `locale` writes them (Babel)."""

    def money(amount: Decimal) -> str:
        return money_format(Money(amount, papers.currency), locale=locale)

    def kilograms(grams: int) -> str:
        return format_decimal(Decimal(grams) / 1000, format="#,##0.000", locale=locale)

    return {
        "date_text": format_date(papers.date, format="long", locale=locale),
        "goods_value": money(papers.goods_value),
        "freight": money(papers.freight),
        "invoice_total": money(papers.invoice_total),
        "net_kg": kilograms(papers.net_weight_g),
        "gross_kg": kilograms(papers.gross_weight_g),
        "lines": [
            {
                "line": line,
                "unit_value": money(line.unit_value),
                "value": money(line.value),
                "net_kg": kilograms(line.net_weight_g),
            }
            for line in papers.lines
        ],
    }


def papers_html(*, papers: Papers, kind: str) -> str:
    """The HTML of one paper (`kind` in PAPER_KINDS), escaped like any template."""
    if kind not in PAPER_KINDS:
        raise ValueError(f"Unknown paper {kind!r}; choose one of {', '.join(PAPER_KINDS)}.")
    order = papers.order
    language = (
        order.language or settings.LANGUAGE_CODE if kind == "packing-slip" else CUSTOMS_LANGUAGE
    )
    with translation.override(language):
        context = {
            "papers": papers,
            "order": order,
            "exporter": papers.exporter,
            "exporter_country": _country_name(str(papers.exporter.country)),
            "shop_name": shop_name(),
            "language": language,
            "consignee": address_lines(
                address=order.shipping_address or {}, language=order.language or language
            ),
            "destination": _country_name(order.country),
            "customs_id_label": _customs_id_label(order),
            "incoterm": order.duties_mode or "DAP",
            "licences": papers.documents_of(Cn23Box.LICENCE),
            "certificates": papers.documents_of(Cn23Box.CERTIFICATE),
            "other_documents": papers.documents_of(Cn23Box.OTHER),
            "papers_documents": [(label, ref) for _kind, label, ref in papers.documents],
            **_figures(papers, babel_locale(language)),
        }
        return render_to_string(f"checkout/papers/{kind.replace('-', '_')}.html", context)


def _country_english(code: str) -> str:
    with translation.override(CUSTOMS_LANGUAGE):
        return str(countries.name(code)) if code else ""


def _country_name(code: str) -> str:
    """A country as the UPU asks it on an address: its English name in capitals."""
    return _country_english(code).upper()


def papers_pdf(*, papers: Papers, kind: str) -> bytes:
    """One paper as a PDF (WeasyPrint). The HTML is the project's own template; it may name no
    outside resource, and none is fetched (a hostile value cannot make the server read a file
    or an address)."""
    from weasyprint import HTML  # imported when printing: it loads Pango, a system library
    from weasyprint.urls import URLFetcher

    class NoFetch(URLFetcher):
        def fetch(self, url, headers=None):
            raise ValueError(f"Customs papers load nothing from outside ({url[:80]}).")

    html = papers_html(papers=papers, kind=kind)
    return HTML(string=html, base_url=None, url_fetcher=NoFetch()).write_pdf()


def papers_filename(*, papers: Papers, kind: str) -> str:
    return f"{papers.invoice_number}-{kind}.pdf"
