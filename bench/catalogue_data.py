"""A big catalogue on top of the demo shop, for `bench.catalogue_big`.

Each generated product copies a demo product (its "template", taken in turn, so the products
spread over the demo's producers and categories as the demo's do): 1–3 variants with base prices
in VND around the template's, made to order like the template or one in ten, otherwise a stock
row in the demo's central warehouse (some empty); the template's photos; an explicit price in
one or two markets for one variant in ten; and a live story page in every language of the
demo, under the producer's page in that language's tree, with the template's summary, body and
hero image and a title of its own ("… (model 123)"), plus its search document.

Pages go in with bulk inserts rather than `add_child` (about 34 ms a page here: 40 minutes for
70,000). The result is the tree Wagtail builds: treebeard's materialised path (the parent's path
and a 4-character base-36 step after its last child's), `depth`, the parents' `numchild`,
`url_path`, one `translation_key` shared by a product's language versions, `live` and the
publication dates; Page rows by `bulk_create`, then the StoryPage rows (multi-table inheritance:
the child table only, keyed by the parent's id). No revision is written: serving reads the
page's own row. `tree_check` checks the result with SQL; `Page.fix_tree()` runs only if it
finds a problem.
"""

from __future__ import annotations

import random
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import connection, transaction
from django.db.models import Count, F
from django.db.models.functions import Length
from django.utils import timezone

from bench import BenchError

LABELS = {
    "vi": "mẫu",
    "en": "model",
    "ja": "モデル",
    "ko": "모델",
    "fr": "modèle",
    "de": "Modell",
    "zh-hans": "型号",
}
WAREHOUSE = "kho-tong-ha-noi"  # the demo's central warehouse
MARKETS_WANTED = 6
EXTRA_MARKETS = [  # used only if the demo has fewer than six markets
    ("australia", "Australia", ["AU"], "AUD", "en", "ceil_99", "DDP"),
    ("singapore", "Singapore", ["SG"], "SGD", "en", "ceil_99", "DDP"),
    ("canada", "Canada", ["CA"], "CAD", "en", "ceil_99", "DDP"),
    ("switzerland", "Switzerland", ["CH"], "CHF", "de", "ceil_99", "DAP"),
]
STOCK_COUNTS = (0, 2, 5, 12, 40, 150)
BATCH = 1000


@dataclass(frozen=True)
class Story:
    """A demo story in one language: what a generated story in that language copies."""

    title: str
    summary: str
    body: list
    hero_image_id: int | None
    shown: str  # the summary search results show
    summary_text: str  # the summary, normalised for search
    body_text: str  # the body's text, normalised for search

    @property
    def text(self) -> str:
        """Summary and body as a search document's text holds them after the title."""
        return " ".join(part for part in (self.summary_text, self.body_text) if part)


@dataclass
class Template:
    product: object  # shop.models.Product
    variants: list
    images: list[tuple[int, str]]  # (image id, caption)
    stories: dict[str, Story]


@dataclass
class Parent:
    """A producer page in one language and the next free treebeard step under it."""

    page_id: int
    path: str
    depth: int
    url_path: str
    locale_id: int
    next_step: int
    added: int = 0


@dataclass
class Plan:
    templates: list[Template]
    parents: dict[tuple[int, str], Parent]
    languages: list[str]
    warehouse_id: int
    markets: list  # shop.models.Market, priced explicitly (not VND)
    rates: dict[str, Decimal]  # VND → the market's currency
    story_type_id: int
    rng: random.Random
    documents: dict[tuple[int, str], list[int]] = field(default_factory=lambda: defaultdict(list))


@dataclass
class Generated:
    products: int = 0
    variants: int = 0
    pages: int = 0
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=lambda: defaultdict(float))


# --- the plan ----------------------------------------------------------------------------------


def markets_ensure() -> int:
    """At least six active markets (the demo has six): others with currencies the rates know."""
    from shop.models import Market
    from shop.pricing import MissingExchangeRate, rate_get

    count = Market.objects.filter(is_active=True).count()
    for slug, name, countries, currency, language, rule, duties in EXTRA_MARKETS:
        if count >= MARKETS_WANTED:
            break
        if Market.objects.filter(slug=slug).exists():
            continue
        try:
            rate_get(from_currency="VND", to_currency=currency)
        except MissingExchangeRate:
            continue
        Market.objects.create(
            slug=slug,
            name=name,
            countries=countries,
            currency=currency,
            default_language=language,
            rounding_rule=rule,
            duties_mode=duties,
            position=100 + count,
        )
        count += 1
    return count


def _story(page) -> Story:
    from cms.models import StoryPage
    from cms.search import _parts, search_normalise

    shown, summary, body = _parts(page)
    return Story(
        title=page.title,
        summary=page.summary,
        body=StoryPage._meta.get_field("body").get_prep_value(page.body),
        hero_image_id=page.hero_image_id,
        shown=shown,
        summary_text=search_normalise(summary),
        body_text=search_normalise(" ".join(body)),
    )


def _templates(languages: list[str]) -> list[Template]:
    from cms.models import StoryPage
    from shop.models import Product

    stories = defaultdict(dict)
    pages = StoryPage.objects.live().filter(alias_of__isnull=True).select_related("locale")
    for page in pages.order_by("path"):
        stories[page.product_id].setdefault(page.locale.language_code, _story(page))
    products = Product.objects.filter(is_active=True, pk__in=stories).order_by("pk")
    templates = []
    for product in products.prefetch_related("variants", "images"):
        variants = [v for v in product.variants.all() if v.is_active]
        if not variants or not all(code in stories[product.pk] for code in languages):
            continue
        images = [(image.image_id, image.caption) for image in product.images.all()]
        templates.append(Template(product, variants, images, stories[product.pk]))
    if not templates:
        raise BenchError("no demo product has a live story in every language: load the demo")
    return templates


def _parents(templates: list[Template], languages: list[str]) -> dict[tuple[int, str], Parent]:
    from wagtail.models import Page

    from cms.models import ProducerPage

    producers = {template.product.producer_id for template in templates}
    parents = {}
    pages = ProducerPage.objects.filter(producer_id__in=producers, alias_of__isnull=True)
    for page in pages.select_related("locale").order_by("path"):
        code = page.locale.language_code
        if code not in languages or (page.producer_id, code) in parents:
            continue
        last = Page.objects.filter(path__startswith=page.path, depth=page.depth + 1)
        last_path = last.order_by("-path").values_list("path", flat=True).first()
        step = Page._str2int(last_path[-Page.steplen :]) + 1 if last_path else 1
        parents[(page.producer_id, code)] = Parent(
            page.pk, page.path, page.depth, page.url_path, page.locale_id, step
        )
    missing = sorted({(p, c) for p in producers for c in languages} - parents.keys())
    if missing:
        raise BenchError(f"producer pages missing (producer id, language): {missing[:5]}")
    return parents


def plan_make(*, seed: int) -> Plan:
    """What generation copies from the demo: templates, producer pages, warehouse, markets."""
    from django.contrib.contenttypes.models import ContentType

    from cms.models import StoryPage
    from shop.models import Market, Warehouse
    from shop.pricing import rate_get

    languages = [code for code in LABELS if _locale_exists(code)]
    templates = _templates(languages)
    warehouse = Warehouse.objects.filter(code=WAREHOUSE).first() or Warehouse.objects.first()
    if warehouse is None:
        raise BenchError("the demo has no warehouse")
    markets = list(Market.objects.filter(is_active=True).exclude(currency="VND"))
    rates = {
        m.currency: rate_get(from_currency="VND", to_currency=m.currency).value for m in markets
    }
    return Plan(
        templates=templates,
        parents=_parents(templates, languages),
        languages=languages,
        warehouse_id=warehouse.pk,
        markets=markets,
        rates=rates,
        story_type_id=ContentType.objects.get_for_model(StoryPage).pk,
        rng=random.Random(seed),
    )


def _locale_exists(code: str) -> bool:
    from wagtail.models import Locale

    return Locale.objects.filter(language_code=code).exists()


# --- generation --------------------------------------------------------------------------------


def catalogue_generate(
    count: int,
    *,
    seed: int = 1,
    chunk: int = 250,
    max_seconds: float = 3600,
    progress: Callable[[str], None] = print,
) -> Generated:
    """`count` products with their variants, stock, prices, photos, pages and search documents,
    in transactions of `chunk` products; stops with BenchError after `max_seconds`."""
    started = time.perf_counter()
    plan = plan_make(seed=seed)
    result = Generated()
    for first in range(1, count + 1, chunk):
        numbers = range(first, min(first + chunk, count + 1))
        with transaction.atomic():
            _chunk_create(plan, numbers, result)
        elapsed = time.perf_counter() - started
        done = numbers[-1]
        progress(
            f"  {done:,}/{count:,} products, {result.pages:,} pages, {elapsed:.0f} s "
            f"(about {elapsed / done * (count - done):.0f} s left)"
        )
        if elapsed > max_seconds and done < count:
            raise BenchError(f"generation stopped after {elapsed:.0f} s at {done:,} products")
    with transaction.atomic():
        _timed(result, "parents and search vectors", lambda: _finish(plan))
    _timed(result, "ANALYZE", database_analyze)
    _caches_forget()
    result.seconds = time.perf_counter() - started
    return result


def _timed(result: Generated, phase: str, work: Callable[[], object]) -> object:
    started = time.perf_counter()
    value = work()
    result.phases[phase] += time.perf_counter() - started
    return value


def _chunk_create(plan: Plan, numbers: range, result: Generated) -> None:
    made = _timed(result, "products", lambda: _products_create(plan, numbers))
    variants = _timed(result, "variants", lambda: _variants_create(plan, made))
    _timed(result, "stock, prices, photos", lambda: _extras_create(plan, made, variants))
    pages = _timed(result, "pages", lambda: _pages_create(plan, made))
    _timed(result, "search documents", lambda: _documents_create(plan, pages))
    result.products += len(made)
    result.variants += len(variants)
    result.pages += len(pages)


def _products_create(plan: Plan, numbers: range) -> list[tuple[int, Template, object]]:
    from shop.models import Product
    from shop.models.catalogue import InventoryPolicy

    made = []
    for number in numbers:
        template = plan.templates[number % len(plan.templates)]
        source = template.product
        made_to_order = source.is_made_to_order or plan.rng.random() < 0.1
        product = Product(
            producer_id=source.producer_id,
            category_id=source.category_id,
            name_vi=f"{source.name_vi} ({LABELS['vi']} {number})",
            slug=f"{source.slug}-mau-{number}"[:200],
            customs_description=source.customs_description,
            hs_code=source.hs_code,
            country_of_origin=source.country_of_origin,
            materials=source.materials,
            ocop_stars=source.ocop_stars,
            inventory_policy=InventoryPolicy.MADE_TO_ORDER
            if made_to_order
            else InventoryPolicy.TRACKED,
            is_active=True,
        )
        made.append((number, template, product))
    Product.objects.bulk_create([product for _n, _t, product in made], batch_size=BATCH)
    return made


def _variants_create(plan: Plan, made: list) -> list:
    from shop.models import ProductVariant

    rng, variants = plan.rng, []
    for number, template, product in made:
        for index in range(1 + number % 3):
            source = template.variants[index % len(template.variants)]
            factor = Decimal(rng.randint(70, 150)) / 100
            price = (source.base_price * factor / 1000).quantize(Decimal(1)) * 1000
            lead = source.lead_time_days or rng.choice((14, 21, 30, 45))
            variants.append(
                ProductVariant(
                    product=product,
                    sku=f"BIG{number:05d}-{index + 1}",
                    name=source.name,
                    name_translations=source.name_translations,
                    attributes=source.attributes,
                    image_id=source.image_id,
                    net_weight_g=source.net_weight_g,
                    gross_weight_g=source.gross_weight_g,
                    length_mm=source.length_mm,
                    width_mm=source.width_mm,
                    height_mm=source.height_mm,
                    base_price=max(price, Decimal(1000)),
                    lead_time_days=lead if product.is_made_to_order else None,
                    is_active=True,
                    sort_order=index,
                )
            )
    ProductVariant.objects.bulk_create(variants, batch_size=BATCH)
    return variants


def _extras_create(plan: Plan, made: list, variants: list) -> None:
    """Stock rows (tracked variants), explicit market prices (one variant in ten) and photos."""
    from shop.models import MarketPrice, ProductImage, Stock
    from shop.money import Money, money_chargeable, money_convert, money_round

    rng, stocks, prices = plan.rng, [], []
    for variant in variants:
        if not variant.product.is_made_to_order:
            quantity = rng.choice(STOCK_COUNTS)
            stocks.append(Stock(warehouse_id=plan.warehouse_id, variant=variant, quantity=quantity))
        if plan.markets and rng.random() < 0.1:
            for market in rng.sample(plan.markets, k=min(len(plan.markets), rng.randint(1, 2))):
                base = Money(variant.base_price * Decimal("0.9"), "VND")
                converted = money_convert(
                    base, to_currency=market.currency, rate=plan.rates[market.currency]
                )
                amount = money_chargeable(money_round(converted, rule=market.rounding_rule))
                prices.append(MarketPrice(market=market, variant=variant, amount=amount.amount))
    images = [
        ProductImage(product=product, image_id=image_id, caption=caption, sort_order=index)
        for _number, template, product in made
        for index, (image_id, caption) in enumerate(template.images)
    ]
    Stock.objects.bulk_create(stocks, batch_size=BATCH)
    MarketPrice.objects.bulk_create(prices, batch_size=BATCH)
    ProductImage.objects.bulk_create(images, batch_size=BATCH)


def _pages_create(plan: Plan, made: list) -> list[tuple[object, Template, str]]:
    """The story pages, a Page row and a StoryPage row per product and language."""
    from wagtail.models import Page

    from cms.models import StoryPage

    now = timezone.now()
    rows: list[tuple[Page, Template, str, object]] = []
    for number, template, product in made:
        key = uuid.uuid4()
        for code in plan.languages:
            parent = plan.parents[(product.producer_id, code)]
            title = f"{template.stories[code].title} ({LABELS[code]} {number})"
            slug = f"{template.product.slug}-{number}"
            path = parent.path + Page._int2str(parent.next_step).rjust(Page.steplen, "0")
            parent.next_step += 1
            parent.added += 1
            page = Page(
                path=path,
                depth=parent.depth + 1,
                numchild=0,
                translation_key=key,
                locale_id=parent.locale_id,
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                title=title,
                draft_title=title,
                slug=slug,
                content_type_id=plan.story_type_id,
                url_path=f"{parent.url_path}{slug}/",
                show_in_menus=False,
            )
            rows.append((page, template, code, product))
    Page.objects.bulk_create([row[0] for row in rows], batch_size=BATCH)
    stories = [
        _story_row(page, template.stories[code], product) for page, template, code, product in rows
    ]
    fields = StoryPage._meta.local_concrete_fields
    for start in range(0, len(stories), BATCH):
        StoryPage.objects._insert(stories[start : start + BATCH], fields=fields)
    return [(page, template, code) for page, template, code, _product in rows]


def _story_row(page, story: Story, product):
    from cms.models import StoryPage

    return StoryPage(
        page_ptr_id=page.pk,
        content_type_id=page.content_type_id,
        product_id=product.pk,
        hero_image_id=story.hero_image_id,
        summary=story.summary,
        body=story.body,
    )


def _documents_create(plan: Plan, pages: list) -> None:
    """Search documents as `cms.search.search_documents_update` writes them (the PostgreSQL
    vector is set once at the end, per template and language)."""
    from cms.models import SearchDocument
    from cms.search import search_normalise

    documents = []
    for page, template, code in pages:
        story = template.stories[code]
        title = search_normalise(page.title)
        documents.append(
            SearchDocument(
                page_id=page.pk,
                language=code,
                translation_key=page.translation_key,
                kind="product",
                title=page.title[:255],
                summary=story.shown,
                title_normalised=title,
                text=" ".join(part for part in (title, story.text) if part),
            )
        )
        plan.documents[(template.product.pk, code)].append(page.pk)
    SearchDocument.objects.bulk_create(documents, batch_size=BATCH)


def _finish(plan: Plan) -> None:
    from wagtail.models import Page

    for parent in plan.parents.values():
        if parent.added:
            Page.objects.filter(pk=parent.page_id).update(numchild=F("numchild") + parent.added)
    if connection.vendor == "postgresql":
        _vectors_write(plan)


def _vectors_write(plan: Plan) -> None:
    """The weighted tsvector of each new document, as `cms.search` writes it: its title (A) and
    its template story's summary (B) and body (C), these two computed once per template and
    language (the same text for all its copies)."""
    from cms.models import SearchDocument

    table = connection.ops.quote_name(SearchDocument._meta.db_table)
    templates = {template.product.pk: template for template in plan.templates}
    with connection.cursor() as cursor:
        for (product_id, code), ids in plan.documents.items():
            story = templates[product_id].stories[code]
            cursor.execute(
                "WITH story AS (SELECT setweight(to_tsvector('simple', unaccent(%s)), 'B')"
                " || setweight(to_tsvector('simple', unaccent(%s)), 'C') AS vector)"
                f" UPDATE {table} SET vector ="
                " setweight(to_tsvector('simple', unaccent(title_normalised)), 'A')"
                " || story.vector FROM story WHERE page_id = ANY(%s)",
                [story.summary_text, story.body_text, ids],
            )


def _caches_forget() -> None:
    """Move the catalogue and pages versions (the bulk inserts sent no signal) and empty the
    caches."""
    from django.core.cache import cache

    from cms.cache import catalogue_changed, pages_changed
    from shop.utils.memo import local_clear

    catalogue_changed()
    pages_changed()
    cache.clear()
    local_clear()


def database_analyze() -> None:
    """Fresh planner statistics, as autovacuum would gather after an import of this size
    (without them PostgreSQL plans the new rows from the demo's counts)."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


# --- checks ------------------------------------------------------------------------------------


def tree_problems() -> set[tuple[str, str]]:
    """Treebeard's invariants over the whole page tree, as (problem, path) pairs:
    `Page.find_problems` reads every page's parent, a query each; this reads every path once."""
    from wagtail.models import Page

    pages = Page.objects.all()
    problems = set()
    wrong_depth = pages.annotate(length=Length("path")).exclude(length=F("depth") * Page.steplen)
    wrong_depth = wrong_depth.values_list("path", flat=True)
    problems |= {("depth does not match the path", path) for path in wrong_depth}
    numchild = dict(pages.values_list("path", "numchild"))
    children: dict[str, int] = defaultdict(int)
    for path in numchild:
        if len(path) > Page.steplen:
            children[path[: -Page.steplen]] += 1
    problems |= {("parent missing", path) for path in children if path not in numchild}
    problems |= {
        ("numchild wrong", path) for path, count in numchild.items() if count != children[path]
    }
    return problems


def problems_text(problems: set[tuple[str, str]]) -> str:
    counts = Counter(kind for kind, _path in problems)
    return "; ".join(f"{kind}: {count} pages" for kind, count in sorted(counts.items()))


def url_paths_check() -> str:
    """Two pages at one URL (not treebeard's business: `fix_tree` would not mend it)."""
    from wagtail.models import Page

    twice = Page.objects.values("url_path").annotate(n=Count("id")).filter(n__gt=1)
    return f"{twice.count()} url_paths used twice" if twice.exists() else ""


def tree_fix_if_needed(
    before: set[tuple[str, str]], progress: Callable[[str], None] = print
) -> str:
    """Check the tree; run `Page.fix_tree()` only if generating added a problem to those it
    had `before` (the demo's own are left as the demo loader leaves them). What it found."""
    from wagtail.models import Page

    added = tree_problems() - before
    if added:
        progress(f"  page tree: {problems_text(added)} — running Page.fix_tree()")
        Page.fix_tree()
        added = tree_problems() - before
    found = "; ".join(filter(None, [problems_text(added), url_paths_check()]))
    progress(f"  page tree after generating: {found or 'no new problem'}")
    return found
