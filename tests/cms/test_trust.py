"""Trust at the buy box (issue 14): ships from, delivery and shipping to the shopper's country,
duties as the checkout will settle them, returns and contact; cached per country."""

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from checkout.models import DutyRate, DutyRule, ShippingMethod, ShippingRate, ShippingZone
from cms.models import StoryPage
from shop.models import Market, Producer, ProductVariant
from tests.cms.conftest import build_shop
from tests.cms.test_pages import count_queries, url_of

pytestmark = pytest.mark.django_db

TRUST = re.compile(r'<ul class="trust"[^>]*>(.*?)</ul>', re.S)


def _method(countries, *, name="VNPost EMS", days=(5, 10), price="400000") -> ShippingMethod:
    zone = ShippingZone.objects.create(name=name, countries=countries)
    method = ShippingMethod.objects.create(
        zone=zone,
        name=name,
        carrier="VNPost",
        currency="VND",
        volumetric_divisor=6000,
        max_weight_g=30000,
        days_min=days[0],
        days_max=days[1],
    )
    for up_to, amount in ((2000, price), (30000, "2500000")):
        ShippingRate.objects.create(method=method, up_to_g=up_to, price=Decimal(amount))
    return method


def _japan_duty_rule() -> DutyRule:
    rule = DutyRule.objects.create(
        name="Japan",
        countries=["JP"],
        currency="JPY",
        de_minimis_duty=Decimal("10000"),
        de_minimis_tax=Decimal("10000"),
        vat_rate=Decimal("10"),
        valid_from=dt.date(2020, 1, 1),
        source="https://example.org/rules",
        source_date=timezone.localdate(),
    )
    DutyRate.objects.create(rule=rule, hs_prefix="6912", rate=Decimal("2.3"))
    return rule


@pytest.fixture
def japan(db):
    """One teapot at ¥7,600 in the Japan market (DAP), EMS to Japan (5–10 days, 400,000 ₫ =
    ¥2,400 for its parcel) and Japan's duty rule (¥10,000 duty-free limit)."""
    (product,) = build_shop(products=1)
    _method(["JP", "VN"])
    _japan_duty_rule()
    return product


def _trust(client, url, **headers) -> str:
    response = client.get(url, **headers)
    assert response.status_code == 200
    match = TRUST.search(response.content.decode())
    assert match, "no trust lines"
    return match[1]


def test_delivery_days_and_shipping_price_to_japan(japan):
    html = _trust(Client(HTTP_ACCEPT_LANGUAGE="en-JP"), url_of(StoryPage, "en", product=japan))
    assert "Ships from Hà Nội, Vietnam" in html  # the producer's province
    assert "Delivery to Japan in 5–10 days" in html
    assert "Shipping from ¥2,400" in html
    # ¥7,600 is under Japan's ¥10,000 duty-free limit.
    assert "No import duties or taxes expected: one item is under the duty-free limit." in html


def test_the_cheapest_method_and_every_methods_days(japan):
    _method(["JP"], name="Sea mail", days=(20, 40), price="200000")  # ¥1,200
    html = _trust(Client(HTTP_ACCEPT_LANGUAGE="en-JP"), url_of(StoryPage, "en", product=japan))
    assert "Delivery to Japan in 5–40 days" in html
    assert "Shipping from ¥1,200" in html


def test_a_country_no_method_reaches_is_told_before_the_cart(japan):
    html = _trust(Client(HTTP_ACCEPT_LANGUAGE="en-US"), url_of(StoryPage, "en", product=japan))
    assert re.search(
        r'class="trust-delivery no-shipping"[^>]*>We do not ship to United States', html
    )
    assert '<li class="trust-shipping" aria-live="polite" hidden></li>' in html
    assert '<li class="trust-duties" aria-live="polite" hidden></li>' in html
    assert "Ships from Hà Nội, Vietnam" in html


def test_estimated_duties_on_delivery_then_collected_at_checkout(japan):
    ProductVariant.objects.filter(product=japan).update(base_price=Decimal("3000000"))  # ¥17,700
    url = url_of(StoryPage, "en", product=japan)
    html = _trust(Client(HTTP_ACCEPT_LANGUAGE="en-JP"), url)
    # Above the limit: duty 2.3 % of ¥17,700 = ¥407, consumption tax 10 % of goods + shipping
    # + duty (¥20,507) = ¥2,051: the checkout's own rule (checkout/duties.py).
    assert "Import duties and taxes of about ¥2,458 may be charged on delivery." in html
    market = Market.objects.get(slug="jp")
    market.duties_mode = "DDP"
    market.save()  # saving a market replaces cached pages and fragments
    html = _trust(Client(HTTP_ACCEPT_LANGUAGE="en-JP"), url)
    assert (
        "Import duties and taxes of about ¥2,458 are added at checkout: "
        "nothing more to pay on delivery." in html
    )


def test_a_country_without_a_duty_rule_is_warned_duties_may_apply(japan):
    _method(["DE"], name="EMS Europe", days=(7, 14))
    html = _trust(Client(HTTP_ACCEPT_LANGUAGE="en-DE"), url_of(StoryPage, "en", product=japan))
    assert "Delivery to Germany in 7–14 days" in html
    assert "Import duties and taxes may be charged by your country&#x27;s customs" in html


def test_returns_and_contact_lines(japan, settings):
    url = url_of(StoryPage, "en", product=japan)
    settings.DEFAULT_FROM_EMAIL = "Gốm Lam <hello@gomlam.example>"
    html = _trust(Client(HTTP_ACCEPT_LANGUAGE="en-JP"), url)
    assert "Returns accepted within 14 days of delivery." in html
    assert '<a href="mailto:hello@gomlam.example">Questions? Contact us</a>' in html
    settings.LANGNGHE_RETURNS_URL = "/en/returns/"
    settings.LANGNGHE_CONTACT_URL = "https://gomlam.example/contact?a=1&b=2"
    settings.LANGNGHE_RETURNS_DAYS = 30
    from cms.cache import catalogue_changed

    catalogue_changed()
    html = _trust(Client(HTTP_ACCEPT_LANGUAGE="en-JP"), url)
    assert "Returns accepted within 30 days of delivery." in html
    assert '<a href="/en/returns/">Returns policy</a>' in html
    assert 'href="https://gomlam.example/contact?a=1&amp;b=2"' in html


def test_the_trust_lines_in_japanese(japan):
    html = _trust(Client(HTTP_ACCEPT_LANGUAGE="ja-JP"), url_of(StoryPage, "ja", product=japan))
    assert "日本へのお届け：5–10日" in html
    assert "送料：￥2,400から" in html
    assert "Hà Nội（ベトナム）から発送" in html
    assert "返品はお届けから14日以内に受け付けます。" in html
    assert "お問い合わせ" in html
    assert "Delivery to" not in html


def test_each_variant_carries_its_own_lines_for_the_script(japan):
    heavy = ProductVariant.objects.get(product=japan)
    ProductVariant.objects.filter(pk=heavy.pk).update(gross_weight_g=3000)  # 2,500,000 ₫ bracket
    html = Client(HTTP_ACCEPT_LANGUAGE="en-JP").get(url_of(StoryPage, "en", product=japan))
    assert 'data-shipping="Shipping from ¥14,800"' in html.content.decode()
    assert 'data-delivery="Delivery to Japan in 5–10 days"' in html.content.decode()


def test_two_countries_of_one_market_never_see_each_others_delivery_line(db):
    (product,) = build_shop(products=1)
    _method(["DE"], name="EMS Germany", days=(6, 9))
    _method(["FR"], name="EMS France", days=(11, 16))
    url = url_of(StoryPage, "en", product=product)
    germany, france = Client(HTTP_ACCEPT_LANGUAGE="en-DE"), Client(HTTP_ACCEPT_LANGUAGE="en-FR")
    for client, line, other in (
        (germany, "Delivery to Germany in 6–9 days", "France"),
        (france, "Delivery to France in 11–16 days", "Germany"),
    ):
        first = client.get(url)
        assert "X-Langnghe-Cache" not in first  # the first visitor from each country renders
        assert (
            line in first.content.decode() and f"Delivery to {other}" not in first.content.decode()
        )
    for client, line in ((germany, "6–9 days"), (france, "11–16 days")):
        again = client.get(url)
        assert again["X-Langnghe-Cache"] == "hit" and line in again.content.decode()
    assert Market.objects.get(slug="eu").countries == ["DE", "FR"]  # one market, one key each


def test_a_new_shipping_price_replaces_cached_pages(japan, django_capture_on_commit_callbacks):
    client, url = Client(HTTP_ACCEPT_LANGUAGE="en-JP"), url_of(StoryPage, "en", product=japan)
    assert "Shipping from ¥2,400" in _trust(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        rate = ShippingRate.objects.get(up_to_g=2000)
        rate.price = Decimal("500000")  # ¥3,000 (ceil_100 of ¥2,941)
        rate.save()
    assert "Shipping from ¥3,000" in _trust(client, url)


def test_the_story_page_stays_within_its_statement_budget_with_trust_lines(japan):
    client = Client(HTTP_ACCEPT_LANGUAGE="en-JP")
    url = url_of(StoryPage, "en", product=japan)
    # Rules and rates come from the checkout's caches (warmed by count_queries' first view),
    # the estimate from its own: the trust lines add no statement to the budget.
    assert count_queries(client, url) <= 12  # the story page's budget (tests/cms/test_pages.py)
    with CaptureQueriesContext(connection) as warm:
        response = client.get(url)
    assert response["X-Langnghe-Cache"] == "hit" and len(warm) == 0
    assert "Delivery to Japan" in response.content.decode()


def test_the_estimate_is_cached_apart_from_the_fragment(japan, django_assert_num_queries):
    from django.utils import translation

    from cms.contexts.trust import estimates_for
    from shop.pricing import variant_prices

    variant = ProductVariant.objects.select_related("product").get(product=japan)
    market = Market.objects.get(slug="jp")
    options = [
        {"variant": variant, "price": variant_prices(variants=[variant], market=market)[variant.pk]}
    ]
    on = timezone.localdate()
    first = estimates_for(options=options, country="JP", market=market, on=on)[variant.pk]
    with translation.override("ja"), django_assert_num_queries(0):
        again = estimates_for(options=options, country="JP", market=market, on=on)[variant.pk]
    assert again == first and first.days_min == 5 and first.shipping.amount == 2400
    assert Producer.objects.get().province == "Hà Nội"
