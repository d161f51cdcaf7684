"""Export documents recorded on an order's admin page with their expiry and scan, the scan kept
private (shop/storage.py) and served only to staff who may see orders
(checkout/admin/order_papers.py: OrderDocumentFileView)."""

import datetime as dt
import os

import pytest
from django.contrib.auth.models import Group
from django.core.checks import run_checks
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from checkout.documents import document_kinds_install
from checkout.permissions import shop_roles_ensure
from shop.models import OrderDocument
from shop.permissions import ARTISANS, FULFILMENT
from shop.storage import private_root
from tests.checkout.test_admin_orders import (
    act,
    english,
    paid,
    said,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


@pytest.fixture(autouse=True)
def _private(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.LANGNGHE_PRIVATE_ROOT = str(tmp_path / "private")
    document_kinds_install()


@pytest.fixture
def manager(client):
    """A superuser reading the admin in English."""
    client.force_login(english(UserFactory(username="manager", is_superuser=True, is_staff=True)))
    return client


def record(client, order, *, name="permit.pdf", content=PDF, **fields):
    data = {
        "kind": "cites_permit",
        "reference": "VN-CITES-2026-77",
        "file": SimpleUploadedFile(name, content, content_type="application/pdf"),
        **fields,
    }
    return act(client, order, "document", data)


def role_client(role: str) -> Client:
    shop_roles_ensure()
    user = english(UserFactory(username=role.lower()))
    user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.force_login(user)
    return client


def test_a_scan_is_stored_privately_under_a_name_of_what_it_is(manager, tmp_path):
    order = paid(document="cites_permit")

    messages = said(manager, record(manager, order, expires_on="2027-06-30"))

    assert ("success", "Recorded CITES export permit VN-CITES-2026-77.") in messages
    document = OrderDocument.objects.get(order=order)
    assert document.expires_on == dt.date(2027, 6, 30)
    path = document.file.path
    assert path.startswith(private_root()) and path.startswith(str(tmp_path / "private"))
    assert os.path.basename(path).startswith(f"{order.reference}-cites_permit")
    assert not (tmp_path / "media").exists() or not any((tmp_path / "media").rglob("*.pdf"))
    with pytest.raises(ValueError):
        document.file.url  # noqa: B018  (no public address exists)


def test_staff_download_the_scan_as_an_attachment_never_cached(manager):
    order = paid(document="cites_permit")
    record(manager, order)
    document = OrderDocument.objects.get(order=order)
    url = reverse("shop_order:document_file", args=[order.pk, document.pk])

    response = manager.get(url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert {"private", "no-store"} <= {p.strip() for p in response["Cache-Control"].split(",")}
    assert response["X-Content-Type-Options"] == "nosniff"
    assert (
        f'href="{url}"'
        in manager.get(reverse("shop_order:inspect", args=[order.pk])).content.decode()
    )


def test_a_page_pretending_to_be_a_pdf_is_refused_and_nothing_is_recorded(manager):
    order = paid(document="cites_permit")
    html = b"<html><script>alert(1)</script></html>"

    messages = said(manager, record(manager, order, name="permit.pdf", content=html))

    assert any("PDF, JPEG or PNG" in text for level, text in messages if level == "error")
    assert not OrderDocument.objects.filter(order=order).exists()


def test_fulfilment_may_fetch_a_scan_and_an_artisan_may_not(manager):
    order = paid(document="cites_permit")
    record(manager, order)
    document = OrderDocument.objects.get(order=order)
    url = reverse("shop_order:document_file", args=[order.pk, document.pk])

    assert role_client(FULFILMENT).get(url, **XHR).status_code == 200
    assert role_client(ARTISANS).get(url, **XHR).status_code == 403


def test_a_scan_is_only_found_under_its_own_order(manager):
    order, other = paid(document="cites_permit"), paid()
    record(manager, order)
    document = OrderDocument.objects.get(order=order)

    url = reverse("shop_order:document_file", args=[other.pk, document.pk])
    assert manager.get(url, follow=True).status_code == 404


def test_a_new_scan_replaces_the_old_file(manager, django_capture_on_commit_callbacks):
    order = paid(document="cites_permit")
    record(manager, order)
    first = OrderDocument.objects.get(order=order).file.path

    with django_capture_on_commit_callbacks(execute=True):
        record(manager, order, content=PDF + b"% second scan\n")

    second = OrderDocument.objects.get(order=order).file.path
    assert second != first and os.path.exists(second)
    assert not os.path.exists(first)


def test_an_expired_permit_stops_the_parcel_until_a_valid_one_is_recorded(manager):
    order = paid(document="cites_permit")
    record(manager, order, expires_on="2020-01-01")
    html = manager.get(reverse("shop_order:inspect", args=[order.pk])).content.decode()
    assert "Missing or expired:" in html and "(expired)" in html

    record(manager, order, expires_on="2099-01-01")
    html = manager.get(reverse("shop_order:inspect", args=[order.pk])).content.decode()
    assert "Missing or expired:" not in html


def test_a_private_root_inside_media_root_is_refused_by_a_system_check(settings, tmp_path):
    settings.LANGNGHE_PRIVATE_ROOT = str(tmp_path / "media" / "private")

    errors = [e for e in run_checks() if e.id == "shop.E002"]

    assert len(errors) == 1 and "served to anyone" in errors[0].msg
    settings.LANGNGHE_PRIVATE_ROOT = str(tmp_path / "private")
    assert not [e for e in run_checks() if e.id == "shop.E002"]
