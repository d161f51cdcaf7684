"""The cart: quantities within limits and stock, prices from the server, carts that survive login."""

from decimal import Decimal

import pytest
from django.test import Client, override_settings
from django.utils import translation

from checkout.cart import CartError, cart_add, cart_set_quantity, cart_view, shortage_message
from checkout.models import Cart, CartLine
from shop.inventory import stock_reserve
from shop.models import MarketPrice, Stock
from tests.checkout.builders import checkout_shop_build, restriction_create
from tests.checkout.flow import cart_add as http_cart_add
from tests.factories import UserFactory, VariantFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def shop():
    return checkout_shop_build(stock=5)


def test_quantity_above_the_line_limit_is_refused(shop):
    cart = Cart.objects.create(market=shop.us)
    with override_settings(LANGNGHE_CART_MAX_QUANTITY=3), translation.override("en"):
        cart_add(cart=cart, variant=shop.variant, quantity=2)
        with pytest.raises(CartError, match="at most 3"):
            cart_add(cart=cart, variant=shop.variant, quantity=2)
    assert CartLine.objects.get(cart=cart).quantity == 2


def test_more_than_the_stock_is_refused_with_what_is_left(shop):
    cart = Cart.objects.create(market=shop.us)
    message = "Only 5 of “Glazed ceramic tea set” are available."
    with translation.override("en"), pytest.raises(CartError, match=message):
        cart_add(cart=cart, variant=shop.variant, quantity=6)
    assert not CartLine.objects.exists()


def test_a_refusal_names_the_variant_by_its_label_in_the_shoppers_language(shop):
    cart = Cart.objects.create(market=shop.us)
    shop.variant.name = "small"
    shop.variant.save()
    Stock.objects.filter(variant=shop.variant).update(quantity=1)
    with translation.override("en"), pytest.raises(CartError) as refusal:
        cart_add(cart=cart, variant=shop.variant, quantity=2)
    assert str(refusal.value) == "Only 1 of “Glazed ceramic tea set – small” is available."
    with translation.override("de"), pytest.raises(CartError) as refusal:
        cart_add(cart=cart, variant=shop.variant, quantity=2)
    assert "„Glazed ceramic tea set – small“" in str(refusal.value)
    Stock.objects.filter(variant=shop.variant).update(quantity=0)
    with translation.override("en"), pytest.raises(CartError) as refusal:
        cart_add(cart=cart, variant=shop.variant, quantity=1)
    assert str(refusal.value) == "Sorry, “Glazed ceramic tea set – small” is out of stock."


def test_another_carts_reservation_counts_but_the_own_does_not(shop):
    mine = Cart.objects.create(market=shop.us)
    cart_add(cart=mine, variant=shop.variant, quantity=2)
    stock_reserve(cart_token=mine.token, quantities={shop.variant: 2})
    stock_reserve(cart_token="someone-else", quantities={shop.variant: 2})
    # Five units, two held by someone else: mine may grow to three, not four.
    cart_set_quantity(cart=mine, variant_id=shop.variant.pk, quantity=3)
    with translation.override("en"), pytest.raises(CartError, match="Only 3 of"):
        cart_set_quantity(cart=mine, variant_id=shop.variant.pk, quantity=4)


def test_zero_quantity_removes_the_line(shop):
    cart = Cart.objects.create(market=shop.us)
    cart_add(cart=cart, variant=shop.variant, quantity=1)
    cart_set_quantity(cart=cart, variant_id=shop.variant.pk, quantity=0)
    assert not cart.lines.exists()


def test_cart_is_priced_now_in_the_shoppers_market(shop):
    cart = Cart.objects.create(market=shop.us)
    cart_add(cart=cart, variant=shop.variant, quantity=2)
    MarketPrice.objects.create(market=shop.eu, variant=shop.variant, amount=Decimal("21.50"))
    view = cart_view(cart=cart, market=shop.eu)
    assert str(view.subtotal.currency) == "EUR"
    assert view.subtotal.amount == Decimal("43.00")
    with translation.override("en"):
        view = cart_view(cart=Cart.objects.get(pk=cart.pk), market=shop.jp)
    assert view.notices == ["Your market changed: prices are now in JPY."]
    assert Cart.objects.get(pk=cart.pk).market == shop.jp


def test_stock_that_ran_out_after_adding_is_reported(shop):
    cart = Cart.objects.create(market=shop.us)
    cart_add(cart=cart, variant=shop.variant, quantity=3)
    Stock.objects.filter(pk=shop.stock.pk).update(quantity=1)
    with translation.override("en"):
        view = cart_view(cart=cart, market=shop.us)
    assert len(view.problems) == 1
    assert "Only 1 of" in view.problems[0] and "lower the quantity" in view.problems[0]
    Stock.objects.filter(pk=shop.stock.pk).update(quantity=0)
    with translation.override("en"):
        view = cart_view(cart=cart, market=shop.us)
    assert "now out of stock" in view.problems[0]


def test_a_prohibited_destination_blocks_the_cart_with_the_reason(shop):
    restriction_create(
        product=shop.variant.product, countries=["US"], kind="prohibited", reason="plant"
    )
    cart = Cart.objects.create(market=shop.us)
    cart_add(cart=cart, variant=shop.variant, quantity=1)
    with translation.override("en"):
        view = cart_view(cart=cart, market=shop.us, country="US")
    assert len(view.problems) == 1
    assert "Glazed ceramic tea set" in view.problems[0]
    assert "United States" in view.problems[0]
    assert cart_view(cart=cart, market=shop.jp, country="JP").problems == []


def test_a_price_or_currency_posted_with_add_to_cart_is_ignored(shop):
    client = Client()
    response = http_cart_add(client, shop.variant, 2, price="0.01", currency="VND", total="1")
    assert response.status_code == 302
    line = CartLine.objects.get()
    assert line.quantity == 2
    page = client.get("/en/checkout/cart/")
    assert page.context["view"].subtotal.amount == Decimal("34.62")
    assert str(page.context["view"].subtotal.currency) == "USD"


def test_bad_add_to_cart_input_gets_a_message_not_an_error(shop):
    client = Client()
    for data in (
        {"variant": "NOPE", "quantity": 1},
        {"variant": shop.variant.sku, "quantity": "x"},
    ):
        response = client.post("/en/checkout/cart/add/", data, follow=True)
        assert response.status_code == 200
        assert list(response.context["messages"])
    assert not CartLine.objects.exists()


def test_cart_survives_login_and_merges_the_users_older_cart(shop):
    user = UserFactory()
    older = Cart.objects.create(market=shop.us, user=user)
    other = VariantFactory(product=shop.variant.product)
    CartLine.objects.create(cart=older, variant=other, quantity=1)
    client = Client()
    http_cart_add(client, shop.variant, 2)
    guest_cart = Cart.objects.exclude(pk=older.pk).get()
    client.force_login(user)
    guest_cart.refresh_from_db()
    assert guest_cart.user == user
    assert not Cart.objects.filter(pk=older.pk).exists()
    assert {(line.variant_id, line.quantity) for line in guest_cart.lines.all()} == {
        (shop.variant.pk, 2),
        (other.pk, 1),
    }
    page = client.get("/en/checkout/cart/")
    assert page.context["view"].count == 3


def test_cart_page_warns_early_about_documents_and_prohibitions(shop):
    restriction_create(
        product=shop.variant.product, kind="document", reason="cites", document="cites_permit"
    )
    client = Client(HTTP_ACCEPT_LANGUAGE="en-US")
    http_cart_add(client, shop.variant, 1)
    with translation.override("en"):
        page = client.get("/en/checkout/cart/")
    assert "CITES" in " ".join(page.context["notices"])
    restriction_create(
        product=shop.variant.product, countries=["US"], kind="prohibited", reason="plant"
    )
    page = client.get("/en/checkout/cart/")
    assert page.context["view"].problems
    assert 'href="/en/checkout/"' not in page.content.decode()  # no way on to checkout


def test_stock_counts_in_messages_are_grouped_for_the_shoppers_language():
    with translation.override("fr"):
        assert "1\u202f500 exemplaire(s) de Bol" in shortage_message(name="Bol", available=1500)
    with translation.override("en"):
        assert "Only 1,500 of Bowl left" in shortage_message(name="Bowl", available=1500)


def test_the_first_add_remembers_the_count_so_the_cart_page_writes_no_session(shop, monkeypatch):
    from django.contrib.sessions.backends.base import SessionBase

    from checkout.cart import CART_COUNT_KEY

    client = Client()
    assert http_cart_add(client, shop.variant, 3).status_code == 302
    assert client.session[CART_COUNT_KEY] == 3  # the header counts before the cart is shown
    written = []
    original = SessionBase.__setitem__

    def remember(session, key, value):  # a spy: the real session still stores the value
        written.append(key)
        original(session, key, value)

    with monkeypatch.context() as patch:
        patch.setattr(SessionBase, "__setitem__", remember)
        assert client.get("/en/checkout/cart/").status_code == 200
    assert written == []
    assert http_cart_add(client, shop.variant, 1).status_code == 302  # an existing cart
    assert client.get("/en/checkout/cart/").status_code == 200
    assert client.session[CART_COUNT_KEY] == 4
