"""`load_demo`'s drawn images: 2–3 per product, a hero per story, a portrait per producer, in
the producer's collection, and a second load creates none."""

import io

import pytest
from django.core.management import call_command
from django.db.models import Count
from PIL import Image as PILImage
from wagtail.images.models import Image

from cms.models import StoryPage
from langnghe_demo.illustrations import producer_portrait, product_illustration
from shop.models import Producer, Product, ProductImage


def load_demo() -> str:
    out = io.StringIO()
    call_command("load_demo", "--languages", "vi", stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_every_product_story_and_producer_gets_images_once(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    load_demo()
    counts = set(Product.objects.annotate(n=Count("images")).values_list("n", flat=True))
    assert counts <= {2, 3}
    assert not Producer.objects.filter(portrait__isnull=True).exists()
    for image in ProductImage.objects.select_related("image", "product__producer")[:20]:
        assert image.image.collection_id == image.product.producer.collection_id
        assert image.image.default_alt_text == image.product.name_vi
        assert (image.image.width, image.image.height) == (1600, 1200)
    for page in StoryPage.objects.select_related("hero_image"):
        first = ProductImage.objects.filter(product=page.product_id).order_by("sort_order")[0]
        assert page.hero_image_id == first.image_id
    images = list(Image.objects.order_by("pk").values_list("pk", "file", "file_hash"))

    output = load_demo()

    assert list(Image.objects.order_by("pk").values_list("pk", "file", "file_hash")) == images
    assert " created" not in output


def test_drawings_are_deterministic_and_sized():
    one = product_illustration(seed="khay-may-dan", category="may-tre-dan", view=1)
    assert one == product_illustration(seed="khay-may-dan", category="may-tre-dan", view=1)
    assert PILImage.open(io.BytesIO(one)).size == (1600, 1200)
    portrait = producer_portrait(seed="gom", name="Hợp tác xã Gốm sứ Bát Tràng", category="x")
    assert PILImage.open(io.BytesIO(portrait)).size == (1200, 1200)
