"""checkout/admin/order_papers.py: customs papers printed from the order's admin page."""

import io
from html import unescape as html_unescape

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from checkout.models import Exporter
from shop.models import Carrier
from shop.orders import order_fulfil
from tests.checkout.test_admin_orders import (
    admin_client,  # noqa: F401 (a fixture)
    detail_html,
    paid,
    said,
    staff_user,
)
from tests.checkout.test_papers import EXPORTER
from tests.factories import MarketFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def exporter():
    return Exporter.objects.create(**EXPORTER)


def papers_url(order, shipment, kind):
    return reverse("shop_order:papers", args=[order.pk, shipment.pk if shipment else 0, kind])


def shipped_once(order):
    line = order.lines.get()
    ems = Carrier.objects.create(name="EMS Vietnam")
    order_fulfil(order=order, quantities={line: 1}, carrier=ems, tracking_number="EE9VN")
    return order.shipments.get()


def test_the_order_page_links_each_shipments_papers_and_the_parcel_being_packed(
    admin_client,  # noqa: F811
    exporter,
):
    order = paid(quantity=2)
    html = detail_html(admin_client, order)
    assert papers_url(order, None, "cn23") in html  # nothing shipped: the parcel to pack
    shipment = shipped_once(order)
    html = detail_html(admin_client, order)
    for kind in ("packing-slip", "invoice", "cn23"):
        assert papers_url(order, shipment, kind) in html
    assert papers_url(order, None, "invoice") in html  # one unit is still to ship


def test_a_shipments_invoice_is_a_pdf_kept_by_no_cache(admin_client, exporter):  # noqa: F811
    order = paid(quantity=2)
    shipment = shipped_once(order)
    response = admin_client.get(papers_url(order, shipment, "invoice"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert {"private", "no-store"} <= set(response["Cache-Control"].replace(" ", "").split(","))
    assert f"{order.reference}-1-invoice.pdf" in response["Content-Disposition"]
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "EE9VN" in text and order.lines.get().hs_code in text


def test_without_an_exporter_staff_are_told_what_to_add(admin_client):  # noqa: F811
    order = paid(quantity=1)
    response = admin_client.get(papers_url(order, None, "cn23"))
    assert response.status_code == 302
    [(level, message)] = said(admin_client, response)
    assert (level, html_unescape(message)) == (
        "error",
        "Add the exporter's details first (Shipping → Exporter): customs papers name them.",
    )


def test_when_everything_is_shipped_no_parcel_is_being_packed(admin_client, exporter):  # noqa: F811
    order = paid(quantity=1)
    shipped_once(order)
    assert papers_url(order, None, "cn23") not in detail_html(admin_client, order)
    response = admin_client.get(papers_url(order, None, "cn23"))
    assert said(admin_client, response) == [("error", "Every unit of this order has been shipped.")]


def test_another_orders_shipment_or_an_unknown_paper_is_not_found(
    admin_client,  # noqa: F811
    exporter,
):
    MarketFactory()  # the admin's 404 page is the storefront's, which names the market
    order, other = paid(quantity=1), paid(quantity=1, email="other@example.com")
    shipment = shipped_once(other)
    for url in (papers_url(order, shipment, "invoice"), papers_url(other, shipment, "passport")):
        assert admin_client.get(url, follow=True).status_code == 404


def test_order_viewers_may_print_and_people_without_admin_access_may_not(exporter):
    order = paid(quantity=1)
    viewer = Client()
    viewer.force_login(staff_user(can_change=False))
    assert viewer.get(papers_url(order, None, "packing-slip")).status_code == 200
    outsider = Client()
    outsider.force_login(UserFactory())
    response = outsider.get(papers_url(order, None, "packing-slip"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))
    assert Client().get(papers_url(order, None, "packing-slip")).status_code == 302


def test_admin_users_without_the_order_permission_get_no_papers(exporter):
    order = paid(quantity=1)
    user = UserFactory(username="editor")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = Client()
    client.force_login(user)
    response = client.get(papers_url(order, None, "invoice"))
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")  # Wagtail's "no permission" answer


def test_staff_enter_the_exporter_under_shipping(admin_client):  # noqa: F811
    menu = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("checkout_exporter:index") in menu
    url = reverse("checkout_exporter:add")
    response = admin_client.post(
        url,
        {
            "name": EXPORTER["name"],
            "address": EXPORTER["address"],
            "country": "VN",
            "phone": EXPORTER["phone"],
            "email": "",
            "tax_id": EXPORTER["tax_id"],
            "signatory": "",
        },
    )
    assert response.status_code == 302
    exporter = Exporter.objects.get()
    assert exporter.address_lines == ["Thôn Giang Cao, xã Bát Tràng", "Huyện Gia Lâm, Hà Nội"]
