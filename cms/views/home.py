"""The home page: featured products and the ways into the shop."""

from django.http import HttpRequest

from cms.catalogue import product_cards
from shop.models import Product

FEATURED = 8


def home_context(*, page, request: HttpRequest) -> dict:
    from cms.models import ArticlePage, ListingPage

    featured = Product.objects.filter(ocop_stars__isnull=False)
    sections = ListingPage.objects.child_of(page).live().specific().order_by("path")
    news = ArticlePage.objects.live().filter(locale=page.locale).order_by("-date")[:3]
    return {
        "cards": sorted(
            product_cards(products=featured, request=request),
            key=lambda card: -(card.stars or 0),
        )[:FEATURED],
        "sections": sections,
        "news": news,
    }
