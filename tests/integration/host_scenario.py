"""Run inside a host site (its own virtualenv, its own `config` settings), never by pytest.

After docs/integration.md's steps: add a producer, a product and its story (in English and
Vietnamese) under the shop page `shop_bootstrap` made, then visit it and buy it as a shopper
would, with Django's test client in the host's process. Prints what it saw as JSON for
tests/test_integration.py to assert on.
"""

import datetime as dt
import json
import os
import re
import sys
from decimal import Decimal

import django

sys.path.insert(0, os.getcwd())  # the host site's folder (this file lives elsewhere)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
django.setup()

from django.test.utils import setup_test_environment  # noqa: E402

setup_test_environment()  # responses carry their context and templates, as in tests

from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone, translation  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from checkout.models import DutyRule, ShippingMethod, ShippingRate, ShippingZone  # noqa: E402
from cms.models import HomePage, ProducerIndexPage, ProducerPage, StoryPage  # noqa: E402
from shop.inventory import stock_set_quantity  # noqa: E402
from shop.models import (  # noqa: E402
    Category,
    ExchangeRate,
    Order,
    Producer,
    Product,
    ProductVariant,
    Warehouse,
)

ADDRESS = {
    "country": "JP",
    "email": "hana@example.jp",
    "name": "山田 花子",
    "street_address": "千代田区千代田1-1",
    "country_area": "東京都",
    "postal_code": "100-0001",
    "phone": "03-1234-5678",
}


def catalogue_build() -> ProductVariant:
    today = timezone.localdate()
    ExchangeRate.objects.create(
        base_currency="JPY", quote_currency="VND", rate=Decimal("170"), date=today, source="manual"
    )
    producer = Producer.objects.create(
        name="Hợp tác xã Gốm Bát Tràng",
        slug="gom-bat-trang",
        kind="cooperative",
        craft_village="Bát Tràng",
        province="Hà Nội",
    )
    category = Category.objects.create(
        name="Gốm sứ", name_translations={"en": "Ceramics"}, slug="ceramics"
    )
    product = Product.objects.create(
        producer=producer,
        category=category,
        name_vi="Bộ ấm chén men lam",
        slug="tea-set",
        customs_description="Glazed ceramic tea set",
        hs_code="691200",
        is_active=True,
    )
    variant = ProductVariant.objects.create(
        product=product,
        sku="BT-TEA-1",
        net_weight_g=800,
        gross_weight_g=1100,
        length_mm=300,
        width_mm=200,
        height_mm=150,
        base_price=Decimal("450000"),
    )
    stock_set_quantity(variant=variant, warehouse=Warehouse.objects.get(), quantity=5)
    zone = ShippingZone.objects.create(name="Export", countries=["JP"])
    method = ShippingMethod.objects.create(
        zone=zone,
        name="VNPost EMS",
        carrier="VNPost",
        currency="VND",
        volumetric_divisor=6000,
        max_weight_g=30000,
        days_min=5,
        days_max=10,
    )
    ShippingRate.objects.create(method=method, up_to_g=30000, price=Decimal("400000"))
    DutyRule.objects.create(
        name="Japan",
        countries=["JP"],
        currency="JPY",
        de_minimis_duty=Decimal("10000"),
        de_minimis_tax=Decimal("10000"),
        vat_rate=Decimal("10"),
        valid_from=dt.date(2020, 1, 1),
        source="https://example.org/rules",
        source_date=today,
    )
    return variant


def story_pages(variant: ProductVariant) -> tuple[StoryPage, StoryPage]:
    shop_home = HomePage.objects.get()
    makers = shop_home.add_child(instance=ProducerIndexPage(title="Makers", slug="makers"))
    maker = makers.add_child(
        instance=ProducerPage(
            title="Gốm Bát Tràng", slug="bat-trang", producer=variant.product.producer
        )
    )
    story = maker.add_child(
        instance=StoryPage(
            title="Blue-glaze tea set",
            slug="tea-set",
            product=variant.product,
            summary="Thrown and glazed by hand in Bát Tràng.",
        )
    )
    for page in (makers, maker, story):
        page.save_revision().publish()
    vi, _created = Locale.objects.get_or_create(language_code="vi")  # Settings › Locales
    translated = story.copy_for_translation(vi, copy_parents=True)
    translated.title = "Bộ ấm chén men lam"
    ancestors = translated.get_ancestors().filter(locale=vi, alias_of__isnull=True).specific()
    for page in [*ancestors, translated]:  # copied parents are aliases: live already
        page.save_revision().publish()
    return story, StoryPage.objects.get(pk=translated.pk)


def checkout(client: Client, variant: ProductVariant) -> dict:
    cart_add = reverse("checkout:cart_add")
    assert client.post(cart_add, {"variant": variant.sku, "quantity": 1}).status_code == 302
    address_url = reverse("checkout:address")
    page = client.get(address_url)
    response = client.post(address_url, {**ADDRESS, "method": page.context["selected"]})
    assert response.status_code == 302, response.content.decode()[:2000]
    review = client.get(response["Location"]).content.decode()
    fingerprint = re.search(r'name="fingerprint" value="([0-9a-f]*)"', review).group(1)
    placed = client.post(reverse("checkout:place"), {"fingerprint": fingerprint})
    assert placed.status_code == 302, placed.content.decode()[:2000]
    order = Order.objects.get()
    pay = client.get(placed["Location"])
    paid = client.post(reverse("payments:dummy_pay", args=[order.token]), {"outcome": "succeed"})
    order.refresh_from_db()
    return {
        "pay_page": pay.status_code,
        "paid_redirect": paid.status_code,
        "order_status": order.status,
        "order_total": f"{order.total} {order.currency}",
        "unit_price": str(order.lines.get().unit_price),
    }


def main() -> None:
    variant = catalogue_build()
    story_en, story_vi = story_pages(variant)
    client = Client()
    en = client.get(story_en.url)
    vi = Client().get(story_vi.url)
    with translation.override("vi"):
        add_vi = translation.gettext("Add to cart")
    seen = {
        "story_en_url": story_en.url,
        "story_vi_url": story_vi.url,
        "story_en": en.status_code,
        "story_vi": vi.status_code,
        "add_to_cart_vi": add_vi,
        "vi_has_translated_ui": add_vi != "Add to cart" and add_vi in vi.content.decode(),
        "en_has_english_ui": "Add to cart" in en.content.decode(),
        "en_shop_name": "Hợp tác xã Gốm Bát Tràng" in en.content.decode(),
        "host_layout": "host-layout" in en.content.decode(),
        "host_home": Client().get("/").status_code,
        "host_home_is_hosts": "home/home_page.html"
        in [t.name for t in Client().get("/").templates if t.name],
        **checkout(client, variant),
    }
    json.dump(seen, sys.stdout)


if __name__ == "__main__":
    main()
