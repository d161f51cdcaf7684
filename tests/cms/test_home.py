import datetime as dt
from decimal import Decimal

import pytest

from cms.demo import demo_pages_load
from cms.models import HomePage
from tests.factories import (
    ExchangeRateFactory,
    MadeToOrderVariantFactory,
    MarketFactory,
    StockFactory,
    VariantFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def shop():
    today = dt.date.today()
    ExchangeRateFactory(base_currency="JPY", quote_currency="VND", rate=Decimal("170"), date=today)
    ExchangeRateFactory(
        base_currency="EUR", quote_currency="VND", rate=Decimal("30000"), date=today
    )
    MarketFactory(
        name="Japan", slug="jp", currency="JPY", default_language="ja", rounding_rule="ceil_100"
    )
    MarketFactory(
        name="Euro",
        slug="eu",
        currency="EUR",
        default_language="de",
        rounding_rule="ceil_99",
        is_default=True,
    )
    MarketFactory(
        name="Việt Nam",
        slug="vn",
        currency="VND",
        default_language="vi",
        rounding_rule="nearest_1000",
    )
    tea = StockFactory(variant=VariantFactory(base_price=Decimal("1290000")), quantity=4).variant
    vase = MadeToOrderVariantFactory(base_price=Decimal("600000"), lead_time_days=30)
    demo_pages_load()
    return tea, vase


def test_home_page_exists_in_every_language_and_is_the_site_root(shop):
    assert HomePage.objects.count() == 7
    assert set(HomePage.objects.values_list("locale__language_code", flat=True)) == {
        "vi",
        "en",
        "ja",
        "ko",
        "fr",
        "de",
        "zh-hans",
    }


def test_loading_pages_twice_changes_nothing(shop):
    revisions = [p.latest_revision_id for p in HomePage.objects.order_by("pk")]
    demo_pages_load()
    assert [p.latest_revision_id for p in HomePage.objects.order_by("pk")] == revisions


@pytest.mark.parametrize(
    ("path", "expected_text", "expected_price"),
    [
        ("/ja/", "ランゲー", "￥7,600"),
        ("/vi/", "Làng Nghề", "1.290.000\xa0₫"),
        ("/de/?market=eu", "Langnghe", "43,99\xa0€"),
    ],
)
def test_home_page_shows_the_catalogue_priced_in_the_shoppers_market(
    client, shop, path, expected_text, expected_price
):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert expected_text in html
    assert expected_price in html


def test_made_to_order_items_show_their_lead_time(client, shop):
    html = client.get("/en/").content.decode()
    assert "30 days" in html
    assert "In stock" in html
