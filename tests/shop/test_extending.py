"""docs/extending.md: every example on the page installs and does what the page says."""

import re
import sys
import types
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.core.checks import run_checks
from django.test import override_settings

from shop.money import Money
from shop.pricing import variant_price
from tests.factories import ExchangeRateFactory, MarketFactory, MarketPriceFactory, VariantFactory

pytestmark = pytest.mark.django_db

GUIDE = Path(settings.BASE_DIR) / "docs" / "extending.md"


def _guide_module(name: str, heading: str) -> types.ModuleType:
    """The first ```python block under `heading` in the guide, as an importable module."""
    section = GUIDE.read_text().split(f"## {heading}\n", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.DOTALL).group(1)
    module = types.ModuleType(name)
    exec(compile(code, str(GUIDE), "exec"), module.__dict__)  # noqa: S102 (our own docs)
    sys.modules[name] = module
    return module


@pytest.fixture
def wholesale_policy():
    _guide_module("guide_pricing", "Pricing")
    with override_settings(LANGNGHE_PRICING_POLICY="guide_pricing.wholesale_pricing"):
        yield
    del sys.modules["guide_pricing"]


def test_the_guides_pricing_policy_discounts_converted_prices_in_wholesale_markets(
    wholesale_policy,
):
    ExchangeRateFactory(base_currency="JPY", quote_currency="VND", rate=Decimal("170"))
    variant = VariantFactory(base_price=Decimal("170000"))  # 1,000 yen at the rate
    retail = MarketFactory(slug="japan", currency="JPY", rounding_rule="none")
    wholesale = MarketFactory(slug="wholesale-japan", currency="JPY", rounding_rule="none")

    assert variant_price(variant=variant, market=retail).money == Money("1000", "JPY")
    assert variant_price(variant=variant, market=wholesale).money == Money("900", "JPY")


def test_a_policys_price_is_made_chargeable_in_the_markets_currency(wholesale_policy):
    ExchangeRateFactory(base_currency="JPY", quote_currency="VND", rate=Decimal("170"))
    variant = VariantFactory(base_price=Decimal("170170"))  # 1,001 yen; 10 % off = 900.9
    wholesale = MarketFactory(slug="wholesale-jp", currency="JPY", rounding_rule="none")

    price = variant_price(variant=variant, market=wholesale).money
    assert price.amount == price.amount.to_integral_value()  # yen have no minor unit
    assert price.currency.code == "JPY"


def test_the_guides_policy_keeps_staffs_explicit_prices(wholesale_policy):
    variant = VariantFactory()
    wholesale = MarketFactory(slug="wholesale-us", currency="USD")
    MarketPriceFactory(market=wholesale, variant=variant, amount=Decimal("59.00"))
    assert variant_price(variant=variant, market=wholesale).money == Money("59.00", "USD")


def test_a_policy_path_that_does_not_import_fails_the_check():
    with override_settings(LANGNGHE_PRICING_POLICY="myshop.pricing.nothing"):
        ids = {message.id for message in run_checks()}
    assert "shop.E012" in ids


@pytest.fixture
def flat_vat_policy():
    _guide_module("guide_duties", "Duties and import taxes")
    with override_settings(LANGNGHE_DUTIES_POLICY="guide_duties.duties_with_flat_vat"):
        yield
    del sys.modules["guide_duties"]


def test_the_guides_duties_policy_taxes_a_destination_no_rule_covers(flat_vat_policy):
    from checkout.duties import DutiableLine
    from checkout.quote import duties_policy_apply

    market = MarketFactory(currency="JPY", duties_mode="DDP")
    quote = duties_policy_apply(
        country="NO",
        market=market,
        lines=[DutiableLine("691200", Money("1001", "JPY"), 1)],
        shipping=Money("500", "JPY"),
        on=None,
    )
    ((label, vat),) = quote.parts
    assert label == "VAT 25 %"
    # 25 % of 1,501 yen is 375.25: charged as whole yen, and the total is the parts' sum.
    assert vat.amount == vat.amount.to_integral_value() and vat.amount in (375, 376)
    assert quote.total == vat
    assert quote.unknown is False


def test_the_guides_duties_policy_leaves_other_destinations_to_the_rules(flat_vat_policy):
    from checkout.duties import DutiableLine
    from checkout.quote import duties_policy_apply

    market = MarketFactory(currency="JPY")
    quote = duties_policy_apply(
        country="BR",
        market=market,
        lines=[DutiableLine("691200", Money("1001", "JPY"), 1)],
        shipping=Money("500", "JPY"),
        on=None,
    )
    assert quote.unknown is True and quote.parts == ()


@pytest.fixture
def carrier_policy():
    _guide_module("guide_shipping", "Shipping rates")
    with override_settings(LANGNGHE_SHIPPING_RATE_POLICY="guide_shipping.carrier_rates"):
        yield
    del sys.modules["guide_shipping"]


def _methods_to_japan():
    from checkout.models import ShippingMethod, ShippingRate, ShippingZone

    zone = ShippingZone.objects.create(name="Asia", countries=["JP"])
    common = {"zone": zone, "volumetric_divisor": 6000, "max_weight_g": 30000}
    ems = ShippingMethod.objects.create(
        name="VNPost EMS", carrier="VNPost", currency="VND", days_min=5, days_max=10, **common
    )
    ShippingRate.objects.create(method=ems, up_to_g=30000, price=Decimal("400000"))
    # No weight brackets: only the carrier's live rates can price it.
    ShippingMethod.objects.create(
        name="DHL Express", carrier="DHL", currency="USD", days_min=2, days_max=4, **common
    )


def test_the_guides_carrier_rates_price_a_method_staff_gave_no_brackets(carrier_policy):
    from checkout.shipping import shipping_options

    _methods_to_japan()
    ExchangeRateFactory(base_currency="USD", quote_currency="VND", rate=Decimal("26000"))
    market = MarketFactory(currency="USD", rounding_rule="none")
    variant = VariantFactory()

    options = {
        o.method.name: o
        for o in shipping_options(country="JP", lines=[(variant, 1)], market=market)
    }

    dhl = options["DHL Express"]
    kilos = -(-dhl.chargeable_weight_g // 1000)
    assert dhl.price == Money(Decimal("18.50") * kilos, "USD")
    assert options["VNPost EMS"].price == Money("15.38", "USD")  # 400,000 VND at 26,000


def test_without_the_policy_a_method_without_brackets_is_not_offered():
    from checkout.shipping import shipping_options

    _methods_to_japan()
    ExchangeRateFactory(base_currency="USD", quote_currency="VND", rate=Decimal("26000"))
    market = MarketFactory(currency="USD", rounding_rule="none")
    options = shipping_options(country="JP", lines=[(VariantFactory(), 1)], market=market)
    assert [o.method.name for o in options] == ["VNPost EMS"]
