"""What each change invalidates (the versions are described in `cms.cache`).

Receivers of model, page, stock and rate signals move the versions of what the change shows
on the storefront. A change to one product (its stock, its story) moves that product's version
and those of the listings that show it; the product's category, producer and OCOP rating are
read once and kept per product in the shared cache, so an order's stock movement costs one
cache round trip to read them and one to move the versions, and no query once they are kept.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.apps import apps
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.cache import (
    ALL_PRODUCTS_KEY,
    FEATURED_KEY,
    FRAGMENT_SECONDS,
    catalogue_changed,
    catalogue_version,
    category_key,
    market_key,
    pages_changed,
    producer_key,
    product_key,
)
from shop.conf import langnghe_setting
from shop.signals import rates_changed, stock_changed
from shop.utils.memo import cache_version_bump

# A product's place on the storefront: (product, category and the two above it, producer,
# OCOP stars). It changes only with edits that move the catalogue version, which its key carries.
SCOPE_FIELDS = (
    "category_id",
    "category__parent_id",
    "category__parent__parent_id",
    "producer_id",
    "ocop_stars",
)


def _scopes(*, variant_ids: Iterable[int] = (), product_ids: Iterable[int] = ()) -> list[tuple]:
    """Each product's scope, by its variants or by itself (one cache read; a query if unkept)."""
    from shop.models import Product, ProductVariant

    prefix = f"langnghe:scope:{catalogue_version()}"
    wanted = {f"{prefix}:v:{pk}": ("v", pk) for pk in variant_ids}
    wanted |= {f"{prefix}:p:{pk}": ("p", pk) for pk in product_ids}
    found = cache.get_many(list(wanted))
    missing = [wanted[key] for key in wanted if key not in found]
    by_variant = [pk for kind, pk in missing if kind == "v"]
    by_product = [pk for kind, pk in missing if kind == "p"]
    fresh = {}
    if by_variant:
        fields = ["product_id", *(f"product__{field}" for field in SCOPE_FIELDS)]
        for pk, *scope in ProductVariant.objects.filter(pk__in=by_variant).values_list(
            "pk", *fields
        ):
            fresh[f"{prefix}:v:{pk}"] = tuple(scope)
    if by_product:
        for scope in Product.objects.filter(pk__in=by_product).values_list("pk", *SCOPE_FIELDS):
            fresh[f"{prefix}:p:{scope[0]}"] = tuple(scope)
    if fresh:
        cache.set_many(fresh, FRAGMENT_SECONDS)
    return [*found.values(), *fresh.values()]


def _product_keys(*, variant_ids: Iterable[int] = (), product_ids: Iterable[int] = ()) -> set:
    """The versions of these products and of the listings that show them."""
    keys = set()
    for product, category, parent, grandparent, producer, stars in _scopes(
        variant_ids=variant_ids, product_ids=product_ids
    ):
        keys.update((product_key(product), ALL_PRODUCTS_KEY))
        keys.update(category_key(pk) for pk in (category, parent, grandparent) if pk)
        if producer:
            keys.add(producer_key(producer))
        if stars:  # the home page's picks are the products with OCOP stars
            keys.add(FEATURED_KEY)
    return keys


def products_changed(*, variant_ids: Iterable[int] = (), product_ids: Iterable[int] = ()) -> None:
    """Move the versions of these products and of the listings that show them."""
    keys = _product_keys(variant_ids=variant_ids, product_ids=product_ids)
    cache_version_bump(*sorted(keys | {ALL_PRODUCTS_KEY}))


def _count_shown(free: int) -> bool:
    """Whether a story's buy box shows something that depends on `free` being exactly that
    (`cms.contexts.story`): the count when it is low, and a quantity field capped at it below
    the cart's limit. Above both, every count renders the same page."""
    return free <= langnghe_setting("LANGNGHE_LOW_STOCK_THRESHOLD") or free < langnghe_setting(
        "LANGNGHE_CART_MAX_QUANTITY"
    )


def _stock_changed(
    variant_ids: Iterable[int] | None = None,
    free_after: dict[int, int] | None = None,
    free_changed: bool = True,
    **_kwargs,
) -> None:
    """A stock change re-renders what it changes on the storefront: nothing when no free
    units moved (a shipment). When it could only lower what shoppers see free (an order),
    each variant's count now tells what changed: nothing while plenty is left; its story's
    count or quantity field once few are left; its cards (listings, producer page, home page)
    only when it sold out, as cards say only "In stock" or "Out of stock"."""
    if not free_changed:
        return
    if variant_ids is None:  # a sender that does not say which: everything
        catalogue_changed()
        return
    if free_after is None:  # counts may have risen: everything that shows these variants
        products_changed(variant_ids=variant_ids)
        return
    sold_out = [pk for pk in variant_ids if not free_after.get(pk)]
    few = [pk for pk in variant_ids if free_after.get(pk) and _count_shown(free_after[pk])]
    keys = _product_keys(variant_ids=sold_out) if sold_out else set()
    if few:
        keys.update(product_key(scope[0]) for scope in _scopes(variant_ids=few))
    if keys:
        cache_version_bump(*sorted(keys))


def _stock_saved(instance, **_kwargs) -> None:
    products_changed(variant_ids=[instance.variant_id])


def _market_price_saved(instance, **_kwargs) -> None:
    cache_version_bump(market_key(instance.market_id))


def _rates_changed(currencies: Iterable[str] | None = None, **_kwargs) -> None:
    """Exchange rates move the prices of the markets selling in their currencies (all markets
    when the sender does not say which)."""
    from shop.models import Market

    markets = Market.objects.all()
    if currencies is not None:
        markets = markets.filter(currency__in=currencies)
    cache_version_bump(*sorted(market_key(pk) for pk in markets.values_list("pk", flat=True)))


def _page_changed(instance, **_kwargs) -> None:
    """A story's publish or unpublish moves its product's versions (its pages and the listings
    that show it); any other page's moves the catalogue (menus, URLs, what lists it)."""
    product_id = getattr(instance, "product_id", None)
    if product_id is not None and isinstance(instance, apps.get_model("cms", "StoryPage")):
        products_changed(product_ids=[product_id])
    else:
        catalogue_changed()


def invalidation_signals_connect() -> None:
    from wagtail.images import get_image_model
    from wagtail.models import Page

    from checkout.models import ExportRestriction
    from shop.models import (
        Category,
        Market,
        MarketPrice,
        Producer,
        Product,
        ProductImage,
        ProductVariant,
        Stock,
    )

    everything = (
        Category,
        Market,
        Producer,
        Product,
        ProductImage,  # cards show a product's first image, stories its gallery
        get_image_model(),  # a replaced file or focal point means new rendition URLs
        ProductVariant,
        ExportRestriction,  # the buy box shows refusals and document notices
    )
    receivers = [(model, catalogue_changed) for model in everything]
    receivers += [
        (Stock, _stock_saved),
        (MarketPrice, _market_price_saved),
    ]
    for model, receiver in receivers:
        for signal in (post_save, post_delete):
            uid = f"catalogue_{model.__name__}_{id(signal)}"
            signal.connect(receiver, sender=model, dispatch_uid=uid)
    stock_changed.connect(_stock_changed, dispatch_uid="catalogue_stock")
    rates_changed.connect(_rates_changed, dispatch_uid="catalogue_rates")
    for signal in (page_published, page_unpublished):
        signal.connect(_page_changed, dispatch_uid=f"catalogue_page_{id(signal)}")
    post_page_move.connect(catalogue_changed, dispatch_uid="catalogue_page_move")
    # A page's title and URL change only by publishing, unpublishing, moving or deleting it.
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(pages_changed, dispatch_uid=f"pages_{id(signal)}")
    # post_delete per page model only: a receiver for every sender would stop Django's fast
    # deletes (e.g. of stock reservations) and make each delete read its rows first.
    # Any save of a page row (a draft too) moves the pages version, which keys routes
    # (`cms.routing.route_cached`): a page changed outside publishing is never routed stale.
    for model in apps.get_models():
        if issubclass(model, Page):
            for receiver in (pages_changed, catalogue_changed):
                uid = f"{receiver.__name__}_{model._meta.label}"
                post_delete.connect(receiver, sender=model, dispatch_uid=uid)
            uid = f"pages_saved_{model._meta.label}"
            post_save.connect(pages_changed, sender=model, dispatch_uid=uid)
