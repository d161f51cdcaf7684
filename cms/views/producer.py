"""A producer's page: the profile and their products."""

from django.http import HttpRequest

from cms.catalogue import product_cards
from shop.models import Product


def producer_context(*, page, request: HttpRequest) -> dict:
    return {
        "cards": product_cards(
            products=Product.objects.filter(producer=page.producer_id), request=request
        )
    }
