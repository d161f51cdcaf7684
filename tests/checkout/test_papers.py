"""Customs papers (checkout/papers.py): orders placed through the checkout for Japan and Korea,
shipped, printed as PDFs and read back with pypdf."""

from __future__ import annotations

import io
import re

import pytest
from django.test import Client, override_settings
from pypdf import PdfReader

from checkout.models import Exporter
from checkout.papers import (
    ExporterMissing,
    NothingToPack,
    packing_papers,
    papers_html,
    papers_pdf,
    shipment_papers,
)
from shop.models import Carrier, Order, OrderDocument
from shop.money import Money
from shop.orders import order_fulfil, order_mark_paid
from tests.checkout.builders import checkout_shop_build
from tests.checkout.flow import JP_ADDRESS, checkout_to_review, order_place

pytestmark = pytest.mark.django_db

KR_ADDRESS = {
    "country": "KR",
    "email": "minji@example.kr",
    "name": "김민지",
    "street_address": "테헤란로 152",
    "city": "강남구",
    "country_area": "서울",
    "postal_code": "06236",
    "phone": "+82 10-1234-5678",
    "customs_id": "p123456789012",
}
EXPORTER = {
    "name": "Hợp tác xã Gốm sứ Bát Tràng",
    "address": "Thôn Giang Cao, xã Bát Tràng\nHuyện Gia Lâm, Hà Nội",
    "phone": "+84 24 3874 0000",
    "email": "xuatkhau@battrang.example",
    "tax_id": "0101234567",
    "signatory": "Nguyễn Văn Hùng",
}


@pytest.fixture
def shop():
    with override_settings(LANGNGHE_PAYMENT_GATEWAY="dummy"):
        built = checkout_shop_build(stock=5)
        Exporter.objects.create(**EXPORTER)
        yield built


def _paid_order(shop, *, address: dict, lang: str, quantity: int = 2) -> Order:
    client = Client()
    checkout_to_review(client, shop.variant, address=address, lang=lang, quantity=quantity)
    assert order_place(client, lang=lang).status_code == 302
    order = Order.objects.get(email=address["email"])
    order_mark_paid(order=order, amount=Money(order.total, order.currency), gateway="dummy")
    order.refresh_from_db()
    return order


def _text(pdf: bytes) -> str:
    assert pdf.startswith(b"%PDF-")
    pages = PdfReader(io.BytesIO(pdf)).pages
    return "\n".join(page.extract_text() for page in pages)


def _flat(text: str) -> str:
    """Extracted text with its line breaks and runs of spaces made single spaces."""
    return re.sub(r"\s+", " ", text)


def _shipped(order: Order, quantity: int):
    ems = Carrier.objects.create(name="EMS Vietnam")
    line = order.lines.get()
    order_fulfil(order=order, quantities={line: quantity}, carrier=ems, tracking_number="EE1VN")
    return order.shipments.get()


def test_japan_order_papers_declare_hs_codes_values_weights_and_names(shop):
    order = _paid_order(shop, address=JP_ADDRESS, lang="ja", quantity=2)
    line = order.lines.get()
    assert (line.net_weight_g, line.gross_weight_g) == (800, 1100)  # frozen when placed
    papers = shipment_papers(shipment=_shipped(order, 2))
    unit = f"¥{line.unit_price:,.0f}"
    goods = f"¥{line.unit_price * 2:,.0f}"

    invoice = _flat(_text(papers_pdf(papers=papers, kind="invoice")))
    assert "COMMERCIAL INVOICE" in invoice
    assert f"{order.reference}-1" in invoice  # invoice number: the order's first parcel
    assert "691200" in invoice and "Glazed ceramic tea set" in invoice
    assert "Vietnam" in invoice and "DDP" in invoice and "JPY" in invoice
    assert unit in invoice and goods in invoice
    assert "1.600" in invoice and "2.200" in invoice  # net and gross kilograms
    assert "Hợp tác xã Gốm sứ Bát Tràng" in invoice
    assert "Thôn Giang Cao, xã Bát Tràng" in invoice and "0101234567" in invoice
    assert "山田 花子" in invoice and "東京都" in invoice  # the address as the shopper wrote it
    assert "JAPAN" in invoice and "EMS Vietnam EE1VN" in invoice

    slip = _flat(_text(papers_pdf(papers=papers, kind="packing-slip")))
    assert "梱包明細書" in slip  # the packing slip speaks the shopper's language
    assert line.product_name in slip and line.sku in slip
    assert "山田 花子" in slip and "Hợp tác xã Gốm sứ Bát Tràng" in slip


def test_korea_order_cn23_carries_the_pccc_the_category_and_the_invoice_number(shop):
    order = _paid_order(shop, address=KR_ADDRESS, lang="ko", quantity=1)
    assert order.customs_id == "P123456789012"
    OrderDocument.objects.create(order=order, kind="phytosanitary", reference="PC-2026-0042")
    OrderDocument.objects.create(order=order, kind="cites_permit", reference="VN-CITES-77")
    papers = shipment_papers(shipment=_shipped(order, 1))

    cn23 = _flat(_text(papers_pdf(papers=papers, kind="cn23")))
    assert "CUSTOMS DECLARATION CN 23" in cn23
    assert "Personal customs clearance code (PCCC): P123456789012" in cn23
    assert "김민지" in cn23 and "KOREA" in cn23.upper()
    assert "691200" in cn23 and "Vietnam" in cn23
    assert "☒ Sale of goods" in cn23
    assert "licence(s): CITES export permit VN-CITES-77" in cn23
    assert "certificate(s): Phytosanitary certificate PC-2026-0042" in cn23
    assert f"No. of invoice: {order.reference}-1" in cn23
    assert "0.800" in cn23 and "1.100" in cn23  # net and gross weight of the one unit
    assert f"₩{order.lines.get().unit_price:,.0f}" in cn23
    assert "Hợp tác xã Gốm sứ Bát Tràng" in cn23 and "Nguyễn Văn Hùng" in cn23

    invoice = _flat(_text(papers_pdf(papers=papers, kind="invoice")))
    assert "P123456789012" in invoice and "DAP" in invoice and "KRW" in invoice
    slip = _flat(_text(papers_pdf(papers=papers, kind="packing-slip")))
    assert "포장 명세서" in slip


def test_freight_is_declared_on_the_first_parcel_only(shop):
    order = _paid_order(shop, address=JP_ADDRESS, lang="ja", quantity=2)
    ems = Carrier.objects.create(name="EMS Vietnam")
    line = order.lines.get()
    order_fulfil(order=order, quantities={line: 1}, carrier=ems, tracking_number="EE1VN")
    order_fulfil(order=order, quantities={line: 1}, carrier=ems, tracking_number="EE2VN")
    first, second = (shipment_papers(shipment=s) for s in order.shipments.order_by("pk"))
    assert (first.number, second.number) == (1, 2)
    assert first.freight == order.shipping_price > 0
    assert second.freight == 0
    assert second.invoice_total == line.unit_price
    assert second.tracking_number == "EE2VN"


def test_the_parcel_being_packed_holds_every_unit_not_shipped(shop):
    order = _paid_order(shop, address=JP_ADDRESS, lang="ja", quantity=3)
    line = order.lines.get()
    before = packing_papers(order=order)
    assert (before.number, before.units, before.carrier) == (1, 3, "")
    order_fulfil(order=order, quantities={line: 1})
    after = packing_papers(order=order)
    assert (after.number, after.units) == (2, 2)
    assert after.net_weight_g == 1600 and after.gross_weight_g == 2200
    order_fulfil(order=order, quantities={line: 2})
    with pytest.raises(NothingToPack):
        packing_papers(order=order)


def test_papers_need_an_exporter(shop):
    order = _paid_order(shop, address=JP_ADDRESS, lang="ja", quantity=1)
    Exporter.objects.all().delete()
    with pytest.raises(ExporterMissing):
        packing_papers(order=order)


def test_what_staff_and_shoppers_typed_stays_text_in_the_papers(shop):
    hostile = '<img src="file:///etc/passwd"><b>Ann</b>'
    order = _paid_order(shop, address={**JP_ADDRESS, "name": hostile}, lang="ja", quantity=1)
    Exporter.objects.update(name='Gốm <script>alert(1)</script> "HTX"')
    papers = packing_papers(order=order)
    html = papers_html(papers=papers, kind="invoice")
    assert "<b>Ann</b>" not in html and "&lt;b&gt;Ann&lt;/b&gt;" in html
    assert "<script>" not in html and "<img" not in html
    text = _flat(_text(papers_pdf(papers=papers, kind="invoice")))
    assert "<b>Ann</b>" in text  # printed as the characters typed, not as markup
    assert "<script>alert(1)</script>" in text


def test_an_unknown_paper_is_refused(shop):
    order = _paid_order(shop, address=JP_ADDRESS, lang="ja", quantity=1)
    with pytest.raises(ValueError, match="Unknown paper"):
        papers_html(papers=packing_papers(order=order), kind="../../settings")
