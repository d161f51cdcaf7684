"""The story page's buy box and structured data."""

from __future__ import annotations

from django.db.models import OuterRef, Q, Subquery
from django.http import HttpRequest
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from wagtail.images import get_image_model

from checkout.cache import rules_version
from checkout.duties import export_advice
from cms.cache import fragment_context, product_key
from cms.catalogue import availability_text
from cms.contexts.trust import trust_context
from cms.images import SHARE_SPEC, images_with_renditions, with_renditions
from cms.routing import page_url_for_shopper
from shop.conf import langnghe_setting
from shop.inventory import stock_availability
from shop.models import Product, ProductImage, ProductVariant
from shop.money import babel_locale, money_format
from shop.names import name_for
from shop.pricing import MissingExchangeRate, variant_prices
from shop.shopper import shopper_country, shopper_market

SCHEMA_AVAILABILITY = {
    "in_stock": "https://schema.org/InStock",
    "made_to_order": "https://schema.org/MadeToOrder",
    "out_of_stock": "https://schema.org/OutOfStock",
}


def _state(availability) -> str:
    if availability.made_to_order:
        return "made_to_order"
    return "in_stock" if availability.quantity else "out_of_stock"


def story_context(*, page, request: HttpRequest) -> dict:
    """Template context for a StoryPage; the buy box is computed only on a cache miss."""
    market = shopper_market(request)
    # The buy box's trust lines depend on the country, the checkout's shipping and duty rules
    # and the day (rules are dated): all three select the cached fragments.
    parts = (shopper_country(request), rules_version(), timezone.localdate())
    return {
        "market": market,
        **fragment_context(request, page, market, *parts, keys=[product_key(page.product_id)]),
        "story": SimpleLazyObject(lambda: _buy_box(page, request, market)),
        "images": SimpleLazyObject(lambda: story_images(page)),
    }


def story_images(page) -> dict:
    """The story's hero and its product's other images in order (the gallery), renditions
    prefetched: two statements, kept on the page for the head's structured data and the body."""
    if hasattr(page, "_langnghe_images"):
        return page._langnghe_images
    of_product = ProductImage.objects.filter(product_id=page.product_id)
    position = of_product.filter(image_id=OuterRef("pk")).order_by("sort_order", "pk")
    found = with_renditions(
        get_image_model()
        .objects.filter(Q(pk=page.hero_image_id) | Q(pk__in=of_product.values("image_id")))
        .annotate(position=Subquery(position.values("sort_order")[:1])),
        "hero",
        "gallery",
    )
    hero = next((image for image in found if image.pk == page.hero_image_id), None)
    gallery = [i for i in found if i.position is not None and i.pk != page.hero_image_id]
    page._langnghe_images = {
        "hero": hero,
        "gallery": sorted(gallery, key=lambda image: (image.position, image.pk)),
    }
    return page._langnghe_images


def _buy_box(page, request: HttpRequest, market) -> dict:
    product = Product.objects.select_related("producer", "category").get(pk=page.product_id)
    page.product = product
    variants = list(
        ProductVariant.objects.filter(product=product, is_active=True).order_by("sort_order", "pk")
    )
    for variant in variants:
        variant.product = product
    try:
        prices = variant_prices(variants=variants, market=market)
    except MissingExchangeRate:
        prices = {}
    stock = stock_availability(variants=variants)
    # Variants with their own photo: two statements, none when no variant has one.
    photos = images_with_renditions((v.image_id for v in variants), "hero")
    locale = babel_locale()
    limit = langnghe_setting("LANGNGHE_CART_MAX_QUANTITY")
    options = []
    for variant in variants:
        price = prices.get(variant.pk)
        availability = stock[variant.pk]
        options.append(
            {
                "variant": variant,
                # The label in the shopper's language (else the fallback chain, else Vietnamese).
                "label": name_for(obj=variant),
                "image": photos.get(variant.image_id),
                "price": price,
                "price_text": money_format(price.money, locale=locale) if price else "",
                "availability": availability,
                "availability_text": availability_text(availability, count_low=True),
                "state": _state(availability),
                "low": availability.low,
                # What one add may ask for: the cart's per-item limit, within the free stock.
                "max_quantity": limit
                if availability.made_to_order
                else min(limit, availability.quantity),
            }
        )
    buyable = [o for o in options if o["state"] != "out_of_stock"]
    # `?variant=` preselects (links, and the page a refused add returns to). The preselection
    # belongs to the URL, not the visitor: fragments are keyed on the query string
    # (`cms.cache.fragment_context`), so a visitor of the bare URL never gets someone's
    # `?variant=`. A sold-out or unknown SKU falls back to the first buyable variant.
    chosen_sku = request.GET.get("variant")
    selected = next((o for o in buyable if o["variant"].sku == chosen_sku), None)
    selected = selected or (buyable[0] if buyable else None)
    country = shopper_country(request) or next(iter(market.countries), None)
    country_code = getattr(country, "code", country)
    refusal, notice = export_advice(product=product, country=country_code, product_name=page.title)
    trust = trust_context(
        options=options,
        producer=product.producer,
        country=country_code,
        market=market,
        on=timezone.localdate(),
    )
    return {
        "market": market,
        "trust": trust,
        "options": options,
        # The buy box swaps the hero for the ticked variant's photo (cms/static/cms/buy-box.js).
        "variant_photos": bool(photos),
        "selected": selected,
        # What the price and stock lines show first: the checked variant, else (all sold
        # out) the first one.
        "shown": selected or (options[0] if options else None),
        "restriction": refusal,
        "notice": notice,
        # Without the script the quantity field cannot follow the ticked variant, so it allows
        # the largest any buyable variant takes; the cart refuses more than the chosen one has
        # and the page comes back with that variant ticked and a message naming it.
        "max_quantity": max((o["max_quantity"] for o in buyable), default=limit),
        "json_ld": _json_ld(page, request, options),
        "producer_name": name_for(obj=product.producer),
        "category_name": name_for(obj=product.category),
        # The producer's page is the story's parent: its URL is the story's minus one segment.
        "producer_url": page_url_for_shopper(page, request=request).rsplit("/", 2)[0] + "/",
    }


def _json_ld(page, request: HttpRequest, options: list[dict]) -> dict:
    product = page.product
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": page.title,
        "description": page.summary or page.search_description or page.title,
        "sku": options[0]["variant"].sku if options else product.slug,
        "brand": {"@type": "Brand", "name": name_for(obj=product.producer)},
        "countryOfOrigin": product.country_of_origin.code,
        "url": page.get_full_url(request),
        "offers": [
            {
                "@type": "Offer",
                "sku": o["variant"].sku,
                "name": o["label"] or page.title,
                "price": str(o["price"].money.amount),
                "priceCurrency": o["price"].money.code,
                "availability": SCHEMA_AVAILABILITY[o["state"]],
                "url": f"{page.get_full_url(request)}?variant={o['variant'].sku}",
            }
            for o in options
            if o["price"]
        ],
    }
    hero = story_images(page)["hero"]
    if hero:
        data["image"] = request.build_absolute_uri(hero.get_rendition(SHARE_SPEC).url)
    return data
