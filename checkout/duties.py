"""Duties, import taxes and export restrictions (rules as dated data arrive with checkout).

`sale_restriction` is the seam the storefront's buy box already calls: it answers why a product
cannot be sold to a country, or None. Until restriction rules exist it has nothing to refuse.
"""

from __future__ import annotations

from shop.models import Product


def sale_restriction(*, product: Product, country: str | None) -> str | None:
    """Why `product` cannot be shipped to `country`, in the shopper's language, or None."""
    return None
