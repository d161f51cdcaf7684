"""shop/timezones.py: the shopper's time zone and times shown in it with the zone named."""

import datetime as dt

import pytest
from django.utils import translation

from shop.timezones import (
    country_time_zone,
    datetime_text,
    shopper_time_zone,
    time_zone_valid,
)

NOON_UTC = dt.datetime(2026, 12, 4, 6, 4, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("name", "valid"),
    [
        ("Asia/Tokyo", "Asia/Tokyo"),
        (" Europe/Paris ", "Europe/Paris"),
        ("Mars/Olympus_Mons", None),
        ("../../etc/passwd", None),
        ("", None),
        (None, None),
        ("A" * 200, None),
    ],
)
def test_only_zones_python_knows_are_taken(name, valid):
    assert time_zone_valid(name) == valid


@pytest.mark.parametrize(
    ("country", "zone"),
    [
        ("JP", "Asia/Tokyo"),
        ("VN", "Asia/Ho_Chi_Minh"),
        ("US", "America/New_York"),  # tzdata's "Eastern (most areas)"
        ("CA", "America/Toronto"),
        ("AU", "Australia/Sydney"),
        ("RU", "Europe/Moscow"),
        ("BR", "America/Sao_Paulo"),
        ("de", "Europe/Berlin"),
        ("XX", None),
        ("", None),
    ],
)
def test_a_country_has_a_main_zone_from_tzdata(country, zone):
    assert country_time_zone(country) == zone


def test_the_browsers_zone_comes_first_then_the_country_then_utc():
    assert shopper_time_zone(browser="Asia/Seoul", country="US") == "Asia/Seoul"
    assert shopper_time_zone(browser="Nowhere/Land", country="US") == "America/New_York"
    assert shopper_time_zone(browser="", country="XX") == "UTC"


def test_a_japanese_reader_sees_japan_standard_time():
    with translation.override("ja"):
        text = datetime_text(value=NOON_UTC, time_zone="Asia/Tokyo")
    assert text == "2026/12/04 15:04（JST）"


def test_the_zone_is_named_in_the_readers_language():
    with translation.override("en"):
        assert datetime_text(value=NOON_UTC, time_zone="America/New_York") == (
            "Dec 4, 2026, 1:04\u202fAM (EST)"
        )
        # No abbreviation English readers know: the GMT offset.
        assert datetime_text(value=NOON_UTC, time_zone="Asia/Tokyo").endswith("(GMT+09:00)")
    with translation.override("de"):
        assert datetime_text(value=NOON_UTC, time_zone="Europe/Berlin") == (
            "04.12.2026, 07:04 (MEZ)"
        )


def test_the_language_can_be_named_when_gettext_is_already_in_it():
    with translation.override("fr"):
        text = datetime_text(value=NOON_UTC, time_zone="Europe/Paris", language="fr")
    assert text.startswith("4 déc. 2026, 07:04") and "UTC+01:00" in text


def test_an_unknown_zone_shows_utc():
    with translation.override("en"):
        assert datetime_text(value=NOON_UTC, time_zone="Nowhere/Land").endswith("(UTC)")
