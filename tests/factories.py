"""Factories for test data (factory_boy). Defaults make a small, valid tracked product."""

from decimal import Decimal

import factory
from django.contrib.auth import get_user_model

from shop.models import (
    Category,
    ExchangeRate,
    Market,
    MarketPrice,
    Order,
    OrderLine,
    Producer,
    Product,
    ProductVariant,
    Stock,
    Warehouse,
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.com")
    password = factory.django.Password("correct horse battery staple")


class ProducerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Producer

    name = factory.Sequence(lambda n: f"Hợp tác xã gốm {n}")
    slug = factory.Sequence(lambda n: f"producer-{n}")
    kind = "cooperative"
    craft_village = "Bát Tràng"
    province = "Hà Nội"


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    name = factory.Sequence(lambda n: f"Gốm sứ {n}")
    name_translations = factory.Sequence(lambda n: {"en": f"Ceramics {n}"})
    slug = factory.Sequence(lambda n: f"category-{n}")


class ProductFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Product

    producer = factory.SubFactory(ProducerFactory)
    category = factory.SubFactory(CategoryFactory)
    name_vi = factory.Sequence(lambda n: f"Bộ ấm chén men lam {n}")
    slug = factory.Sequence(lambda n: f"product-{n}")
    customs_description = "Glazed ceramic tea set"
    hs_code = "691200"


class VariantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProductVariant

    product = factory.SubFactory(ProductFactory)
    sku = factory.Sequence(lambda n: f"SKU-{n:05d}")
    net_weight_g = 800
    gross_weight_g = 1100
    length_mm = 300
    width_mm = 200
    height_mm = 150
    base_price = Decimal("450000")


class MadeToOrderVariantFactory(VariantFactory):
    product = factory.SubFactory(ProductFactory, inventory_policy="made_to_order")
    lead_time_days = 21


class WarehouseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Warehouse

    name = factory.Sequence(lambda n: f"Kho {n}")
    code = factory.Sequence(lambda n: f"wh-{n}")


class StockFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Stock

    warehouse = factory.SubFactory(WarehouseFactory)
    variant = factory.SubFactory(VariantFactory)
    quantity = 10


class MarketFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Market

    name = factory.Sequence(lambda n: f"Market {n}")
    slug = factory.Sequence(lambda n: f"market-{n}")
    currency = "USD"
    default_language = "en"
    rounding_rule = "none"


class MarketPriceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MarketPrice

    market = factory.SubFactory(MarketFactory)
    variant = factory.SubFactory(VariantFactory)
    amount = Decimal("19.99")


class ExchangeRateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExchangeRate

    base_currency = "USD"
    quote_currency = "VND"
    rate = Decimal("25000")
    date = factory.Faker("date_object")
    source = "manual"


class OrderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Order

    currency = "USD"


class OrderLineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OrderLine

    order = factory.SubFactory(OrderFactory)
    variant = factory.SubFactory(VariantFactory)
    sku = factory.LazyAttribute(lambda line: line.variant.sku)
    product_name = factory.LazyAttribute(lambda line: line.variant.product.name_vi)
    quantity = 1
    unit_price = Decimal("19.99")
    currency = "USD"
