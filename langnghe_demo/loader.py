"""Load the demo shop: catalogue, stock, markets, rates, users, shipping and duty rules, pages.

`demo_load` runs `DEMO_STEPS` in order inside one transaction. The list is built here, in the
demo app, from the steps of each part: the shop's catalogue (`langnghe_demo.catalogue.steps`),
the checkout's rules (`langnghe_demo.rules`) and the CMS pages (`langnghe_demo.pages`). Every
step upserts by natural key, so a second run changes nothing (see `langnghe_demo.context`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from django.conf import settings
from django.db import transaction
from wagtail.models import Page

from langnghe_demo.catalogue.steps import (
    demo_made_to_order_count,
    step_categories,
    step_exchange_rates,
    step_groups,
    step_locales,
    step_market_prices,
    step_markets,
    step_producers,
    step_products,
    step_stock,
    step_users,
    step_warehouses,
)
from langnghe_demo.context import DemoContext, DemoStep, DemoSummary
from langnghe_demo.illustrations import step_images
from langnghe_demo.pages import step_pages, step_search
from langnghe_demo.rules.duties import step_duties
from langnghe_demo.rules.shipping import step_shipping

DEMO_STEPS: list[DemoStep] = [
    DemoStep("locales", step_locales),
    DemoStep("categories", step_categories),
    DemoStep("producers", step_producers),
    DemoStep("products", step_products),
    DemoStep("warehouses", step_warehouses),
    DemoStep("stock", step_stock),
    DemoStep("markets", step_markets),
    DemoStep("market prices", step_market_prices),
    DemoStep("exchange rates", step_exchange_rates),
    DemoStep("groups", step_groups),
    DemoStep("users", step_users),
    # Shipping and duty rules after the catalogue and markets they refer to; pages last.
    DemoStep("shipping", step_shipping),
    DemoStep("duties", step_duties),
    # Drawn images in the producers' collections, before the pages that show them.
    DemoStep("images", step_images),
    DemoStep("pages", step_pages),
    DemoStep("search", step_search),
]


def demo_load(
    *,
    stdout: TextIO | None = None,
    reset_passwords: bool = False,
    parent: Page | None = None,
    as_default_site: bool = False,
    languages: Iterable[str] | None = None,
    steps: Iterable[DemoStep] | None = None,
) -> DemoSummary:
    """Load (or refresh) the demo data in one transaction and print a summary to `stdout`.

    The demo's home page goes under `parent` (the tree's root when None). An existing Site keeps
    its root page and default flag unless `as_default_site`, which points the default Site at the
    demo home (a Site is created only when there is none). Idempotent: running it again leaves the
    database as it was, unless `reset_passwords`, which gives both demo users new passwords.
    """
    ctx = DemoContext(
        stdout=stdout,
        reset_passwords=reset_passwords,
        parent=parent,
        as_default_site=as_default_site,
        languages=tuple(languages) if languages is not None else None,
    )
    with transaction.atomic():
        for step in DEMO_STEPS if steps is None else steps:
            step.run(ctx)
    if ctx.tallies.get("Variants"):
        ctx.notes.insert(0, f"{demo_made_to_order_count()} of the variants are made to order.")
    base_url = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "http://127.0.0.1:8000"
    summary = DemoSummary(
        tallies={kind: dict(outcomes) for kind, outcomes in ctx.tallies.items()},
        notes=ctx.notes,
        logins=ctx.logins,
        admin_url=f"{base_url.rstrip('/')}/admin/",
    )
    # Printed after the commit, so the passwords shown are the ones stored.
    if stdout is not None:
        for line in summary.lines():
            stdout.write(line + "\n")
    return summary
