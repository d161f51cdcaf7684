"""Real-browser fixtures: Debian's chromium driven by Playwright against pytest-django's live
server, and a small shop with story pages in vi/en/ja, shipping to Japan and a Japanese duty rule."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

import pytest
from django.db import connections
from django.utils import timezone

from checkout.models import DutyRate, DutyRule, ShippingMethod, ShippingRate, ShippingZone
from cms.models import StoryPage
from tests.cms.conftest import build_shop
from tests.factories import ExchangeRateFactory, MarketFactory

CHROMIUM = Path("/usr/bin/chromium")

# pytest-django's live server binds "localhost" unless told otherwise; 127.0.0.1 avoids an IPv6
# detour in chromium and matches the development ALLOWED_HOSTS.
os.environ.setdefault("DJANGO_LIVE_TEST_SERVER_ADDRESS", "127.0.0.1")


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "browser: drives Debian's chromium through Playwright (make tools installs it)"
    )


@pytest.fixture
def browser(monkeypatch):
    """A headless chromium (Debian's, never Playwright's download). Missing chromium skips the
    test on a developer's machine and fails it in CI, where `make test` must have installed it."""
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: `make browser` installs Debian's chromium"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason} (CI=true: the browser test may not be skipped)")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread, and Django refuses ORM
    # calls from a thread with a running loop; the test's ORM calls are synchronous anyway.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"]
        )
        try:
            yield chromium
        finally:
            chromium.close()
            # While the loop runs, Django keeps this thread's connections in a context-local
            # store (asgiref) that disappears with the loop: close them now, or PostgreSQL
            # refuses to drop the test database at the end of the session.
            connections.close_all()


@pytest.fixture(scope="module")
def migrated_rows_restored(django_db_blocker):
    """After the module's transactional tests, put back the rows migrations made (content
    types, permissions, Wagtail's root page, site and locales). Their serialized rollback
    restores them before each test, but the final flush skips post_migrate, and later
    transactional tests that do not restore them would find an empty database."""
    yield
    with django_db_blocker.unblock():
        for connection in connections.all():
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                connection.creation.deserialize_db_from_string(contents)


def _shipping_to_japan() -> ShippingMethod:
    zone = ShippingZone.objects.create(name="Asia", countries=["JP", "VN"])
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
    for up_to, price in ((2000, "400000"), (5000, "800000"), (30000, "2500000")):
        ShippingRate.objects.create(method=method, up_to_g=up_to, price=Decimal(price))
    return method


def _japan_duty_rule(today: dt.date) -> DutyRule:
    rule = DutyRule.objects.create(
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
    DutyRate.objects.create(rule=rule, hs_prefix="6912", rate=Decimal("2.3"))
    return rule


@pytest.fixture
def story_shop(settings) -> StoryPage:
    """One product with story pages in vi/en/ja (the real page builder), 5 in stock, EMS to
    Japan and Japan's duty rule; the dummy gateway. Returns the Japanese story page."""
    settings.LANGNGHE_PAYMENT_GATEWAY = "dummy"
    (product,) = build_shop(products=1)
    _shipping_to_japan()
    _japan_duty_rule(timezone.localdate())
    return StoryPage.objects.get(locale__language_code="ja", product=product)


# The journey's destinations: each language's own country (Japan for Japanese …).
JOURNEY_COUNTRIES = ("VN", "US", "JP", "KR", "FR", "DE", "CN")

CATEGORY_NAMES = {
    "en": "Ceramics",
    "ja": "陶磁器",
    "ko": "도자기",
    "fr": "Céramique",
    "de": "Keramik",
    "zh-hans": "陶瓷",
}
PRODUCER_NAMES = {
    "en": "Lam Ceramics Cooperative",
    "ja": "ラム陶器協同組合",
    "ko": "Lam 도자기 협동조합",
    "fr": "Coopérative de céramique Lam",
    "de": "Keramikgenossenschaft Lam",
    "zh-hans": "蓝陶瓷合作社",
}
# The two variants' names: the Vietnamese source, then every other language.
VARIANT_NAMES = (
    (
        "Bộ 6 chén",
        {
            "en": "Set of 6 cups",
            "ja": "6客セット",
            "ko": "6잔 세트",
            "fr": "Service de 6 tasses",
            "de": "Set mit 6 Tassen",
            "zh-hans": "六杯套装",
        },
    ),
    (
        "Bộ 12 chén",
        {
            "en": "Set of 12 cups",
            "ja": "12客セット",
            "ko": "12잔 세트",
            "fr": "Service de 12 tasses",
            "de": "Set mit 12 Tassen",
            "zh-hans": "十二杯套装",
        },
    ),
)


@pytest.fixture
def seven_language_shop(settings):
    """One product with two variants, its story, category, producer and variant names in all
    seven languages (the real page builder), markets and EMS for each language's country (Korea
    and China added to the builder's), Japan's and Korea's duty rules (Korea asks for the
    customs clearance code); the dummy gateway. Returns the product."""
    from tests.cms.conftest import ALL

    settings.LANGNGHE_PAYMENT_GATEWAY = "dummy"
    (product,) = build_shop(
        products=1, variants_per_product=2, story_languages=ALL, category_names=CATEGORY_NAMES
    )
    producer = product.producer
    producer.name_translations = PRODUCER_NAMES
    producer.save()
    for variant, (name, translations) in zip(
        product.variants.order_by("sort_order", "pk"), VARIANT_NAMES, strict=True
    ):
        variant.name, variant.name_translations = name, translations
        variant.save()
    # Korea and China have no market in the builder: their own currencies.
    for code, rate in (("KRW", "18"), ("CNY", "3600")):
        ExchangeRateFactory(
            base_currency=code, quote_currency="VND", rate=Decimal(rate), date=timezone.localdate()
        )
    MarketFactory(
        name="Korea",
        slug="kr",
        countries=["KR"],
        currency="KRW",
        default_language="ko",
        rounding_rule="ceil_100",
    )
    MarketFactory(
        name="China",
        slug="cn",
        countries=["CN"],
        currency="CNY",
        default_language="zh-hans",
        rounding_rule="ceil_1",
    )
    method = _shipping_to_japan()
    method.zone.name, method.zone.countries = "Export", list(JOURNEY_COUNTRIES)
    method.zone.save()
    _japan_duty_rule(timezone.localdate())
    # Korea asks for the personal customs clearance code: the Korean journey gives it.
    DutyRule.objects.create(
        name="Korea",
        countries=["KR"],
        currency="USD",
        de_minimis_duty=Decimal("150"),
        de_minimis_tax=Decimal("150"),
        vat_rate=Decimal("10"),
        default_duty_rate=Decimal("8"),
        customs_id="pccc",
        valid_from=dt.date(2020, 1, 1),
        source="https://example.org/rules",
        source_date=timezone.localdate(),
    )
    return product
