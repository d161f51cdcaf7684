"""Export document kinds as staff data (checkout/documents.py): names in the reader's language,
the CN23 box, the days a document adds to the delivery estimate where its restriction says so."""

import datetime as dt

import pytest
from django.utils import translation

from checkout.documents import (
    cn23_box,
    document_choices,
    document_kinds_install,
    document_label,
    documents_slowest_first,
)
from checkout.duties import export_notice, lines_document_days, lines_required_documents
from checkout.models import Cn23Box, ExportDocumentKind, ExportRestriction
from checkout.papers import shipment_papers
from checkout.shipping import shipping_options
from shop.models import OrderDocument
from tests.checkout.builders import checkout_shop_build, restriction_create
from tests.checkout.test_papers import JP_ADDRESS, _paid_order, _shipped
from tests.checkout.test_papers import shop as papers_shop  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def health_certificate(**fields) -> ExportDocumentKind:
    """A kind staff add: Japan's health certificate for food (not one Langnghe installs)."""
    values = {
        "code": "health_certificate",
        "name": "Giấy chứng nhận y tế",
        "name_translations": {"en": "Health certificate", "ja": "衛生証明書"},
        "cn23_box": Cn23Box.CERTIFICATE,
        "lead_days": 7,
        **fields,
    }
    return ExportDocumentKind.objects.create(**values)


@pytest.fixture
def shop():
    document_kinds_install()
    return checkout_shop_build(stock=5)


def jp_days(shop) -> tuple[int, int]:
    option = shipping_options(country="JP", lines=[(shop.variant, 1)], market=shop.jp)[0]
    return option.days_min, option.days_max


def test_a_kind_staff_add_is_named_in_the_readers_language():
    health_certificate()

    with translation.override("ja"):
        assert document_label("health_certificate") == "衛生証明書"
    with translation.override("vi"):
        assert document_label("health_certificate") == "Giấy chứng nhận y tế"
    with translation.override("en"):
        assert ("health_certificate", "Health certificate") in document_choices()
    assert document_label("gone_kind") == "gone_kind"  # an order keeps a code whose kind went


def test_the_installed_kinds_have_their_names_box_and_days():
    document_kinds_install()

    with translation.override("fr"):
        assert document_label("cites_permit") == "Permis d’exportation CITES"
    assert cn23_box("cites_permit") == Cn23Box.LICENCE
    assert cn23_box("phytosanitary") == Cn23Box.CERTIFICATE
    assert cn23_box("fda_prior_notice") == Cn23Box.OTHER
    assert documents_slowest_first(["fda_prior_notice", "cites_permit"]) == [
        "cites_permit",
        "fda_prior_notice",
    ]


def test_a_document_adds_its_days_to_the_delivery_estimate_where_the_rule_says_so(shop):
    before = jp_days(shop)
    health_certificate()
    restriction_create(
        product=shop.variant.product, kind="document", reason="food", document="health_certificate"
    )

    assert jp_days(shop) == (before[0] + 7, before[1] + 7)
    restriction = ExportRestriction.objects.get()
    restriction.delays_delivery = False
    restriction.save()  # as the admin saves it: the rules' cache moves on
    assert jp_days(shop) == before


def test_making_time_and_document_time_overlap_the_longer_counts(shop):
    before = jp_days(shop)
    shop.variant.lead_time_days = 10
    shop.variant.save()
    health_certificate()
    restriction_create(
        product=shop.variant.product, kind="document", reason="food", document="health_certificate"
    )

    assert jp_days(shop) == (before[0] + 10, before[1] + 10)
    assert lines_document_days(products=[shop.variant.product], country="JP") == 7
    assert lines_document_days(products=[shop.variant.product], country="VN") == 0  # domestic


def test_the_shopper_is_told_of_a_staff_kind_with_its_days_and_the_line_keeps_the_slowest(shop):
    health_certificate()
    product = shop.variant.product
    restriction_create(
        product=product, kind="document", reason="food", document="health_certificate"
    )
    restriction_create(product=product, kind="document", reason="food", document="fda_prior_notice")

    with translation.override("en"):
        notice = export_notice(product=product, country="JP")
    assert notice.startswith(
        "We arrange the export document it needs (Health certificate) before dispatch; "
        "allow 7 extra days."
    )
    assert "Food and Drug Administration" in notice  # the installed kind keeps its wording
    documents = lines_required_documents(products=[product], country="JP")
    assert documents == {product.pk: "health_certificate"}


def test_the_cn23_lists_a_document_in_the_box_its_kind_names(papers_shop):  # noqa: F811
    health_certificate()
    order = _paid_order(papers_shop, address=JP_ADDRESS, lang="ja", quantity=1)
    OrderDocument.objects.create(order=order, kind="health_certificate", reference="HC-9")
    OrderDocument.objects.create(order=order, kind="fda_prior_notice", reference="FDA-1")
    papers = shipment_papers(shipment=_shipped(order, 1))

    assert papers.documents_of(Cn23Box.CERTIFICATE) == [("Health certificate", "HC-9")]
    assert papers.documents_of(Cn23Box.OTHER) == [("FDA prior notice", "FDA-1")]
    assert papers.documents_of(Cn23Box.LICENCE) == []
    ExportDocumentKind.objects.filter(code="health_certificate").update(cn23_box="licence")
    ExportDocumentKind.objects.get(code="health_certificate").save()
    assert cn23_box("health_certificate") == Cn23Box.LICENCE


def test_a_kind_a_restriction_uses_cannot_be_deleted():
    from django.db.models import ProtectedError

    kind = health_certificate()
    restriction_create(hs_prefix="0409", kind="document", reason="food", document=kind.code)

    with pytest.raises(ProtectedError):
        kind.delete()


def test_an_expired_document_counts_as_missing(papers_shop):  # noqa: F811
    from shop.orders import order_documents_missing

    order = _paid_order(papers_shop, address=JP_ADDRESS, lang="ja", quantity=1)
    order.lines.update(required_document="cites_permit")
    today = dt.date(2026, 12, 4)
    OrderDocument.objects.create(
        order=order, kind="cites_permit", reference="VN-1", expires_on=today
    )

    assert order_documents_missing(order=order, on=today) == set()
    assert order_documents_missing(order=order, on=today + dt.timedelta(days=1)) == {"cites_permit"}


def test_staff_add_a_kind_with_its_names_and_cannot_change_its_code_later(client):
    from django.urls import reverse

    from tests.checkout.test_admin_orders import english
    from tests.factories import UserFactory

    client.force_login(english(UserFactory(is_superuser=True, is_staff=True)))
    data = {
        "code": "health_certificate",
        "name": "Giấy chứng nhận y tế",
        "name_en": "Health certificate",
        "name_ja": "衛生証明書",
        "cn23_box": "certificate",
        "lead_days": "7",
    }
    assert client.post(reverse("checkout_exportdocumentkind:add"), data).status_code == 302
    kind = ExportDocumentKind.objects.get(code="health_certificate")
    assert kind.name_translations == {"en": "Health certificate", "ja": "衛生証明書"}
    with translation.override("ja"):
        assert document_label("health_certificate") == "衛生証明書"  # the cache moved on

    edit = reverse("checkout_exportdocumentkind:edit", args=[kind.pk])
    response = client.post(edit, {**data, "code": "renamed", "lead_days": "9"})
    assert response.status_code == 302
    kind.refresh_from_db()
    assert (kind.code, kind.lead_days) == ("health_certificate", 9)


@pytest.mark.django_db(transaction=True)
def test_upgrade_installs_the_kinds_and_points_restrictions_at_them():
    from tests.shop.migrating import migrate_latest, migrate_to

    try:
        old = migrate_to([("checkout", "0006_duty_tariffs_shared")])
        restriction = old.get_model("checkout", "ExportRestriction")
        common = {"kind": "document", "reason": "cites"}
        restriction.objects.create(hs_prefix="4421", document="cites_permit", **common)
        restriction.objects.create(hs_prefix="0409", document="kept_by_hand", **common)
        restriction.objects.create(
            hs_prefix="9999", kind="prohibited", reason="national", document=""
        )
        new = migrate_to([("checkout", "0009_export_restriction_document_kind")])
        restrictions = new.get_model("checkout", "ExportRestriction").objects
        kinds = new.get_model("checkout", "ExportDocumentKind").objects
        assert {"cites_permit", "phytosanitary", "fda_prior_notice", "kept_by_hand"} <= set(
            kinds.values_list("code", flat=True)
        )
        assert restrictions.get(hs_prefix="4421").document_id == "cites_permit"
        assert restrictions.get(hs_prefix="0409").document.name == "kept_by_hand"
        assert restrictions.get(hs_prefix="9999").document_id is None
        assert kinds.get(code="cites_permit").lead_days == 14
    finally:
        migrate_latest()
