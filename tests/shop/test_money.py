import ast
import inspect
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import shop.inventory
import shop.money
import shop.pricing
from shop.money import (
    CEILING_RULES,
    STRIPE_CURRENCIES,
    InvalidAmount,
    Money,
    RoundingRule,
    currency_digits,
    money_chargeable,
    money_chargeable_unit,
    money_convert,
    money_format,
    money_from_minor_units,
    money_is_chargeable,
    money_quantize,
    money_round,
    money_to_minor_units,
    rate_text,
    stripe_exponent,
    stripe_minor_step,
)

currencies = st.sampled_from(sorted(STRIPE_CURRENCIES))
amounts = st.decimals(min_value=0, max_value=Decimal("1e12"), allow_nan=False, allow_infinity=False)
rates = st.decimals(
    min_value=Decimal("0.000001"), max_value=Decimal("100000"), allow_nan=False, places=8
)


@settings(max_examples=400)
@given(currency=currencies, minor=st.integers(min_value=0, max_value=10**13))
def test_minor_units_round_trip_is_exact_for_every_stripe_currency(currency, minor):
    step = stripe_minor_step(currency)
    minor -= minor % step
    money = money_from_minor_units(minor, currency)
    assert money_to_minor_units(money) == minor
    assert money_from_minor_units(money_to_minor_units(money), currency) == money


@settings(max_examples=400)
@given(currency=currencies, amount=amounts)
def test_a_rounded_price_converts_to_minor_units_and_back_exactly(currency, amount):
    money = money_round(Money(amount, currency), rule=RoundingRule.CEIL)
    # Stripe's table can ask for coarser steps than CLDR shows (three-decimal currencies in
    # tens, ISK/UGX in whole units); whole units satisfy every currency.
    whole = money_round(money, rule=RoundingRule.CEIL_1)
    assert money_from_minor_units(money_to_minor_units(whole), currency) == whole


@pytest.mark.parametrize(
    ("money", "minor"),
    [
        (Money("1500", "JPY"), 1500),
        (Money("250000", "VND"), 250000),
        (Money("12000", "KRW"), 12000),
        (Money("19.99", "USD"), 1999),
        (Money("19.99", "EUR"), 1999),
        (Money("1.230", "KWD"), 1230),
        (Money("500", "ISK"), 50000),
        (Money("3000", "UGX"), 300000),
        (Money("990", "HUF"), 99000),
        (Money("120", "TWD"), 12000),
    ],
)
def test_stripe_minor_units_follow_stripes_table_not_cldr(money, minor):
    assert money_to_minor_units(money) == minor


@pytest.mark.parametrize(
    ("currency", "unit"),
    [
        *[(code, "1") for code in ("JPY", "VND", "KRW", "HUF", "TWD", "ISK", "UGX", "CLP")],
        *[(code, "0.01") for code in ("USD", "EUR", "GBP", "KWD", "BHD", "JOD", "OMR", "TND")],
    ],
)
def test_the_chargeable_unit_of_each_currency_group(currency, unit):
    assert money_chargeable_unit(currency) == Decimal(unit)
    assert money_chargeable(Money("12.3456", currency)).amount == Decimal("12.3456").quantize(
        Decimal(unit)
    )


@settings(max_examples=400)
@given(currency=currencies, amount=amounts, rule=st.sampled_from(list(RoundingRule)))
def test_every_rounded_price_is_chargeable_at_stripe(currency, amount, rule):
    rounded = money_round(Money(amount, currency), rule=rule)
    assert money_is_chargeable(rounded)
    assert money_from_minor_units(money_to_minor_units(rounded), currency) == rounded


def test_vnd_is_never_multiplied_by_100():
    # The bug in longclaw/salesman: amount * 100 overcharges zero-decimal currencies 100×.
    assert money_to_minor_units(Money("450000", "VND")) == 450000
    assert stripe_exponent("VND") == 0


@pytest.mark.parametrize(
    ("money", "reason"),
    [
        (Money("19.995", "USD"), "decimals"),
        (Money("1500.5", "JPY"), "decimals"),
        (Money("1.235", "KWD"), "step"),
        (Money("500.50", "ISK"), "step"),
        (Money("0.5", "HUF"), "whole units"),
        (Money("0.01", "TWD"), "whole units"),
        (Money("0.005", "KWD"), "step"),
    ],
)
def test_amounts_stripe_cannot_charge_exactly_are_refused(money, reason):
    with pytest.raises(InvalidAmount):
        money_to_minor_units(money)


def test_unsupported_currency_is_refused_for_stripe():
    with pytest.raises(InvalidAmount, match="Stripe does not accept"):
        stripe_exponent("XBT")


@settings(max_examples=400)
@given(
    currency=currencies,
    amount=amounts,
    rate=rates,
    rule=st.sampled_from(sorted(CEILING_RULES)),
)
def test_ceiling_rules_never_price_below_the_converted_amount(currency, amount, rate, rule):
    converted = money_convert(Money(amount, "VND"), to_currency=currency, rate=rate)
    rounded = money_round(converted, rule=rule)
    assert rounded.amount >= converted.amount
    assert rounded.currency == converted.currency
    assert rounded.amount == money_quantize(rounded).amount  # shown as charged


@settings(max_examples=200)
@given(currency=currencies, amount=amounts, rule=st.sampled_from(list(RoundingRule)))
def test_every_rule_returns_display_precision_decimal(currency, amount, rule):
    rounded = money_round(Money(amount, currency), rule=rule)
    assert isinstance(rounded.amount, Decimal)
    assert -rounded.amount.as_tuple().exponent <= max(currency_digits(currency), 0)


@pytest.mark.parametrize(
    ("amount", "currency", "rule", "expected"),
    [
        ("12.01", "USD", "ceil_99", "12.99"),
        ("12.99", "USD", "ceil_99", "12.99"),
        ("13.00", "USD", "ceil_99", "13.99"),
        ("12.991", "USD", "ceil_99", "13.99"),
        ("2301", "JPY", "ceil_100", "2400"),
        ("2300", "JPY", "ceil_100", "2300"),
        ("123456", "VND", "nearest_1000", "123000"),
        ("123500", "VND", "nearest_1000", "124000"),
        ("15001", "KRW", "ceil_1000", "16000"),
        ("10.004", "EUR", "none", "10.00"),
        ("10.005", "EUR", "none", "10.01"),
        ("10.001", "EUR", "ceil", "10.01"),
        ("7.2", "JPY", "ceil_99", "8"),
    ],
)
def test_rounding_rules(amount, currency, rule, expected):
    assert money_round(Money(amount, currency), rule=rule) == Money(expected, currency)


def test_floats_are_refused_everywhere_money_is_made():
    with pytest.raises(TypeError):
        Money(19.99, "USD")
    with pytest.raises(TypeError):
        Money("19.99", "USD") * 1.1
    with pytest.raises(TypeError):
        Money("19.99", "USD") / 3.0
    with pytest.raises(TypeError):
        money_convert(Money("1", "VND"), to_currency="USD", rate=0.00004)


def test_price_path_modules_contain_no_float():
    for module in (shop.money, shop.pricing, shop.inventory):
        tree = ast.parse(inspect.getsource(module))
        floats = [
            node.lineno
            for node in ast.walk(tree)
            if (isinstance(node, ast.Constant) and isinstance(node.value, float))
            or (isinstance(node, ast.Name) and node.id == "float" and module is not shop.money)
        ]
        assert floats == [], f"{module.__name__} uses float at lines {floats}"


@pytest.mark.parametrize(
    ("money", "locale", "expected"),
    [
        (Money("1234.5", "EUR"), "de", "1.234,50\xa0€"),
        (Money("12800", "JPY"), "ja", "￥12,800"),
        (Money("59", "USD"), "en", "$59.00"),
        (Money("450000", "VND"), "vi", "450.000\xa0₫"),
    ],
)
def test_money_is_formatted_with_cldr(money, locale, expected):
    assert money_format(money, locale=locale) == expected


def test_babel_locale_follows_the_active_language_and_cldr_spelling():
    from django.utils import translation

    from shop.money import babel_locale

    assert babel_locale("zh-hans") == "zh_Hans"
    with translation.override("ja"):
        assert babel_locale() == "ja"
        assert money_format(Money("4500", "JPY"), locale=babel_locale()) == "￥4,500"


@pytest.mark.parametrize(
    ("base", "quote", "rate", "locale", "text"),
    [
        ("VND", "USD", Decimal(1) / Decimal(26000), "en", "1 USD = 26,000 VND"),
        ("VND", "USD", Decimal(1) / Decimal(26000), "de", "1 USD = 26.000 VND"),
        ("VND", "JPY", Decimal("0.00654"), "en", "1 JPY = 152.905 VND"),
        ("EUR", "JPY", Decimal("170.123456789"), "fr", "1 EUR = 170,123 JPY"),
        ("USD", "USD", Decimal(1), "en", "1 USD = 1 USD"),
    ],
)
def test_rates_read_in_the_direction_people_quote_them(base, quote, rate, locale, text):
    assert rate_text(base=base, quote=quote, rate=rate, locale=locale) == text
