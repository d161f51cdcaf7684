"""The home page's featured products (its sections and news come from HomePage itself)."""

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from cms.cache import FEATURED_KEY, fragment_context
from cms.catalogue import product_cards
from shop.models import Product
from shop.shopper import shopper_market

FEATURED = 8


def home_context(*, page, request: HttpRequest) -> dict:
    featured = Product.objects.filter(ocop_stars__isnull=False)
    market = shopper_market(request)
    return {
        **fragment_context(request, page, market, keys=[FEATURED_KEY]),
        "cards": SimpleLazyObject(
            lambda: sorted(
                product_cards(products=featured, request=request, market=market),
                key=lambda card: -(card.stars or 0),
            )[:FEATURED]
        ),
    }
