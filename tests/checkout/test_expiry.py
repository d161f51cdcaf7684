"""Unpaid orders expire and release their stock: the task, the command, the rule."""

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from checkout.payments.services import payment_outcome_apply, payment_start
from checkout.tasks import orders_expire_task
from shop.models import OrderStatus, Stock
from shop.orders import orders_expire_due

pytestmark = pytest.mark.django_db

PAST = dt.timedelta(minutes=-1)
FUTURE = dt.timedelta(minutes=30)


@pytest.fixture(autouse=True)
def _dummy(settings):
    settings.LANGNGHE_PAYMENT_GATEWAY = "dummy"


def allocated(order):
    return sum(
        Stock.objects.filter(variant__order_lines__order=order).values_list(
            "quantity_allocated", flat=True
        )
    )


def order_due_in(order_factory, delta, **fields):
    return order_factory(
        total="45.10", currency="EUR", quantity=2, expires_at=timezone.now() + delta, **fields
    )


def test_only_due_unconfirmed_orders_expire_and_their_stock_is_released(order_factory):
    due = order_due_in(order_factory, PAST)
    later = order_due_in(order_factory, FUTURE)
    assert orders_expire_due() == 1
    due.refresh_from_db()
    later.refresh_from_db()
    assert due.status == OrderStatus.EXPIRED
    assert allocated(due) == 0
    assert due.events.filter(kind="expired").count() == 1
    assert later.status == OrderStatus.UNCONFIRMED
    assert allocated(later) == 2


def test_an_order_without_an_expiry_never_expires(order_factory):
    order = order_factory(total="45.10", currency="EUR", expires_at=None)
    assert orders_expire_due(now=timezone.now() + dt.timedelta(days=365)) == 0
    order.refresh_from_db()
    assert order.status == OrderStatus.UNCONFIRMED


def test_a_paid_order_never_expires(order_factory):
    order = order_due_in(order_factory, FUTURE)
    payment_outcome_apply(payment=payment_start(order=order), status="succeeded")
    assert orders_expire_due(now=timezone.now() + dt.timedelta(days=1)) == 0
    order.refresh_from_db()
    assert order.status == OrderStatus.PAID
    assert allocated(order) == 2


def test_a_declined_payment_does_not_stop_expiry(order_factory):
    order = order_due_in(order_factory, FUTURE)
    payment_outcome_apply(payment=payment_start(order=order), status="failed", message="no")
    assert orders_expire_due(now=timezone.now() + dt.timedelta(hours=1)) == 1
    order.refresh_from_db()
    assert order.status == OrderStatus.EXPIRED


def test_the_command_prints_how_many_expired(order_factory):
    order_due_in(order_factory, PAST)
    order_due_in(order_factory, PAST)
    order_due_in(order_factory, FUTURE)
    out = StringIO()
    call_command("expire_orders", stdout=out)
    assert out.getvalue().strip() == "2 order(s) expired."


def test_the_task_expires_due_orders(order_factory):
    order = order_due_in(order_factory, PAST)
    result = orders_expire_task.enqueue()
    order.refresh_from_db()
    assert result.return_value == 1
    assert order.status == OrderStatus.EXPIRED
