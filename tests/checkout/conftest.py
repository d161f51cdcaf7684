"""Fixtures for checkout tests: localstripe (see stripe_server.py) and orders ready to pay."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from shop.inventory import stock_allocate
from tests.checkout.stripe_server import localstripe, localstripe_server  # noqa: F401
from tests.factories import OrderFactory, OrderLineFactory, StockFactory


def order_make(*, total: str, currency: str, quantity: int = 1, stock: int = 5, **fields):
    """An unconfirmed order with one line whose stock is allocated, expiring in an hour."""
    fields.setdefault("expires_at", timezone.now() + timedelta(hours=1))
    order = OrderFactory(total=Decimal(total), currency=currency, **fields)
    stock_row = StockFactory(quantity=stock)
    line = OrderLineFactory(
        order=order,
        variant=stock_row.variant,
        quantity=quantity,
        unit_price=Decimal(total),
        currency=currency,
    )
    stock_allocate(lines=[line])
    return order


@pytest.fixture
def order_factory(db):
    return order_make
