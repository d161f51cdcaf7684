"""The smallest card payment the shop asks for, per currency.

Stripe refuses charges below a minimum per settlement currency (docs.stripe.com/currencies,
"Minimum and maximum charge amounts", checked 2026-11). Currencies without a listed minimum
must reach the equivalent of USD 0.50 at the stored exchange rate.
"""

from __future__ import annotations

import logging
from decimal import ROUND_CEILING, Decimal

from django.utils.translation import gettext as _

from shop.money import Money, babel_locale, money_chargeable, money_format
from shop.pricing import MissingExchangeRate, rate_get

logger = logging.getLogger(__name__)

STRIPE_MINIMUMS: dict[str, Decimal] = {
    code: Decimal(amount)
    for code, amount in {
        "USD": "0.50",
        "AED": "2.00",
        "AUD": "0.50",
        "BGN": "1.00",
        "BRL": "0.50",
        "CAD": "0.50",
        "CHF": "0.50",
        "CZK": "15.00",
        "DKK": "2.50",
        "EUR": "0.50",
        "GBP": "0.30",
        "HKD": "4.00",
        "HUF": "175.00",
        "INR": "0.50",
        "JPY": "50",
        "MXN": "10",
        "MYR": "2",
        "NOK": "3.00",
        "NZD": "0.50",
        "PLN": "2.00",
        "RON": "2.00",
        "SEK": "3.00",
        "SGD": "0.50",
        "THB": "10",
    }.items()
}
FALLBACK_MINIMUM = Money("0.50", "USD")


def payment_minimum(*, currency: str) -> Money | None:
    """The minimum charge in `currency`; None when no rate links it to USD."""
    code = currency.upper()
    if code in STRIPE_MINIMUMS:
        return Money(STRIPE_MINIMUMS[code], code)
    try:
        rate = rate_get(from_currency=FALLBACK_MINIMUM.code, to_currency=code)
    except MissingExchangeRate:
        # Stripe still checks at charge time; refusing every order here would be worse.
        logger.warning("No USD→%s rate: the minimum card payment is not checked.", code)
        return None
    converted = Money(FALLBACK_MINIMUM.amount * rate.value, code)
    return money_chargeable(converted, rounding=ROUND_CEILING)


def payment_minimum_check(*, amount: Money) -> str | None:
    """A message for the shopper when `amount` is below the minimum card payment, else None."""
    if amount.amount <= 0:  # e.g. prices that a market's rounding took to nothing
        return _("There is nothing to pay for this order: please contact us.")
    minimum = payment_minimum(currency=amount.code)
    if minimum is None or amount.amount >= minimum.amount:
        return None
    return _("The minimum card payment is %(minimum)s.") % {
        "minimum": money_format(minimum, locale=babel_locale())
    }
