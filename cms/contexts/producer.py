"""A producer's page: the profile and their products."""

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from cms.cache import fragment_context, producer_key
from cms.catalogue import product_cards
from shop.models import Product
from shop.shopper import shopper_market


def producer_context(*, page, request: HttpRequest) -> dict:
    market = shopper_market(request)
    products = Product.objects.filter(producer=page.producer_id)
    return {
        **fragment_context(request, page, market, keys=[producer_key(page.producer_id)]),
        "cards": SimpleLazyObject(
            lambda: product_cards(products=products, request=request, market=market)
        ),
    }
