"""PostgreSQL, real transactions and localstripe: webhook deliveries on several processes at once
end in Stripe's state, and no order, payment or stock row is locked while Stripe is called."""

import threading
from decimal import Decimal

import pytest
from django.db import DatabaseError, connection, transaction

from checkout.models import Payment, PaymentStatus
from checkout.payments.services import payment_reconcile, payment_refund_order, payment_start
from checkout.payments.stripe_gateway import StripeGateway
from checkout.payments.webhooks import webhook_event_process
from shop.models import Order, OrderStatus, Stock
from shop.money import Money
from shop.orders import order_cancel
from tests.checkout.conftest import order_make
from tests.checkout.stripe_server import shopper_pays
from tests.concurrency import run_concurrently

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

GOOD_CARD = "4242424242424242"


def event(kind: str, obj: dict, event_id: str) -> dict:
    return {"id": event_id, "type": kind, "data": {"object": obj}}


def paid(localstripe):
    order = order_make(total="45.10", currency="EUR")
    payment = payment_start(order=order)
    intent = shopper_pays(localstripe, intent_id=payment.reference, card=GOOD_CARD)
    return order, payment, intent


def test_deliveries_on_several_processes_at_once_pay_and_refund_once(localstripe):
    order, payment, intent = paid(localstripe)
    localstripe.request("POST", "/v1/refunds", {"payment_intent": payment.reference, "amount": 510})
    charge = {
        **intent["latest_charge"],
        "payment_intent": payment.reference,
        "amount_refunded": 510,
    }
    events = [
        event("payment_intent.succeeded", intent, "evt_paid"),
        event("payment_intent.succeeded", intent, "evt_paid"),  # the same event, twice at once
        event("charge.refunded", charge, "evt_refund"),
        event("charge.refunded", charge, "evt_refund"),
    ]

    results = run_concurrently(4, lambda i: webhook_event_process(event=events[i]))

    assert not [r for r in results if isinstance(r, Exception)], results
    order.refresh_from_db()
    payment.refresh_from_db()
    assert (order.status, order.amount_refunded) == (
        OrderStatus.PARTIALLY_REFUNDED,
        Decimal("5.10"),
    )
    assert (payment.status, payment.amount_refunded) == (
        PaymentStatus.PARTIALLY_REFUNDED,
        Decimal("5.10"),
    )
    assert order.events.filter(kind="paid").count() == 1
    assert order.events.filter(kind="refunded").count() == 1


def test_a_late_success_for_a_cancelled_order_is_refunded_once_by_racing_deliveries(localstripe):
    order, payment, intent = paid(localstripe)
    order_cancel(order=order)
    events = [event("payment_intent.succeeded", intent, f"evt_{i}") for i in range(3)]

    run_concurrently(3, lambda i: webhook_event_process(event=events[i]))

    refunds = localstripe.request("GET", f"/v1/refunds?payment_intent={payment.reference}")
    order.refresh_from_db()
    assert [r["amount"] for r in refunds["data"]] == [4510]  # one idempotency key, one refund
    assert order.amount_refunded == Decimal("45.10")
    assert order.events.filter(kind="refunded").count() == 1


class LockProbingGateway(StripeGateway):
    """Stripe, but each call first checks from another connection that no row of the order,
    its payments or its stock is locked (FOR UPDATE NOWAIT fails on a locked row)."""

    locked: list[str] = []

    def _probe(self, payment: Payment) -> None:
        def probe():
            try:
                with transaction.atomic():
                    Order.objects.select_for_update(nowait=True).get(pk=payment.order_id)
                    list(
                        Payment.objects.select_for_update(nowait=True).filter(
                            order_id=payment.order_id
                        )
                    )
                    stock = Stock.objects.filter(variant__order_lines__order_id=payment.order_id)
                    list(stock.select_for_update(nowait=True))
            except DatabaseError as error:
                LockProbingGateway.locked.append(str(error))
            finally:
                connection.close()

        thread = threading.Thread(target=probe)
        thread.start()
        thread.join(30)

    def payment_fetch(self, *, payment):
        self._probe(payment)
        return super().payment_fetch(payment=payment)

    def payment_refund(self, **kwargs):
        self._probe(kwargs["payment"])
        return super().payment_refund(**kwargs)


@pytest.fixture
def probing(localstripe, settings):
    settings.LANGNGHE_PAYMENT_GATEWAY_CLASSES = {
        "stripe": "tests.checkout.test_payments_locks.LockProbingGateway"
    }
    LockProbingGateway.locked = []
    return LockProbingGateway


def test_no_row_is_locked_while_stripe_is_asked_or_refunds(localstripe, probing):
    order, payment, _intent = paid(localstripe)
    payment_reconcile(payment=payment)  # asks Stripe
    payment_refund_order(order=order, amount=Money("10.00", "EUR"))  # staff's refund
    late, late_payment, _intent = paid(localstripe)
    order_cancel(order=late)  # cancelled before its success was seen …
    payment_reconcile(payment=late_payment)  # … so it is refunded automatically
    order.refresh_from_db()
    late.refresh_from_db()
    assert probing.locked == []
    assert order.amount_refunded == Decimal("10.00")
    assert late.amount_refunded == Decimal("45.10")
