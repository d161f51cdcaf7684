"""What the demo steps share: the load's options and tallies, and upserts by natural key.

Every step upserts by natural key (slug, SKU, code, username …) and writes a row only when its
values differ from the data, so a second run changes nothing: same rows, same primary keys, same
`updated_at`. A step receives the `DemoContext`, which holds the objects loaded so far, keyed by
natural key.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TextIO

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from wagtail.models import Page

from shop.models import Category, Market, Producer, Product, ProductVariant, Warehouse

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"


@dataclass
class DemoContext:
    """What the steps share: options, output, tallies, and the objects loaded so far."""

    stdout: TextIO | None = None
    reset_passwords: bool = False
    parent: Page | None = None  # the demo home's parent page; None: the tree's root
    as_default_site: bool = False  # point the default Site at the demo home
    languages: tuple[str, ...] | None = None  # only these (LANGUAGE_CODE always); None: all
    tallies: dict[str, Counter] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    categories: dict[str, Category] = field(default_factory=dict)
    producers: dict[str, Producer] = field(default_factory=dict)
    products: dict[str, Product] = field(default_factory=dict)
    variants: dict[str, ProductVariant] = field(default_factory=dict)
    warehouses: dict[str, Warehouse] = field(default_factory=dict)
    markets: dict[str, Market] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)

    def tally(self, kind: str, outcome: str) -> None:
        self.tallies.setdefault(kind, Counter())[outcome] += 1


@dataclass(frozen=True)
class DemoStep:
    name: str
    run: Callable[[DemoContext], None]


@dataclass(frozen=True)
class DemoSummary:
    """What a load did: per kind of record, how many the demo holds and what happened to them."""

    tallies: dict[str, dict[str, int]]
    notes: list[str]
    logins: list[str]
    admin_url: str

    def count(self, kind: str) -> int:
        return sum(self.tallies.get(kind, {}).values())

    def lines(self) -> list[str]:
        width = max((len(kind) for kind in self.tallies), default=0)
        out = ["Langnghe demo data loaded:"]
        for kind, outcomes in self.tallies.items():
            total = sum(outcomes.values())
            detail = ", ".join(
                f"{outcomes[o]} {o}" for o in (CREATED, UPDATED, UNCHANGED) if outcomes.get(o)
            )
            out.append(f"  {kind:<{width}}  {total:>4}  ({detail})")
        out += [f"  {note}" for note in self.notes]
        out.append("Logins:")
        out += [f"  {login}" for login in self.logins]
        out.append(f"Admin: {self.admin_url}")
        return out


# --- upserts ------------------------------------------------------------------------------------


def _differs(obj: models.Model, values: dict[str, Any]) -> bool:
    for name, new in values.items():
        model_field = obj._meta.get_field(name)
        if model_field.is_relation:
            old, new = getattr(obj, model_field.attname), getattr(new, "pk", new)
        else:
            old, new = (
                model_field.get_prep_value(getattr(obj, name)),
                model_field.get_prep_value(new),
            )
        if old != new:
            return True
    return False


def _upsert(
    ctx: DemoContext, kind: str, model: type[models.Model], lookup: dict, values: dict
) -> models.Model:
    """`update_or_create` by natural key, skipped when the stored row already matches."""
    obj = model.objects.filter(**lookup).first()
    if obj is not None and not _differs(obj, values):
        ctx.tally(kind, UNCHANGED)
        return obj
    obj, created = model.objects.update_or_create(defaults=values, **lookup)
    ctx.tally(kind, CREATED if created else UPDATED)
    return obj


def _without(record: dict, *keys: str) -> dict:
    return {k: v for k, v in record.items() if k not in keys}


def demo_languages(
    content_languages: Iterable[str], only: Iterable[str] | None = None
) -> list[str]:
    """The languages the demo creates locales and pages for: LANGUAGE_CODE first, then those of
    settings.LANGUAGES that the demo content is translated into (no others), limited to `only`
    when given (`load_demo --languages`)."""
    available = set(content_languages)
    if only is not None:
        available &= set(only)
    codes = [settings.LANGUAGE_CODE]
    codes += [
        code
        for code, _name in settings.LANGUAGES
        if code in available and code != settings.LANGUAGE_CODE
    ]
    return codes


def content_languages(*texts: dict | list) -> set[str]:
    """Every language code that an entry of the given content has: dicts of entries keyed by
    language (SECTIONS, STORIES, PRODUCERS) or lists of them (ARTICLES, whose "slug" and
    "date" are not languages)."""
    codes: set[str] = set()
    for entries in texts:
        for entry in entries.values() if isinstance(entries, dict) else entries:
            codes.update(code for code in entry if code not in ("slug", "date"))
    return codes
