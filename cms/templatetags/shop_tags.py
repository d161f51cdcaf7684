"""Template tags for the storefront's chrome: language switcher, hreflang, market selector,
category navigation."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from types import MappingProxyType

from django import template
from django.conf import settings
from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Q
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from wagtail.models import Page

from checkout.cart import cart_count_get
from cms.cache import FRAGMENT_SECONDS, catalogue_version, pages_version
from cms.navigation import category_links, category_links_key
from cms.routing import page_language, page_url_for_shopper, url_in_language
from cms.views.market import market_countries
from shop.branding import SITES_VERSION_KEY
from shop.money import babel_locale
from shop.shopper import language_chain, shopper_country, shopper_market, shopper_markets
from shop.utils.memo import cache_version, local_cached

register = template.Library()

# What Django's `json_script` escapes: nothing in the data can close the script element or
# open a comment, whoever wrote it (an artisan's variant name is live at once).
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data: dict) -> SafeString:
    """`data` as a JSON-LD script element, escaped exactly as `json_script` escapes."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    # Safe only after escaping: the escaped text has no "<", ">" or "&" left.
    escaped = mark_safe(text.translate(JSON_SCRIPT_ESCAPES))  # noqa: S308
    return format_html('<script type="application/ld+json">{}</script>', escaped)


def _kept(key: str | None, render: Callable[[], SafeString]) -> SafeString:
    """`render()` once per process under `key`, which carries the versions of all it shows;
    rendered every time when `key` is None. The header's pieces are the same for everyone on
    one page in one language (market and country), and rendering them per request was about a
    sixth of a live page's CPU."""
    return render() if key is None else local_cached(key, render)


def _kept_html(key: str | None, template_name: str, values: Callable[[], dict]) -> SafeString:
    """`template_name` rendered with `values()`, kept as `_kept` keeps it."""
    return _kept(key, lambda: render_to_string(template_name, values()))


def _page_path(request: HttpRequest, page) -> str | None:
    """The request's full path when it is a served page's and has no query string, so that
    keys holding it are bounded by the pages; else None (a 404's or a filter's path)."""
    if getattr(page, "pk", None) is None or request.META.get("QUERY_STRING"):
        return None
    return request.get_full_path()


def _alternates_key(page) -> str:
    # Translations and homes: published, unpublished, moved or deleted pages move the pages
    # version (a story's translation too, which the catalogue version no longer follows); the
    # full addresses carry the site's host, which the sites version follows.
    sites = cache_version(SITES_VERSION_KEY)
    return (
        f"langnghe:alternates:{getattr(page, 'pk', None)}:{get_language()}:{pages_version()}"
        f":{sites}"
    )


def _alternates(request, page) -> tuple[Mapping, ...]:
    """Each language's version of this page: its translation, else that language's home."""
    cached = getattr(request, "_langnghe_alternates", None)
    if cached is not None:
        return cached
    key = _alternates_key(page)

    def shared() -> tuple[Mapping, ...]:
        rows = cache.get(key)
        if rows is None:
            rows = _alternates_compute(request, page)
            cache.set(key, rows, FRAGMENT_SECONDS)
        return tuple(MappingProxyType(row) for row in rows)  # kept per process, read-only

    request._langnghe_alternates = local_cached(key, shared)
    return request._langnghe_alternates


def _alternates_compute(request, page) -> list[dict]:
    translations, homes = {}, {}
    if page is not None and getattr(page, "pk", None):
        # One query: this page's translations and every language's home (depth 2), the
        # fallback for a language the page is not translated into.
        # Aliases (wagtail-localize's untranslated copies) are not translations.
        candidates = (
            Page.objects.live()
            .filter(alias_of__isnull=True)
            .filter(Q(translation_key=page.translation_key) | Q(depth=2))
            .select_related("locale")
        )
        for candidate in candidates:
            found = translations if candidate.translation_key == page.translation_key else homes
            found[candidate.locale.language_code] = candidate
    rows = []
    for code, _name in settings.LANGUAGES:
        rows.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                **_alternate_urls(request, code, translations, homes),
                "is_translation": code in translations,
                "current": code == get_language(),
            }
        )
    return rows


def _alternate_urls(request, code: str, translations: dict, homes: dict) -> dict:
    """The page in `code`; else (not translated yet) the same page in the first language of
    that language's chain, under `code`'s prefix (cms.routing); else `code`'s home."""
    target = translations.get(code)
    if target is None:
        fallback = next((c for c in language_chain(code) if c in translations), None)
        if fallback is not None:
            page = translations[fallback]
            move = {"page_language": fallback, "language": code}
            return {
                "url": url_in_language(page.get_url(request), **move),
                "full_url": url_in_language(page.get_full_url(request), **move),
            }
        target = homes.get(code)
    if target is None:
        with translation.override(code):
            return {"url": reverse("wagtail_serve", args=[""]), "full_url": ""}
    return {"url": target.get_url(request), "full_url": target.get_full_url(request)}


@register.simple_tag(takes_context=True)
def hreflang_links(context) -> SafeString:
    """`<link rel="alternate" hreflang=…>` for each translation of the page, and x-default."""
    request, page = context["request"], context.get("page")

    def values() -> dict:
        rows = [r for r in _alternates(request, page) if r["is_translation"]]
        default = next((r for r in rows if r["code"] == settings.LANGUAGE_CODE), None)
        return {"rows": rows, "default": default}

    return _kept_html(f"{_alternates_key(page)}:hreflang", "cms/tags/hreflang.html", values)


@register.simple_tag(takes_context=True)
def canonical_link(context) -> SafeString:
    """`<link rel="canonical">` to the page's own address, kept per process like the hreflang
    links. Working it out asks the shared cache for Wagtail's site root paths, a round trip on
    every live page. A preview's draft, or a page without a primary key, is rendered every time,
    never kept."""
    request, page = context["request"], context.get("page")
    if page is None:
        return ""
    kept = not getattr(request, "is_preview", False) and getattr(page, "pk", None) is not None
    return _kept(
        f"{_alternates_key(page)}:canonical" if kept else None,
        # As `{{ page.full_url }}` did for a host's context whose `page` is no Wagtail page.
        lambda: format_html('<link rel="canonical" href="{}">', getattr(page, "full_url", "")),
    )


@register.simple_tag(takes_context=True)
def language_switcher(context) -> SafeString:
    """Links to this page in every language (else that language's home)."""
    request, page = context["request"], context.get("page")
    return _kept_html(
        f"{_alternates_key(page)}:switcher",
        "cms/tags/language_switcher.html",
        lambda: {"rows": _alternates(request, page)},
    )


@register.simple_tag(takes_context=True)
def shopper_url(context, page) -> str:
    """`page`'s URL for this shopper: under their language prefix even when the page is
    another language's (not translated yet; cms.routing serves it there)."""
    return page_url_for_shopper(page, request=context.get("request"))


@register.simple_tag
def content_lang(page) -> str:
    """` lang="en"` on content shown in another language than the interface's (a page not
    translated yet), so screen readers and fonts treat it as what it is; else nothing."""
    code = page_language(page)
    return "" if code == get_language() else format_html(' lang="{}"', code)


@register.simple_tag
def fallback_notice(page) -> str:
    """A note above a page shown in another language than the shopper's, else nothing."""
    code = page_language(page) if page is not None else get_language()
    if code == get_language():
        return ""
    text = _("This page has not been translated into %(language)s yet; it is shown in %(shown)s.")
    names = {
        "language": get_language_info(get_language())["name_translated"],
        "shown": get_language_info(code)["name_translated"],
    }
    return format_html('<p class="notice fallback-notice" role="note">{}</p>', text % names)


@register.simple_tag(takes_context=True)
def market_selector(context) -> SafeString:
    """The "Ship to" form: every country a market serves, the shopper's selected."""
    request = context["request"]
    market = shopper_market(request)
    country = shopper_country(request)
    key = f"langnghe:countries:{get_language()}:{catalogue_version()}"

    def shared() -> tuple:
        found = cache.get(key)
        if found is None:
            found = market_countries(shopper_markets(request))
            cache.set(key, found, FRAGMENT_SECONDS)
        return tuple(found)  # of (code, name, currency) tuples: kept per process, read-only

    countries = local_cached(key, shared)
    # The options are the same for everyone shipping to `country`: rendered once per process
    # and version (forty-odd countries were most of a live page's template work).
    options = local_cached(
        f"{key}:options:{country}",
        lambda: render_to_string(
            "cms/tags/country_options.html", {"countries": countries, "country": country}
        ),
    )
    path = _page_path(request, context.get("page"))
    # A market's currency moves the catalogue version, hence `key`.
    kept = f"{key}:selector:{market.pk}:{country}:{path}" if path else None
    return _kept_html(
        kept,
        "cms/tags/market_selector.html",
        lambda: {
            "market": market,
            "options": options,
            "country": country,
            "next": request.get_full_path(),
        },
    )


@register.simple_tag(takes_context=True)
def category_nav(context) -> SafeString:
    """The listings of the shopper's language; the one being shown marked current."""
    request = context["request"]
    links = category_links(request=request)
    # Only a listing's own path shows as current, so other paths share one rendering.
    current = request.path if any(url == request.path for _t, url, _top in links) else ""
    return _kept_html(
        f"{category_links_key(request=request)}:html:{current}",
        "cms/tags/category_nav.html",
        lambda: {"links": links, "current": current},
    )


@register.simple_tag(takes_context=True)
def shopper_currency(context) -> str:
    """The currency of the shopper's market (the header's language and currency menu)."""
    return shopper_market(context["request"]).currency


@register.simple_tag(takes_context=True)
def cart_count(context) -> int:
    """Units in the shopper's cart, as the session remembers them (no query: see
    `checkout.cart.cart_count_get`). Visitors without a session, the only ones whose pages the
    page cache stores, always get 0."""
    request = context.get("request")
    return cart_count_get(request=request) if request is not None else 0


@register.filter
def stars(value) -> str:
    """★★★★☆ for an OCOP rating of 4 (out of 5)."""
    if not value:
        return ""
    return "★" * int(value) + "☆" * (5 - int(value))


@register.filter
def localdate(value, format_name: str = "long") -> str:
    """A date in the active language's CLDR format (Babel), e.g. 20 tháng 11, 2026."""
    if not value:
        return ""
    from babel.dates import format_date

    return format_date(value, format=format_name, locale=babel_locale())
