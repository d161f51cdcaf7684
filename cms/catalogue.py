"""Product cards for listings, home and producer pages: name and story from the page in the
shopper's language (with fallbacks), price in their market, stock or lead time.

A constant number of queries whatever the number of products, variants or locales: products
with producer and category, their active variants, their story pages in the fallback chain
(with each product's first image id), explicit prices, one rate, stock rows and reservations,
the card images and their renditions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from django.apps import apps
from django.core.cache import cache
from django.db.models import OuterRef, QuerySet, Subquery
from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from cms.cache import FRAGMENT_SECONDS, pages_version
from cms.images import images_with_renditions
from cms.routing import page_url_for_shopper
from shop.inventory import Availability, stock_availability
from shop.models import Market, Product, ProductImage, ProductVariant
from shop.money import babel_locale, money_format, number_format
from shop.names import name_for
from shop.pricing import MissingExchangeRate, Price, variant_prices
from shop.shopper import language_chain, shopper_market
from shop.utils.memo import local_cached


def story_pages_for(product_ids, *, chain: list[str]) -> dict[int, object]:
    """The best live story page per product id along the language chain (one query)."""
    return _best_pages(_story_pages().filter(product_id__in=product_ids), chain)


def story_links_for(product_ids, *, chain: list[str]) -> Mapping[int, tuple[str, str | None]]:
    """(title, URL) of the best live story page per product id along the language chain; a
    product without one is left out. Cached per product under the pages version, so a checkout
    step usually sends no query for it; read-only, as every caller in the process shares it."""
    prefix = f"langnghe:storylink:{pages_version()}:{','.join(chain)}:"
    wanted = sorted({int(pk) for pk in product_ids})

    def read() -> Mapping[int, tuple[str, str | None]]:
        found = cache.get_many([f"{prefix}{pk}" for pk in wanted])
        links = {pk: found[f"{prefix}{pk}"] for pk in wanted if f"{prefix}{pk}" in found}
        missing = set(wanted) - links.keys()
        if missing:
            pages = story_pages_for(missing, chain=chain)
            fresh = {
                pk: (pages[pk].title, page_url_for_shopper(pages[pk], language=chain[0]))
                if pk in pages
                else None
                for pk in missing
            }
            cache.set_many({f"{prefix}{pk}": link for pk, link in fresh.items()}, FRAGMENT_SECONDS)
            links.update(fresh)
        return MappingProxyType({pk: link for pk, link in links.items() if link is not None})

    return local_cached(prefix + ",".join(map(str, wanted)), read)


def _story_pages():
    # By app registry, not import: the page models build their contexts from this module.
    StoryPage = apps.get_model("cms", "StoryPage")  # noqa: N806
    # Cards need titles and URLs, not story bodies: leave the StreamField JSON in the database.
    return (
        StoryPage.objects.live()
        .filter(alias_of__isnull=True)  # wagtail-localize's untranslated copies: not a translation
        .defer_streamfields()
        .select_related("locale", "hero_image", "product__producer", "product__category")
        .order_by("path")
    )


def _best_pages(pages, chain: list[str]) -> dict[int, object]:
    rank = {code: index for index, code in enumerate(chain)}
    best: dict[int, object] = {}
    for page in pages.filter(locale__language_code__in=chain):
        current = best.get(page.product_id)
        if current is None or rank[page.locale.language_code] < rank[current.locale.language_code]:
            best[page.product_id] = page
    return best


def availability_text(availability: Availability, *, count_low: bool = False) -> str:
    """What a shopper reads about stock. `count_low`: say how many are left when few are
    (`Availability.low`) — for one variant's count only; a product card stands for all its
    variants, and one variant's last units would read as the product's."""
    if availability.made_to_order:
        return _("Made to order: ships in about %(days)s days") % {
            "days": number_format(availability.lead_time_days or 0)
        }
    if count_low and availability.low:
        count = availability.quantity
        return ngettext("Only %(count)s left", "Only %(count)s left", count) % {"count": count}
    if availability.quantity:
        return _("In stock")
    return _("Out of stock")


@dataclass
class ProductCard:
    """One product as a listing shows it."""

    product: Product
    page: object
    variants: list[ProductVariant]
    price: Price | None
    price_text: str
    in_stock: bool
    made_to_order: bool
    availability_text: str
    image: object = None  # the product's first image (renditions prefetched), or None

    @property
    def title(self) -> str:
        return self.page.title

    @property
    def producer_name(self) -> str:
        return name_for(obj=self.product.producer)

    @property
    def category_name(self) -> str:
        return name_for(obj=self.product.category)

    @property
    def stars(self) -> int | None:
        return self.product.ocop_stars


def story_pages_of_products(
    products: QuerySet[Product] | Iterable[int], *, chain: list[str]
) -> dict[int, object]:
    """Best story page per active product of `products` (a queryset, or product ids: a page of
    a listing, which then reads its stories by the product index rather than through a
    subquery), products and producers joined in, with the id of the product's first image
    (`card_image_id`)."""
    first_image = (
        ProductImage.objects.filter(product_id=OuterRef("product_id"))
        .order_by("sort_order", "pk")
        .values("image_id")[:1]
    )
    if isinstance(products, QuerySet):
        pages = _story_pages().filter(product__in=products.filter(is_active=True))
    else:
        pages = _story_pages().filter(product_id__in=list(products), product__is_active=True)
    return _best_pages(pages.annotate(card_image_id=Subquery(first_image)), chain)


def _card_image_id(page) -> int | None:
    """The product's first image, else (a product without photos) its story's hero."""
    return getattr(page, "card_image_id", None) or page.hero_image_id


def _cheapest(prices: list[Price]) -> Price | None:
    return min(prices, key=lambda p: p.money.amount) if prices else None


@dataclass(frozen=True)
class CardState:
    """What a card says of a product's active variants in a market: the cheapest price and the
    best availability (in stock before made to order before sold out)."""

    price: Price | None
    best: Availability

    @property
    def in_stock(self) -> bool:
        return self.best.in_stock

    @property
    def made_to_order(self) -> bool:
        return self.best.made_to_order


def _card_state(variants: list[ProductVariant], prices, stock) -> CardState:
    states = [stock[v.pk] for v in variants]
    best = next((s for s in states if s.in_stock and not s.made_to_order), None)
    best = best or next((s for s in states if s.made_to_order), states[0])
    return CardState(_cheapest([prices[v.pk] for v in variants if v.pk in prices]), best)


def _active_variants(products: dict[int, Product], variants: list[ProductVariant]) -> None:
    for product in products.values():
        product.active_variants = []
    for variant in variants:
        variant.product = products[variant.product_id]  # saves a query per variant in pricing
        variant.product.active_variants.append(variant)


def _prices(variants: list[ProductVariant], market: Market) -> Mapping[int, Price]:
    try:
        return variant_prices(variants=variants, market=market)
    except MissingExchangeRate:
        return {}


def product_states(*, product_ids, market: Market) -> dict[int, CardState]:
    """The `CardState` of each active product with an active variant: what a listing sorts and
    filters by price or stock before it builds the cards of one page (three queries at most: no
    pages, photos or texts)."""
    products = Product.objects.filter(pk__in=product_ids, is_active=True).in_bulk()
    variants = list(
        ProductVariant.objects.filter(product_id__in=products, is_active=True).order_by(
            "sort_order", "pk"
        )
    )
    _active_variants(products, variants)
    prices, stock = _prices(variants, market), stock_availability(variants=variants)
    return {
        pk: _card_state(product.active_variants, prices, stock)
        for pk, product in products.items()
        if product.active_variants
    }


def product_cards(
    *,
    products: QuerySet[Product] | None = None,
    pages: dict[int, object] | None = None,
    request: HttpRequest,
    market: Market | None = None,
    limit: int | None = None,
) -> list[ProductCard]:
    """Cards for products that have a live story page (give `products`, or `pages` from
    `story_pages_of_products`), in page-tree order."""
    market = market or shopper_market(request)
    if pages is None:
        pages = story_pages_of_products(products, chain=language_chain())
    products = [page.product for page in pages.values()][:limit]
    by_id = {p.pk: p for p in products}
    variants = list(
        ProductVariant.objects.filter(product_id__in=by_id, is_active=True).order_by(
            "sort_order", "pk"
        )
    )
    _active_variants(by_id, variants)
    products = [p for p in products if p.active_variants]
    prices, stock = _prices(variants, market), stock_availability(variants=variants)
    images = images_with_renditions((_card_image_id(pages[p.pk]) for p in products), "card")
    locale = babel_locale()
    cards = []
    for product in products:
        state = _card_state(product.active_variants, prices, stock)
        cheapest = state.price
        text = money_format(cheapest.money, locale=locale) if cheapest else _("Price unavailable")
        own = {prices[v.pk].money.amount for v in product.active_variants if v.pk in prices}
        if cheapest and len(own) > 1:
            text = _("from %(price)s") % {"price": text}
        cards.append(
            ProductCard(
                product=product,
                page=pages[product.pk],
                variants=product.active_variants,
                price=cheapest,
                price_text=text,
                in_stock=state.in_stock,
                made_to_order=state.made_to_order,
                availability_text=availability_text(state.best),
                image=images.get(_card_image_id(pages[product.pk])),
            )
        )
    return cards
