"""The shop's name, as shoppers see it in titles, headers and email subjects."""

from __future__ import annotations

from django.http import HttpRequest

from shop.conf import langnghe_setting
from shop.utils.memo import cache_version, cache_version_bump, local_cached, version_register

FALLBACK_NAME = "Langnghe"
# Site names are public and change rarely: kept per process under a version that moves when
# a Site is saved or deleted, so a page or checkout step sends no query for the name.
SITES_VERSION_KEY = version_register("langnghe:sites:version")


def _site_name(request: HttpRequest | None) -> str:
    from wagtail.models import Site

    # Wagtail's own matching (host and port, else the default site); none outside a request.
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).only("site_name").first()
    return (site.site_name if site else "") or FALLBACK_NAME


def shop_name(*, request: HttpRequest | None = None) -> str:
    """`LANGNGHE_SHOP_NAME` if set; else the name of the Wagtail site whose host name the
    request has (or of the default site, for emails sent outside a request); else
    "Langnghe"."""
    configured = langnghe_setting("LANGNGHE_SHOP_NAME")
    if configured:
        return configured
    hostname, port = "", ""
    if request is not None:
        hostname = request.get_host().rsplit(":", 1)[0]
        port = request.get_port()
    key = f"langnghe:shopname:{cache_version(SITES_VERSION_KEY)}:{hostname}:{port}"
    return local_cached(key, lambda: _site_name(request))


def sites_cache_clear(**_kwargs) -> None:
    """post_save/post_delete receiver for Wagtail's Site: the names move with the version."""
    cache_version_bump(SITES_VERSION_KEY)
