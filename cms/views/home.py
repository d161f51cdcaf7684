"""The home page: featured products and the ways into the shop."""

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from cms.cache import fragment_context
from cms.catalogue import product_cards
from cms.shopper import shopper_market
from shop.models import Product

FEATURED = 8


def home_context(*, page, request: HttpRequest) -> dict:
    from cms.models import ArticlePage, ListingPage

    featured = Product.objects.filter(ocop_stars__isnull=False)
    sections = ListingPage.objects.child_of(page).live().specific().order_by("path")
    news = ArticlePage.objects.live().filter(locale=page.locale).order_by("-date")[:3]
    market = shopper_market(request)
    return {
        **fragment_context(request, page, market),
        "cards": SimpleLazyObject(
            lambda: sorted(
                product_cards(products=featured, request=request, market=market),
                key=lambda card: -(card.stars or 0),
            )[:FEATURED]
        ),
        "sections": sections,
        "news": news,
    }
