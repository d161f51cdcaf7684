"""cms/admin_dashboard.py: the artisan's panel on the admin's dashboard."""

from html import unescape

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tests.checkout.test_admin_orders import english
from tests.cms.test_permissions import artisan, staff, tree  # noqa: F401 (fixtures)
from tests.factories import StockFactory, VariantFactory
from tests.shop.test_reports import sold

pytestmark = pytest.mark.django_db


def dashboard(user) -> str:
    client = Client()
    client.force_login(english(user))
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return unescape(response.content.decode())


def test_an_artisan_sees_their_work_and_nothing_of_another_producers(tree, artisan):  # noqa: F811
    mine = sold(
        variant=StockFactory(variant=VariantFactory(product=tree.product_a)).variant,
        quantity=2,
        price="20.00",
        email="shopper@example.com",
        shipping_address={"name": "Ann Lee", "street_address": "1 Market St"},
    )
    theirs = sold(variant=StockFactory(variant=VariantFactory(product=tree.product_b)).variant)
    html = dashboard(artisan)
    assert "Your workshop" in html
    # The line to prepare: the order's reference and what to make, never the shopper.
    line = mine.lines.get()
    assert f"{mine.reference} · 2 × {line.label} ({line.sku})" in html
    assert "shopper@example.com" not in html and "Ann Lee" not in html
    assert "1 Market St" not in html
    assert theirs.reference not in html and tree.product_b.name_vi not in html
    assert "This month: 2 pieces sold (₫1,040,000)." in html
    # Their products and stories one click away, and their QR label sheet.
    assert reverse("wagtailsnippets_shop_product:edit", args=[tree.product_a.pk]) in html
    assert reverse("wagtailadmin_pages:edit", args=[tree.story_a.pk]) in html
    assert reverse("wagtailadmin_pages:edit", args=[tree.story_b.pk]) not in html
    with translation.override("en"):  # the admin's language
        assert reverse("storefront:qr_sheet", args=[tree.producer_a.pk]) in html
        assert reverse("storefront:qr_sheet", args=[tree.producer_b.pk]) not in html


def test_shop_staff_get_the_shops_panel_not_the_workshop(tree, staff):  # noqa: F811
    html = dashboard(staff)
    assert "Your workshop" not in html and "The shop today" in html


def test_sales_of_other_producers_are_not_counted(tree, artisan):  # noqa: F811
    sold(variant=StockFactory(variant=VariantFactory(product=tree.product_b)).variant)
    assert "This month: 0 pieces sold (₫0)." in dashboard(artisan)


# --- their stock ---------------------------------------------------------------------------------


def client_of(user) -> Client:
    client = Client()
    client.force_login(english(user))
    return client


def test_an_artisan_sees_and_counts_their_own_stock_only(tree, artisan):  # noqa: F811
    mine = StockFactory(variant=VariantFactory(product=tree.product_a), quantity=4)
    theirs = StockFactory(variant=VariantFactory(product=tree.product_b), quantity=9)
    html = dashboard(artisan)
    assert reverse("shop_stock:edit", args=[mine.pk]) in html
    assert reverse("shop_stock:edit", args=[theirs.pk]) not in html
    assert theirs.variant.sku not in html

    client = client_of(artisan)
    listing = client.get(reverse("shop_stock:index")).content.decode()
    assert mine.variant.sku in listing and theirs.variant.sku not in listing
    edit = reverse("shop_stock:edit", args=[mine.pk])
    data = {"warehouse": mine.warehouse_id, "variant": mine.variant_id, "quantity": 7}
    assert client.post(edit, data).status_code == 302
    mine.refresh_from_db()
    assert mine.quantity == 7  # through shop.inventory.stock_set_quantity

    xhr = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}
    other = reverse("shop_stock:edit", args=[theirs.pk])
    assert client.post(other, {**data, "quantity": 0}, **xhr).status_code == 403
    for name in ("edit", "history", "usage"):
        url = reverse(f"shop_stock:{name}", args=[theirs.pk])
        assert client.get(url, **xhr).status_code == 403, name
    assert client.get(reverse("shop_stock:history", args=[mine.pk])).status_code == 200
    theirs.refresh_from_db()
    assert theirs.quantity == 9


def test_an_artisan_may_only_add_a_count_for_their_own_products(tree, artisan):  # noqa: F811
    from shop.models import Stock, Warehouse

    warehouse = Warehouse.objects.create(name="Kho Bát Tràng", code="BT")
    mine, theirs = VariantFactory(product=tree.product_a), VariantFactory(product=tree.product_b)
    client = client_of(artisan)
    form = client.get(reverse("shop_stock:add")).content.decode()
    assert mine.sku in form and theirs.sku not in form

    data = {"warehouse": warehouse.pk, "variant": theirs.pk, "quantity": 5}
    response = client.post(reverse("shop_stock:add"), data)
    assert response.status_code == 200  # the form again: that variant is not a choice
    assert not Stock.objects.filter(variant=theirs).exists()
    data["variant"] = mine.pk
    assert client.post(reverse("shop_stock:add"), data).status_code == 302
    assert Stock.objects.get(variant=mine).quantity == 5


def test_an_artisan_never_sees_the_shops_low_stock(tree, artisan):  # noqa: F811
    theirs = StockFactory(variant=VariantFactory(product=tree.product_b), quantity=1)
    html = dashboard(artisan)
    assert "The shop today" not in html and theirs.variant.sku not in html
