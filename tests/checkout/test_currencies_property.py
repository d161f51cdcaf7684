"""Every currency Stripe accepts is chargeable: for random carts, shipping prices, duty and tax
rules and rounding rules, the reviewed total, the order total, the amount sent to Stripe and
every refund staff may enter agree to the currency's chargeable unit, and a placed order's pay
page never fails (shop/money.py's rules, applied where each amount is made)."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkout.admin.order_actions import RefundForm
from checkout.models import (
    Cart,
    CartLine,
    DutyFee,
    DutyRate,
    DutyRule,
    ShippingMethod,
    ShippingRate,
    ShippingZone,
)
from checkout.placement import CheckoutRefused, order_place
from checkout.quote import checkout_quote
from shop.models import OrderStatus
from shop.money import (
    STRIPE_CURRENCIES,
    Money,
    RoundingRule,
    money_chargeable_unit,
    money_to_minor_units,
)
from tests.factories import (
    ExchangeRateFactory,
    MarketFactory,
    ProductFactory,
    StockFactory,
    VariantFactory,
)

pytestmark = pytest.mark.django_db

SAMPLE_AT_STRIPE = ["KWD", "HUF", "TWD", "ISK", "JPY", "EUR", "BHD", "UGX", "VND"]


def shop_in(currency: str):
    """A market in `currency` for the US, DDP, one variant, EMS in VND and a duty rule."""
    today = timezone.localdate()
    rate = ExchangeRateFactory(
        base_currency=currency, quote_currency="VND", rate=Decimal("1000"), date=today
    )
    market = MarketFactory(
        slug="m", countries=["US"], currency=currency, duties_mode="DDP", is_default=True
    )
    variant = VariantFactory(product=ProductFactory(hs_code="691200"), base_price=Decimal(1))
    StockFactory(variant=variant, quantity=10_000)
    zone = ShippingZone.objects.create(name="World", countries=["US"])
    method = ShippingMethod.objects.create(
        zone=zone,
        name="EMS",
        carrier="VNPost",
        currency="VND",
        max_weight_g=10**7,
        days_min=5,
        days_max=10,
    )
    shipping = ShippingRate.objects.create(method=method, up_to_g=10**7, price=Decimal(1))
    rule = DutyRule.objects.create(
        name="US",
        countries=["US"],
        currency=currency,
        valid_from=dt.date(2020, 1, 1),
        source="https://example.org",
        source_date=today,
    )
    DutyRate.objects.create(rule=rule, hs_prefix="6912", rate=Decimal(1))
    fee = DutyFee.objects.create(rule=rule, name="fee", kind="per_parcel", amount=Decimal(0))
    return rate, market, variant, method, shipping, rule, fee


def cart_for(variant, method, quantity: int) -> Cart:
    cart = Cart.objects.create(
        country="US", email="a@example.com", shipping_method=method, shipping_address={}
    )
    CartLine.objects.create(cart=cart, variant=variant, quantity=quantity)
    return cart


decimals = st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("99999"), places=4)


@pytest.mark.parametrize("currency", sorted(STRIPE_CURRENCIES))
def test_reviewed_ordered_charged_and_refunded_amounts_are_chargeable(currency, request):
    rate, market, variant, method, shipping, rule, fee = shop_in(currency)
    unit = money_chargeable_unit(currency)
    stripe = request.getfixturevalue("localstripe") if currency in SAMPLE_AT_STRIPE else None

    @settings(
        max_examples=3,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(
        vnd_per_unit=decimals,
        base_price=st.integers(min_value=1_000, max_value=90_000_000),
        quantity=st.integers(min_value=1, max_value=4),
        shipping_vnd=st.integers(min_value=0, max_value=3_000_000),
        duty=st.decimals(min_value=0, max_value=30, places=3),
        vat=st.decimals(min_value=0, max_value=27, places=3),
        fee_amount=st.decimals(min_value=0, max_value=50, places=3),
        rounding=st.sampled_from(RoundingRule.values),
    )
    def check(vnd_per_unit, base_price, quantity, shipping_vnd, duty, vat, fee_amount, rounding):
        rate.rate = vnd_per_unit
        rate.save()
        market.rounding_rule = rounding
        market.save()
        variant.base_price = Decimal(base_price)
        variant.save()
        shipping.price = Decimal(shipping_vnd)
        shipping.save()
        rule.vat_rate = vat
        rule.save()
        rule.rates.update(rate=duty)
        fee.amount = fee_amount
        fee.save()
        cart = cart_for(variant, method, quantity)
        quote = checkout_quote(cart=cart, market=market)
        for amount in (quote.subtotal, quote.shipping_price, quote.duties_charged, quote.total):
            assert amount.amount % unit == 0, (amount, unit)
        try:
            order = order_place(cart_token=cart.token, language="en")
        except CheckoutRefused:
            return  # e.g. below the minimum card payment: no pay page to fail
        assert Money(order.total, currency) == quote.total
        minor = money_to_minor_units(Money(order.total, currency))  # raises if not chargeable
        if stripe is not None:
            from checkout.payments.services import payment_start

            payment = payment_start(order=order)
            intent = stripe.request("GET", f"/v1/payment_intents/{payment.reference}")
            assert (intent["amount"], intent["currency"]) == (minor, currency.lower())
        order.status = OrderStatus.PAID  # what staff may refund: any whole number of units
        for units in {1, 2, int(order.total / unit)}:
            form = RefundForm(data={"amount": str(unit * units)}, order=order)
            if unit * units <= order.total:
                assert form.is_valid(), form.errors
                money_to_minor_units(form.cleaned_data["amount"])
        half = RefundForm(data={"amount": str(unit / 2)}, order=order)
        assert not half.is_valid()

    check()


@pytest.mark.parametrize(
    ("currency", "vnd_per_unit"), [("KWD", "85000.3"), ("BHD", "69000.7"), ("HUF", "73.31")]
)
def test_an_order_with_duties_opens_its_pay_page(client, localstripe, currency, vnd_per_unit):
    """The issue's report: a KWD total with VAT was not a multiple of Stripe's 3-decimal step,
    and the pay page answered 500 after the order was placed and its stock allocated."""
    from django.urls import reverse
    from django.utils import translation

    rate, market, variant, method, _shipping, rule, _fee = shop_in(currency)
    rate.rate = Decimal(vnd_per_unit)
    rate.save()
    variant.base_price = Decimal("1000000")
    variant.save()
    rule.vat_rate = Decimal("5")
    rule.save()
    order = order_place(cart_token=cart_for(variant, method, 1).token, language="en")
    with translation.override("en"):
        response = client.get(reverse("checkout:pay", kwargs={"token": order.token}))
    assert response.status_code == 200
    intents = localstripe.request("GET", "/v1/payment_intents")["data"]
    assert [i["amount"] for i in intents] == [money_to_minor_units(Money(order.total, currency))]
