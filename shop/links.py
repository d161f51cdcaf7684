"""Products' display names and links where pages are not at hand (cart, checkout, emails).

Checkout sits below the page app (shop <- checkout <- cms) and never imports it: it asks the
function `LANGNGHE_PRODUCT_LINKS` names (by default cms's story links; a host without
Langnghe's pages names its own).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from django.utils.module_loading import import_string

from shop.conf import langnghe_setting


def product_links(
    product_ids: Iterable[int], *, chain: list[str]
) -> Mapping[int, tuple[str, str | None]]:
    """(title, URL) per product id, in the first language of `chain` that has one; products
    without a page are left out."""
    resolver = import_string(langnghe_setting("LANGNGHE_PRODUCT_LINKS"))
    return resolver(product_ids, chain=chain)
