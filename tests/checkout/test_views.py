"""The checkout pages end to end with the dummy gateway (the embedded default)."""

from decimal import Decimal

import pytest
from django.core import mail
from django.test import Client, override_settings
from django.utils import translation

from checkout.models import Cart
from shop.models import Order, OrderStatus, Stock
from tests.checkout.builders import checkout_shop_build, restriction_create
from tests.checkout.flow import (
    DE_ADDRESS,
    JP_ADDRESS,
    US_ADDRESS,
    cart_add,
    checkout_to_review,
    order_place,
    review_fingerprint,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def shop():
    with override_settings(LANGNGHE_PAYMENT_GATEWAY="dummy"):
        yield checkout_shop_build(stock=5)


def _pay_with_dummy(client, order, *, outcome="succeed", lang="en"):
    return client.post(f"/{lang}/checkout/payments/dummy/{order.token}/", {"outcome": outcome})


def test_guest_buys_with_the_dummy_gateway_and_gets_a_confirmation(
    shop, django_capture_on_commit_callbacks
):
    client = Client()
    review = checkout_to_review(client, shop.variant)
    assert review.status_code == 200
    placed = order_place(client)
    order = Order.objects.get()
    assert placed["Location"] == f"/en/checkout/pay/{order.token}/"
    pay = client.get(placed["Location"])
    assert "test payment" in pay.content.decode().lower()
    with django_capture_on_commit_callbacks(execute=True):
        paid = _pay_with_dummy(client, order)
    assert paid.status_code == 302 and paid["Location"] == f"/en/checkout/order/{order.token}/"
    page = client.get(paid["Location"])
    order.refresh_from_db()
    assert order.status == OrderStatus.PAID
    assert "Thank you for your order!" in page.content.decode()
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["ann@example.com"]
    assert order.token in email.body and email.alternatives[0][1] == "text/html"


def test_order_freezes_prices_address_and_rate(shop):
    client = Client()
    checkout_to_review(client, shop.variant, quantity=2)
    order_place(client)
    order = Order.objects.get()
    line = order.lines.get()
    # 450,000 VND at 26,000 VND per USD, no rounding rule: 17.31 USD.
    assert (order.currency, line.unit_price, line.quantity) == ("USD", Decimal("17.31"), 2)
    assert order.subtotal == Decimal("34.62")
    assert order.fx_rate == Decimal(1) / Decimal(26000) or order.fx_rate is not None
    assert line.hs_code == "691200" and line.country_of_origin == "VN"
    assert order.shipping_address["postal_code"] == "94103"
    assert order.shipping_method_name == "VNPost EMS"
    # The US (DDP) collects duty from the first dollar: 9.8 % of the goods.
    assert order.duties == Decimal("3.39")
    assert order.total == order.subtotal + order.shipping_price + order.duties
    assert Stock.objects.get(pk=shop.stock.pk).quantity_allocated == 2


def test_a_tampered_price_currency_or_total_is_ignored(shop):
    client = Client()
    cart_add(client, shop.variant, 1, price="0.01", currency="VND", unit_price="1")
    checkout_to_review(client, shop.variant, quantity=1)
    order_place(client, total="0.01", currency="JPY", amount="1", price="0.01")
    order = Order.objects.get()
    assert order.currency == "USD"
    assert order.lines.get().unit_price == Decimal("17.31")
    assert order.total > Decimal("17")


def test_double_click_places_one_order(shop):
    client = Client()
    checkout_to_review(client, shop.variant)
    first = order_place(client)
    second = order_place(client)
    assert Order.objects.count() == 1
    assert first["Location"] == second["Location"]
    assert Stock.objects.get(pk=shop.stock.pk).quantity_allocated == 1


def test_declined_dummy_payment_keeps_the_order_unpaid_with_stock_held(shop):
    client = Client()
    checkout_to_review(client, shop.variant)
    order_place(client)
    order = Order.objects.get()
    response = _pay_with_dummy(client, order, outcome="decline")
    assert response["Location"] == f"/en/checkout/pay/{order.token}/"
    order.refresh_from_db()
    assert order.status == OrderStatus.UNCONFIRMED
    assert Stock.objects.get(pk=shop.stock.pk).quantity_allocated == 1
    assert mail.outbox == []


def test_order_page_needs_its_token(shop):
    client = Client()
    checkout_to_review(client, shop.variant)
    order_place(client)
    order = Order.objects.get()
    assert Client().get("/en/checkout/order/not-the-token/").status_code == 404
    assert Client().get(f"/en/checkout/order/{order.token[:-1]}/").status_code == 404
    assert Client().get(f"/en/checkout/order/{order.token}/").status_code == 200


def test_address_errors_are_shown_per_field_with_400(shop):
    client = Client()
    cart_add(client, shop.variant)
    bad = {**US_ADDRESS, "postal_code": "1234", "country_area": "", "email": "nope"}
    with translation.override("en"):
        response = client.post("/en/checkout/", bad)
    assert response.status_code == 400
    address = response.context["address_form"]
    assert "postal_code" in address.errors and "country_area" in address.errors
    assert "email" in response.context["contact_form"].errors
    assert Cart.objects.get().country == ""


def test_japanese_shopper_sees_yen_and_duties_collected(shop):
    client = Client()
    review = checkout_to_review(client, shop.variant, address=JP_ADDRESS, lang="ja")
    quote = review.context["quote"]
    assert quote.currency == "JPY"
    order_place(client, lang="ja")
    order = Order.objects.get()
    assert (order.currency, order.language, order.duties_mode) == ("JPY", "ja", "DDP")
    # 450,000 VND / 170 = 2,647.06 → ceil to 100 → ¥2,700: under ¥10,000, nothing due.
    assert order.subtotal == Decimal("2700") and order.duties == 0


def test_choosing_a_country_of_another_market_switches_currency_with_a_message(shop):
    client = Client()
    cart_add(client, shop.variant)
    client.get("/en/checkout/")
    response = client.post("/en/checkout/", DE_ADDRESS, follow=True)
    text = response.content.decode()
    assert "Prices are now in EUR" in text
    review = client.get("/en/checkout/review/")
    assert review.context["quote"].currency == "EUR"


def test_sold_out_while_checking_out_is_refused_with_409(shop):
    client = Client()
    checkout_to_review(client, shop.variant)
    reviewed = review_fingerprint(client)
    Stock.objects.filter(pk=shop.stock.pk).update(quantity=0)
    response = order_place(client, fingerprint=reviewed)
    assert response.status_code == 409
    assert Order.objects.count() == 0
    assert any("out of stock" in e or "sold out" in e for e in response.context["errors"])


KR_ADDRESS = {
    "country": "KR",
    "email": "minjun@example.kr",
    "name": "김민준",
    "street_address": "Teheran-ro 152",
    "city": "Gangnam-gu",
    "country_area": "Seoul",
    "postal_code": "06236",
    "phone": "+82 10-1234-5678",
}


def test_korean_delivery_needs_a_personal_customs_code(shop):
    client = Client()
    cart_add(client, shop.variant)
    with translation.override("en"):
        missing = client.post("/en/checkout/", KR_ADDRESS)
    assert missing.status_code == 400
    assert "customs_id" in missing.context["address_form"].errors
    review = checkout_to_review(
        Client(), shop.variant, address={**KR_ADDRESS, "customs_id": "p123456789012"}
    )
    assert review.context["quote"].duties.customs_id == "pccc"
    assert Cart.objects.filter(customs_id="P123456789012").exists()


def test_a_prohibited_product_is_refused_at_checkout_naming_product_and_reason(shop):

    product = shop.variant.product
    product.customs_description = "Agarwood chips (Aquilaria crassna)"
    product.hs_code = "121190"
    product.save()
    client = Client()
    review = checkout_to_review(client, shop.variant)
    restriction_create(product=product, countries=["US"], kind="prohibited", reason="plant")
    with translation.override("en"):
        refused = order_place(client)
    assert refused.status_code == 409
    text = " ".join(refused.context["errors"] + refused.context["refusals"])
    assert "Agarwood chips" in text and "United States" in text
    assert "phytosanitary" in text.lower() or "plant" in text.lower()
    assert review.status_code == 200 and not Order.objects.exists()


def test_dap_market_shows_duties_as_an_estimate_not_a_charge(shop):
    client = Client()
    review = checkout_to_review(client, shop.variant, address=DE_ADDRESS, quantity=4)
    quote = review.context["quote"]
    assert not quote.collects_duties
    assert quote.duties.total.amount > 0  # German VAT from the first euro
    assert quote.total == quote.subtotal + quote.shipping_price
    assert "payable to the carrier on delivery" in review.content.decode()


def test_order_page_speaks_the_shoppers_currency(shop):
    client = Client()
    checkout_to_review(client, shop.variant, address=JP_ADDRESS, lang="ja")
    order_place(client, lang="ja")
    order = Order.objects.get()
    page = client.get(f"/ja/checkout/order/{order.token}/")
    assert page.status_code == 200
    assert '<html lang="ja">' in page.content.decode()
    assert "￥" in page.content.decode() or "¥" in page.content.decode()


def test_confirmation_email_is_in_the_shoppers_language(shop, django_capture_on_commit_callbacks):
    client = Client()
    checkout_to_review(client, shop.variant, address=JP_ADDRESS, lang="ja")
    order_place(client, lang="ja")
    order = Order.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        _pay_with_dummy(client, order, lang="ja")
    (email,) = mail.outbox
    assert email.subject == f"Langngheのご注文（注文番号 {order.reference}）"
    html = email.alternatives[0][0]
    assert '<html lang="ja">' in html and "山田 花子" in html
    assert f"/ja/checkout/order/{order.token}/" in email.body
    assert "￥" in email.body or "¥" in email.body


QUEUED_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


# The worker takes tasks in its own transactions (an exclusive one on SQLite): no test wrapper.
@pytest.mark.django_db(transaction=True)
def test_with_a_task_queue_paying_queues_the_email_and_the_worker_sends_it(shop):
    """Production's set-up (config/settings.py): the payment request only queues the email."""
    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult

    client = Client()
    checkout_to_review(client, shop.variant, address=JP_ADDRESS, lang="ja")
    order_place(client, lang="ja")
    order = Order.objects.get()
    with override_settings(TASKS=QUEUED_TASKS):
        _pay_with_dummy(client, order, lang="ja")  # commits: the email is queued on commit
        assert mail.outbox == []
        (queued,) = DBTaskResult.objects.all()
        assert queued.task_path == "checkout.emails.order_confirmation_email_task"
        call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)
    (email,) = mail.outbox
    assert order.reference in email.subject and email.to == [order.email]
    queued.refresh_from_db()
    assert queued.status == "SUCCESSFUL"


def _courier(shop, *, price="1200000", days=(2, 4)):
    """A second, dearer method to the same zone, listed after EMS."""
    from checkout.models import ShippingMethod, ShippingRate

    courier = ShippingMethod.objects.create(
        zone=shop.method.zone,
        name="Express courier",
        carrier="DHL",
        currency="VND",
        volumetric_divisor=5000,
        max_weight_g=30000,
        days_min=days[0],
        days_max=days[1],
        position=1,
    )
    ShippingRate.objects.create(method=courier, up_to_g=30000, price=Decimal(price))
    return courier


def test_address_page_offers_the_methods_for_the_country_in_its_currency(shop):
    courier = _courier(shop)
    client = Client()
    cart_add(client, shop.variant)
    page = client.get("/en/checkout/?country=DE")
    options = page.context["options"]
    assert [o.method for o in options] == [shop.method, courier]
    assert {o.price.currency.code for o in options} == {"EUR"}  # the market serving Germany
    assert page.context["selected"] == shop.method.pk
    html = page.content.decode()
    assert f'id="m-{shop.method.pk}" value="{shop.method.pk}" checked' in html
    assert "Express courier" in html and "Delivery in 2–4 days" in html


def test_the_chosen_method_is_saved_with_the_address_and_priced_on_the_review(shop):
    courier = _courier(shop)
    client = Client()
    cart_add(client, shop.variant)
    response = client.post("/en/checkout/", {**US_ADDRESS, "method": courier.pk})
    assert response.status_code == 302 and response["Location"] == "/en/checkout/review/"
    assert Cart.objects.get().shipping_method == courier
    review = client.get("/en/checkout/review/")
    assert review.context["quote"].shipping.method == courier
    # Back on the address page, the method chosen before is the one preselected.
    assert client.get("/en/checkout/").context["selected"] == courier.pk


def test_a_method_that_is_not_offered_is_refused_with_400_and_nothing_saved(shop):
    from checkout.models import ShippingMethod

    elsewhere = ShippingMethod.objects.create(
        zone=type(shop.method.zone).objects.create(name="Domestic", countries=["VN"]),
        name="Local post",
        currency="VND",
        max_weight_g=30000,
        days_min=1,
        days_max=2,
    )
    client = Client()
    cart_add(client, shop.variant)
    with translation.override("en"):
        response = client.post("/en/checkout/", {**US_ADDRESS, "method": elsewhere.pk})
    assert response.status_code == 400
    assert "method" in response.context["shipping_form"].errors
    assert Cart.objects.get().country == "" and Cart.objects.get().shipping_method is None


def test_without_a_method_posted_the_preselected_one_is_taken(shop):
    client = Client()
    cart_add(client, shop.variant)
    assert client.post("/en/checkout/", US_ADDRESS).status_code == 302
    assert Cart.objects.get().shipping_method == shop.method


def test_a_parcel_no_method_carries_is_explained_and_cannot_continue(shop):
    client = Client()
    cart_add(client, shop.variant)
    shop.variant.gross_weight_g = 40000  # over every bracket (EMS carries 30 kg at most)
    shop.variant.save()
    with translation.override("en"):
        page = client.get("/en/checkout/?country=US")
        refused = client.post("/en/checkout/", US_ADDRESS)
    assert page.context["options"] == []
    assert "too heavy to ship to United States" in page.content.decode()
    assert refused.status_code == 400 and Cart.objects.get().country == ""


def test_review_prices_the_chosen_method_for_a_changed_cart(shop):
    client = Client()
    checkout_to_review(client, shop.variant)
    cart_add(client, shop.variant)  # the parcel changed: the method stays, priced anew
    response = client.get("/en/checkout/review/")
    assert response.status_code == 200
    assert response.context["quote"].view.items[0].quantity == 2
    assert response.context["quote"].shipping.method == shop.method


def _placed_and_paid(client, shop, *, address, lang, time_zone=None, capture=None):
    checkout_to_review(client, shop.variant, address=address, lang=lang)
    extra = {} if time_zone is None else {"time_zone": time_zone}
    order_place(client, lang=lang, **extra)
    order = Order.objects.get()
    with capture(execute=True):
        _pay_with_dummy(client, order, lang=lang)
    order.refresh_from_db()
    return order


def test_a_japanese_order_shows_its_reference_and_times_in_japan_standard_time(
    shop, django_capture_on_commit_callbacks
):
    client = Client()
    review = checkout_to_review(client, shop.variant, address=JP_ADDRESS, lang="ja").content
    assert b'name="time_zone"' in review and b"checkout/time-zone.js" in review
    order = _placed_and_paid(
        client,
        shop,
        address=JP_ADDRESS,
        lang="ja",
        time_zone="Asia/Tokyo",
        capture=django_capture_on_commit_callbacks,
    )
    assert order.time_zone == "Asia/Tokyo"
    html = client.get(f"/ja/checkout/order/{order.token}/").content.decode()
    assert f"注文番号 {order.reference}" in html
    assert f"注文番号 {order.pk}<" not in html
    timeline = html.split('class="timeline"', 1)[1]
    assert timeline.count("（JST）") == 2  # placed, paid: both in the shopper's zone
    assert "（JST）" in html.split('class="order-placed"', 1)[1].split("</p>", 1)[0]
    (email,) = mail.outbox
    assert "（JST）" in email.body and order.reference in email.body
    assert "（JST）" in email.alternatives[0][0]


def test_a_us_order_without_a_browser_zone_shows_a_us_zone(
    shop, django_capture_on_commit_callbacks
):
    client = Client()
    order = _placed_and_paid(
        client, shop, address=US_ADDRESS, lang="en", capture=django_capture_on_commit_callbacks
    )
    assert order.time_zone == "America/New_York"
    html = client.get(f"/en/checkout/order/{order.token}/").content.decode()
    # Eastern time, named: EST in winter, EDT in summer.
    timeline = html.split('class="timeline"', 1)[1]
    assert timeline.count("(EST)") + timeline.count("(EDT)") == 2
    assert f"Order {order.reference} · Status: <strong>Paid</strong>" in html


def test_french_order_pages_put_a_no_break_space_before_colons(shop):
    client = Client()
    checkout_to_review(client, shop.variant, address=DE_ADDRESS, lang="fr")
    order_place(client, lang="fr")
    order = Order.objects.get()
    html = client.get(f"/fr/checkout/order/{order.token}/").content.decode()
    assert f"Commande {order.reference} · Statut\u00a0: <strong>" in html
    assert "Livraison\u00a0: " in html
    pay = client.get(f"/fr/checkout/pay/{order.token}/").content.decode()
    assert "Total à payer maintenant\u00a0: <strong>" in pay


def test_a_refused_add_returns_to_its_page_with_the_variant_in_the_query(shop):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    response = cart_add(client, shop.variant, 6, next="/en/tea/?variant=OTHER&ref=qr")
    assert response.status_code == 302
    assert response["Location"] == f"/en/tea/?ref=qr&variant={shop.variant.sku}"
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == ["Only 5 of “Glazed ceramic tea set” are available."]


@pytest.mark.parametrize("target", ["https://elsewhere.example/tea/", "//elsewhere.example/", ""])
def test_a_refused_add_with_a_foreign_or_no_next_goes_to_the_cart(shop, target):
    response = cart_add(Client(), shop.variant, 6, next=target)
    assert response["Location"] == "/en/checkout/cart/"
