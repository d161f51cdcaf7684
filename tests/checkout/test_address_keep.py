"""The address step keeps what the shopper chose and typed: the shipping method after an error,
the typed details when the country changes (one form, "Update address form", no JavaScript
needed), and the review shows the phone number and customs ID to check."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.test import Client, override_settings
from django.utils import translation

from checkout.addresses import CUSTOMS_ID_TEXTS, PHONE_LABEL, postal_code_fits
from checkout.forms_address import address_form_carried, address_form_class
from checkout.models import Cart, ShippingMethod, ShippingRate
from tests.checkout.builders import checkout_shop_build
from tests.checkout.flow import US_ADDRESS, cart_add, checkout_to_review

pytestmark = pytest.mark.django_db

KR_ADDRESS = {
    "country": "KR",
    "email": "minjun@example.kr",
    "name": "김민준",
    "street_address": "Teheran-ro 152",
    "city": "Gangnam-gu",
    "country_area": "Seoul",
    "postal_code": "06236",
    "phone": "+82 10-1234-5678",
    "customs_id": "p123456789012",
}


@pytest.fixture
def shop():
    with override_settings(LANGNGHE_PAYMENT_GATEWAY="dummy"):
        yield checkout_shop_build(stock=5)


@pytest.fixture
def courier(shop) -> ShippingMethod:
    """A second method in the zone of every test country (EMS, the first, is preselected)."""
    method = ShippingMethod.objects.create(
        zone=shop.method.zone,
        name="Express courier",
        carrier="DHL",
        currency="VND",
        volumetric_divisor=5000,
        max_weight_g=30000,
        days_min=2,
        days_max=4,
        position=1,
    )
    ShippingRate.objects.create(method=method, up_to_g=30000, price=Decimal("900000"))
    return method


def _checked(html: str) -> list[str]:
    return re.findall(r'<input type="radio" name="method" id="m-\d+" value="(\d+)" checked', html)


def _value(html: str, name: str) -> str | None:
    """The value an input (or the text a textarea) of the address form shows, or None."""
    found = re.search(rf'<input [^>]*name="{name}"[^>]*>', html)
    if found:
        value = re.search(r'value="([^"]*)"', found[0])
        return value[1] if value else ""
    found = re.search(rf'<textarea [^>]*name="{name}"[^>]*>\n?([^<]*)</textarea>', html)
    return found[1] if found else None


# --- the shipping method survives a refused address ------------------------------------------


def test_a_refused_address_keeps_the_chosen_shipping_method(shop, courier):
    client = Client()
    cart_add(client, shop.variant)
    with translation.override("en"):
        response = client.post(
            "/en/checkout/", {**US_ADDRESS, "postal_code": "1234", "method": courier.pk}
        )
    assert response.status_code == 400
    assert response.context["selected"] == courier.pk
    assert _checked(response.content.decode()) == [str(courier.pk)]
    assert Cart.objects.get().shipping_method is None  # nothing saved


def test_a_method_not_offered_falls_back_to_the_preselected_one_with_its_error(shop):
    client = Client()
    cart_add(client, shop.variant)
    with translation.override("en"):
        response = client.post("/en/checkout/", {**US_ADDRESS, "method": "not-a-number"})
    assert response.status_code == 400
    assert "method" in response.context["shipping_form"].errors
    assert _checked(response.content.decode()) == [str(shop.method.pk)]


# --- changing the country keeps what was typed ------------------------------------------------


def test_updating_the_form_for_another_country_keeps_the_common_fields_without_errors(
    shop, courier
):
    client = Client()
    cart_add(client, shop.variant)
    typed = {**US_ADDRESS, "country": "DE", "shown_country": "US", "method": courier.pk}
    with translation.override("en"):
        response = client.post("/en/checkout/", {**typed, "refresh": "1"})
    assert response.status_code == 200
    html = response.content.decode()
    assert response.context["country"] == "DE"
    address = response.context["address_form"]
    assert not address.is_bound and not response.context["contact_form"].is_bound
    assert "errorlist" not in html and 'class="error"' not in html
    assert _value(html, "email") == "ann@example.com"
    assert _value(html, "name") == "Ann Lee"
    assert _value(html, "street_address") == "1 Market St"
    assert _value(html, "city") == "San Francisco"  # both countries have a city
    assert _value(html, "postal_code") == "94103"  # five digits: a German postcode too
    assert _value(html, "phone") == "+1 415 555 0100"
    assert "country_area" not in address.fields  # Germany has no states: CA is not carried
    assert _checked(html) == [str(courier.pk)]  # offered for Germany too: still chosen
    assert '<option value="DE" selected>' in html
    assert "The address form now follows the country you chose" in html
    assert Cart.objects.get().country == ""  # a refresh saves nothing


def test_updating_to_japan_drops_what_does_not_fit_there(shop):
    client = Client()
    cart_add(client, shop.variant)
    typed = {**US_ADDRESS, "country": "JP", "shown_country": "US", "refresh": "1"}
    response = client.post("/en/checkout/", typed)
    assert response.status_code == 200
    html = response.content.decode()
    assert _value(html, "name") == "Ann Lee" and _value(html, "phone") == "+1 415 555 0100"
    assert _value(html, "postal_code") == ""  # 94103 is no Japanese postcode
    assert "city" not in response.context["address_form"].fields  # Japan's format has none
    assert 'value="CA" selected' not in html  # a US state is no Japanese prefecture
    assert "errorlist" not in html


def test_updating_to_korea_asks_for_the_customs_code_without_an_error(shop):
    client = Client()
    cart_add(client, shop.variant)
    typed = {**US_ADDRESS, "country": "KR", "shown_country": "US", "refresh": "1"}
    with translation.override("en"):
        response = client.post("/en/checkout/", typed)
    assert response.status_code == 200
    assert "customs_id" in response.context["address_form"].fields
    assert _value(response.content.decode(), "customs_id") is not None
    assert "errorlist" not in response.content.decode()


def test_updating_the_same_country_keeps_every_field(shop, courier):
    client = Client()
    cart_add(client, shop.variant)
    typed = {**KR_ADDRESS, "shown_country": "KR", "refresh": "1", "method": courier.pk}
    response = client.post("/en/checkout/", typed)
    assert response.status_code == 200
    assert response.context["address_form"].initial == {
        key: value for key, value in KR_ADDRESS.items() if key not in ("country", "email")
    }
    assert _checked(response.content.decode()) == [str(courier.pk)]


def test_a_country_changed_before_continue_updates_the_form_instead_of_validating(shop):
    """Without JavaScript the shopper may change the country and press "Continue" at once:
    the new country's form comes back filled, and nothing is checked against it yet."""
    client = Client()
    cart_add(client, shop.variant)
    response = client.post("/en/checkout/", {**US_ADDRESS, "country": "KR", "shown_country": "US"})
    assert response.status_code == 200
    assert response.context["country"] == "KR" and response.context["refreshed"]
    assert "errorlist" not in response.content.decode()
    assert Cart.objects.get().country == ""


def test_an_unknown_country_is_refused_with_400_and_a_message_keeping_the_data(shop):
    client = Client()
    cart_add(client, shop.variant)
    typed = {**US_ADDRESS, "country": "<b>XX</b>", "shown_country": "US", "refresh": "1"}
    with translation.override("en"):
        response = client.post("/en/checkout/", typed)
    assert response.status_code == 400
    html = response.content.decode()
    assert "We do not ship to that country yet." in html
    assert response.context["country"] == "US"  # the form it was typed in
    assert _value(html, "name") == "Ann Lee" and _value(html, "postal_code") == "94103"
    assert "<b>XX</b>" not in html
    with translation.override("ko"):
        korean = client.post("/ko/checkout/", typed)
    assert korean.status_code == 400
    assert "We do not ship" not in korean.content.decode()  # translated


def test_a_garbage_shown_country_is_ignored_and_never_a_500(shop):
    client = Client()
    cart_add(client, shop.variant)
    for shown in ("", "ZZ", "<script>", "x" * 500):
        typed = {**US_ADDRESS, "country": "DE", "shown_country": shown, "refresh": "1"}
        response = client.post("/en/checkout/", typed)
        assert response.status_code == 200, shown
        assert _value(response.content.decode(), "name") == "Ann Lee"


def test_typed_values_are_escaped_when_the_form_comes_back(shop):
    client = Client()
    cart_add(client, shop.variant)
    name = '"><script>alert(1)</script>'
    typed = {**US_ADDRESS, "name": name, "country": "DE", "shown_country": "US", "refresh": "1"}
    html = client.post("/en/checkout/", typed).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert _value(html, "name") == "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"


def test_the_address_saved_for_one_country_fills_the_form_of_another(shop):
    client = Client()
    checkout_to_review(client, shop.variant)
    html = client.get("/en/checkout/?country=DE").content.decode()
    assert _value(html, "name") == "Ann Lee" and _value(html, "city") == "SAN FRANCISCO"
    assert _value(html, "email") == "ann@example.com"


def test_the_country_chooser_is_part_of_the_address_form_and_enter_continues(shop):
    client = Client()
    cart_add(client, shop.variant)
    html = client.get("/en/checkout/").content.decode()
    form = html[html.index('<form method="post"') : html.index("</form>")]
    assert '<select name="country"' in form
    assert 'name="shown_country" value="GB"' in form  # the default market's first country
    assert '<button type="submit" name="refresh" value="1">Update address form</button>' in form
    # The form's default button (the first) continues: Enter in a field is not a refresh.
    first = re.search(r"<button [^>]*>", form)[0]
    assert "refresh" not in first and "hidden" in first
    assert re.search(r'<script src="[^"]*checkout/address-country\.js" defer>', html)
    assert "<script>" not in html  # no inline script (CSP)


def test_a_refresh_without_a_cart_goes_to_the_cart_page(shop):
    response = Client().post("/en/checkout/", {**US_ADDRESS, "refresh": "1"})
    assert response.status_code == 302 and response["Location"] == "/en/checkout/cart/"


# --- the review shows the phone number and customs ID -----------------------------------------


def test_the_review_shows_phone_and_customs_code_with_translated_labels_and_a_way_back(shop):
    client = Client()
    checkout_to_review(client, shop.variant, address=KR_ADDRESS, lang="ko")
    response = client.get("/ko/checkout/review/")
    html = response.content.decode()
    with translation.override("ko"):
        phone_label, code_label = str(PHONE_LABEL), str(CUSTOMS_ID_TEXTS["pccc"].label)
    assert phone_label != "Phone number" and code_label != "Personal customs clearance code (PCCC)"
    section = html[html.index('<section class="review-address">') :]
    section = section[: section.index("</section>")]
    assert f"<dt>{phone_label}</dt><dd>+82 10-1234-5678</dd>" in section
    assert f"<dt>{code_label}</dt><dd>P123456789012</dd>" in section
    assert '<a href="/ko/checkout/">' in section  # back to edit them


def test_the_review_without_a_customs_code_shows_the_phone_only(shop):
    client = Client()
    html = checkout_to_review(client, shop.variant).content.decode()
    assert "<dt>Phone number</dt><dd>+1 415 555 0100</dd>" in html
    assert "customs" not in html[html.index('class="review-contact"') :].split("</dl>")[0]


def test_the_review_escapes_what_the_shopper_typed(shop):
    client = Client()
    html = checkout_to_review(
        client, shop.variant, address={**US_ADDRESS, "name": "<img src=x onerror=alert(1)>"}
    ).content.decode()
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html


# --- the rules behind it ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "value", "fits"),
    [
        ("DE", "94103", True),
        ("JP", "94103", False),
        ("JP", "100-0001", True),
        ("GB", "sw1a 1aa", True),  # upper-cased as Britain's validation does
        ("US", "", False),
        ("HK", "12345", False),  # Hong Kong has no postcodes
    ],
)
def test_postal_code_fits_the_countrys_pattern(country, value, fits):
    assert postal_code_fits(country=country, value=value) is fits


def test_a_carried_form_takes_only_strings_and_fields_the_new_form_has():
    form_class = address_form_class(country="DE")
    data = {"name": "Ann", "country_area": "CA", "sorting_code": "X", "phone": ["1"], "city": " "}
    form = address_form_carried(form_class=form_class, data=data, from_country="US")
    assert form.initial == {"name": "Ann"}
    assert not form.is_bound
