"""Images go through Wagtail renditions: WebP, sized, with srcset on the story's hero."""

import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images.models import Image

from cms.models import StoryPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def hero(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 1000), (122, 46, 18)).save(buffer, format="JPEG")
    return Image.objects.create(title="Men lam", file=ImageFile(buffer, name="men-lam.jpg"))


def test_story_hero_is_served_as_webp_renditions_with_srcset(client, shop, hero):
    page = StoryPage.objects.get(locale__language_code="en", product=shop[0])
    page.hero_image = hero
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert 'srcset="' in html
    assert ".format-webp" in html or ".webp" in html
    assert " 600w, " in html and ' 1200w"' in html
    producer_page = client.get(page.get_parent().url).content.decode()  # its product cards
    assert 'loading="lazy"' in producer_page
    assert ".webp" in producer_page


def test_an_image_of_too_many_pixels_is_refused_at_upload(client, settings, tmp_path):
    """A 60 Mpx bilevel PNG is a few kilobytes on the wire and hundreds of megabytes decoded."""
    from django.contrib.auth import get_user_model
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.MEDIA_ROOT = tmp_path
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS <= 50_000_000
    buffer = io.BytesIO()
    PILImage.new("1", (10_000, 6_000)).save(buffer, format="PNG")
    assert len(buffer.getvalue()) < 200_000
    from tests.checkout.test_admin_orders import english

    admin = get_user_model().objects.create_superuser("imgadmin", "a@example.com", "x")
    client.force_login(english(admin))  # the message is asserted in English
    upload = SimpleUploadedFile("bomb.png", buffer.getvalue(), content_type="image/png")
    response = client.post("/admin/images/add/", {"title": "bomb", "file": upload})
    assert response.status_code == 200  # the form again, with the error
    assert "pixels" in response.content.decode()
    assert not Image.objects.filter(title="bomb").exists()
