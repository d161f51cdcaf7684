"""Cached storefront pages and fragments, and their invalidation by what changed.

What a page shows is named by versions in the shared cache (`shop.utils.memo`), each moved when
the change commits:

- the catalogue version, for what every page may show and staff change rarely: categories,
  producers, markets, products and variants as edited, photos, export rules, and any page
  other than a story being published, moved or deleted (menus, URLs, the tree);
- a product's version, for its stock (counts and allocations; not shipments, which change no
  free units, nor reservations: see `shop/inventory.py`) and its story's text;
- a category's, a producer's, "all products" and "featured": a change to one product moves
  those that list it (its category and the categories above, its producer's page, the listing
  of everything, the home page's OCOP picks when it has stars);
- a market's version, for its explicit prices and the exchange rates of its currency.

A page notes the versions it shows as it renders (`shop.utils.memo.cache_depend`): a story its
product's, a listing its category's, every priced page its market's. The page cache
(`cms.middleware`) keeps them with the stored page and serves it only while they are unchanged;
fragments carry them in their keys. So an order re-renders the pages of what it sold and leaves
every other page in place.

Fragments are stored by Wagtail's `{% wagtailpagecache %}`, which never stores what a preview
renders, and only for query strings `page_query` accepts: an arbitrary `?x=…` adds nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from urllib.parse import urlencode

from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import get_language

from shop.conf import langnghe_setting
from shop.utils.memo import (
    cache_depend,
    cache_version,
    cache_version_bump,
    version_register,
)

VERSION_KEY = version_register("langnghe:catalogue:version")
PAGES_VERSION_KEY = version_register("langnghe:pages:version")
ALL_PRODUCTS_KEY = version_register("langnghe:v:all-products")
FEATURED_KEY = version_register("langnghe:v:featured")
# Moved whenever a search document is written or removed (`cms.search`): results are kept
# under it.
SEARCH_KEY = version_register("langnghe:v:search")
FRAGMENT_SECONDS = 3600


def product_key(pk: int) -> str:
    return f"langnghe:v:product:{pk}"


def category_key(pk: int) -> str:
    return f"langnghe:v:category:{pk}"


def producer_key(pk: int) -> str:
    return f"langnghe:v:producer:{pk}"


def market_key(pk: int) -> str:
    return f"langnghe:v:market:{pk}"


def catalogue_version() -> int:
    return cache_version(VERSION_KEY)


def catalogue_changed(**_kwargs) -> None:
    """Invalidate every cached storefront page and fragment."""
    cache_version_bump(VERSION_KEY)


def pages_version() -> int:
    """The version of what pages alone decide (story titles and URLs, translations). Unlike
    the catalogue version it does not move with stock, so checkout steps, which reserve and
    allocate stock, keep hitting what it covers."""
    return cache_version(PAGES_VERSION_KEY)


def pages_changed(**_kwargs) -> None:
    cache_version_bump(PAGES_VERSION_KEY)


# Query parameters storefront pages read (listing filters, sorting and pages; the story's
# variant). Only these may enter a cache key; a request with any other is served live.
PAGE_QUERY_PARAMETERS = frozenset(
    {
        "availability",
        "category",
        "max_price",
        "min_price",
        "page",
        "producer",
        "province",
        "sort",
        "stars",
        "variant",
    }
)
QUERY_VALUE_LENGTH = 64
# Distinct query strings each page may have stored per FRAGMENT_SECONDS; more are served live.


def page_query(request: HttpRequest) -> str | None:
    """The request's query string as a cache key may carry it: known parameters, each once and
    short, in a canonical order; None if it has anything else (then nothing is stored)."""
    known = langnghe_setting("LANGNGHE_PAGE_CACHE_PARAMETERS") or PAGE_QUERY_PARAMETERS
    pairs = []
    for name, values in request.GET.lists():
        if name not in known or len(values) != 1 or len(values[0]) > QUERY_VALUE_LENGTH:
            return None
        pairs.append((name, values[0]))
    return urlencode(sorted(pairs))


def page_query_admitted(request: HttpRequest, query: str) -> bool:
    """Whether this page may store one more query variant: a crawler inventing filter values
    fills at most `LANGNGHE_PAGE_CACHE_QUERIES` entries per page and hour, then is served live
    (an admitted query stays admitted for the hour)."""
    if not query:
        return True
    admitted = getattr(request, "_langnghe_query_admitted", None)
    if admitted is not None:
        return admitted
    scope = f"langnghe:page-queries:{request.get_host()}{request.path}"
    seen = f"{scope}:{hashlib.sha256(query.encode()).hexdigest()}"
    admitted = cache.get(seen)
    if admitted is None:
        cache.add(scope, 0, FRAGMENT_SECONDS)
        try:
            count = cache.incr(scope)
        except ValueError:  # evicted in between: count afresh
            count = 1
            cache.set(scope, count, FRAGMENT_SECONDS)
        admitted = count <= langnghe_setting("LANGNGHE_PAGE_CACHE_QUERIES")
        cache.set(seen, admitted, FRAGMENT_SECONDS)
    request._langnghe_query_admitted = admitted
    return admitted


def fragment_context(request: HttpRequest, page, market, *parts, keys: Iterable[str] = ()) -> dict:
    """`fragment_key` and `fragment_seconds` for a page's `{% wagtailpagecache %}` tags, which
    add the page's revision and site and never store a preview. `keys`: the versions of what
    the fragments show besides the market's prices (a product, a category…), noted for the
    page cache too. Seconds are 0 (nothing stored) for a query string no cache may keep."""
    query = page_query(request)
    versions = cache_depend([market_key(market.pk), *keys])
    values = [page.pk, get_language(), market.slug, query, catalogue_version()]
    values += [f"{key}={versions[key]}" for key in sorted(versions)]
    values += parts
    cacheable = query is not None and page_query_admitted(request, query)
    return {
        "fragment_key": ":".join(str(value) for value in values),
        "fragment_seconds": FRAGMENT_SECONDS if cacheable else 0,
    }
