"""A small storefront built through the same page builder as the demo, with synthetic texts."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from langnghe_demo.pages import demo_pages_load
from tests.factories import (
    CategoryFactory,
    ExchangeRateFactory,
    MadeToOrderVariantFactory,
    MarketFactory,
    ProducerFactory,
    ProductFactory,
    StockFactory,
    VariantFactory,
)

LANGS = ("vi", "en", "ja")
ALL = ("vi", "en", "ja", "ko", "fr", "de", "zh-hans")
SECTIONS = {
    "shop": {code: f"Shop [{code}]" for code in ALL},
    "makers": {code: f"Makers [{code}]" for code in ALL},
    "news": {code: f"News [{code}]" for code in ALL},
}


def texts(name: str, languages=LANGS) -> dict:
    return {
        code: {
            "title": f"{name} [{code}]",
            "summary": f"Summary of {name} in {code}",
            "intro": f"Intro {name} {code}",
            "body": [("text", f"<p>Story of {name} in {code}.</p>")],
        }
        for code in languages
    }


def markets_build() -> None:
    """Markets (JP/JPY, EU/EUR, VN/VND, US/USD default) and today's rates to VND."""
    today = timezone.localdate()
    for code, rate in (("JPY", "170"), ("EUR", "30000"), ("USD", "26000")):
        ExchangeRateFactory(
            base_currency=code, quote_currency="VND", rate=Decimal(rate), date=today
        )
    MarketFactory(
        name="Japan",
        slug="jp",
        countries=["JP"],
        currency="JPY",
        default_language="ja",
        rounding_rule="ceil_100",
    )
    MarketFactory(
        name="Euro area",
        slug="eu",
        countries=["DE", "FR"],
        currency="EUR",
        default_language="de",
        rounding_rule="ceil_99",
    )
    MarketFactory(
        name="Việt Nam",
        slug="vn",
        countries=["VN"],
        currency="VND",
        default_language="vi",
        rounding_rule="nearest_1000",
    )
    MarketFactory(
        name="United States",
        slug="us",
        countries=["US"],
        currency="USD",
        default_language="en",
        rounding_rule="ceil_99",
        is_default=True,
    )


def build_shop(
    *,
    products: int = 4,
    variants_per_product: int = 1,
    ja_stories: int | None = None,
    story_languages: tuple[str, ...] = LANGS,
    category_names: dict[str, str] | None = None,
):
    """Markets (JP/JPY, EU/EUR, VN/VND, US/USD default), rates, one producer, products and pages.

    `category_names`: the category's `name_translations` (English only by default), which also
    title its listing pages."""
    markets_build()
    producer = ProducerFactory(slug="gom-lam", name="HTX Gốm Lam", province="Hà Nội", ocop_stars=4)
    category = CategoryFactory(
        slug="gom-su", name="Gốm sứ", name_translations=category_names or {"en": "Ceramics"}
    )
    made = []
    for index in range(products):
        product = ProductFactory(
            producer=producer, category=category, slug=f"product-{index}", ocop_stars=3 + index % 3
        )
        for number in range(variants_per_product):
            variant = VariantFactory(product=product, base_price=Decimal(1290000 + 10000 * number))
            StockFactory(variant=variant, quantity=5)
        made.append(product)
    ja = products if ja_stories is None else ja_stories
    stories = {
        p.slug: texts(f"Product {i}", story_languages if i < ja else ("vi", "en"))
        for i, p in enumerate(made)
    }
    demo_pages_load(
        producers={producer.slug: texts("HTX Gốm Lam")},
        stories=stories,
        articles=[{"slug": "hoi-cho", "date": "2026-10-05", **texts("Trade fair")}],
        sections=SECTIONS,
        as_default_site=True,
    )
    return made


@pytest.fixture
def shop(db):
    return build_shop()


@pytest.fixture
def made_to_order(db):
    return MadeToOrderVariantFactory


__all__ = ["build_shop", "markets_build", "texts", "dt"]
