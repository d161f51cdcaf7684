"""An artisan sees nothing of another producer's in the Wagtail admin: no unpublished page
title, no inactive product name, no image or document, through any chooser, listing, search,
report, bulk-action confirmation or admin API; another producer's documents are not served to
anonymous visitors (cms/permissions.py, cms/wagtail_hooks.py, shop/collections.py)."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.test import Client
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from shop.collections import producer_collection
from shop.permissions import ARTISANS
from tests.cms.test_permissions import Tree
from tests.factories import MarketFactory, ProductFactory, UserFactory

pytestmark = pytest.mark.django_db

SECRET = "SECRETB"


def _image(title: str, collection):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (120, 40, 10)).save(buffer, format="PNG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name=f"{title}.png"), collection=collection
    )


def _document(title: str, collection):
    return get_document_model().objects.create(
        title=title, file=ContentFile(b"permit", name=f"{title}.txt"), collection=collection
    )


class Secrets:
    """Producer B's unpublished draft, inactive product, image and document."""

    def __init__(self, tree: Tree):
        self.tree = tree
        story = tree.story_b
        story.title = f"{SECRET} draft title"
        story.save_revision()  # not published
        draft = tree.page_b.add_child(
            instance=type(story)(
                title=f"{SECRET} unpublished story",
                slug="unpublished",
                product=ProductFactory(producer=tree.producer_b),
                summary="…",
                live=False,
            )
        )
        self.draft_page = draft
        self.product = ProductFactory(
            producer=tree.producer_b, name_vi=f"{SECRET} inactive product", is_active=False
        )
        self.image = _image(f"{SECRET}-image", producer_collection(producer=tree.producer_b))
        self.document = _document(f"{SECRET}-doc", producer_collection(producer=tree.producer_b))


@pytest.fixture
def secrets(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    MarketFactory(
        name="Việt Nam", slug="vn", currency="VND", default_language="vi", is_default=True
    )
    return Secrets(Tree())


@pytest.fixture
def artisan_client(secrets):
    user = UserFactory(username="artisan-a")
    user.groups.add(Group.objects.get(name=ARTISANS))
    secrets.tree.producer_a.editors.add(user)
    client = Client()
    client.force_login(user)
    return client


def urls(s: Secrets) -> list[str]:
    t = s.tree
    ids = f"id={t.story_b.pk}&id={s.draft_page.pk}"
    return [
        "/admin/",
        "/admin/choose-page/",
        f"/admin/choose-page/{t.page_b.pk}/",
        "/admin/choose-page/search/?q=unpublished",
        f"/admin/pages/{t.index.pk}/",
        f"/admin/pages/{t.page_b.pk}/",
        "/admin/pages/search/?q=unpublished",
        "/admin/api/main/pages/?search=unpublished",
        f"/admin/api/main/pages/?child_of={t.page_b.pk}",
        f"/admin/api/main/pages/{s.draft_page.pk}/",
        "/admin/api/main/images/",
        f"/admin/api/main/images/{s.image.pk}/",
        "/admin/api/main/documents/",
        f"/admin/api/main/documents/{s.document.pk}/",
        "/admin/snippets/shop/product/",
        "/admin/snippets/shop/product/?q=inactive",
        "/admin/snippets/choose/shop/product/",
        "/admin/snippets/choose/shop/product/results/?q=inactive",
        "/admin/localize/api/snippets/shop/product/",
        f"/admin/localize/api/snippets/shop/product/{s.product.pk}/",
        f"/admin/bulk/wagtailcore/page/delete/?{ids}",
        f"/admin/bulk/wagtailcore/page/publish/?{ids}",
        f"/admin/bulk/shop/product/delete/?id={s.product.pk}",
        f"/admin/bulk/wagtailimages/image/delete/?id={s.image.pk}",
        f"/admin/bulk/wagtaildocs/document/delete/?id={s.document.pk}",
        "/admin/reports/site-history/",
        "/admin/reports/locked/",
        "/admin/reports/aging-pages/",
        "/admin/reports/page-types-usage/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/localize/reports/translations/",
        "/admin/images/",
        "/admin/images/?q=image",
        "/admin/images/chooser/",
        "/admin/images/chooser/results/?q=image",
        f"/admin/images/{s.image.pk}/",
        f"/admin/images/usage/{s.image.pk}/",
        "/admin/documents/",
        "/admin/documents/chooser/",
        "/admin/documents/chooser/results/?q=doc",
        f"/admin/documents/edit/{s.document.pk}/",
        f"/admin/documents/usage/{s.document.pk}/",
        f"/admin/pages/{t.story_b.pk}/history/",
        f"/admin/pages/{t.story_b.pk}/revisions/compare/earliest...latest/",
    ]


def test_an_artisan_sees_nothing_of_another_producer(secrets, artisan_client):
    leaks = []
    for url in urls(secrets):
        response = artisan_client.get(url)
        body = response.content.decode(errors="replace")
        if response.status_code >= 500 or SECRET in body:
            leaks.append((url, response.status_code))
    assert leaks == []


def test_an_artisan_cannot_attach_another_producers_image(secrets, artisan_client):
    for url in (
        f"/admin/images/chooser/chosen/{secrets.image.pk}/",
        f"/admin/documents/chooser/chosen/{secrets.document.pk}/",
        f"/admin/snippets/choose/shop/product/chosen/{secrets.product.pk}/",
    ):
        response = artisan_client.get(url)
        assert response.status_code in (302, 403, 404), url  # 302: Wagtail's "no permission"
        assert SECRET not in response.content.decode()


def test_a_document_is_not_served_to_anonymous_visitors(secrets):
    response = Client().get(secrets.document.url)
    assert response.status_code in (302, 403, 404)
    assert b"permit" not in b"".join(getattr(response, "streaming_content", [response.content]))


def test_a_document_linked_from_a_live_page_is_public(secrets):
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, ReferenceIndex

    page = secrets.tree.story_b
    ReferenceIndex.objects.create(
        content_type=page.cached_content_type,
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=str(page.pk),
        to_content_type=ContentType.objects.get_for_model(type(secrets.document)),
        to_object_id=str(secrets.document.pk),
        model_path="body",
        content_path="body",
        content_path_hash=ReferenceIndex._get_content_path_hash("body"),
    )
    assert Client().get(secrets.document.url).status_code == 200


def test_a_producers_editor_and_staff_get_the_private_document(secrets, artisan_client):
    own = _document("own-doc", producer_collection(producer=secrets.tree.producer_a))
    assert artisan_client.get(own.url).status_code == 200
    assert artisan_client.get(secrets.document.url).status_code == 404


def test_each_producer_has_its_own_collection(secrets):
    a = producer_collection(producer=secrets.tree.producer_a)
    b = producer_collection(producer=secrets.tree.producer_b)
    assert a != b and a.get_parent() == b.get_parent()
    assert secrets.image.collection == b


def test_an_artisan_cannot_post_another_producers_image_onto_a_product(secrets, artisan_client):
    from django.urls import reverse

    from shop.models import Product
    from tests.shop.test_admin import product_post_data

    tree = secrets.tree
    own = _image("own-image", producer_collection(producer=tree.producer_a))
    for image, saved in ((secrets.image, False), (own, True)):
        data = product_post_data(tree.producer_a, tree.product_a.category, sku=f"SKU-{image.pk}")
        data.update(
            {
                "slug": f"with-image-{image.pk}",
                "images-TOTAL_FORMS": "1",
                "images-0-id": "",
                "images-0-ORDER": "1",
                "images-0-DELETE": "",
                "images-0-image": str(image.pk),
                "images-0-caption": "",
            }
        )
        response = artisan_client.post(reverse("wagtailsnippets_shop_product:add"), data)
        assert Product.objects.filter(slug=data["slug"]).exists() is saved, response.status_code


def test_an_artisan_chooses_a_portrait_only_among_their_producers_images(secrets):
    from shop.admin.catalogue import ProducerViewSet

    tree = secrets.tree
    user = UserFactory(username="artisan-portrait")
    user.groups.add(Group.objects.get(name=ARTISANS))
    tree.producer_a.editors.add(user)
    own = _image("own-portrait", producer_collection(producer=tree.producer_a))
    form_class = ProducerViewSet().get_edit_handler().get_form_class()
    form = form_class(instance=tree.producer_a, for_user=user)
    assert list(form.fields["portrait"].queryset) == [own]  # not producer B's image
