import datetime as dt
from decimal import Decimal

import pytest
from django.utils import translation

from checkout.duties import (
    DutiableLine,
    customs_id_required,
    duties_quote,
    duty_rule_get,
    export_notice,
    export_restrictions,
    lines_required_documents,
    lines_restrictions_check,
    sale_restriction,
)
from checkout.models import DutyFee, DutyRate, DutyRule, ExportRestriction
from langnghe_demo.catalogue.steps import (
    step_categories,
    step_markets,
    step_producers,
    step_products,
)
from langnghe_demo.context import DemoContext
from langnghe_demo.rules.duties import step_duties
from shop.models import Product
from shop.money import Money
from tests.checkout.builders import restriction_create
from tests.factories import (
    CategoryFactory,
    ExchangeRateFactory,
    MarketFactory,
    ProductFactory,
)

pytestmark = pytest.mark.django_db

BEFORE_EU_FEE = dt.date(2026, 6, 30)
EU_FEE_DAY = dt.date(2026, 7, 1)


# --- factories ----------------------------------------------------------------------------------


def rule_create(*, rates=None, fees=(), **fields) -> DutyRule:
    values = {
        "name": "Test rule",
        "valid_from": dt.date(2020, 1, 1),
        "source": "https://example.org/rule",
        "source_date": dt.date(2026, 11, 1),
        **fields,
    }
    rule = DutyRule.objects.create(**values)
    for prefix, rate in (rates or {}).items():
        DutyRate.objects.create(rule=rule, hs_prefix=prefix, rate=Decimal(rate))
    for kind, amount in fees:
        DutyFee.objects.create(rule=rule, name="Flat fee", kind=kind, amount=Decimal(amount))
    return rule


def eu_rules_create() -> None:
    common = {
        "countries": ["DE"],
        "currency": "EUR",
        "de_minimis_duty": Decimal("150"),
        "vat_rate": Decimal("19"),
        "default_duty_rate": Decimal("4"),
        "rates": {"69": "10", "6912": "5.5", "4602": "3.7"},
    }
    rule_create(name="EU IOSS", valid_until=BEFORE_EU_FEE, **common)
    rule_create(name="EU €3", valid_from=EU_FEE_DAY, fees=[("per_hs6", "3")], **common)


def us_rules_create() -> None:
    common = {"countries": ["US"], "currency": "USD", "rates": {"6912": "9.8"}}
    rule_create(
        name="US $800",
        valid_until=dt.date(2025, 8, 28),
        de_minimis_duty=Decimal("800"),
        **common,
    )
    rule_create(name="US none", valid_from=dt.date(2025, 8, 29), **common)


def jp_rule_create() -> None:
    rule_create(
        name="Japan",
        countries=["JP"],
        currency="JPY",
        de_minimis_duty=Decimal("10000"),
        de_minimis_tax=Decimal("10000"),
        vat_rate=Decimal("10"),
        default_duty_rate=Decimal("3"),
    )


def kr_rule_create() -> None:
    rule_create(
        name="Korea",
        countries=["KR"],
        currency="USD",
        de_minimis_duty=Decimal("150"),
        de_minimis_tax=Decimal("150"),
        vat_rate=Decimal("10"),
        default_duty_rate=Decimal("8"),
        customs_id="pccc",
    )


def line(hs_code: str, amount: str, currency: str = "EUR", quantity: int = 1) -> DutiableLine:
    return DutiableLine(hs_code=hs_code, value=Money(Decimal(amount), currency), quantity=quantity)


def eur(amount: str) -> Money:
    return Money(Decimal(amount), "EUR")


def quote(country, lines, shipping, on, market=None):
    market = market or MarketFactory(currency=shipping.code, duties_mode="DDP")
    with translation.override("en"):
        return duties_quote(country=country, market=market, lines=lines, shipping=shipping, on=on)


# --- rule selection -----------------------------------------------------------------------------


def test_rule_valid_on_the_date_is_chosen_and_latest_start_wins():
    eu_rules_create()
    overlapping = rule_create(name="Later", countries=["DE", "FR"], valid_from=dt.date(2026, 8, 1))

    assert duty_rule_get(country="DE", on=BEFORE_EU_FEE).name == "EU IOSS"
    assert duty_rule_get(country="DE", on=EU_FEE_DAY).name == "EU €3"
    assert duty_rule_get(country="de", on=dt.date(2026, 9, 1)) == overlapping
    assert duty_rule_get(country="DE", on=dt.date(2019, 12, 31)) is None
    assert duty_rule_get(country="AT", on=EU_FEE_DAY) is None


# --- quotes -------------------------------------------------------------------------------------

EU_140 = [line("691200", "100", quantity=2), line("460212", "40")]


@pytest.mark.parametrize(
    ("lines", "on", "expected_parts"),
    [
        (EU_140, BEFORE_EU_FEE, [("VAT (19%)", "30.40")]),
        (
            EU_140,
            EU_FEE_DAY,
            [("Customs fee: €3.00 × 2 HS codes", "6.00"), ("VAT (19%)", "31.54")],
        ),
        # Two lines under one 6-digit subheading are one item category: one fee.
        (
            [line("69120010", "100"), line("691200", "40")],
            EU_FEE_DAY,
            [("Customs fee: €3.00 × 1 HS code", "3.00"), ("VAT (19%)", "30.97")],
        ),
        # Above €150: duty by the longest prefix (6912 at 5.5 %, 4602 at 3.7 %), no fee, and
        # VAT on goods + shipping + duty.
        (
            [line("691200", "120"), line("460212", "80")],
            EU_FEE_DAY,
            [("Import duty", "9.56"), ("VAT (19%)", "43.62")],
        ),
        # No prefix matches 9999: the rule's default rate (4 %).
        ([line("999999", "200")], BEFORE_EU_FEE, [("Import duty", "8.00"), ("VAT (19%)", "43.32")]),
    ],
)
def test_eu_parcel_parts_and_total(lines, on, expected_parts):
    eu_rules_create()

    result = quote("DE", lines, eur("20"), on)

    assert [(label, str(amount.amount)) for label, amount in result.parts] == expected_parts
    assert result.total == eur(str(sum(Decimal(a) for _label, a in expected_parts)))
    assert not result.unknown


def test_eu_parcel_within_threshold_is_flagged_below_de_minimis_duty_only():
    eu_rules_create()

    result = quote("DE", EU_140, eur("20"), BEFORE_EU_FEE)

    assert result.below_de_minimis_duty is True
    assert result.below_de_minimis_tax is False
    assert result.source == "https://example.org/rule"
    assert result.source_date == dt.date(2026, 11, 1)


@pytest.mark.parametrize(
    ("on", "total", "exempt"),
    [(dt.date(2025, 8, 29), "9.80", False), (dt.date(2025, 8, 1), "0.00", True)],
)
def test_us_parcel_pays_duty_from_the_first_dollar_after_de_minimis_ended(on, total, exempt):
    us_rules_create()
    lines = [line("691200", "100", "USD")]

    result = quote("US", lines, Money(Decimal("15"), "USD"), on)

    assert result.total == Money(Decimal(total), "USD")
    assert result.below_de_minimis_duty is exempt


@pytest.mark.parametrize(
    ("goods", "parts"),
    [
        ("9000", []),
        ("12000", [("Import duty", "360"), ("Consumption tax (10%)", "1436")]),
        # 370.35 rounds to ¥370; 10 % of 14,715 is 1,471.5, rounded half up.
        ("12345", [("Import duty", "370"), ("Consumption tax (10%)", "1472")]),
    ],
)
def test_japan_parcel_in_whole_yen(goods, parts):
    jp_rule_create()

    result = quote("JP", [line("691200", goods, "JPY")], Money(2000, "JPY"), EU_FEE_DAY)

    assert [(label, str(amount.amount)) for label, amount in result.parts] == parts
    assert result.total == Money(sum((Decimal(a) for _l, a in parts), Decimal(0)), "JPY")


def test_korea_requires_the_personal_customs_clearance_code():
    kr_rule_create()
    eu_rules_create()

    result = quote("KR", [line("691200", "100", "USD")], Money(10, "USD"), EU_FEE_DAY)

    assert result.customs_id == "pccc"
    assert customs_id_required(country="KR", on=EU_FEE_DAY) == "pccc"
    assert customs_id_required(country="DE", on=EU_FEE_DAY) == ""
    assert customs_id_required(country="CA", on=EU_FEE_DAY) == ""


@pytest.mark.parametrize("mode", ["DDP", "DAP"])
def test_mode_comes_from_the_market(mode):
    eu_rules_create()
    market = MarketFactory(currency="EUR", duties_mode=mode)

    result = quote("DE", EU_140, eur("20"), EU_FEE_DAY, market=market)

    assert result.mode == mode


def test_country_without_rule_gives_an_unknown_zero_quote():
    result = quote("CA", EU_140, eur("20"), EU_FEE_DAY)

    assert result.unknown is True
    assert result.total == eur("0")
    assert result.parts == ()


@pytest.mark.parametrize(
    ("goods", "expected"),
    [
        # €150 exactly: within the threshold, so only VAT, plus the €3 fee in VND.
        ("4050000", [("Customs fee: €3.00 × 1 HS code", "81000"), ("VAT (19%)", "836190")]),
        # €151: duty at 5.5 %, no fee.
        ("4077000", [("Import duty", "224235"), ("VAT (19%)", "868535")]),
    ],
)
def test_vnd_order_to_the_eu_compares_thresholds_in_euro(goods, expected):
    eu_rules_create()
    ExchangeRateFactory(
        base_currency="EUR", quote_currency="VND", rate=Decimal("27000"), date=EU_FEE_DAY
    )

    result = quote("DE", [line("691200", goods, "VND")], Money(270000, "VND"), EU_FEE_DAY)

    assert [(label, str(amount.amount)) for label, amount in result.parts] == expected


@pytest.mark.parametrize(("goods", "exempt"), [("138", True), ("140", False)])
def test_eur_order_to_korea_compares_with_the_usd_threshold(goods, exempt):
    kr_rule_create()
    ExchangeRateFactory(
        base_currency="EUR", quote_currency="USD", rate=Decimal("1.08"), date=EU_FEE_DAY
    )

    result = quote("KR", [line("691200", goods)], eur("10"), EU_FEE_DAY)

    assert result.below_de_minimis_duty is exempt
    assert (result.total == eur("0")) is exempt


def test_lines_in_another_currency_than_shipping_are_refused():
    eu_rules_create()

    with pytest.raises(ValueError):
        quote("DE", [line("691200", "10", "USD")], eur("20"), EU_FEE_DAY)


# --- export restrictions ------------------------------------------------------------------------


@pytest.fixture
def chips():
    parent = CategoryFactory(name_translations={"en": "Herbal"})
    category = CategoryFactory(name_translations={"en": "Incense & agarwood"}, parent=parent)
    return ProductFactory(
        category=category,
        hs_code="121190",
        name_vi="Trầm hương miếng",
        customs_description="Agarwood chips for burning",
    )


def restriction(**fields) -> ExportRestriction:
    values = {"kind": "prohibited", "reason": "plant", **fields}
    return restriction_create(**values)


def test_prohibited_destination_names_product_country_and_reason(chips):
    restriction(product=chips, countries=["AU"])

    with translation.override("en"):
        text = sale_restriction(product=chips, country="AU")
        named = sale_restriction(product=chips, country="AU", product_name="Agarwood chips")

    assert text == (
        "Agarwood chips for burning cannot be sent to Australia: "
        "Plant material needs a phytosanitary certificate."
    )
    assert named.startswith("Agarwood chips cannot be sent to Australia")


def test_document_restriction_gives_a_notice_not_a_refusal(chips):
    restriction(product=chips, kind="document", reason="cites", document="cites_permit")

    with translation.override("en"):
        notice = export_notice(product=chips, country="DE")
        refusal = sale_restriction(product=chips, country="DE")

    assert "CITES export permit" in notice
    assert refusal is None
    assert lines_required_documents(products=[chips], country="DE") == {chips.pk: "cites_permit"}


def test_restriction_on_an_ancestor_category_matches(chips):
    restriction(category=chips.category.parent, countries=["US"])

    assert len(export_restrictions(product=chips, country="US")) == 1
    assert export_restrictions(product=ProductFactory(), country="US") == []


def test_restriction_by_hs_prefix_matches_only_that_prefix(chips):
    restriction(hs_prefix="1211", countries=["US"])

    assert len(export_restrictions(product=chips, country="US")) == 1
    assert export_restrictions(product=ProductFactory(hs_code="330741"), country="US") == []


@pytest.mark.parametrize(
    ("valid_from", "valid_until", "applies"),
    [
        (None, None, True),
        (dt.date(2026, 1, 1), dt.date(2026, 12, 31), True),
        (dt.date(2026, 12, 1), None, False),
        (None, dt.date(2026, 10, 31), False),
    ],
)
def test_restriction_applies_only_within_its_dates(chips, valid_from, valid_until, applies):
    restriction(product=chips, valid_from=valid_from, valid_until=valid_until)

    found = export_restrictions(product=chips, country="JP", on=dt.date(2026, 11, 1))

    assert bool(found) is applies


def test_country_not_listed_and_domestic_sales_are_unrestricted(chips):
    restriction(product=chips, countries=["AU"])
    restriction(product=chips, kind="document", reason="cites", document="cites_permit")

    assert sale_restriction(product=chips, country="JP") is None
    assert export_restrictions(product=chips, country="VN") == []
    assert export_notice(product=chips, country="VN") is None
    assert sale_restriction(product=chips, country=None) is None


def test_lines_check_is_two_queries_for_five_products(chips, django_assert_max_num_queries):
    restriction(product=chips, countries=["AU"])
    restriction(category=chips.category.parent, countries=["AU"], reason="national")
    restriction(hs_prefix="0409", countries=["AU"], reason="food")
    others = [ProductFactory(category=chips.category) for _ in range(3)]
    honey = ProductFactory(hs_code="040900")
    lines = [(chips, "Agarwood chips"), *[(p, p.name_vi) for p in others], (honey, "Honey")]

    with translation.override("en"), django_assert_max_num_queries(2):
        messages = lines_restrictions_check(lines=lines, country="AU")

    assert len(messages) == 5
    assert messages[0].startswith("Agarwood chips cannot be sent to Australia")
    assert messages[-1].endswith(
        "Food imports need prior notice to the destination's food authority."
    )


# --- demo data ----------------------------------------------------------------------------------


@pytest.fixture
def demo():
    ctx = DemoContext()
    for step in (step_categories, step_producers, step_products, step_markets, step_duties):
        step(ctx)
    return ctx


def test_demo_rules_quote_an_eu_parcel_before_and_after_the_flat_fee(demo):
    market = demo.markets["euro-area"]
    lines = [line("691200", "100"), line("460212", "40")]

    before = quote("DE", lines, eur("20"), BEFORE_EU_FEE, market=market)
    after = quote("FR", lines, eur("20"), EU_FEE_DAY, market=market)

    assert before.total == eur("30.40")
    assert after.total == eur("39.20")  # €6 fee + 20 % VAT on €166
    assert after.mode == "DDP"


def test_demo_rules_cover_every_eu_member_state_and_the_demo_markets(demo):
    eu = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK"
    for country in [*eu.split(), "US", "JP", "KR", "GB", "VN"]:
        assert duty_rule_get(country=country, on=EU_FEE_DAY) is not None, country
    assert customs_id_required(country="KR", on=EU_FEE_DAY) == "pccc"
    vn = quote("VN", [line("691200", "500000", "VND")], Money(30000, "VND"), EU_FEE_DAY)
    assert (vn.unknown, vn.total) == (False, Money(0, "VND"))


def test_demo_us_duty_starts_from_the_first_dollar_on_2025_08_29(demo):
    lines = [line("691200", "50", "USD")]
    shipping = Money(10, "USD")

    assert quote("US", lines, shipping, dt.date(2025, 8, 28)).total == Money(0, "USD")
    assert quote("US", lines, shipping, dt.date(2025, 8, 29)).total == Money("4.90", "USD")


def test_demo_agarwood_restrictions(demo):
    chips = demo.products["tram-huong-mieng"]
    bracelet = demo.products["vong-tay-tram-huong"]
    incense = demo.products["nhang-tram-khong-tam"]
    honey = Product.objects.filter(hs_code__startswith="0409").first()

    with translation.override("en"):
        assert "cannot be sent to United States" in sale_restriction(product=chips, country="US")
        assert sale_restriction(product=bracelet, country="US") is None
        assert "CITES" in export_notice(product=bracelet, country="JP")
        assert export_notice(product=incense, country="JP") is None
        assert "Food and Drug Administration" in export_notice(product=honey, country="US")
    assert lines_required_documents(products=[chips, bracelet, honey], country="DE") == {
        chips.pk: "cites_permit",
        bracelet.pk: "cites_permit",
    }


def test_demo_duties_step_is_idempotent(demo):
    ctx = DemoContext()
    step_duties(ctx)

    for kind in ("Duty rules", "Duty rates", "Duty fees", "Export restrictions"):
        assert set(ctx.tallies[kind]) == {"unchanged"}, kind
