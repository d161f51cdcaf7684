import datetime as dt
from decimal import Decimal

import pytest

from shop.money import Money
from shop.pricing import MissingExchangeRate, rate_get, variant_price, variant_prices
from tests.factories import ExchangeRateFactory, MarketFactory, MarketPriceFactory, VariantFactory

pytestmark = pytest.mark.django_db

NOV_18, NOV_19, NOV_20 = dt.date(2026, 11, 18), dt.date(2026, 11, 19), dt.date(2026, 11, 20)


@pytest.fixture
def usd_rates():
    ExchangeRateFactory(
        base_currency="USD", quote_currency="VND", rate=Decimal("25000"), date=NOV_18
    )
    ExchangeRateFactory(
        base_currency="USD", quote_currency="VND", rate=Decimal("26000"), date=NOV_20
    )


def test_explicit_market_price_wins_over_conversion(usd_rates):
    variant = VariantFactory(base_price=Decimal("450000"))
    market = MarketFactory(currency="USD", rounding_rule="ceil_99")
    MarketPriceFactory(market=market, variant=variant, amount=Decimal("59.00"))
    price = variant_price(variant=variant, market=market, on=NOV_20)
    assert price.money == Money("59.00", "USD")
    assert price.explicit is True
    assert price.rate is None


def test_conversion_uses_the_latest_rate_on_or_before_the_date(usd_rates):
    variant = VariantFactory(base_price=Decimal("520000"))
    market = MarketFactory(currency="USD", rounding_rule="none")
    assert variant_price(variant=variant, market=market, on=NOV_19).money == Money("20.80", "USD")
    on_20 = variant_price(variant=variant, market=market, on=NOV_20)
    assert on_20.money == Money("20.00", "USD")
    assert on_20.rate.date == NOV_20
    assert on_20.rate.source == "manual"
    assert variant_price(variant=variant, market=market, on=dt.date(2027, 1, 1)).rate.date == NOV_20


def test_a_rate_after_the_date_is_not_used(usd_rates):
    variant = VariantFactory()
    market = MarketFactory(currency="USD")
    with pytest.raises(MissingExchangeRate, match="USD"):
        variant_price(variant=variant, market=market, on=dt.date(2026, 11, 17))


def test_missing_rate_is_a_clear_error_not_a_zero_price():
    variant = VariantFactory()
    market = MarketFactory(currency="JPY")
    with pytest.raises(MissingExchangeRate) as excinfo:
        variant_price(variant=variant, market=market, on=NOV_20)
    assert "No exchange rate from VND to JPY" in str(excinfo.value)
    assert "import_ecb_rates" in str(excinfo.value)


def test_market_rounding_rule_is_applied_to_converted_prices():
    ExchangeRateFactory(
        base_currency="JPY", quote_currency="VND", rate=Decimal("168.5"), date=NOV_20
    )
    variant = VariantFactory(base_price=Decimal("1290000"))
    market = MarketFactory(currency="JPY", rounding_rule="ceil_100")
    price = variant_price(variant=variant, market=market, on=NOV_20)
    # 1,290,000 / 168.5 = 7655.78… → ceil to 100
    assert price.money == Money("7700", "JPY")
    assert price.rounding_rule == "ceil_100"


def test_inverse_and_cross_rates_are_derived():
    # VND→GBP only through EUR: VND→EUR from an inverse Vietcombank quote, EUR→GBP from ECB.
    ExchangeRateFactory(
        base_currency="EUR",
        quote_currency="VND",
        rate=Decimal("30000"),
        date=NOV_20,
        source="vietcombank",
    )
    ExchangeRateFactory(
        base_currency="EUR", quote_currency="GBP", rate=Decimal("0.85"), date=NOV_19, source="ecb"
    )
    rate = rate_get(from_currency="VND", to_currency="GBP", on=NOV_20)
    assert rate.value == Decimal(1) / Decimal(30000) * Decimal("0.85")
    assert rate.date == NOV_19  # a cross rate is as old as its older leg
    assert "via EUR" in rate.source


def test_variant_prices_runs_two_queries_whatever_the_number_of_variants(
    django_assert_num_queries, usd_rates
):
    market = MarketFactory(currency="USD", rounding_rule="ceil_99")
    variants = VariantFactory.create_batch(30)
    MarketPriceFactory(market=market, variant=variants[0], amount=Decimal("9.99"))
    with django_assert_num_queries(2):
        prices = variant_prices(variants=variants, market=market, on=NOV_20)
    assert prices[variants[0].pk].money == Money("9.99", "USD")
    assert all(p.money.amount > 0 for p in prices.values())


def test_same_currency_needs_no_rate():
    variant = VariantFactory(base_price=Decimal("123456"))
    market = MarketFactory(currency="VND", rounding_rule="nearest_1000")
    assert variant_price(variant=variant, market=market, on=NOV_20).money == Money("123000", "VND")


def test_callers_cannot_change_the_explicit_prices_others_read(usd_rates):
    from shop.pricing import _explicit_prices

    variant = VariantFactory(base_price=Decimal("450000"))
    market = MarketFactory(currency="USD")
    MarketPriceFactory(market=market, variant=variant, amount=Decimal("59.00"))
    prices = _explicit_prices(market=market, variant_ids={variant.pk})
    with pytest.raises(TypeError):
        prices[variant.pk] = Decimal("0.01")
    assert variant_price(variant=variant, market=market).money == Money("59.00", "USD")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_price_change_committed_while_another_thread_reads_is_seen_by_its_next_read():
    import threading

    from django.db import connection, transaction

    from shop.models import MarketPrice

    variant = VariantFactory(base_price=Decimal("450000"))
    market = MarketFactory(currency="USD")
    price = MarketPriceFactory(market=market, variant=variant, amount=Decimal("59.00"))
    assert variant_price(variant=variant, market=market).money == Money("59.00", "USD")
    saved, read = threading.Event(), threading.Event()
    errors = []

    def change():
        try:
            with transaction.atomic():
                changed = MarketPrice.objects.get(pk=price.pk)
                changed.amount = Decimal("64.00")
                changed.save()
                saved.set()
                assert read.wait(30)  # commit only once the other thread has read and cached
        except Exception as exc:  # noqa: BLE001 – reported by the test below
            errors.append(exc)
        finally:
            connection.close()

    thread = threading.Thread(target=change)
    thread.start()
    assert saved.wait(30)
    assert variant_price(variant=variant, market=market).money == Money("59.00", "USD")
    read.set()
    thread.join(60)
    assert not thread.is_alive() and not errors
    assert variant_price(variant=variant, market=market).money == Money("64.00", "USD")
