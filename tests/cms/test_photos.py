"""Product photography: image-first cards, the story's hero and gallery, the producer's
portrait — `<picture>` with AVIF/WebP sources, sized, lazy except the hero, within the pages'
statement budgets (issue 14)."""

import io
import re

import pytest
from django.core.checks import run_checks
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images.models import Image

from cms.images import pillow_writes_avif
from cms.models import ListingPage, ProducerPage, StoryPage
from shop.models import Producer, ProductImage
from tests.cms.conftest import build_shop
from tests.cms.test_pages import count_queries, url_of
from tests.html_check import vnu_errors, vnu_require

pytestmark = pytest.mark.django_db


def photo(title: str, colour=(122, 46, 18)) -> Image:
    buffer = io.BytesIO()
    PILImage.new("RGB", (1200, 900), colour).save(buffer, format="JPEG")
    image = Image(title=title, file=ImageFile(buffer, name=f"{title}.jpg"))
    image.save()
    return image


def photograph(products, *, per_product: int = 2) -> None:
    for product in products:
        for index in range(per_product):
            image = photo(f"{product.slug}-{index}", colour=(20 * index, 90, 140))
            ProductImage.objects.create(product=product, image=image, sort_order=index)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def pictures(html: str, css_class: str) -> list[str]:
    return re.findall(rf'<picture class="{css_class}">.*?</picture>', html, re.S)


def sized(picture: str, width: int, height: int) -> bool:
    img = re.search(r"<img [^>]*>", picture).group(0)
    return f'width="{width}"' in img and f'height="{height}"' in img


def test_cards_are_image_first_with_modern_sources_and_a_bounded_statement_count(client, media):
    products = build_shop(products=6, variants_per_product=2)
    url = url_of(ListingPage, "en", category__isnull=True)
    without = count_queries(client, url)
    photograph(products[:3])
    half = count_queries(client, url)
    photograph(products[3:], per_product=3)
    every = count_queries(client, url)
    # The first image ids ride on the story pages' query; images and their renditions: two.
    assert half == every == without + 2, (without, half, every)
    assert every <= 12  # the listing's budget (tests/cms/test_pages.py)

    html = client.get(url).content.decode()
    cards = pictures(html, "card-image")
    assert len(cards) == 6 == html.count('<li class="card">')
    first = ProductImage.objects.get(product=products[0], sort_order=0).image
    for card in cards:
        assert '<source sizes="' in card and 'type="image/webp"' in card
        assert ('type="image/avif"' in card) == pillow_writes_avif()
        assert sized(card, 480, 360) and 'loading="lazy"' in card
        assert " 480w, " in card and ' 960w"' in card
    assert f'alt="{first.title}"' in html
    assert first.get_rendition("fill-480x360|format-webp").url in html


def test_story_has_a_hero_and_a_gallery_of_its_products_images(client, media):
    (product, other) = build_shop(products=2)
    photograph([product], per_product=3)
    photograph([other])
    images = [pi.image for pi in product.images.order_by("sort_order")]
    for page in StoryPage.objects.filter(product=product):
        page.hero_image = images[0]
        page.save_revision().publish()
    url = url_of(StoryPage, "en", product=product)
    assert count_queries(client, url) <= 12  # the story page's budget

    html = client.get(url).content.decode()
    (hero,) = pictures(html, "hero")
    assert 'loading="lazy"' not in hero and 'fetchpriority="high"' in hero
    assert 'type="image/webp"' in hero and sized(hero, 600, 400)
    assert ' 1200w"' in hero
    gallery = re.search(r'<section class="gallery".*?</section>', html, re.S).group(0)
    assert gallery.count("<picture>") == 2  # the hero is not repeated
    for image in images[1:]:
        assert image.get_rendition("fill-400x300|format-webp").url in gallery
    assert images[0].get_rendition("fill-400x300|format-webp").url not in gallery
    assert 'loading="lazy"' in gallery
    assert "fill-1200x800.format-jpeg" in html  # JSON-LD's image


def test_a_variant_with_its_own_photo_shows_it_when_chosen(client, media):
    (product,) = build_shop(products=1, variants_per_product=2)
    photograph([product], per_product=1)
    hero = product.images.get().image
    first, second = product.variants.order_by("sort_order", "pk")
    for page in StoryPage.objects.filter(product=product):
        page.hero_image = hero
        page.save_revision().publish()
    url = url_of(StoryPage, "en", product=product)
    plain = count_queries(client, url)
    second.image = photo("blue-glaze", colour=(30, 60, 160))
    second.save()
    assert count_queries(client, url) == plain + 2  # the variants' photos and renditions
    spec = "fill-1200x800|format-webp"  # the hero place's largest WebP

    html = client.get(url).content.decode()
    # The page opens on the first variant: the product's hero, in a box the script refills.
    box = re.search(r"<div class=\"story-hero\" data-variant-hero>(.*?)</div>", html, re.S)[1]
    assert hero.get_rendition(spec).url in box
    assert 'data-photo="variant-photo-1"' in html and 'data-photo="variant-photo-2"' in html
    templates = dict(re.findall(r'<template id="(variant-photo-\d)">(.*?)</template>', html, re.S))
    assert second.image.get_rendition(spec).url in templates["variant-photo-2"]
    assert hero.get_rendition(spec).url in templates["variant-photo-1"]  # no photo of its own

    # A link to the second variant (or a refused add) opens on its photo.
    html = client.get(url, {"variant": second.sku}).content.decode()
    box = re.search(r"<div class=\"story-hero\" data-variant-hero>(.*?)</div>", html, re.S)[1]
    assert second.image.get_rendition(spec).url in box
    assert hero.get_rendition(spec).url not in box


def test_without_variant_photos_the_hero_is_not_swappable(client, media):
    (product,) = build_shop(products=1, variants_per_product=2)
    html = client.get(url_of(StoryPage, "en", product=product)).content.decode()
    assert "data-variant-hero" not in html and "data-photo" not in html
    assert "<template" not in html


def test_producer_page_shows_the_portrait(client, media):
    build_shop(products=1)
    producer = Producer.objects.get()
    producer.portrait = photo("Gốm Lam workshop")
    producer.save()
    html = client.get(url_of(ProducerPage, "en")).content.decode()
    (portrait,) = pictures(html, "portrait")
    assert 'alt="Gốm Lam workshop"' in portrait
    assert sized(portrait, 320, 320) and 'type="image/webp"' in portrait


def test_pages_with_photos_are_valid_html(client, media, tmp_path):
    vnu_require()
    products = build_shop(products=2)
    photograph(products, per_product=3)
    producer = Producer.objects.get()
    producer.portrait = photo("portrait")
    producer.save()
    page = StoryPage.objects.get(locale__language_code="en", product=products[0])
    page.hero_image = products[0].images.first().image
    page.save_revision().publish()
    files = []
    for url in (url_of(ListingPage, "en"), page.url, url_of(ProducerPage, "en")):
        path = tmp_path / f"page-{len(files)}.html"
        path.write_bytes(client.get(url).content)
        files.append(path)
    assert vnu_errors(files) == []


def test_avif_is_not_asked_for_when_switched_off_or_unwritable(client, media, settings):
    products = build_shop(products=1)
    photograph(products)
    settings.LANGNGHE_IMAGE_FORMATS = ("webp",)
    html = client.get(url_of(ListingPage, "en")).content.decode()
    (card,) = pictures(html, "card-image")
    assert 'type="image/webp"' in card and "avif" not in card
    settings.LANGNGHE_IMAGE_FORMATS = ("avif", "tiff")
    assert "cms.E003" in {message.id for message in run_checks()}
