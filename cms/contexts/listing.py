"""Listing pages: products of a category (and its children) with filters, sorting, pages."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from cms.cache import ALL_PRODUCTS_KEY, category_key, fragment_context
from cms.catalogue import ProductCard, product_cards, story_pages_of_products
from cms.forms import ListingFilterForm
from shop.models import Category, Product
from shop.names import name_for
from shop.shopper import language_chain, shopper_market

PAGE_SIZE = 24


def _in_category(products, category: Category | None):
    """Products of a category and its sub-categories (three levels, without a tree query)."""
    if category is None:
        return products
    return products.filter(
        Q(category=category) | Q(category__parent=category) | Q(category__parent__parent=category)
    )


def _filter_cards(cards: list[ProductCard], data: dict) -> list[ProductCard]:
    if data.get("stars"):
        cards = [c for c in cards if (c.stars or 0) >= int(data["stars"])]
    if data.get("availability") == "in_stock":
        cards = [c for c in cards if c.in_stock and not c.made_to_order]
    elif data.get("availability") == "made_to_order":
        cards = [c for c in cards if c.made_to_order]
    low, high = data.get("min_price"), data.get("max_price")
    if low is not None:
        cards = [c for c in cards if c.price and c.price.money.amount >= low]
    if high is not None:
        cards = [c for c in cards if c.price and c.price.money.amount <= high]
    return cards


def _sort_cards(cards: list[ProductCard], sort: str) -> list[ProductCard]:
    if sort == "price_asc":
        return sorted(
            cards, key=lambda c: (c.price is None, c.price.money.amount if c.price else 0)
        )
    if sort == "price_desc":
        return sorted(cards, key=lambda c: -(c.price.money.amount if c.price else 0))
    if sort == "stars":
        return sorted(cards, key=lambda c: -(c.stars or 0))
    if sort == "name":
        return sorted(cards, key=lambda c: c.title.casefold())
    return cards


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


def _grid(page, request: HttpRequest, market) -> dict:
    pages = story_pages_of_products(
        _in_category(Product.objects.all(), page.category), chain=language_chain()
    )
    # Names in the shopper's language (shop.names), sorted as they read them.
    producers = sorted(
        ((p.slug, name_for(obj=p)) for p in {page.product.producer for page in pages.values()}),
        key=lambda choice: choice[1].casefold(),
    )
    provinces = sorted({p.product.producer.province for p in pages.values()} - {""})
    categories = sorted(
        ((c.slug, name_for(obj=c)) for c in {page.product.category for page in pages.values()}),
        key=lambda choice: choice[1].casefold(),
    )
    form = ListingFilterForm(
        request.GET or None, producers=producers, provinces=provinces, categories=categories
    )
    data = form.cleaned_data if form.is_bound and form.is_valid() else {}
    if data.get("category"):
        pages = {k: v for k, v in pages.items() if v.product.category.slug == data["category"]}
    if data.get("producer"):
        pages = {k: v for k, v in pages.items() if v.product.producer.slug == data["producer"]}
    if data.get("province"):
        pages = {k: v for k, v in pages.items() if v.product.producer.province == data["province"]}
    cards = product_cards(pages=pages, request=request, market=market)
    cards = _sort_cards(_filter_cards(cards, data), data.get("sort") or "featured")
    paginator = Paginator(cards, PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "filter_form": form,
        "cards": page_obj.object_list,
        "page_obj": page_obj,
        "result_count": paginator.count,
        "query_string": query.urlencode(),
    }
