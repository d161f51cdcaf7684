"""Which time zone a shopper lives in, and times shown in it with the zone named.

An order keeps the shopper's IANA zone (`Order.time_zone`): the one their browser reported when
they placed it, if it is a zone this Python knows, else the destination country's main zone
(tzdata's `zone.tab`), else UTC. Order pages, their timeline and the emails show every time in
that zone, formatted by Babel (CLDR) in the reader's language, with the zone's name beside it:
"4 Dec 2026, 15:04 (JST)" (docs/decisions.md, "Times in the shopper's time zone").
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from importlib import resources
from pathlib import Path

from babel.dates import format_date, format_datetime, format_time, get_datetime_format
from django.utils.translation import gettext as _

from shop.money import babel_locale

DEFAULT_TIME_ZONE = "UTC"

# Where tzdata's first entry for a country is not where most of its people live (zone.tab
# lists Russia from Kaliningrad, Brazil from its Atlantic islands and Canada's first "most
# areas" is Nova Scotia's), the zone of its largest cities.
_COUNTRY_ZONE_PINNED = {
    "RU": "Europe/Moscow",
    "BR": "America/Sao_Paulo",
    "CA": "America/Toronto",
}


@functools.cache
def _known_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def time_zone_valid(name: str | None) -> str | None:
    """`name` if it is an IANA zone this Python can use (what a browser's
    `Intl.DateTimeFormat().resolvedOptions().timeZone` says), else None."""
    name = (name or "").strip()
    if not name or len(name) > 64 or name not in _known_zones():
        return None
    return name


def _zone_tab() -> str:
    """tzdata's `zone.tab`: the system's time-zone database first (where `zoneinfo` looks
    first), else the `tzdata` package's copy."""
    for base in zoneinfo.TZPATH:
        path = Path(base) / "zone.tab"
        if path.is_file():
            return path.read_text(encoding="ascii", errors="replace")
    try:
        return resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text()
    except (ModuleNotFoundError, FileNotFoundError):
        return ""


@functools.cache
def _country_zones() -> dict[str, str]:
    """Each country's main zone: the first tzdata lists whose description says "most" (the US's
    "Eastern (most areas)", Canada's "Eastern - ON & QC (most areas)"), else the first listed."""
    first: dict[str, str] = {}
    most: dict[str, str] = {}
    for line in _zone_tab().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) < 3:
            continue
        country, zone = fields[0].upper(), fields[2]
        if time_zone_valid(zone) is None:
            continue
        first.setdefault(country, zone)
        if len(fields) > 3 and "most" in fields[3].lower():
            most.setdefault(country, zone)
    zones = {**first, **most}
    zones.update({c: z for c, z in _COUNTRY_ZONE_PINNED.items() if time_zone_valid(z)})
    return zones


def country_time_zone(country: str | None) -> str | None:
    """The main time zone of an ISO country code (`JP` → `Asia/Tokyo`, `US` →
    `America/New_York`), or None for a code tzdata does not know."""
    return _country_zones().get((country or "").upper())


def shopper_time_zone(*, browser: str | None = None, country: str | None = None) -> str:
    """The zone to show a shopper's times in: their browser's, else their country's main zone,
    else UTC."""
    return time_zone_valid(browser) or country_time_zone(country) or DEFAULT_TIME_ZONE


def datetime_text(*, value: dt.datetime, time_zone: str, language: str | None = None) -> str:
    """`value` in `time_zone`, as the reader's language writes a date and a time (CLDR medium
    date, short time), with the zone's short name: "4 Dec 2026, 15:04 (JST)" in Japanese as
    "2026/12/04 15:04（JST）". `language`: a Django language code, by default the active one;
    gettext must already be in that language (the zone's brackets are translated)."""
    locale = babel_locale(language)
    zone = zoneinfo.ZoneInfo(time_zone_valid(time_zone) or DEFAULT_TIME_ZONE)
    local = value.astimezone(zone)
    when = (
        get_datetime_format("medium", locale=locale)
        .replace("{1}", format_date(local, "medium", locale=locale))
        .replace("{0}", format_time(local, "short", tzinfo=zone, locale=locale))
    )
    # CLDR's short specific name where the language has one ("JST" in Japanese, "EST" in
    # English), else the language's GMT format ("GMT+09:00", French "UTC+01:00").
    name = format_datetime(local, "z", tzinfo=zone, locale=locale)
    if name[:1] in "+-":
        name = format_datetime(local, "OOOO", tzinfo=zone, locale=locale)
    return _("%(when)s (%(zone)s)") % {"when": when, "zone": name}
