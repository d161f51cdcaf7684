"""The shopper's country / market choice (a country selector, as Shopify advises)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponseBadRequest, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from shop.markets import market_resolve, markets_active
from shop.shopper import COUNTRY_KEY, MARKET_KEY
from shop.utils.origin import same_origin_required

ONE_YEAR = 365 * 24 * 3600


def market_countries(markets) -> list[tuple[str, str, str]]:
    """(country code, localized country name, currency) for every country a market serves."""
    rows = {(c.code, str(c.name), m.currency) for m in markets for c in m.countries}
    return sorted(rows, key=lambda row: row[1])


# No CSRF token: a token in every page's selector would set a cookie on first visit and make
# pages uncacheable. Another site's POST is refused instead (`shop.utils.origin`).
@csrf_exempt
@same_origin_required
@require_POST
def market_choose(request: HttpRequest) -> HttpResponseRedirect:
    """Remember the shopper's destination country and the market (currency) it implies."""
    code = (request.POST.get("country") or "").strip().upper()
    markets = markets_active()
    served = {c.code for m in markets for c in m.countries}
    if code not in served:
        return HttpResponseBadRequest(_("We do not ship to that country yet."))
    market = market_resolve(country=code, markets=markets)
    target = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    request.session[MARKET_KEY] = market.slug
    request.session[COUNTRY_KEY] = code
    response = HttpResponseRedirect(target)
    for key, value in ((MARKET_KEY, market.slug), (COUNTRY_KEY, code)):
        response.set_cookie(
            key, value, max_age=ONE_YEAR, samesite="Lax", secure=request.is_secure()
        )
    return response
