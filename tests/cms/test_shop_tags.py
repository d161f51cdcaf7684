"""cms/templatetags/shop_tags.py: structured data is escaped the way `json_script` escapes, so
no artisan-written text can end the script element (on the live page and in the admin preview)."""

import json
import re

import pytest
from django.urls import reverse

from cms.models import StoryPage
from cms.templatetags.shop_tags import json_ld
from shop.models import ProductVariant

pytestmark = pytest.mark.django_db

PAYLOAD = 'x</script><script>alert("owned")</script><!--'
PRODUCER = "Gốm </SCRIPT><img src=x onerror=alert(1)> & <!-- Lam"


def ld_blocks(html: str) -> list[str]:
    return re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)


def hostile_story(shop) -> StoryPage:
    variant = ProductVariant.objects.get(product=shop[0])
    variant.name = PAYLOAD
    variant.save()
    producer = shop[0].producer
    producer.name = PRODUCER
    producer.save()
    return StoryPage.objects.get(locale__language_code="en", product=shop[0])


def assert_escaped(html: str) -> None:
    [block] = ld_blocks(html)
    assert "<" not in block and ">" not in block
    data = json.loads(block)
    assert data["offers"][0]["name"] == PAYLOAD
    assert data["brand"]["name"] == PRODUCER
    assert '<script>alert("owned")' not in html
    assert "<img src=x" not in html


def test_json_ld_escapes_what_could_close_the_script_element():
    html = json_ld({"name": "</script><!-- & ' \u2028"})
    assert html.startswith('<script type="application/ld+json">')
    assert html.count("</script>") == 1
    body = html.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert "\\u003C/script\\u003E\\u003C!-- \\u0026" in body
    assert json.loads(body) == {"name": "</script><!-- & ' \u2028"}


def test_a_hostile_variant_name_stays_data_on_the_story_page(client, shop):
    page = hostile_story(shop)
    response = client.get(page.url)
    assert response.status_code == 200
    assert_escaped(response.content.decode())


def test_a_hostile_variant_name_stays_data_in_the_admin_preview(client, shop, admin_user):
    page = hostile_story(shop)
    page.save_revision()  # a draft to preview
    client.force_login(admin_user)
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    assert response.status_code == 200
    assert_escaped(response.content.decode())
