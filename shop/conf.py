"""Every Langnghe setting and its default, in one place.

A host sets any of these in its own settings module; the apps read them through
`langnghe_setting(name)`, which falls back to `DEFAULTS`. `langnghe_settings_check` (a system
check, `shop.E010`–`shop.E013`) refuses values of the wrong kind before the first request.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import Any

from django.conf import settings
from django.core.checks import Error, register

DEFAULTS: MappingProxyType[str, Any] = MappingProxyType(
    {
        # Shown in page titles, the header and email subjects; empty: the Wagtail site's name.
        "LANGNGHE_SHOP_NAME": "",
        # Currency of the catalogue's base prices (ProductVariant.base_price).
        "LANGNGHE_BASE_CURRENCY": "VND",
        # Stock held for a shopper while paying, and how long an unpaid order keeps its stock.
        "LANGNGHE_RESERVATION_MINUTES": 20,
        "LANGNGHE_ORDER_EXPIRY_MINUTES": 60,
        # What one session may hold: units per item, share of the free stock, units in total.
        "LANGNGHE_HOLD_MAX_UNITS_PER_ITEM": 5,
        "LANGNGHE_HOLD_MAX_SHARE": "0.5",
        "LANGNGHE_HOLD_MAX_UNITS": 20,
        "LANGNGHE_CART_MAX_QUANTITY": 20,
        # Free units of a variant at or below which the buy box says how many are left
        # ("Only 3 left") instead of "In stock"; 0 never says it.
        "LANGNGHE_LOW_STOCK_THRESHOLD": 5,
        # A rate import that moves a rate by more than this share needs staff confirmation.
        "LANGNGHE_RATE_MAX_CHANGE": "0.25",
        "LANGNGHE_ECB_URL": "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml",
        "LANGNGHE_VIETCOMBANK_URL": (
            "https://portal.vietcombank.com.vn/Usercontrols/TVPortal.TyGia/pXML.aspx"
        ),
        # Request headers a CDN sets with the visitor's country (first market guess).
        "LANGNGHE_COUNTRY_HEADERS": ("HTTP_CF_IPCOUNTRY", "HTTP_CLOUDFRONT_VIEWER_COUNTRY"),
        # Story languages tried, in order, when a page has no translation in the shopper's.
        "LANGNGHE_CONTENT_FALLBACKS": ("en", "vi"),
        # Caching: seconds a process keeps versioned values; distinct anonymous query strings a
        # page may be cached under; None: the storefront's own filter parameters.
        "LANGNGHE_LOCAL_CACHE_SECONDS": 5,
        "LANGNGHE_PAGE_CACHE_QUERIES": 200,
        "LANGNGHE_PAGE_CACHE_PARAMETERS": None,
        # The admin's Content-Security-Policy over the storefront's (None: the same policy).
        "LANGNGHE_CSP_ADMIN": None,
        # Reverse proxies in front of the app (for the client's address in X-Forwarded-For).
        "LANGNGHE_TRUSTED_PROXIES": 0,
        "LANGNGHE_PASSWORD_RESET_PER_HOUR": 5,
        # Payments: the gateway's name ("" picks stripe with a key, else the dummy gateway),
        # extra gateway classes by name, and whether test payments (the dummy) are allowed.
        "LANGNGHE_PAYMENT_GATEWAY": "",
        "LANGNGHE_PAYMENT_GATEWAY_CLASSES": {},
        "LANGNGHE_ALLOW_TEST_PAYMENTS": False,
        # Host-replaceable policies: dotted paths to functions (docs/extending.md).
        "LANGNGHE_PRICING_POLICY": "shop.pricing.pricing_policy_default",
        "LANGNGHE_DUTIES_POLICY": "checkout.duties.duties_quote",
        "LANGNGHE_SHIPPING_RATE_POLICY": "checkout.shipping.shipping_rate_bracket",
        # (title, URL) of products' pages for the cart and checkout (shop/links.py).
        "LANGNGHE_PRODUCT_LINKS": "cms.catalogue.story_links_for",
        # Privacy: days an abandoned cart and a payment event's body are kept.
        "LANGNGHE_CART_RETENTION_DAYS": 30,
        "LANGNGHE_WEBHOOK_RETENTION_DAYS": 90,
        # Search: the longest query accepted (characters; longer is a 400), the most results
        # one search lists (over all its pages) and results per page.
        "LANGNGHE_SEARCH_QUERY_LENGTH": 200,
        "LANGNGHE_SEARCH_RESULTS": 200,
        "LANGNGHE_SEARCH_PAGE_SIZE": 20,
        # Image formats offered besides JPEG, best first (cms/images.py); None: AVIF and WebP
        # where Pillow can write AVIF, else WebP alone.
        "LANGNGHE_IMAGE_FORMATS": None,
        # The buy box's returns and contact lines: days after delivery a shopper may return an
        # item (0: no returns line), a page with the full returns policy, and where questions
        # go (a URL or mailto:; "": mailto: the address of DEFAULT_FROM_EMAIL).
        "LANGNGHE_RETURNS_DAYS": 14,
        "LANGNGHE_RETURNS_URL": "",
        "LANGNGHE_CONTACT_URL": "",
        # Local folder of private files (uploaded export documents); "": `langnghe-private`
        # beside MEDIA_ROOT. Not used when STORAGES names a "langnghe_private" storage.
        "LANGNGHE_PRIVATE_ROOT": "",
        # The shop's public address, for links in emails ("" refused in production).
        "LANGNGHE_SITE_URL": "",
        "STRIPE_SECRET_KEY": "",
        "STRIPE_PUBLISHABLE_KEY": "",
        "STRIPE_WEBHOOK_SECRET": "",
        "STRIPE_API_BASE": "",
        "STRIPE_JS_URL": "https://js.stripe.com/v3/",
        "STRIPE_WEBHOOK_TOLERANCE": 300,
    }
)

SHARES = frozenset({"LANGNGHE_HOLD_MAX_SHARE", "LANGNGHE_RATE_MAX_CHANGE"})


def langnghe_setting(name: str) -> Any:
    """The host's value of a Langnghe setting, or its default."""
    return getattr(settings, name, DEFAULTS[name])


def _kind_error(name: str, value: Any) -> str | None:
    default = DEFAULTS[name]
    if name in SHARES:
        try:
            share = Decimal(str(value))
        except InvalidOperation:
            share = None
        if share is None or not 0 < share <= 1:
            return 'must be a number above 0 and at most 1 (e.g. "0.5")'
    elif isinstance(default, bool):
        if not isinstance(value, bool):
            return "must be True or False"
    elif isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            return "must be a whole number, 0 or more"
    elif isinstance(default, str):
        if not isinstance(value, str):
            return "must be a string"
    elif isinstance(default, tuple):
        if isinstance(value, str) or not all(isinstance(item, str) for item in value):
            return "must be a list of strings"
    elif isinstance(default, dict) and not isinstance(value, dict):
        return "must be a dict"
    return None


@register()
def langnghe_settings_check(app_configs, **kwargs) -> list[Error]:
    """Each Langnghe setting the host sets has the kind its default has."""
    from shop.money import STRIPE_CURRENCIES

    errors = []
    for name in DEFAULTS:
        if not hasattr(settings, name):
            continue
        problem = _kind_error(name, getattr(settings, name))
        if problem:
            errors.append(Error(f"{name} {problem}.", id="shop.E010"))
    currency = langnghe_setting("LANGNGHE_BASE_CURRENCY")
    if isinstance(currency, str) and currency not in STRIPE_CURRENCIES | {"VND"}:
        errors.append(
            Error(
                f"LANGNGHE_BASE_CURRENCY {currency!r} is not an ISO 4217 currency code.",
                id="shop.E011",
            )
        )
    errors += _policy_errors()
    return errors


POLICIES = (
    "LANGNGHE_PRICING_POLICY",
    "LANGNGHE_DUTIES_POLICY",
    "LANGNGHE_SHIPPING_RATE_POLICY",
    "LANGNGHE_PRODUCT_LINKS",
)


def _policy_errors() -> list[Error]:
    from django.utils.module_loading import import_string

    errors = []
    for name in POLICIES:
        path = langnghe_setting(name)
        try:
            policy = import_string(path)
        except ImportError as exc:
            errors.append(Error(f"{name} {path!r} cannot be imported: {exc}", id="shop.E012"))
            continue
        if not callable(policy):
            errors.append(Error(f"{name} {path!r} is not callable.", id="shop.E013"))
    return errors
