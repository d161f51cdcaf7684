"""Listing pages: products of a category (and its children) with filters, sorting, pages.

The database filters, sorts and pages, and one page's cards are built, whatever the catalogue's
size. Filters and sorts by stock or price are computed per market in Python (the pricing
policy is the host's to replace): every product in scope gets its price and availability
first (`cms.catalogue.product_states`: no pages, photos or texts), then one page's cards
(docs/decisions.md)."""

from __future__ import annotations

from typing import NamedTuple

from django.apps import apps
from django.core.paginator import Paginator
from django.db.models import Case, Exists, F, Max, Min, OuterRef, Q, When
from django.db.models.functions import Coalesce, Lower
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from cms.cache import ALL_PRODUCTS_KEY, category_key, fragment_context
from cms.catalogue import CardState, product_cards, product_states, story_pages_of_products
from cms.forms import ListingFilterForm
from shop.models import Category, Product, ProductVariant
from shop.names import name_for
from shop.shopper import language_chain, shopper_market

PAGE_SIZE = 24
CARD_SORTS = frozenset({"price_asc", "price_desc"})


def _in_category(products, category: Category | None):
    """Products of a category and its sub-categories (three levels, without a tree query)."""
    if category is None:
        return products
    return products.filter(
        Q(category=category) | Q(category__parent=category) | Q(category__parent__parent=category)
    )


def _filter_states(states: dict[int, CardState], ids: list[int], data: dict) -> list[int]:
    """The products (in `ids`' order) that pass the filters on what only cards know: stock and
    the price in the shopper's market."""
    kept = [pk for pk in ids if pk in states]
    if data.get("availability") == "in_stock":
        kept = [pk for pk in kept if states[pk].in_stock and not states[pk].made_to_order]
    elif data.get("availability") == "made_to_order":
        kept = [pk for pk in kept if states[pk].made_to_order]
    low, high = data.get("min_price"), data.get("max_price")
    if low is not None:
        kept = [pk for pk in kept if states[pk].price and states[pk].price.money.amount >= low]
    if high is not None:
        kept = [pk for pk in kept if states[pk].price and states[pk].price.money.amount <= high]
    return kept


def _sort_states(kept: list[int], states: dict[int, CardState], sort: str) -> list[int]:
    """By price when asked (stable: ties keep the listing's order), else as `_ranked` gave."""

    def amount(pk: int):
        return states[pk].price.money.amount if states[pk].price else 0

    if sort == "price_asc":
        return sorted(kept, key=lambda pk: (states[pk].price is None, amount(pk)))
    if sort == "price_desc":
        return sorted(kept, key=lambda pk: -amount(pk))
    return kept


def _needs_cards(data: dict) -> bool:
    """Whether the listing is filtered or sorted by stock or price, which are computed per
    market in Python (shop.pricing, shop.inventory) for every product in scope before paging.
    Otherwise the database sorts and pages alone."""
    return bool(
        data.get("availability")
        or data.get("min_price") is not None
        or data.get("max_price") is not None
        or data.get("sort") in CARD_SORTS
    )


def _ranked(products, chain: list[str], sort: str):
    """The ids of the active products of `products` with an active variant and a live story in
    the language chain, in the listing's order: the tree order of their first story page (what
    "featured" means), by OCOP stars, or by the story title in the shopper's language (the first
    of the chain it has). One pass over the story pages, grouped by product."""
    StoryPage = apps.get_model("cms", "StoryPage")  # noqa: N806 (the page models import us)
    active = ProductVariant.objects.filter(product_id=OuterRef("pk"), is_active=True)
    stories = (
        StoryPage.objects.live()
        .filter(alias_of__isnull=True, locale__language_code__in=chain)
        .filter(product__in=products.filter(Exists(active), is_active=True))
        .values("product_id")
        .annotate(story_path=Min("path"))
    )
    if sort == "name":
        titles = [Max(Case(When(locale__language_code=code, then="title"))) for code in chain]
        title = Coalesce(*titles) if len(titles) > 1 else titles[0]
        stories = stories.annotate(story_title=Lower(title)).order_by("story_title", "story_path")
    elif sort == "stars":
        stories = stories.annotate(stars=Max("product__ocop_stars"))
        stories = stories.order_by(F("stars").desc(nulls_last=True), "story_path")
    else:
        stories = stories.order_by("story_path")
    return stories.values_list("product_id", flat=True)


def _narrowed(products, data: dict):
    """The filters the database applies: category, maker, province, OCOP stars."""
    if data.get("category"):
        products = products.filter(category__slug=data["category"])
    if data.get("producer"):
        products = products.filter(producer__slug=data["producer"])
    if data.get("province"):
        products = products.filter(producer__province=data["province"])
    if data.get("stars"):
        products = products.filter(ocop_stars__gte=int(data["stars"]))
    return products


def listing_context(*, page, request: HttpRequest) -> dict:
    """Template context for a ListingPage: the grid is computed only if its cached fragment
    is missing (a constant number of queries when it is)."""
    market = shopper_market(request)
    # Products of the category and those below it (each product moves its category's version
    # and the two above), or of every category.
    shown = category_key(page.category_id) if page.category_id else ALL_PRODUCTS_KEY
    return {
        "market": market,
        **fragment_context(request, page, market, keys=[shown]),
        "grid": SimpleLazyObject(lambda: _grid(page, request, market)),
    }


class _Name(NamedTuple):
    """A maker's or category's names, as `name_for` reads them."""

    name: str
    name_translations: dict


def _filter_form(request: HttpRequest, in_scope) -> ListingFilterForm:
    """The filters, offered for what the listing holds (names in the shopper's language): the
    distinct makers and categories of the products in scope, read in one statement, so the
    scope's ranking runs once rather than once for each."""
    rows = (
        Product.objects.filter(pk__in=in_scope)
        .order_by()
        .values_list(
            "producer__slug",
            "producer__name",
            "producer__name_translations",
            "producer__province",
            "category__slug",
            "category__name",
            "category__name_translations",
        )
        .distinct()
    )
    producers, provinces, categories = {}, set(), {}
    for maker, maker_name, maker_names, province, category, name, names in rows:
        producers[maker] = name_for(obj=_Name(maker_name, maker_names or {}))
        categories[category] = name_for(obj=_Name(name, names or {}))
        provinces.add(province)
    by_name = lambda choice: choice[1].casefold()  # noqa: E731
    return ListingFilterForm(
        request.GET or None,
        producers=sorted(producers.items(), key=by_name),
        provinces=sorted(provinces - {""}),
        categories=sorted(categories.items(), key=by_name),
    )


def _grid(page, request: HttpRequest, market) -> dict:
    chain = language_chain()
    scope = _in_category(Product.objects.all(), page.category)
    form = _filter_form(request, _ranked(scope, chain, "featured").order_by())
    data = form.cleaned_data if form.is_bound and form.is_valid() else {}
    sort = data.get("sort") or "featured"
    ranked = _ranked(_narrowed(scope, data), chain, sort)
    number = request.GET.get("page")
    if _needs_cards(data):
        # Sorted and filtered by what cards say of price and stock, computed for the whole
        # scope without pages, photos or texts; then cards for one page only, as below.
        ids = list(ranked)
        states = product_states(product_ids=ids, market=market)
        kept = _sort_states(_filter_states(states, ids, data), states, sort)
        page_obj = Paginator(kept, PAGE_SIZE).get_page(number)
    else:
        page_obj = Paginator(ranked, PAGE_SIZE).get_page(number)
    order = {pk: index for index, pk in enumerate(page_obj.object_list)}
    pages = story_pages_of_products(order, chain=chain)
    cards = product_cards(pages=pages, request=request, market=market)
    page_obj.object_list = sorted(cards, key=lambda card: order[card.product.pk])
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "filter_form": form,
        "cards": page_obj.object_list,
        "page_obj": page_obj,
        "result_count": page_obj.paginator.count,
        "query_string": query.urlencode(),
    }
