"""checkout/payments/services.py and minimums.py with the dummy gateway (no provider)."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone, translation

from checkout.models import Payment, PaymentStatus
from checkout.payments import gateway_get
from checkout.payments.base import ProviderPayment
from checkout.payments.dummy import DummyGateway
from checkout.payments.outcomes import provider_state_apply
from checkout.payments.services import (
    PaymentRefused,
    payment_minimum_check,
    payment_outcome_apply,
    payment_refund_order,
    payment_start,
)
from shop.models import OrderStatus, Stock
from shop.money import Money
from shop.orders import order_cancel
from tests.factories import ExchangeRateFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _dummy(settings):
    settings.LANGNGHE_PAYMENT_GATEWAY = "dummy"
    settings.STRIPE_SECRET_KEY = ""


def kinds(order):
    return list(order.events.values_list("kind", flat=True))


def allocated(order):
    return sum(
        Stock.objects.filter(variant__order_lines__order=order).values_list(
            "quantity_allocated", flat=True
        )
    )


# gateway registry


def test_gateway_defaults_to_dummy_without_a_stripe_key(settings):
    settings.LANGNGHE_PAYMENT_GATEWAY = ""
    assert gateway_get().name == "dummy"


def test_gateway_defaults_to_stripe_with_a_secret_key(settings):
    settings.LANGNGHE_PAYMENT_GATEWAY = ""
    settings.STRIPE_SECRET_KEY = "sk_test_x"
    assert gateway_get().name == "stripe"


def test_unknown_gateway_is_a_configuration_error():
    with pytest.raises(ImproperlyConfigured):
        gateway_get("paypal")


# minimum charge


def test_minimum_refuses_40_yen_with_a_translated_message():
    with translation.override("en"):
        assert payment_minimum_check(amount=Money(40, "JPY")) == (
            "The minimum card payment is ¥50."
        )


def test_minimum_accepts_exactly_50_cents():
    assert payment_minimum_check(amount=Money("0.50", "USD")) is None
    assert payment_minimum_check(amount=Money("0.49", "USD")) is not None


def test_minimum_for_vnd_is_half_a_dollar_at_the_stored_rate():
    ExchangeRateFactory(
        base_currency="USD", quote_currency="VND", rate=Decimal("25000"), date=dt.date(2026, 1, 2)
    )
    assert payment_minimum_check(amount=Money(12500, "VND")) is None
    with translation.override("en"):
        message = payment_minimum_check(amount=Money(12000, "VND"))
    assert message == "The minimum card payment is ₫12,500."


def test_payment_start_refuses_below_the_minimum(order_factory):
    order = order_factory(total="40", currency="JPY")
    with translation.override("en"), pytest.raises(PaymentRefused) as refused:
        payment_start(order=order)
    assert refused.value.message == "The minimum card payment is ¥50."
    assert not Payment.objects.exists()


# starting a payment


def test_payment_start_is_idempotent_per_order(order_factory):
    order = order_factory(total="45.10", currency="EUR")
    first = payment_start(order=order)
    second = payment_start(order=order)
    assert first.pk == second.pk
    assert Payment.objects.count() == 1
    assert (first.gateway, first.amount, first.currency) == ("dummy", Decimal("45.10"), "EUR")


def test_payment_start_refuses_an_order_that_is_not_awaiting_payment(order_factory):
    order = order_factory(total="45.10", currency="EUR")
    order = order_cancel(order=order)
    with pytest.raises(PaymentRefused):
        payment_start(order=order)


def test_a_declined_payment_is_reused_for_the_retry(order_factory):
    order = order_factory(total="45.10", currency="EUR")
    payment = payment_start(order=order)
    payment_outcome_apply(payment=payment, status=PaymentStatus.FAILED, message="declined")
    assert payment_start(order=order).pk == payment.pk


# applying outcomes


def test_success_pays_the_order_once(order_factory):
    order = order_factory(total="45.10", currency="EUR")
    payment = payment_start(order=order)
    payment_outcome_apply(payment=payment, status=PaymentStatus.SUCCEEDED)
    payment_outcome_apply(payment=payment, status=PaymentStatus.SUCCEEDED)
    order.refresh_from_db()
    assert order.status == OrderStatus.PAID
    assert order.payment_gateway == "dummy"
    assert kinds(order).count("paid") == 1


def test_failure_leaves_the_order_open_with_stock_allocated(order_factory):
    order = order_factory(total="45.10", currency="EUR", quantity=2)
    payment = payment_start(order=order)
    payment = payment_outcome_apply(
        payment=payment, status=PaymentStatus.FAILED, message="Your card was declined."
    )
    order.refresh_from_db()
    assert payment.status == PaymentStatus.FAILED
    assert order.status == OrderStatus.UNCONFIRMED
    assert kinds(order) == ["payment_failed"]
    assert allocated(order) == 2


def test_the_same_failure_reported_twice_is_recorded_once(order_factory):
    order = order_factory(total="45.10", currency="EUR")
    payment = payment_start(order=order)
    for _ in range(2):
        payment_outcome_apply(payment=payment, status=PaymentStatus.FAILED, message="declined")
    assert kinds(order) == ["payment_failed"]


def test_failure_after_success_does_not_unpay(order_factory):
    order = order_factory(total="45.10", currency="EUR")
    payment = payment_start(order=order)
    payment_outcome_apply(payment=payment, status=PaymentStatus.SUCCEEDED)
    payment = payment_outcome_apply(payment=payment, status=PaymentStatus.FAILED, message="late")
    order.refresh_from_db()
    assert payment.status == PaymentStatus.SUCCEEDED
    assert order.status == OrderStatus.PAID
    assert "payment_failed" not in kinds(order)


def test_success_for_a_cancelled_order_is_refunded_and_recorded(order_factory):
    order = order_factory(total="45.10", currency="EUR")
    payment = payment_start(order=order)
    order_cancel(order=order, reason="shopper asked")
    payment = payment_outcome_apply(payment=payment, status=PaymentStatus.SUCCEEDED)
    payment_outcome_apply(payment=payment, status=PaymentStatus.SUCCEEDED)
    order.refresh_from_db()
    assert payment.status == PaymentStatus.REFUNDED
    assert payment.amount_refunded == Decimal("45.10")
    assert order.status == OrderStatus.CANCELLED
    assert order.amount_refunded == Decimal("45.10")
    assert kinds(order) == ["cancelled", "paid_after_close", "refunded"]
    assert "cancelled/expired" in order.events.get(kind="refunded").message


# refunds


def paid_order(order_factory, total="45.10", currency="EUR"):
    order = order_factory(total=total, currency=currency)
    payment = payment_start(order=order)
    payment_outcome_apply(payment=payment, status=PaymentStatus.SUCCEEDED)
    order.refresh_from_db()
    return order, payment


def test_staff_refund_of_part_of_an_order(order_factory):
    order, payment = paid_order(order_factory)
    reference = payment_refund_order(order=order, amount=Money("10.05", "EUR"), reason="chipped")
    order.refresh_from_db()
    payment.refresh_from_db()
    assert reference.startswith("dummy_refund_")
    assert order.status == OrderStatus.PARTIALLY_REFUNDED
    assert order.amount_refunded == Decimal("10.05")
    assert payment.status == PaymentStatus.PARTIALLY_REFUNDED


def test_staff_refund_defaults_to_what_is_left(order_factory):
    order, _payment = paid_order(order_factory)
    payment_refund_order(order=order, amount=Money("10.00", "EUR"))
    payment_refund_order(order=order)
    order.refresh_from_db()
    assert order.status == OrderStatus.REFUNDED
    assert order.amount_refunded == Decimal("45.10")


def test_staff_refund_above_what_is_left_is_refused(order_factory):
    order, _payment = paid_order(order_factory)
    with pytest.raises(PaymentRefused):
        payment_refund_order(order=order, amount=Money("45.11", "EUR"))
    with pytest.raises(PaymentRefused):
        payment_refund_order(order=order, amount=Money("5", "USD"))
    order.refresh_from_db()
    assert order.amount_refunded == 0


def test_refund_of_an_unpaid_order_is_refused(order_factory):
    order = order_factory(total="45.10", currency="EUR")
    with pytest.raises(PaymentRefused):
        payment_refund_order(order=order)


def seen(status, refunded, amount="45.10"):
    return ProviderPayment(
        status=status, amount=Money(amount, "EUR"), refunded=Money(refunded, "EUR")
    )


def test_an_observed_refund_counts_only_what_the_shop_did_not_refund_itself(order_factory):
    order, payment = paid_order(order_factory)
    payment_refund_order(order=order, amount=Money("10.00", "EUR"))
    provider_state_apply(payment_id=payment.pk, seen=seen(PaymentStatus.SUCCEEDED, "10.00"))
    assert kinds(order).count("refunded") == 1
    provider_state_apply(payment_id=payment.pk, seen=seen(PaymentStatus.SUCCEEDED, "15.00"))
    order.refresh_from_db()
    assert order.amount_refunded == Decimal("15.00")
    assert kinds(order).count("refunded") == 2


def test_a_provider_amount_that_is_not_the_orders_pays_nothing(order_factory):
    order = order_factory(total="45.10", currency="EUR")
    payment = payment_start(order=order)
    for wrong in (
        seen(PaymentStatus.SUCCEEDED, "0", amount="0.01"),
        seen(PaymentStatus.SUCCEEDED, "0", amount="45.11"),
    ):
        provider_state_apply(payment_id=payment.pk, seen=wrong)
    order.refresh_from_db()
    payment.refresh_from_db()
    assert order.status == OrderStatus.UNCONFIRMED
    assert payment.status == PaymentStatus.PENDING
    assert kinds(order) == ["payment_mismatch", "payment_mismatch"]


def test_a_zero_refund_is_refused_and_never_becomes_a_full_refund(order_factory):
    order, payment = paid_order(order_factory)
    with pytest.raises(PaymentRefused):
        payment_refund_order(order=order, amount=Money("0", "EUR"))
    order.refresh_from_db()
    assert order.amount_refunded == 0
    assert order.status == OrderStatus.PAID


def test_dummy_gateway_is_labelled_as_a_test(order_factory):
    assert DummyGateway.is_test is True
    order = order_factory(total="45.10", currency="EUR")
    assert DummyGateway().payment_fetch(payment=payment_start(order=order)).status == "pending"


def test_payment_start_expires_an_overdue_order_instead_of_charging_it(order_factory):
    order = order_factory(total="45.10", currency="EUR", expires_at=timezone.now())
    with translation.override("en"), pytest.raises(PaymentRefused) as refused:
        payment_start(order=order)
    order.refresh_from_db()
    assert refused.value.message == "This order is no longer awaiting payment."
    assert order.status == OrderStatus.EXPIRED
    assert allocated(order) == 0


def test_a_second_successful_payment_for_a_paid_order_is_refunded(order_factory):
    order, first = paid_order(order_factory)
    second = Payment.objects.create(
        order=order, gateway="dummy", reference="dummy_second", amount=order.total, currency="EUR"
    )
    second = payment_outcome_apply(payment=second, status=PaymentStatus.SUCCEEDED)
    order.refresh_from_db()
    first.refresh_from_db()
    assert second.status == PaymentStatus.REFUNDED
    assert first.status == PaymentStatus.SUCCEEDED
    assert (order.status, order.amount_refunded) == (OrderStatus.PAID, 0)
    assert "duplicate payment" in order.events.get(kind="duplicate_refunded").message
