"""Money: Decimal amounts with an ISO currency, quantizing, Stripe minor units, rounding rules.

The type is py-moneyed's `Money` (maintained, Decimal-based, Babel/CLDR formatting) narrowed so
that a float can never enter an amount. Display precision comes from CLDR (via Babel); Stripe
minor units come from Stripe's own table, which differs from CLDR/ISO for ISK, HUF, TWD and UGX.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

import moneyed
from babel.numbers import format_currency, format_decimal, get_currency_precision
from django.conf import settings
from django.db import models
from django.utils.translation import get_language, to_locale
from django.utils.translation import gettext_lazy as _

# Stripe's presentment currencies (docs.stripe.com/currencies, checked 2026-11).
STRIPE_CURRENCIES: frozenset[str] = frozenset(
    """
    USD AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BWP
    BYN BZD CAD CDF CHF CLP CNY COP CRC CVE CZK DJF DKK DOP DZD EGP ETB EUR FJD FKP GBP GEL GIP
    GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR ISK JMD JOD JPY KES KGS KHR KMF KRW KWD KYD KZT
    LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR
    NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SEK SGD SHP SLE SOS SRD
    SZL THB TJS TND TOP TRY TTD TWD TZS UAH UGX UYU UZS VND VUV WST XAF XCD XOF XPF YER ZAR ZMW
    """.split()
)
# Amounts are sent as whole units: 1 JPY is `amount=1`.
STRIPE_ZERO_DECIMAL: frozenset[str] = frozenset(
    "BIF CLP DJF GNF JPY KMF KRW MGA PYG RWF VND VUV XAF XOF XPF".split()
)
# Three decimals, but the last minor digit must be 0 (amounts in steps of 10).
STRIPE_THREE_DECIMAL: frozenset[str] = frozenset("BHD JOD KWD OMR TND".split())
# Sent with two decimals but charged in whole units: the minor amount must be divisible by 100.
# ISK and UGX are zero-decimal in practice; HUF and TWD are paid out in whole units only, so a
# charge or refund with a fraction would leave money that can never be settled (Stripe's
# "special cases" of its currencies page, checked 2026-11).
STRIPE_TWO_DECIMAL_WHOLE_UNITS: frozenset[str] = frozenset({"ISK", "UGX", "HUF", "TWD"})


class InvalidAmount(ValueError):
    """An amount that cannot be represented exactly for the given use."""


class Money(moneyed.Money):
    """py-moneyed's Money that refuses floats, so binary fractions never reach a price."""

    def __init__(self, amount: object = Decimal(0), currency: object = None) -> None:
        if isinstance(amount, float):
            raise TypeError("Money amounts must be Decimal, int or str, never float.")
        if isinstance(currency, str):
            currency = currency.upper()
        super().__init__(amount=amount, currency=currency)

    def __mul__(self, other: object) -> Money:
        if isinstance(other, float):
            raise TypeError("Multiply Money by Decimal or int, never float.")
        return super().__mul__(other)

    def __truediv__(self, other: object):  # Money or Decimal, as in moneyed
        if isinstance(other, float):
            raise TypeError("Divide Money by Decimal or int, never float.")
        return super().__truediv__(other)

    __rmul__ = __mul__

    @property
    def code(self) -> str:
        return self.currency.code


def currency_digits(currency: str) -> int:
    """Decimal places shown for a currency (CLDR): JPY 0, EUR 2, KWD 3, VND 0."""
    return get_currency_precision(currency.upper())


def stripe_exponent(currency: str) -> int:
    """Decimal places Stripe expects in API amounts (its own table, not CLDR)."""
    code = currency.upper()
    if code not in STRIPE_CURRENCIES:
        raise InvalidAmount(f"Stripe does not accept {code}.")
    if code in STRIPE_ZERO_DECIMAL:
        return 0
    if code in STRIPE_THREE_DECIMAL:
        return 3
    return 2


def stripe_minor_step(currency: str) -> int:
    """The smallest charge increment, in Stripe minor units (1, 10 or 100)."""
    code = currency.upper()
    if code in STRIPE_THREE_DECIMAL:
        return 10
    if code in STRIPE_TWO_DECIMAL_WHOLE_UNITS:
        return 100
    return 1


def money_quantize(money: Money, *, rounding: str = ROUND_HALF_UP) -> Money:
    """The amount at the currency's display precision (CLDR digits)."""
    exponent = Decimal(1).scaleb(-currency_digits(money.code))
    return Money(money.amount.quantize(exponent, rounding=rounding), money.code)


def money_chargeable_unit(currency: str) -> Decimal:
    """The smallest amount a shopper can be charged or refunded in `currency`: 1 for JPY, VND,
    HUF, TWD, ISK, UGX; 0.01 for EUR, USD and for KWD, BHD, JOD, OMR, TND (three decimals, the
    last one 0). Never finer than the currency's CLDR digits, so what is shown is what is
    charged; a currency Stripe does not take uses its CLDR digits."""
    code = currency.upper()
    places = currency_digits(code)
    if code in STRIPE_CURRENCIES:
        step_digits = len(str(stripe_minor_step(code))) - 1  # 1 → 0, 10 → 1, 100 → 2
        places = min(places, stripe_exponent(code) - step_digits)
    return Decimal(1).scaleb(-places)


def money_chargeable(money: Money, *, rounding: str = ROUND_HALF_UP) -> Money:
    """`money` rounded to what the currency can be charged in (`money_chargeable_unit`). Every
    amount that reaches a total (prices, shipping, duties, taxes, fees) goes through this, so
    their sum is chargeable too."""
    unit = money_chargeable_unit(money.code)
    return Money(money.amount.quantize(unit, rounding=rounding), money.code)


def money_is_chargeable(money: Money) -> bool:
    """Whether `money` is a whole number of the currency's chargeable units."""
    unit = money_chargeable_unit(money.code)
    return money.amount == money.amount.quantize(unit, rounding=ROUND_HALF_UP)


def money_to_minor_units(money: Money) -> int:
    """The integer amount Stripe expects; refuses an amount Stripe cannot charge exactly.

    Refusing, rather than rounding here, keeps the charged amount identical to the order total:
    the total must already be rounded by the market's rule.
    """
    exponent = stripe_exponent(money.code)
    scaled = money.amount.scaleb(exponent)
    if scaled != scaled.to_integral_value():
        raise InvalidAmount(f"{money.amount} {money.code} has more decimals than Stripe allows.")
    minor = int(scaled)
    if minor % stripe_minor_step(money.code):
        raise InvalidAmount(
            f"{money.amount} {money.code} is not a multiple of Stripe's smallest step."
        )
    return minor


def money_from_minor_units(minor: int, currency: str) -> Money:
    """The inverse of `money_to_minor_units`."""
    if not isinstance(minor, int) or isinstance(minor, bool):
        raise TypeError("Minor units are an int.")
    return Money(Decimal(minor).scaleb(-stripe_exponent(currency)), currency)


def money_convert(money: Money, *, to_currency: str, rate: Decimal) -> Money:
    """`money` in another currency at `rate` (units of `to_currency` per one unit of money's).

    Not rounded: rounding is the market's rule, applied once by `money_round`.
    """
    if not isinstance(rate, Decimal):
        raise TypeError("Exchange rates are Decimal.")
    if rate <= 0:
        raise InvalidAmount("An exchange rate must be positive.")
    return Money(money.amount * rate, to_currency)


class RoundingRule(models.TextChoices):
    """How a converted price becomes a shelf price in a market."""

    NONE = "none", _("Round to the currency's smallest unit")
    CEIL = "ceil", _("Round up to the currency's smallest unit")
    CEIL_99 = "ceil_99", _("Round up to .99 (e.g. 12.99)")
    CEIL_1 = "ceil_1", _("Round up to a whole unit")
    CEIL_10 = "ceil_10", _("Round up to a multiple of 10")
    CEIL_100 = "ceil_100", _("Round up to a multiple of 100")
    CEIL_1000 = "ceil_1000", _("Round up to a multiple of 1,000")
    NEAREST_100 = "nearest_100", _("Round to the nearest 100")
    NEAREST_1000 = "nearest_1000", _("Round to the nearest 1,000")


CEILING_RULES = frozenset(
    {
        RoundingRule.CEIL,
        RoundingRule.CEIL_99,
        RoundingRule.CEIL_1,
        RoundingRule.CEIL_10,
        RoundingRule.CEIL_100,
        RoundingRule.CEIL_1000,
    }
)
_STEP_RULES = {
    RoundingRule.CEIL_1: (Decimal(1), ROUND_CEILING),
    RoundingRule.CEIL_10: (Decimal(10), ROUND_CEILING),
    RoundingRule.CEIL_100: (Decimal(100), ROUND_CEILING),
    RoundingRule.CEIL_1000: (Decimal(1000), ROUND_CEILING),
    RoundingRule.NEAREST_100: (Decimal(100), ROUND_HALF_UP),
    RoundingRule.NEAREST_1000: (Decimal(1000), ROUND_HALF_UP),
}


def _round_to_step(amount: Decimal, step: Decimal, rounding: str) -> Decimal:
    return (amount / step).quantize(Decimal(1), rounding=rounding) * step


def money_round(money: Money, *, rule: str) -> Money:
    """Apply a market's rounding rule; the result is chargeable (`money_chargeable`).

    Ceiling rules never return less than `money`.
    """
    rule = RoundingRule(rule)
    amount = money.amount
    if rule == RoundingRule.NONE:
        return money_chargeable(money)
    if rule == RoundingRule.CEIL:
        return money_chargeable(money, rounding=ROUND_CEILING)
    if rule == RoundingRule.CEIL_99:
        if money_chargeable_unit(money.code) >= 1:  # no cents to end in .99
            rounded = _round_to_step(amount, Decimal(1), ROUND_CEILING)
        else:
            cents = Decimal("0.99")
            rounded = _round_to_step(amount - cents, Decimal(1), ROUND_CEILING) + cents
        return money_chargeable(Money(rounded, money.code), rounding=ROUND_CEILING)
    step, rounding = _STEP_RULES[rule]
    rounded = _round_to_step(amount, step, rounding)
    return money_chargeable(Money(rounded, money.code), rounding=ROUND_CEILING)


def babel_locale(language: str | None = None) -> str:
    """The Babel (CLDR) locale of a Django language code, by default the active language:
    `zh-hans` → `zh_Hans`. Every money, number and date shown to someone is formatted in it."""
    return to_locale(language or get_language() or settings.LANGUAGE_CODE)


def number_format(value, *, locale: str | None = None) -> str:
    """A count, quantity or duration as `locale` (by default the active language's) writes
    it: 1,500 in English, 1 500 in French (a narrow no-break space), 1.500 in German."""
    return format_decimal(value, locale=babel_locale(locale))


def money_format(money: Money, *, locale: str) -> str:
    """The amount as a shopper in `locale` reads it (CLDR patterns and digits, via Babel)."""
    return format_currency(money.amount, money.code, locale=babel_locale(locale))


def rate_text(*, base: str, quote: str, rate: Decimal, locale: str | None = None) -> str:
    """An exchange rate as people read it: the direction in which one unit buys more than one
    (1 USD = 26,000 VND, not 1 VND = 0.0000384615… USD), at most six significant digits and
    four decimals, in `locale`'s digits. The exact rate stays where it is stored."""
    if rate <= 0:
        return f"1 {base} = {rate} {quote}"
    if rate < 1:
        base, quote, rate = quote, base, 1 / rate
    shown = Decimal(f"{rate:.6g}")
    value = format_decimal(shown, format="#,##0.####", locale=babel_locale(locale))
    return f"1 {base} = {value} {quote}"


def currency_choices() -> list[tuple[str, str]]:
    """Currencies a market may use: those Stripe can charge."""
    return [(code, code) for code in sorted(STRIPE_CURRENCIES)]
