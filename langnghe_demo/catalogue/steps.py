"""The shop's demo steps: catalogue, stock, markets, exchange rates, groups, users and locales.

The data are the modules beside this one; `langnghe_demo.loader` runs these steps in order.
"""

from __future__ import annotations

import os
import secrets
from collections import Counter
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale

from checkout.permissions import shop_roles_ensure
from langnghe_demo import content
from langnghe_demo.catalogue import (
    categories,
    markets,
    names,
    producers,
    products,
    users,
    warehouses,
)
from langnghe_demo.context import (
    CREATED,
    UNCHANGED,
    UPDATED,
    DemoContext,
    _upsert,
    _without,
    content_languages,
    demo_languages,
)
from shop.inventory import stock_set_quantity
from shop.models import (
    Category,
    Market,
    MarketPrice,
    Producer,
    Product,
    ProductVariant,
    Stock,
    Warehouse,
)
from shop.models.catalogue import InventoryPolicy
from shop.permissions import ARTISANS, artisan_group_ensure
from shop.rates import rates_import_ecb, rates_import_vietcombank

RATES_DIR = Path(__file__).resolve().parent / "rates"
ECB_FILE = RATES_DIR / "eurofxref-daily.xml"
VIETCOMBANK_FILE = RATES_DIR / "vietcombank.xml"

# --- steps --------------------------------------------------------------------------------------


def step_locales(ctx: DemoContext) -> None:
    """A Wagtail locale for each language the site offers and the demo content is written in
    (missing ones only; none deleted, none for a language the demo has no text for)."""
    texts = (content.SECTIONS, content.PRODUCERS, content.STORIES, content.ARTICLES)
    for code in demo_languages(content_languages(*texts), only=ctx.languages):
        _locale, created = Locale.objects.get_or_create(language_code=code)
        ctx.tally("Locales", CREATED if created else UNCHANGED)


def step_categories(ctx: DemoContext) -> None:
    for position, (slug, children) in enumerate(categories.CATEGORIES):
        values = _category(slug, None, position)
        parent = _upsert(ctx, "Categories", Category, {"slug": slug}, values)
        ctx.categories[slug] = parent
        for child_position, child_slug in enumerate(children):
            values = _category(child_slug, parent, child_position)
            ctx.categories[child_slug] = _upsert(
                ctx, "Categories", Category, {"slug": child_slug}, values
            )


def _category(slug: str, parent: Category | None, position: int) -> dict:
    name, translations = names.source_and_translations(names.CATEGORY_NAMES[slug])
    return {
        "name": name,
        "name_translations": translations,
        "parent": parent,
        "position": position,
    }


def step_producers(ctx: DemoContext) -> None:
    for record in producers.PRODUCERS:
        values = _without(record, "slug")
        name, translations = names.source_and_translations(names.PRODUCER_NAMES[record["slug"]])
        values.update(name=name, name_translations=translations)
        ctx.producers[record["slug"]] = _upsert(
            ctx, "Producers", Producer, {"slug": record["slug"]}, values
        )


def step_products(ctx: DemoContext) -> None:
    """Products and their variants; `sort_order` is the variant's place in the data."""
    for record in products.PRODUCTS:
        values = _without(record, "slug", "variants")
        values.update(
            producer=ctx.producers[record["producer"]],
            category=ctx.categories[record["category"]],
            country_of_origin="VN",
            is_active=True,
        )
        product = _upsert(ctx, "Products", Product, {"slug": record["slug"]}, values)
        ctx.products[record["slug"]] = product
        for sort_order, variant in enumerate(record["variants"]):
            values = _without(variant, "sku")
            name, translations = names.source_and_translations(names.VARIANT_NAMES[variant["sku"]])
            values.update(
                name=name,
                name_translations=translations,
                product=product,
                sort_order=sort_order,
                is_active=True,
            )
            ctx.variants[variant["sku"]] = _upsert(
                ctx, "Variants", ProductVariant, {"sku": variant["sku"]}, values
            )


def step_warehouses(ctx: DemoContext) -> None:
    for record in warehouses.WAREHOUSES:
        values = _without(record, "code")
        values.update(is_active=True)
        if record["producer"] is not None:
            values["producer"] = ctx.producers[record["producer"]]
        ctx.warehouses[record["code"]] = _upsert(
            ctx, "Warehouses", Warehouse, {"code": record["code"]}, values
        )


def step_stock(ctx: DemoContext) -> None:
    """Stock counts through `shop.inventory`, never below what orders already hold."""
    for sku, counts in warehouses.STOCK.items():
        variant = ctx.variants[sku]
        for code, wanted in counts.items():
            warehouse = ctx.warehouses[code]
            stock = Stock.objects.filter(warehouse=warehouse, variant=variant).first()
            if stock is not None and stock.quantity == max(wanted, stock.quantity_allocated):
                ctx.tally("Stock rows", UNCHANGED)
                continue
            quantity = wanted
            if stock is not None and stock.quantity_allocated > wanted:
                quantity = stock.quantity_allocated
                ctx.notes.append(
                    f"{sku} @ {code}: counted {quantity}, not {wanted}, "
                    "because orders hold that many."
                )
            stock_set_quantity(warehouse=warehouse, variant=variant, quantity=quantity)
            ctx.tally("Stock rows", CREATED if stock is None else UPDATED)


def step_markets(ctx: DemoContext) -> None:
    """Markets, the default one last, after any other default has been stood down."""
    ordered = sorted(enumerate(markets.MARKETS), key=lambda item: item[1]["is_default"])
    for position, record in ordered:
        if record["is_default"]:
            stood_down = (
                Market.objects.filter(is_default=True)
                .exclude(slug=record["slug"])
                .update(is_default=False)
            )
            if stood_down:
                ctx.notes.append(f"{record['name']} is now the default market.")
        values = _without(record, "slug")
        values.update(position=position, is_active=True)
        ctx.markets[record["slug"]] = _upsert(
            ctx, "Markets", Market, {"slug": record["slug"]}, values
        )


def step_market_prices(ctx: DemoContext) -> None:
    for sku, market_slug, amount in markets.MARKET_PRICES:
        lookup = {"market": ctx.markets[market_slug], "variant": ctx.variants[sku]}
        _upsert(ctx, "Market prices", MarketPrice, lookup, {"amount": amount})


def step_exchange_rates(ctx: DemoContext) -> None:
    """The sample ECB and Vietcombank files, through the same importers staff use."""
    for importer, path in (
        (rates_import_ecb, ECB_FILE),
        (rates_import_vietcombank, VIETCOMBANK_FILE),
    ):
        result = importer(data=path.read_bytes())
        tally = ctx.tallies.setdefault("Exchange rates", Counter())
        tally[CREATED] += result.created
        tally[UPDATED] += result.updated
        tally[UNCHANGED] += result.unchanged


def step_groups(ctx: DemoContext) -> None:
    """The roles' groups: shop managers ("Shop staff"), Fulfilment and Artisans (the ensure
    functions only ever add what lacks)."""
    before = set(Group.objects.values_list("name", flat=True))
    for name, group in shop_roles_ensure().items():
        ctx.groups[name] = group
        ctx.tally("Groups", UNCHANGED if name in before else CREATED)


def _password_for(ctx: DemoContext, user, spec: dict, *, created: bool) -> None:
    env_name = spec["password_env"]
    from_env = os.environ.get(env_name)
    username = user.username
    if from_env:
        if created or ctx.reset_passwords or not user.check_password(from_env):
            user.set_password(from_env)
            user.save(update_fields=["password"])
            ctx.logins.append(f"{username} / (the password in ${env_name})")
        else:
            ctx.logins.append(f"{username}: password unchanged (${env_name})")
        return
    if created or ctx.reset_passwords or not user.has_usable_password() or not user.password:
        password = secrets.token_urlsafe(9)
        user.set_password(password)
        user.save(update_fields=["password"])
        ctx.logins.append(f"{username} / {password}")
    else:
        ctx.logins.append(
            f"{username}: password unchanged (load_demo --reset-passwords prints a new one)"
        )


def _user_upsert(ctx: DemoContext, spec: dict, *, superuser: bool):
    user_model = get_user_model()
    values = {
        "email": spec["email"],
        "first_name": spec["first_name"],
        "last_name": spec["last_name"],
        "is_active": True,
        "is_staff": superuser,
        "is_superuser": superuser,
    }
    existed = user_model.objects.filter(username=spec["username"]).exists()
    user = _upsert(ctx, "Users", user_model, {"username": spec["username"]}, values)
    _password_for(ctx, user, spec, created=not existed)
    return user


def step_users(ctx: DemoContext) -> None:
    """The admin superuser and the Bát Tràng artisan (Artisans group, producer editor)."""
    _user_upsert(ctx, users.ADMIN, superuser=True)
    artisan = _user_upsert(ctx, users.ARTISAN, superuser=False)
    artisan.groups.add(ctx.groups.get(ARTISANS) or artisan_group_ensure())
    for slug in users.ARTISAN["producers"]:
        ctx.producers[slug].editors.add(artisan)


def demo_made_to_order_count() -> int:
    """Made-to-order variants in the demo data (for the summary and the tests)."""
    return sum(
        len(record["variants"])
        for record in products.PRODUCTS
        if record["inventory_policy"] == InventoryPolicy.MADE_TO_ORDER
    )
