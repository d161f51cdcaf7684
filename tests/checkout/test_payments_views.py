"""checkout/payments/views.py through the Django test client: the dummy gateway's buttons, the
return page, and the pay page partials of both gateways."""

import json

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation

from checkout.models import Payment, PaymentStatus
from shop.models import OrderStatus, Stock
from tests.checkout.stripe_server import shopper_pays
from tests.factories import MarketFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _shop(settings):
    MarketFactory()  # the storefront middleware resolves a market for every page
    settings.LANGNGHE_PAYMENT_GATEWAY = "dummy"
    settings.STRIPE_SECRET_KEY = ""
    with translation.override("en"):
        yield


def url(name, order):
    return reverse(name, kwargs={"token": order.token})


def messages_of(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_the_dummy_pay_page_says_it_is_a_test_payment(client, order_factory):
    order = order_factory(total="45.10", currency="EUR")
    response = client.get(url("checkout:pay", order))
    html = response.content.decode()
    assert response.status_code == 200
    assert "This is a test payment: no money moves." in html
    assert "Pay (test succeeds)" in html
    assert "Simulate a declined payment" in html
    assert f'action="{url("payments:dummy_pay", order)}"' in html


def test_dummy_success_pays_and_shows_the_order(client, order_factory):
    order = order_factory(total="45.10", currency="EUR")
    response = client.post(url("payments:dummy_pay", order), {"outcome": "succeed"})
    order.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"] == url("checkout:order", order)
    assert order.status == OrderStatus.PAID
    assert Payment.objects.get().status == PaymentStatus.SUCCEEDED


def test_dummy_decline_returns_to_the_pay_page_with_a_message(client, order_factory):
    order = order_factory(total="45.10", currency="EUR", quantity=2)
    response = client.post(url("payments:dummy_pay", order), {"outcome": "decline"})
    order.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"] == url("checkout:pay", order)
    assert messages_of(response) == ["Your payment was not accepted: The test card was declined."]
    assert order.status == OrderStatus.UNCONFIRMED
    assert sum(Stock.objects.values_list("quantity_allocated", flat=True)) == 2


def test_dummy_pay_after_a_decline_can_still_succeed(client, order_factory):
    order = order_factory(total="45.10", currency="EUR")
    client.post(url("payments:dummy_pay", order), {"outcome": "decline"})
    client.post(url("payments:dummy_pay", order), {"outcome": "succeed"})
    order.refresh_from_db()
    assert order.status == OrderStatus.PAID
    assert Payment.objects.count() == 1


def test_dummy_pay_on_a_page_opened_before_the_order_was_cancelled_is_refused(
    client, order_factory
):
    from shop.orders import order_cancel

    order = order_factory(total="45.10", currency="EUR")
    assert client.get(url("checkout:pay", order)).status_code == 200  # the open payment
    order_cancel(order=order, reason="out of glaze")
    response = client.post(url("payments:dummy_pay", order), {"outcome": "succeed"})
    order.refresh_from_db()
    assert response["Location"] == url("checkout:pay", order)
    assert messages_of(response) == ["This order is no longer awaiting payment."]
    assert order.status == OrderStatus.CANCELLED
    assert Payment.objects.get().status == PaymentStatus.PENDING  # never "charged"


def test_dummy_pay_of_an_overdue_order_expires_it_instead(client, order_factory):
    import datetime as dt

    from django.utils import timezone

    order = order_factory(total="45.10", currency="EUR")
    client.get(url("checkout:pay", order))
    type(order).objects.filter(pk=order.pk).update(
        expires_at=timezone.now() - dt.timedelta(minutes=1)
    )
    response = client.post(url("payments:dummy_pay", order), {"outcome": "succeed"})
    order.refresh_from_db()
    assert response["Location"] == url("checkout:pay", order)
    assert order.status == OrderStatus.EXPIRED
    assert Payment.objects.get().status == PaymentStatus.PENDING


def test_dummy_pay_refuses_get(client, order_factory):
    order = order_factory(total="45.10", currency="EUR")
    assert client.get(url("payments:dummy_pay", order)).status_code == 405


def test_dummy_pay_with_an_unknown_token_is_not_found(client):
    response = client.post(
        reverse("payments:dummy_pay", kwargs={"token": "unknown-token-" + "x" * 18}),
        {"outcome": "succeed"},
    )
    assert response.status_code == 404


def test_dummy_pay_with_an_unknown_outcome_is_a_bad_request(client, order_factory):
    order = order_factory(total="45.10", currency="EUR")
    response = client.post(url("payments:dummy_pay", order), {"outcome": "free"})
    order.refresh_from_db()
    assert response.status_code == 400
    assert order.status == OrderStatus.UNCONFIRMED


def test_dummy_pay_does_not_exist_while_stripe_is_the_gateway(client, order_factory, settings):
    settings.LANGNGHE_PAYMENT_GATEWAY = "stripe"
    order = order_factory(total="45.10", currency="EUR")
    response = client.post(url("payments:dummy_pay", order), {"outcome": "succeed"})
    order.refresh_from_db()
    assert response.status_code == 404
    assert order.status == OrderStatus.UNCONFIRMED


def test_dummy_pay_below_the_minimum_returns_with_the_reason(client, order_factory):
    order = order_factory(total="40", currency="JPY")
    response = client.post(url("payments:dummy_pay", order), {"outcome": "succeed"})
    assert response["Location"] == url("checkout:pay", order)
    assert messages_of(response) == ["The minimum card payment is ¥50."]


def test_return_with_an_unknown_token_is_not_found(client):
    assert (
        client.get(
            reverse("payments:return", kwargs={"token": "unknown-token-" + "x" * 18})
        ).status_code
        == 404
    )


def test_return_refuses_post(client, order_factory):
    order = order_factory(total="45.10", currency="EUR")
    assert client.post(url("payments:return", order)).status_code == 405


def test_return_before_paying_goes_back_to_the_pay_page(client, order_factory):
    order = order_factory(total="45.10", currency="EUR")
    client.get(url("checkout:pay", order))
    response = client.get(url("payments:return", order))
    assert response["Location"] == url("checkout:pay", order)
    assert messages_of(response) == ["Your payment is not complete yet."]


def test_the_stripe_pay_page_mounts_the_payment_element(client, localstripe, order_factory):
    order = order_factory(total="4500", currency="JPY", language="ja")
    response = client.get(url("checkout:pay", order))
    html = response.content.decode()
    payment = Payment.objects.get()
    config = json.loads(
        html.split('id="stripe-payment-config" type="application/json">')[1].split("</script>")[0]
    )
    assert response.status_code == 200
    assert config == {
        "publishableKey": "pk_test_langnghe_localstripe",
        "clientSecret": payment.client_secret,
        "locale": "ja",
        "returnUrl": "http://testserver" + url("payments:return", order),
    }
    assert f'src="{localstripe.url}/js.stripe.com/v3/"' in html
    assert "checkout/stripe-pay.js" in html
    assert payment.client_secret not in html.replace(json.dumps(payment.client_secret), "")


def test_return_from_stripe_after_paying_shows_the_order(client, localstripe, order_factory):
    order = order_factory(total="4500", currency="JPY")
    client.get(url("checkout:pay", order))
    payment = Payment.objects.get()
    shopper_pays(localstripe, intent_id=payment.reference, card="4242424242424242")
    response = client.get(url("payments:return", order))
    order.refresh_from_db()
    assert response["Location"] == url("checkout:order", order)
    assert order.status == OrderStatus.PAID


def test_return_from_stripe_after_a_decline_shows_why(client, localstripe, order_factory):
    order = order_factory(total="4500", currency="JPY")
    client.get(url("checkout:pay", order))
    payment = Payment.objects.get()
    shopper_pays(localstripe, intent_id=payment.reference, card="4000000000000341")
    response = client.get(url("payments:return", order))
    order.refresh_from_db()
    assert response["Location"] == url("checkout:pay", order)
    assert messages_of(response) == ["Your payment was not accepted: Your card was declined."]
    assert order.status == OrderStatus.UNCONFIRMED


def test_return_when_stripe_is_unreachable_asks_to_reload(
    client, localstripe, order_factory, settings
):
    order = order_factory(total="4500", currency="JPY")
    client.get(url("checkout:pay", order))
    settings.STRIPE_API_BASE = "http://127.0.0.1:9"  # nothing listens on the discard port
    response = client.get(url("payments:return", order))
    assert response.status_code == 302
    assert response["Location"] == url("checkout:pay", order)
    assert messages_of(response) == ["We could not confirm your payment yet. Please reload."]
