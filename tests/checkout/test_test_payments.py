"""checkout/payments/__init__.py: the dummy gateway (anyone can "pay") only where the project
allows test payments explicitly; elsewhere the pay page says payments are unavailable."""

import pytest
from django.test import Client, override_settings

from checkout.payments import DummyGatewayRefused, gateway_get
from shop.models import OrderStatus
from tests.checkout.builders import checkout_shop_build
from tests.checkout.flow import checkout_to_review, order_place

pytestmark = pytest.mark.django_db


def placed_order():
    with override_settings(LANGNGHE_PAYMENT_GATEWAY="dummy"):
        shop = checkout_shop_build(stock=5)
        client = Client()
        checkout_to_review(client, shop.variant)
        order_place(client)
    from shop.models import Order

    return client, Order.objects.get()


def test_without_permission_the_dummy_gateway_cannot_be_had(settings):
    settings.LANGNGHE_ALLOW_TEST_PAYMENTS = False
    settings.STRIPE_SECRET_KEY = ""
    with pytest.raises(DummyGatewayRefused):
        gateway_get()
    with pytest.raises(DummyGatewayRefused):
        gateway_get("dummy")


def test_without_permission_nobody_pays_with_the_dummy(settings):
    client, order = placed_order()
    settings.LANGNGHE_ALLOW_TEST_PAYMENTS = False
    settings.LANGNGHE_PAYMENT_GATEWAY = "dummy"
    pay = client.get(f"/en/checkout/pay/{order.token}/")
    assert pay.status_code == 503
    assert "Payments cannot be taken at the moment" in pay.content.decode()
    paid = client.post(f"/en/checkout/payments/dummy/{order.token}/", {"outcome": "succeed"})
    assert paid.status_code == 404
    order.refresh_from_db()
    assert order.status == OrderStatus.UNCONFIRMED


def test_where_allowed_the_dummy_says_it_is_a_test(settings):
    client, order = placed_order()
    settings.LANGNGHE_PAYMENT_GATEWAY = "dummy"
    assert settings.LANGNGHE_ALLOW_TEST_PAYMENTS is True  # the reference project, in development
    html = client.get(f"/en/checkout/pay/{order.token}/").content.decode()
    assert "This is a test payment: no money moves." in html
