"""shop.bootstrap: the market and warehouse of an empty shop, validated and created once."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from shop.bootstrap import shop_bootstrap
from shop.models import Market, Warehouse
from tests.factories import MarketFactory

pytestmark = pytest.mark.django_db

ARGS = {
    "market_name": "Japan",
    "currency": "JPY",
    "countries": ["JP"],
    "language": "ja",
    "warehouse_name": "Kho Bát Tràng",
}


def test_a_second_call_finds_the_same_market_and_warehouse():
    first = shop_bootstrap(**ARGS)
    second = shop_bootstrap(**ARGS)

    assert (first.market_created, first.warehouse_created) == (True, True)
    assert (second.market_created, second.warehouse_created) == (False, False)
    assert (second.market.pk, second.warehouse.pk) == (first.market.pk, first.warehouse.pk)
    assert Market.objects.count() == Warehouse.objects.count() == 1


def test_the_market_is_default_only_when_no_other_market_is():
    MarketFactory(slug="us", countries=["US"], currency="USD", is_default=True)

    made = shop_bootstrap(**ARGS)

    assert not made.market.is_default
    assert list(Market.objects.filter(is_default=True).values_list("slug", flat=True)) == ["us"]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("currency", "EURO", "Unknown currency"),
        ("countries", ["JP", "XX"], "Unknown country code"),
        ("language", "tlh", "Unknown language"),
        ("market_name", "!!!", "no usable slug"),
    ],
)
def test_bad_input_raises_a_validation_error_and_creates_nothing(field, value, message):
    with translation.override("en"), pytest.raises(ValidationError, match=message):
        shop_bootstrap(**{**ARGS, field: value})
    assert not Market.objects.exists()
    assert not Warehouse.objects.exists()
