"""An artisan who reads only Vietnamese meets a Vietnamese admin: every screen they use, rendered
with the admin in Vietnamese, shows no English message (tests/cms/english_left.py knows every
message id those screens draw from). Wagtail's own Vietnamese covers a fraction of its admin;
the rest ships in cms/locale/vi (docs/decisions.md)."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.images import ImageFile
from django.test import Client
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield
from wagtail_localize.models import Translation, TranslationSource

from shop.collections import producer_collection
from shop.permissions import ARTISANS, SHOP_STAFF
from tests.cms.english_left import english_left, untranslated
from tests.cms.test_permissions import Tree
from tests.factories import MarketFactory, UserFactory

pytestmark = pytest.mark.django_db


class Workshop:
    """Producer A's artisan (no language preference: the admin speaks the site's, Vietnamese),
    their story translated into English with wagtail-localize, and a photo."""

    def __init__(self, on_commit):
        MarketFactory(
            name="Việt Nam", slug="vn", currency="VND", default_language="vi", is_default=True
        )
        self.tree = tree = Tree()
        self.user = UserFactory(username="nghe-nhan")
        self.user.groups.add(Group.objects.get(name=ARTISANS))
        tree.producer_a.editors.add(self.user)
        source, _created = TranslationSource.get_or_create_from_instance(tree.story_a)
        translation = Translation.objects.create(
            source=source, target_locale=Locale.objects.get(language_code="en")
        )
        with on_commit(execute=True):
            translation.save_target(publish=False)
        self.story_en = tree.story_a.get_translation(translation.target_locale)
        buffer = io.BytesIO()
        PILImage.new("RGB", (40, 30), (120, 40, 10)).save(buffer, format="PNG")
        self.image = get_image_model().objects.create(
            title="Ấm chén men lam",
            file=ImageFile(buffer, name="am-chen.png"),
            collection=producer_collection(producer=tree.producer_a),
        )

    def screens(self) -> dict[str, str]:
        t = self.tree
        return {
            "dashboard": "/admin/",
            "explorer": f"/admin/pages/{t.index.pk}/",
            "producer's pages": f"/admin/pages/{t.page_a.pk}/",
            "page editor": f"/admin/pages/{t.story_a.pk}/edit/",
            "new page": f"/admin/pages/{t.page_a.pk}/add_subpage/",
            "page history": f"/admin/pages/{t.story_a.pk}/history/",
            "translation editor": f"/admin/pages/{self.story_en.pk}/edit/",
            "images": "/admin/images/",
            "image": f"/admin/images/{self.image.pk}/",
            "image upload": "/admin/images/multiple/add/",
            "products": "/admin/snippets/shop/product/",
            "product": f"/admin/snippets/shop/product/edit/{t.product_a.pk}/",
            "account": "/admin/account/",
        }


@pytest.fixture
def workshop(settings, tmp_path, django_capture_on_commit_callbacks):
    settings.MEDIA_ROOT = tmp_path
    return Workshop(django_capture_on_commit_callbacks)


def test_the_checker_finds_english_in_text_and_attributes_and_nothing_else():
    page = '<button title="Choose a page">Save draft</button><p>Ấm chén</p><p>Not a message</p>'

    # English catalogues translate nothing (their messages are the ids): all is "left".
    assert english_left(page, language="en") == ["Choose a page", "Save draft"]
    assert untranslated("Choose a page", "en") and not untranslated("Choose a page", "vi")
    assert english_left(page) == []
    assert english_left("<script>var s = 'Save draft';</script>", language="en") == []


def test_the_login_page_is_vietnamese():
    html = Client().get("/admin/login/", follow=True).content.decode()

    assert "Đăng nhập" in html
    assert english_left(html) == []


@pytest.mark.parametrize(
    "screen",
    [
        "dashboard",
        "explorer",
        "producer's pages",
        "page editor",
        "new page",
        "page history",
        "translation editor",
        "images",
        "image",
        "image upload",
        "products",
        "product",
        "account",
    ],
)
def test_every_screen_an_artisan_uses_is_vietnamese(workshop, screen):
    client = Client()
    client.force_login(workshop.user)

    response = client.get(workshop.screens()[screen], follow=True)

    assert response.status_code == 200
    assert english_left(response.content.decode()) == []


def test_submitting_a_story_for_moderation_is_vietnamese_for_artisan_and_moderator(
    workshop, django_capture_on_commit_callbacks
):
    moderator = UserFactory(username="kiem-duyet", email="kiemduyet@example.vn")
    moderator.groups.add(Group.objects.get(name=SHOP_STAFF))
    client = Client()
    client.force_login(workshop.user)
    story = workshop.tree.story_a
    editor = client.get(f"/admin/pages/{story.pk}/edit/", follow=True)
    assert "Gửi duyệt theo quy trình" in editor.content.decode()  # the workflow action

    data = querydict_from_html(editor.content.decode(), form_id="page-edit-form")
    # The body's StreamField is drawn by JavaScript: post it as the (empty) stream it is.
    data.update(nested_form_data({"body": streamfield([])}))
    data["action-submit"] = "submit"  # the workflow button (a button sends its value)
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail emails after the commit
        response = client.post(f"/admin/pages/{story.pk}/edit/", data, follow=True)

    assert response.status_code == 200
    assert english_left(response.content.decode()) == []
    sent = [m for m in mail.outbox if moderator.email in m.to]
    assert sent, "the moderator is told"
    for message in sent:
        assert english_left(f"<p>{message.subject}</p>") == []
        for line in message.body.splitlines():
            assert english_left(f"<p>{line}</p>") == [], line
