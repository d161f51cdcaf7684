"""The shop's Wagtail admin: listings, product and stock forms, and who may see what."""

import datetime as dt
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupCollectionPermission

import shop.admin.forms
from shop.inventory import StockCountError, stock_allocate
from shop.models import Allocation, Product, ProductVariant, Reservation, Stock
from shop.permissions import ARTISANS, SHOP_STAFF, artisan_group_ensure, shop_staff_group_ensure
from tests.factories import (
    CategoryFactory,
    ExchangeRateFactory,
    MadeToOrderVariantFactory,
    MarketFactory,
    MarketPriceFactory,
    OrderLineFactory,
    ProducerFactory,
    ProductFactory,
    StockFactory,
    UserFactory,
    VariantFactory,
    WarehouseFactory,
)

pytestmark = pytest.mark.django_db


def allocation_made():
    stock = StockFactory(quantity=10)
    stock_allocate(lines=[OrderLineFactory(variant=stock.variant, quantity=2)])
    return Allocation.objects.get(stock=stock)


def reservation_made():
    return Reservation.objects.create(
        stock=StockFactory(),
        cart_token="cart-token-123456",
        quantity=1,
        reserved_until=timezone.now() + dt.timedelta(minutes=20),
    )


# (index URL name, factory of an object that listing must show)
LISTINGS = [
    ("wagtailsnippets_shop_producer:list", ProducerFactory),
    ("wagtailsnippets_shop_category:list", CategoryFactory),
    ("wagtailsnippets_shop_product:list", ProductFactory),
    ("shop_market:index", MarketFactory),
    ("shop_marketprice:index", MarketPriceFactory),
    ("shop_exchangerate:index", ExchangeRateFactory),
    ("shop_warehouse:index", WarehouseFactory),
    ("shop_stock:index", StockFactory),
    ("shop_allocation:index", allocation_made),
    ("shop_reservation:index", reservation_made),
]


def listed(response) -> set[int]:
    assert response.status_code == 200
    return {obj.pk for obj in response.context["object_list"]}


@pytest.fixture
def superuser():
    return UserFactory(username="admin", is_superuser=True, is_staff=True)


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


class TestListings:
    @pytest.mark.parametrize(("url_name", "make"), LISTINGS)
    def test_superuser_sees_a_known_object(self, admin_client, url_name, make):
        obj = make()
        response = admin_client.get(reverse(url_name))
        assert obj.pk in listed(response)

    @pytest.mark.parametrize(("url_name", "make"), LISTINGS)
    def test_user_in_no_group_is_sent_to_the_login_page(self, client, url_name, make):
        make()
        client.force_login(UserFactory())
        response = client.get(reverse(url_name))
        assert response.status_code == 302
        assert response.url.startswith(reverse("wagtailadmin_login"))

    def test_product_search_finds_the_match_and_not_the_other(self, admin_client):
        vase = ProductFactory(name_vi="Bình gốm men lam")
        basket = ProductFactory(name_vi="Giỏ mây tre đan")
        url = reverse("wagtailsnippets_shop_product:list")
        found = listed(admin_client.get(url, {"q": "Bình"}))
        assert vase.pk in found
        assert basket.pk not in found

    def test_producer_search_finds_the_match_and_not_the_other(self, admin_client):
        potter = ProducerFactory(name="Hợp tác xã gốm Bát Tràng")
        weaver = ProducerFactory(name="Làng mây tre Phú Vinh")
        url = reverse("wagtailsnippets_shop_producer:list")
        found = listed(admin_client.get(url, {"q": "Phú Vinh"}))
        assert weaver.pk in found
        assert potter.pk not in found

    def test_stock_search_matches_the_sku(self, admin_client):
        wanted = StockFactory(variant=VariantFactory(sku="CERAMIC-42"))
        other = StockFactory()
        found = listed(admin_client.get(reverse("shop_stock:index"), {"q": "ceramic-4"}))
        assert found == {wanted.pk}
        assert other.pk not in found

    def test_product_filter_by_inventory_policy_narrows_the_list(self, admin_client):
        tracked = ProductFactory()
        made_to_order = ProductFactory(inventory_policy="made_to_order")
        url = reverse("wagtailsnippets_shop_product:list")
        assert listed(admin_client.get(url, {"inventory_policy": "made_to_order"})) == {
            made_to_order.pk
        }
        assert tracked.pk in listed(admin_client.get(url))

    def test_product_filter_by_producer_narrows_the_list(self, admin_client):
        mine, other = ProductFactory(), ProductFactory()
        url = reverse("wagtailsnippets_shop_product:list")
        assert listed(admin_client.get(url, {"producer": mine.producer_id})) == {mine.pk}
        assert other.pk not in listed(admin_client.get(url, {"producer": mine.producer_id}))

    def test_search_combined_with_a_filter_works(self, admin_client):
        # Search backends refuse querysets filtered on non-FilterFields such as category.
        vase = ProductFactory(name_vi="Bình gốm hoa sen")
        ProductFactory(name_vi="Bình gốm hoa cúc")  # another category
        url = reverse("wagtailsnippets_shop_product:list")
        found = listed(admin_client.get(url, {"q": "Bình", "category": vase.category_id}))
        assert found == {vase.pk}

    def test_exchange_rate_filter_by_source_narrows_the_list(self, admin_client):
        ecb = ExchangeRateFactory(source="ecb")
        manual = ExchangeRateFactory(source="manual")
        found = listed(admin_client.get(reverse("shop_exchangerate:index"), {"source": "ecb"}))
        assert found == {ecb.pk}
        assert manual.pk not in found


def product_post_data(producer, category, **variant):
    """The product form as the admin renders it: fields, then the inline formsets."""
    data = {
        "producer": producer.pk,
        "category": category.pk,
        "name_vi": "Bộ ấm chén men rạn",
        "slug": "bo-am-chen-men-ran",
        "customs_description": "Glazed ceramic tea set",
        "hs_code": "691200",
        "country_of_origin": "VN",
        "materials": "Gốm",
        "ocop_stars": "4",
        "inventory_policy": "tracked",
        "is_active": "on",
        "variants-TOTAL_FORMS": "1",
        "variants-INITIAL_FORMS": "0",
        "variants-MIN_NUM_FORMS": "0",
        "variants-MAX_NUM_FORMS": "1000",
        "variants-0-id": "",
        "variants-0-ORDER": "1",
        "variants-0-DELETE": "",
        "variants-0-sku": "AM-CHEN-01",
        "variants-0-name": "Men rạn, 6 chén",
        "variants-0-attributes": '{"glaze": "crackle"}',
        "variants-0-net_weight_g": "900",
        "variants-0-gross_weight_g": "1300",
        "variants-0-length_mm": "300",
        "variants-0-width_mm": "250",
        "variants-0-height_mm": "150",
        "variants-0-base_price": "650000",
        "variants-0-lead_time_days": "",
        "variants-0-is_active": "on",
        "images-TOTAL_FORMS": "0",
        "images-INITIAL_FORMS": "0",
        "images-MIN_NUM_FORMS": "0",
        "images-MAX_NUM_FORMS": "1000",
    }
    data.update({f"variants-0-{name}": value for name, value in variant.items()})
    return data


def edit_post_data(client, url, **changes):
    """The edit form as the browser would post it, with `changes` applied."""
    from wagtail.test.utils.form_data import querydict_from_html

    html = client.get(url).content.decode()
    data = querydict_from_html(html, form_id="w-editor-form")
    for key, value in changes.items():
        data[key] = value
    return data


class TestProductForm:
    def test_add_page_renders_with_the_variant_formset(self, admin_client):
        response = admin_client.get(reverse("wagtailsnippets_shop_product:add"))
        assert response.status_code == 200
        html = response.content.decode()
        assert 'name="variants-TOTAL_FORMS"' in html
        assert 'name="variants-__prefix__-sku"' in html
        assert 'name="images-TOTAL_FORMS"' in html

    def test_edit_page_renders(self, admin_client):
        variant = VariantFactory()
        url = reverse("wagtailsnippets_shop_product:edit", args=[variant.product_id])
        response = admin_client.get(url)
        assert response.status_code == 200
        assert variant.sku in response.content.decode()

    def test_creating_a_product_with_one_variant(self, admin_client):
        producer, category = ProducerFactory(), CategoryFactory()
        response = admin_client.post(
            reverse("wagtailsnippets_shop_product:add"), product_post_data(producer, category)
        )
        assert response.status_code == 302
        product = Product.objects.get(slug="bo-am-chen-men-ran")
        assert product.producer == producer
        variant = product.variants.get()
        assert variant.sku == "AM-CHEN-01"
        assert variant.attributes == {"glaze": "crackle"}
        assert variant.base_price == Decimal("650000")

    def test_blank_variant_attributes_are_saved_as_an_empty_object(self, admin_client):
        data = product_post_data(ProducerFactory(), CategoryFactory(), attributes="")
        response = admin_client.post(reverse("wagtailsnippets_shop_product:add"), data)
        assert response.status_code == 302
        assert ProductVariant.objects.get(sku="AM-CHEN-01").attributes == {}

    def test_invalid_variant_reshows_the_form_and_saves_nothing(self, admin_client):
        data = product_post_data(ProducerFactory(), CategoryFactory(), gross_weight_g="100")
        response = admin_client.post(reverse("wagtailsnippets_shop_product:add"), data)
        assert response.status_code == 200
        assert not Product.objects.exists()

    def test_a_variant_with_stock_cannot_be_deleted(self, admin_client):
        stock = StockFactory(quantity=3)
        variant, product = stock.variant, stock.variant.product
        data = product_post_data(product.producer, product.category)
        data.update(
            {
                "slug": product.slug,
                "variants-INITIAL_FORMS": "1",
                "variants-0-id": str(variant.pk),
                "variants-0-sku": variant.sku,
                "variants-0-DELETE": "1",
            }
        )
        url = reverse("wagtailsnippets_shop_product:edit", args=[product.pk])
        response = admin_client.post(url, data)
        assert response.status_code == 200
        assert response.context["form"].non_field_errors()
        assert ProductVariant.objects.filter(pk=variant.pk).exists()
        assert Stock.objects.get(pk=stock.pk).quantity == 3


def stock_post_data(stock, quantity):
    return {"warehouse": stock.warehouse_id, "variant": stock.variant_id, "quantity": quantity}


class TestStockForm:
    def test_editing_the_quantity_updates_the_row(self, admin_client):
        stock = StockFactory(quantity=10)
        url = reverse("shop_stock:edit", args=[stock.pk])
        assert admin_client.get(url).status_code == 200
        response = admin_client.post(url, stock_post_data(stock, 25))
        assert response.status_code == 302
        stock.refresh_from_db()
        assert stock.quantity == 25

    def test_quantity_allocated_is_not_a_form_field(self, admin_client):
        stock = StockFactory(quantity=10)
        stock_allocate(lines=[OrderLineFactory(variant=stock.variant, quantity=4)])
        url = reverse("shop_stock:edit", args=[stock.pk])
        assert "quantity_allocated" not in admin_client.get(url).context["form"].fields
        response = admin_client.post(url, {**stock_post_data(stock, 12), "quantity_allocated": 0})
        assert response.status_code == 302
        stock.refresh_from_db()
        assert (stock.quantity, stock.quantity_allocated) == (12, 4)

    def test_count_below_the_allocated_units_reshows_the_form(self, admin_client):
        stock = StockFactory(quantity=10)
        stock_allocate(lines=[OrderLineFactory(variant=stock.variant, quantity=4)])
        url = reverse("shop_stock:edit", args=[stock.pk])
        response = admin_client.post(url, stock_post_data(stock, 3))
        assert response.status_code == 200
        assert response.context["form"].errors["quantity"]
        stock.refresh_from_db()
        assert (stock.quantity, stock.quantity_allocated) == (10, 4)

    def test_negative_count_reshows_the_form(self, admin_client):
        stock = StockFactory(quantity=10)
        response = admin_client.post(
            reverse("shop_stock:edit", args=[stock.pk]), stock_post_data(stock, -1)
        )
        assert response.status_code == 200
        assert response.context["form"].errors["quantity"]
        stock.refresh_from_db()
        assert stock.quantity == 10

    def test_count_refused_while_saving_reshows_the_form(self, admin_client, monkeypatch):
        # An order allocates between validation and saving: the second call refuses.
        stock = StockFactory(quantity=10)
        real = shop.admin.forms.stock_set_quantity
        calls = []

        def refused_when_saving(**kwargs):
            calls.append(kwargs)
            if len(calls) > 1:
                raise StockCountError("5 unit(s) are already allocated to orders.")
            return real(**kwargs)

        monkeypatch.setattr(shop.admin.forms, "stock_set_quantity", refused_when_saving)
        response = admin_client.post(
            reverse("shop_stock:edit", args=[stock.pk]), stock_post_data(stock, 2)
        )
        assert response.status_code == 200
        assert response.context["form"].errors["quantity"]
        assert len(calls) == 2
        stock.refresh_from_db()
        assert stock.quantity == 10

    def test_warehouse_and_variant_of_a_row_cannot_be_changed(self, admin_client):
        stock = StockFactory(quantity=10)
        warehouse_id, other_warehouse = stock.warehouse_id, WarehouseFactory()
        data = {**stock_post_data(stock, 11), "warehouse": other_warehouse.pk}
        response = admin_client.post(reverse("shop_stock:edit", args=[stock.pk]), data)
        assert response.status_code == 302
        stock.refresh_from_db()
        assert (stock.warehouse_id, stock.quantity) == (warehouse_id, 11)
        assert not Stock.objects.filter(warehouse=other_warehouse).exists()

    def test_creating_a_row_records_the_count(self, admin_client):
        warehouse, variant = WarehouseFactory(), VariantFactory()
        response = admin_client.post(
            reverse("shop_stock:add"),
            {"warehouse": warehouse.pk, "variant": variant.pk, "quantity": 7},
        )
        assert response.status_code == 302
        stock = Stock.objects.get(warehouse=warehouse, variant=variant)
        assert (stock.quantity, stock.quantity_allocated) == (7, 0)

    def test_creating_a_second_row_for_the_same_place_and_variant_is_refused(self, admin_client):
        stock = StockFactory(quantity=10)
        response = admin_client.post(reverse("shop_stock:add"), stock_post_data(stock, 99))
        assert response.status_code == 200
        assert response.context["form"].errors["variant"]
        assert Stock.objects.get().quantity == 10

    def test_made_to_order_variants_get_no_stock_row(self, admin_client):
        warehouse, variant = WarehouseFactory(), MadeToOrderVariantFactory()
        response = admin_client.post(
            reverse("shop_stock:add"),
            {"warehouse": warehouse.pk, "variant": variant.pk, "quantity": 5},
        )
        assert response.status_code == 200
        assert response.context["form"].errors["variant"]
        assert not Stock.objects.exists()

    def test_stock_rows_cannot_be_deleted_in_the_admin(self, admin_client):
        stock = StockFactory()
        response = admin_client.post(reverse("shop_stock:delete", args=[stock.pk]))
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_home")
        assert Stock.objects.filter(pk=stock.pk).exists()

    def test_allocations_cannot_be_edited_in_the_admin(self, admin_client):
        allocation = allocation_made()
        response = admin_client.get(reverse("shop_allocation:edit", args=[allocation.pk]))
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_home")
        inspect = admin_client.get(reverse("shop_allocation:inspect", args=[allocation.pk]))
        assert inspect.status_code == 200


@pytest.fixture
def artisan_setup():
    """An artisan who edits producer A; producer B has a product of its own."""
    artisan = UserFactory(username="artisan")
    artisan.groups.add(artisan_group_ensure())
    product_a = ProductFactory(name_vi="Bình gốm của A")
    product_b = ProductFactory(name_vi="Bình gốm của B")
    product_a.producer.editors.add(artisan)
    return artisan, product_a, product_b


class TestArtisans:
    def test_artisan_lists_only_their_producers_products(self, client, artisan_setup):
        artisan, product_a, product_b = artisan_setup
        client.force_login(artisan)
        url = reverse("wagtailsnippets_shop_product:list")
        assert listed(client.get(url)) == {product_a.pk}
        assert listed(client.get(url, {"q": "Bình"})) == {product_a.pk}

    def test_artisan_lists_only_their_producers(self, client, artisan_setup):
        artisan, product_a, _product_b = artisan_setup
        client.force_login(artisan)
        found = listed(client.get(reverse("wagtailsnippets_shop_producer:list")))
        assert found == {product_a.producer_id}

    def test_artisan_edits_their_product(self, client, artisan_setup):
        artisan, product_a, _product_b = artisan_setup
        client.force_login(artisan)
        url = reverse("wagtailsnippets_shop_product:edit", args=[product_a.pk])
        assert client.get(url).status_code == 200

    def test_artisan_is_refused_another_producers_product(self, client, artisan_setup):
        artisan, _product_a, product_b = artisan_setup
        client.force_login(artisan)
        url = reverse("wagtailsnippets_shop_product:edit", args=[product_b.pk])
        for response in (client.get(url), client.post(url, {"name_vi": "Hijacked"})):
            # Wagtail answers PermissionDenied with a redirect to the dashboard and a message.
            assert response.status_code == 302
            assert response.url == reverse("wagtailadmin_home")
            assert any(m.level_tag == "error" for m in get_messages(response.wsgi_request))
        product_b.refresh_from_db()
        assert product_b.name_vi == "Bình gốm của B"

    def test_artisan_may_only_choose_their_producers(self, client, artisan_setup):
        artisan, product_a, product_b = artisan_setup
        client.force_login(artisan)
        url = reverse("wagtailsnippets_shop_product:add")
        choices = client.get(url).context["form"].fields["producer"].queryset
        assert list(choices) == [product_a.producer]
        data = product_post_data(product_b.producer, product_b.category)
        response = client.post(url, data)
        assert response.status_code == 200
        assert response.context["form"].errors["producer"]
        assert not Product.objects.filter(slug=data["slug"]).exists()

    def test_artisan_creates_a_product_for_their_producer(self, client, artisan_setup):
        artisan, product_a, _product_b = artisan_setup
        client.force_login(artisan)
        data = product_post_data(product_a.producer, product_a.category)
        response = client.post(reverse("wagtailsnippets_shop_product:add"), data)
        assert response.status_code == 302
        assert Product.objects.get(slug=data["slug"]).producer == product_a.producer

    def test_an_artisans_new_product_waits_for_staff_to_go_on_sale(self, client, artisan_setup):
        artisan, product_a, _product_b = artisan_setup
        client.force_login(artisan)
        data = product_post_data(product_a.producer, product_a.category, base_price="1")
        assert client.post(reverse("wagtailsnippets_shop_product:add"), data).status_code == 302
        product = Product.objects.get(slug=data["slug"])
        assert (product.is_active, product.ocop_stars) == (False, None)  # posted: on, 4
        assert product.variants.get().is_active is False

    def test_certification_and_sale_fields_are_not_offered_to_artisans(self, client, artisan_setup):
        artisan, product_a, _product_b = artisan_setup
        client.force_login(artisan)
        html = client.get(
            reverse("wagtailsnippets_shop_product:edit", args=[product_a.pk])
        ).content.decode()
        assert 'name="ocop_stars"' not in html
        assert 'name="is_active"' not in html

    def test_an_artisan_cannot_change_the_price_of_a_product_on_sale(self, client, artisan_setup):
        artisan, product_a, _product_b = artisan_setup
        variant = VariantFactory(product=product_a, base_price=Decimal("650000"))
        client.force_login(in_english(artisan))
        url = reverse("wagtailsnippets_shop_product:edit", args=[product_a.pk])
        data = edit_post_data(client, url, **{"variants-0-base_price": "6500"})
        response = client.post(url, data)
        assert response.status_code == 200
        assert "ask shop staff to change its prices" in response.content.decode()
        variant.refresh_from_db()
        assert variant.base_price == Decimal("650000")

    def test_staff_change_the_price_of_a_product_on_sale(self, client, artisan_setup):
        _artisan, product_a, _product_b = artisan_setup
        variant = VariantFactory(product=product_a, base_price=Decimal("650000"))
        staff = UserFactory(username="staff")
        staff.groups.add(shop_staff_group_ensure())
        client.force_login(staff)
        url = reverse("wagtailsnippets_shop_product:edit", args=[product_a.pk])
        data = edit_post_data(client, url, **{"variants-0-base_price": "700000"})
        assert client.post(url, data).status_code == 302
        variant.refresh_from_db()
        assert variant.base_price == Decimal("700000")

    def test_artisan_reaches_only_their_producers_stock(self, client, artisan_setup):
        # Artisans count their own products' stock (issue 13), never another producer's.
        artisan, product_a, product_b = artisan_setup
        mine = StockFactory(variant=VariantFactory(product=product_a))
        theirs = StockFactory(variant=VariantFactory(product=product_b))
        client.force_login(artisan)
        html = client.get(reverse("shop_stock:index")).content.decode()
        assert mine.variant.sku in html and theirs.variant.sku not in html

    def test_artisans_menu_offers_products_and_their_stock(self, client, artisan_setup):
        artisan, _product_a, _product_b = artisan_setup
        client.force_login(artisan)
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert reverse("wagtailsnippets_shop_product:list") in html
        assert reverse("shop_stock:index") in html

    def test_shop_staff_see_every_product(self, client, artisan_setup):
        _artisan, product_a, product_b = artisan_setup
        staff = UserFactory(username="staff")
        staff.groups.add(shop_staff_group_ensure())
        client.force_login(staff)
        found = listed(client.get(reverse("wagtailsnippets_shop_product:list")))
        assert {product_a.pk, product_b.pk} <= found
        url = reverse("wagtailsnippets_shop_product:edit", args=[product_b.pk])
        assert client.get(url).status_code == 200


def permission_names(group):
    return {
        f"{p.content_type.app_label}.{p.codename}"
        for p in group.permissions.select_related("content_type")
    }


def collection_permission_names(group):
    return set(
        GroupCollectionPermission.objects.filter(group=group).values_list(
            "collection_id", "permission__codename"
        )
    )


class TestGroups:
    def test_artisan_group_ensure_is_idempotent(self):
        first = artisan_group_ensure()
        perms, images = permission_names(first), collection_permission_names(first)
        second = artisan_group_ensure()
        assert first.pk == second.pk
        assert Group.objects.filter(name=ARTISANS).count() == 1
        assert permission_names(second) == perms
        assert collection_permission_names(second) == images
        assert {"wagtailadmin.access_admin", "shop.change_product", "shop.view_producer"} <= perms
        assert "shop.change_producer" not in perms
        # Nothing on the root collection: files come through each producer's own group.
        assert images == set()

    def test_a_producers_editors_work_in_its_collection_only(self):
        from wagtail.models import GroupCollectionPermission

        from shop.collections import producer_collection

        artisan_group_ensure()
        producer, other = ProducerFactory(), ProducerFactory()
        artisan = UserFactory(username="artisan")
        producer.editors.add(artisan)
        own = producer_collection(producer=producer)
        granted = GroupCollectionPermission.objects.filter(group__user=artisan)
        assert {p.collection for p in granted} == {own}
        assert {p.permission.codename for p in granted} >= {"add_image", "choose_document"}
        assert producer_collection(producer=other) != own
        producer.editors.remove(artisan)
        assert not GroupCollectionPermission.objects.filter(group__user=artisan).exists()

    def test_shop_staff_group_ensure_is_idempotent_and_order_records_are_view_only(self):
        perms = permission_names(shop_staff_group_ensure())
        assert permission_names(shop_staff_group_ensure()) == perms
        assert Group.objects.filter(name=SHOP_STAFF).count() == 1
        assert {"shop.delete_product", "shop.change_stock", "shop.view_order"} <= perms
        assert "shop.change_order" in perms  # acting on orders, through shop/orders.py
        forbidden = {"shop.add_order", "shop.delete_order", "shop.change_orderline"}
        assert not (forbidden | {"shop.add_allocation", "shop.delete_reservation"}) & perms


def in_english(user):
    """The admin speaks the user's preferred language (the site default is Vietnamese)."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


class TestExchangeRateForm:
    """shop/admin/forms.py ExchangeRateForm: codes checked, large moves confirmed."""

    @pytest.fixture(autouse=True)
    def _english(self, superuser):
        in_english(superuser)

    def post(self, admin_client, **fields):
        data = {
            "base_currency": "USD",
            "quote_currency": "VND",
            "rate": "26200",
            "date": "2026-11-21",
            "source": "manual",
            **fields,
        }
        return admin_client.post(reverse("shop_exchangerate:add"), data)

    @pytest.fixture
    def yesterday(self):
        from shop.models import ExchangeRate

        return ExchangeRate.objects.create(
            base_currency="USD",
            quote_currency="VND",
            rate=Decimal("26185"),
            date=dt.date(2026, 11, 20),
            source="vietcombank",
        )

    def test_a_rate_off_by_a_thousand_is_refused_until_confirmed(self, admin_client, yesterday):
        from shop.models import ExchangeRate

        refused = self.post(admin_client, rate="26.2")
        assert refused.status_code == 200
        assert "moves it by more than 25 %" in refused.content.decode()
        assert ExchangeRate.objects.count() == 1
        confirmed = self.post(admin_client, rate="26.2", confirm_change="on")
        assert confirmed.status_code == 302
        assert ExchangeRate.objects.get(date=dt.date(2026, 11, 21)).rate == Decimal("26.2")

    def test_an_ordinary_move_needs_no_confirmation(self, admin_client, yesterday):
        assert self.post(admin_client).status_code == 302

    @pytest.mark.parametrize(
        ("fields", "message"),
        [
            ({"base_currency": "XYZ"}, "ISO 4217"),
            ({"quote_currency": "dng"}, "ISO 4217"),
            ({"base_currency": "VND"}, "two different currencies"),
        ],
    )
    def test_currency_codes_are_checked(self, admin_client, fields, message):
        from shop.models import ExchangeRate

        response = self.post(admin_client, **fields)
        assert response.status_code == 200
        assert message in response.content.decode()
        assert not ExchangeRate.objects.exists()

    def test_a_lower_case_code_is_stored_upper_case(self, admin_client):
        from shop.models import ExchangeRate

        assert self.post(admin_client, base_currency="usd").status_code == 302
        assert ExchangeRate.objects.get().base_currency == "USD"
