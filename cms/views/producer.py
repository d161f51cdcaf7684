"""A producer's page: the profile and their products."""

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from cms.cache import fragment_context
from cms.catalogue import product_cards
from cms.shopper import shopper_market
from shop.models import Product


def producer_context(*, page, request: HttpRequest) -> dict:
    market = shopper_market(request)
    products = Product.objects.filter(producer=page.producer_id)
    return {
        **fragment_context(request, page, market),
        "cards": SimpleLazyObject(
            lambda: product_cards(products=products, request=request, market=market)
        ),
    }
