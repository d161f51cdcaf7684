"""Outcome races on PostgreSQL: the webhook and the return page apply one success at once."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from checkout.payments.services import payment_outcome_apply, payment_start
from shop.models import OrderStatus
from tests.checkout.conftest import order_make

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def run_together(count, work):
    barrier = threading.Barrier(count)

    def one(index):
        try:
            barrier.wait(timeout=10)
            return work(index)
        finally:
            connection.close()

    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(one, range(count)))


def test_simultaneous_successes_pay_the_order_once(settings):
    settings.LANGNGHE_PAYMENT_GATEWAY = "dummy"
    order = order_make(total="45.10", currency="EUR")
    payment = payment_start(order=order)

    run_together(4, lambda _i: payment_outcome_apply(payment=payment, status="succeeded"))

    order.refresh_from_db()
    assert order.status == OrderStatus.PAID
    assert order.events.filter(kind="paid").count() == 1


def test_pay_pages_opened_at_once_share_one_payment(settings):
    # No order lock: the second insert meets the unique (gateway, reference) and reads the first.
    settings.LANGNGHE_PAYMENT_GATEWAY = "dummy"
    order = order_make(total="45.10", currency="EUR")

    payments = run_together(4, lambda _i: payment_start(order=order))

    assert len({payment.pk for payment in payments}) == 1
    assert order.payments.count() == 1
