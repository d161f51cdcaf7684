"""Shipping: chargeable weight, brackets, zones, conversion and rounding, lead times, demo data."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import translation

from checkout.models import Exporter, ShippingMethod, ShippingRate, ShippingZone
from checkout.shipping import (
    DeliveryEstimate,
    Parcel,
    ShippingUnavailable,
    parcel_build,
    shipping_option_get,
    shipping_options,
    shipping_unavailable_reason,
)
from langnghe_demo.catalogue.markets import MARKETS
from langnghe_demo.catalogue.steps import step_markets
from langnghe_demo.context import DemoContext
from langnghe_demo.rules.shipping import REST_OF_WORLD, step_shipping
from shop.money import Money
from tests.factories import (
    ExchangeRateFactory,
    MadeToOrderVariantFactory,
    MarketFactory,
    VariantFactory,
)

NOV_20 = dt.date(2026, 11, 20)


def method_create(
    *,
    countries=("JP",),
    rates=((1000, "100000"), (2000, "150000")),
    zone_name="Japan",
    **fields,
) -> ShippingMethod:
    zone = ShippingZone.objects.filter(name=zone_name).first()
    if zone is None:
        zone = ShippingZone.objects.create(name=zone_name, countries=list(countries))
    values = {
        "name": "VNPost EMS",
        "currency": "VND",
        "volumetric_divisor": 5000,
        "max_weight_g": 30_000,
        "days_min": 5,
        "days_max": 10,
        **fields,
    }
    method = ShippingMethod.objects.create(zone=zone, **values)
    for up_to_g, price in rates:
        ShippingRate.objects.create(method=method, up_to_g=up_to_g, price=Decimal(price))
    return method


def small_box(**fields):
    """A variant whose volumetric weight is negligible (10 cm³ → 2 g at divisor 5000)."""
    return VariantFactory(
        net_weight_g=1, length_mm=10, width_mm=10, height_mm=100, lead_time_days=None, **fields
    )


@pytest.fixture
def vnd_market():
    return MarketFactory(currency="VND", rounding_rule="nearest_1000", countries=["VN"])


# --- chargeable weight ---------------------------------------------------------------------------


@pytest.mark.django_db
class TestParcel:
    def test_volumetric_weight_wins_when_bigger_and_is_rounded_up_to_the_gram(self):
        # 301 × 201 × 151 mm = 9,135,651 mm³ = 9,135.651 cm³; ÷ 5000 × 1000 = 1,827.13 g.
        variant = VariantFactory(gross_weight_g=1100, length_mm=301, width_mm=201, height_mm=151)
        parcel = parcel_build(lines=[(variant, 1)])
        assert parcel.actual_weight_g == 1100
        assert parcel.volume_cm3 == Decimal("9135.651")
        assert parcel.chargeable_weight_g(5000) == 1828
        assert parcel.chargeable_weight_g(6000) == 1523  # 1,522.61 g rounded up

    def test_actual_weight_wins_when_bigger(self):
        # 100 × 100 × 100 mm = 1,000 cm³ → 200 g volumetric; 3 × 5,000 g actual.
        variant = VariantFactory(gross_weight_g=5000, length_mm=100, width_mm=100, height_mm=100)
        parcel = parcel_build(lines=[(variant, 3)])
        assert parcel.actual_weight_g == 15_000
        assert parcel.volume_cm3 == Decimal("3000")
        assert parcel.chargeable_weight_g(5000) == 15_000

    def test_lines_add_weights_and_volumes_and_keep_the_longest_lead_time(self):
        tracked = VariantFactory(gross_weight_g=1100)  # 300 × 200 × 150 mm = 9,000 cm³
        made = MadeToOrderVariantFactory(net_weight_g=300, gross_weight_g=400, lead_time_days=21)
        slower = MadeToOrderVariantFactory(net_weight_g=300, gross_weight_g=400, lead_time_days=30)
        parcel = parcel_build(lines=[(tracked, 2), (made, 1), (slower, 1)])
        assert parcel == Parcel(actual_weight_g=3000, volume_mm3=36_000_000, lead_time_days=30)

    def test_a_quantity_below_one_is_refused(self):
        with pytest.raises(ValueError):
            parcel_build(lines=[(VariantFactory(), 0)])


# --- brackets, weight limits, zones --------------------------------------------------------------


@pytest.mark.django_db
class TestBrackets:
    def test_a_parcel_exactly_at_a_bracket_pays_that_bracket(self, vnd_market):
        method_create(countries=["VN"])
        lines = [(small_box(gross_weight_g=1000), 1)]
        [option] = shipping_options(country="VN", lines=lines, market=vnd_market, on=NOV_20)
        assert option.chargeable_weight_g == 1000
        assert option.price == Money("100000", "VND")

    def test_one_gram_over_a_bracket_pays_the_next(self, vnd_market):
        method_create(countries=["VN"])
        lines = [(small_box(gross_weight_g=1001), 1)]
        [option] = shipping_options(country="VN", lines=lines, market=vnd_market, on=NOV_20)
        assert option.price == Money("150000", "VND")

    def test_same_currency_price_is_shown_as_set_not_rounded_by_the_market_rule(self, vnd_market):
        method_create(countries=["VN"], rates=[(1000, "123456")])
        lines = [(small_box(gross_weight_g=500), 1)]
        [option] = shipping_options(country="VN", lines=lines, market=vnd_market, on=NOV_20)
        assert option.price == option.price_source == Money("123456", "VND")
        assert option.rate is None

    def test_too_heavy_for_the_method_is_left_out_and_refused_with_the_limit(self, vnd_market):
        light = method_create(countries=["VN"], name="Light", max_weight_g=1500)
        heavy = method_create(countries=["VN"], name="Heavy", rates=[(5000, "300000")])
        lines = [(small_box(gross_weight_g=1600), 1)]
        options = shipping_options(country="VN", lines=lines, market=vnd_market)
        assert [o.method for o in options] == [heavy]
        with translation.override("en"), pytest.raises(ShippingUnavailable) as caught:
            shipping_option_get(method_id=light.pk, country="VN", lines=lines, market=vnd_market)
        assert caught.value.message == "The parcel is too heavy for Light (max 1.5 kg)."

    def test_no_bracket_big_enough_counts_as_too_heavy(self, vnd_market):
        method = method_create(countries=["VN"], max_weight_g=30_000)  # top bracket 2 kg
        lines = [(small_box(gross_weight_g=2001), 1)]
        assert shipping_options(country="VN", lines=lines, market=vnd_market) == []
        with translation.override("en"), pytest.raises(ShippingUnavailable) as caught:
            shipping_option_get(method_id=method.pk, country="VN", lines=lines, market=vnd_market)
        assert str(caught.value) == "The parcel is too heavy for VNPost EMS (max 2 kg)."

    def test_too_heavy_for_every_method_gives_a_reason_naming_the_biggest_limit(self):
        method_create(name="EMS", rates=[(2000, "1")])
        method_create(name="DHL", rates=[(5000, "1")])
        with translation.override("en"):
            reason = shipping_unavailable_reason(
                country="JP", lines=[(small_box(gross_weight_g=5001), 1)]
            )
            fits = shipping_unavailable_reason(
                country="JP", lines=[(small_box(gross_weight_g=5000), 1)]
            )
        assert reason == (
            "The parcel is too heavy to ship to Japan (max 5 kg per parcel). "
            "Please split your order."
        )
        assert fits is None

    def test_a_country_outside_every_zone_has_no_options_and_a_reason(self, vnd_market):
        method = method_create(countries=["JP"])
        lines = [(small_box(gross_weight_g=500), 1)]
        assert shipping_options(country="BR", lines=lines, market=vnd_market) == []
        with translation.override("en"):
            reason = shipping_unavailable_reason(country="BR", lines=lines)
            with pytest.raises(ShippingUnavailable) as caught:
                shipping_option_get(
                    method_id=method.pk, country="BR", lines=lines, market=vnd_market
                )
        assert reason == "We do not ship to Brazil yet."
        assert caught.value.message == "This shipping method does not deliver to Brazil."

    def test_inactive_method_is_hidden_and_cannot_be_chosen(self, vnd_market):
        active = method_create(countries=["VN"], name="Active")
        hidden = method_create(countries=["VN"], name="Hidden", is_active=False)
        lines = [(small_box(gross_weight_g=500), 1)]
        options = shipping_options(country="VN", lines=lines, market=vnd_market)
        assert [o.method for o in options] == [active]
        with translation.override("en"), pytest.raises(ShippingUnavailable) as caught:
            shipping_option_get(method_id=hidden.pk, country="VN", lines=lines, market=vnd_market)
        assert caught.value.message == "This shipping method is not available."

    def test_options_follow_position_then_price(self, vnd_market):
        dear = method_create(countries=["VN"], name="Dear", rates=[(1000, "90000")])
        cheap = method_create(countries=["VN"], name="Cheap", rates=[(1000, "30000")])
        last = method_create(countries=["VN"], name="Last", position=5, rates=[(1000, "1000")])
        lines = [(small_box(gross_weight_g=500), 1)]
        options = shipping_options(country="vn", lines=lines, market=vnd_market)
        assert [o.method for o in options] == [cheap, dear, last]


# --- conversion and rounding ---------------------------------------------------------------------


@pytest.mark.django_db
class TestConversion:
    def test_vnd_price_converted_to_yen_and_rounded_up_to_100(self):
        # Rates are stored base → quote: 1 JPY = 170 VND, so 350,000 VND = 2,058.82 JPY.
        ExchangeRateFactory(base_currency="JPY", quote_currency="VND", rate=170, date=NOV_20)
        market = MarketFactory(currency="JPY", rounding_rule="ceil_100", countries=["JP"])
        method = method_create(rates=[(500, "350000")])
        lines = [(small_box(gross_weight_g=400), 1)]
        option = shipping_option_get(
            method_id=method.pk, country="JP", lines=lines, market=market, on=NOV_20
        )
        assert option.price == Money("2100", "JPY")
        assert option.price_source == Money("350000", "VND")
        assert option.rate.date == NOV_20

    def test_vnd_price_converted_to_euro_at_the_dated_rate(self):
        ExchangeRateFactory(base_currency="EUR", quote_currency="VND", rate=30000, date=NOV_20)
        ExchangeRateFactory(
            base_currency="EUR", quote_currency="VND", rate=20000, date=NOV_20 + dt.timedelta(1)
        )
        market = MarketFactory(currency="EUR", rounding_rule="none", countries=["FR"])
        method_create(countries=["FR"], zone_name="Europe", rates=[(1000, "650000")])
        lines = [(small_box(gross_weight_g=900), 1)]
        [option] = shipping_options(country="FR", lines=lines, market=market, on=NOV_20)
        assert option.price == Money("21.67", "EUR")  # 650,000 ÷ 30,000 = 21.666…

    def test_options_need_four_queries_whatever_the_number_of_lines_and_methods(
        self, django_assert_num_queries
    ):
        # Methods, their rates, the export restrictions (for documents' days), one exchange
        # rate; the first three are cached until a rule changes.
        ExchangeRateFactory(base_currency="JPY", quote_currency="VND", rate=170, date=NOV_20)
        market = MarketFactory(currency="JPY", rounding_rule="ceil_100", countries=["JP"])
        for name in ("EMS", "DHL", "SAL"):
            method_create(name=name, rates=[(1000, "1"), (30_000, "300000")])
        lines = [(small_box(gross_weight_g=100), 2) for _ in range(15)]
        with django_assert_num_queries(4):
            options = shipping_options(country="JP", lines=lines, market=market, on=NOV_20)
        assert len(options) == 3
        assert all(o.price == Money("1800", "JPY") for o in options)  # 300,000 ÷ 170 ↑ 100


# --- delivery time -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_made_to_order_lead_time_adds_to_delivery_days(vnd_market):
    method_create(countries=["VN"], days_min=5, days_max=10)
    lines = [
        (small_box(gross_weight_g=300), 1),
        (MadeToOrderVariantFactory(lead_time_days=21, length_mm=10, width_mm=10), 1),
    ]
    [option] = shipping_options(country="VN", lines=lines, market=vnd_market)
    assert (option.days_min, option.days_max) == (26, 31)
    assert option.delivery_estimate(dt.date(2026, 1, 1)) == DeliveryEstimate(
        earliest=dt.date(2026, 1, 27), latest=dt.date(2026, 2, 1)
    )


@pytest.mark.django_db
def test_in_stock_lines_keep_the_method_days(vnd_market):
    method_create(countries=["VN"], days_min=2, days_max=4)
    lines = [(small_box(gross_weight_g=300), 1)]
    [option] = shipping_options(country="VN", lines=lines, market=vnd_market)
    assert (option.days_min, option.days_max) == (2, 4)


# --- demo data -----------------------------------------------------------------------------------


def _shipping_rows() -> dict[str, list[tuple]]:
    return {
        "zones": sorted(ShippingZone.objects.values_list("pk", "name", "countries")),
        "methods": sorted(ShippingMethod.objects.values_list()),
        "rates": sorted(ShippingRate.objects.values_list()),
    }


@pytest.mark.django_db
class TestDemo:
    def test_a_second_run_changes_nothing(self):
        step_markets(DemoContext())
        step_shipping(DemoContext())
        before = _shipping_rows()
        again = DemoContext()
        step_shipping(again)
        assert _shipping_rows() == before
        assert set(again.tallies) == {
            "Carriers",
            "Exporter",
            "Shipping zones",
            "Shipping methods",
            "Shipping rates",
        }
        assert all(set(t) == {"unchanged"} for t in again.tallies.values())
        assert len(before["rates"]) == again.tallies["Shipping rates"]["unchanged"] > 0

    def test_the_demo_exporter_never_replaces_the_one_staff_entered(self):
        own = Exporter.objects.create(
            name="HTX Mây tre đan Phú Vinh", address="Phú Nghĩa", phone="1", tax_id="2"
        )
        step_shipping(DemoContext())
        assert list(Exporter.objects.all()) == [own]

    def test_every_demo_market_country_and_the_rest_of_the_world_is_served(self):
        step_shipping(DemoContext())
        lines = [(small_box(gross_weight_g=1000), 1)]
        countries = {code for market in MARKETS for code in market["countries"]} | {"BR", "AU"}
        assert {
            c for c in countries if shipping_unavailable_reason(country=c, lines=lines)
        } == set()
        rest = ShippingZone.objects.get(name=REST_OF_WORLD)
        assert "BR" in rest.countries and "JP" not in rest.countries

    def test_ems_to_japan_is_in_the_expected_price_range(self):
        ctx = DemoContext()
        step_markets(ctx)
        step_shipping(ctx)
        lines = [(small_box(gross_weight_g=1000), 1)]
        options = shipping_options(country="JP", lines=lines, market=ctx.markets["vietnam"])
        assert [o.method.name for o in options] == ["VNPost EMS", "DHL Express"]
        assert Money("300000", "VND") <= options[0].price <= Money("1500000", "VND")
        assert options[0].price < options[1].price
        assert (options[0].days_min, options[1].days_max) == (5, 4)
