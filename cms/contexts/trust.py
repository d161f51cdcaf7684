"""Trust at the buy box (issue 14): where the product ships from, delivery days and shipping
price to the shopper's country, duties, returns and contact, in the shopper's language.

The numbers come from `checkout.estimates.delivery_estimate` (which calls the shipping and duties
services the checkout uses); this module only caches them and puts them into words. Estimates
are amounts and flags, the same in every language, so they are cached per variant, country,
market and day under the catalogue version (variants, markets), the product's (stock) and the
market's (prices, rates) versions (`cms.cache`) and the checkout rules version (shipping
methods and rates, duty rules): warm views send no statement, and any
change to what they depend on replaces them. The words are made at render, inside the story's
fragment cache, whose key carries the language, country and both versions.
"""

from __future__ import annotations

import datetime as dt
from email.utils import parseaddr

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_countries.fields import Country

from checkout.cache import rules_version
from checkout.estimates import DeliveryEstimate, delivery_estimate
from checkout.shipping import shipping_unavailable_reason
from cms.cache import FRAGMENT_SECONDS, catalogue_version, market_key, product_key
from shop.conf import langnghe_setting
from shop.models import Market
from shop.money import babel_locale, money_format, number_format
from shop.utils.memo import cache_versions


def estimates_for(
    *, options: list[dict], country: str, market: Market, on: dt.date
) -> dict[int, DeliveryEstimate | None]:
    """Each priced option's estimate by variant id (one cache round trip when warm)."""
    # The variants' products (stock decides between in stock and made to order) and the
    # market's prices; versions this request has already read.
    shown = {product_key(o["variant"].product_id) for o in options} | {market_key(market.pk)}
    versions = ":".join(str(v) for _key, v in sorted(cache_versions(shown).items()))
    prefix = (
        f"langnghe:trust:{catalogue_version()}:{versions}:{rules_version()}:{on}:"
        f"{market.slug}:{country}"
    )
    keys = {o["variant"].pk: f"{prefix}:{o['variant'].pk}" for o in options if o["price"]}
    found = cache.get_many(list(keys.values()))
    estimates, missing = {}, {}
    for option in options:
        variant = option["variant"]
        if variant.pk not in keys:
            continue
        key = keys[variant.pk]
        if key in found:  # stored in a tuple so that a computed None is cached too
            estimates[variant.pk] = found[key][0]
            continue
        estimates[variant.pk] = delivery_estimate(
            variant=variant,
            unit_price=option["price"].money,
            country=country,
            market=market,
            on=on,
        )
        missing[key] = (estimates[variant.pk],)
    if missing:
        cache.set_many(missing, FRAGMENT_SECONDS)
    return estimates


def delivery_text(estimate: DeliveryEstimate, *, variant) -> str:
    """ "Delivery to Japan in 5–10 days", else why nothing ships there."""
    if not estimate.ships:
        return shipping_unavailable_reason(country=estimate.country, lines=[(variant, 1)]) or ""
    days = number_format(estimate.days_max)
    if estimate.days_min != estimate.days_max:
        days = f"{number_format(estimate.days_min)}–{days}"
    return ngettext(
        "Delivery to %(country)s in %(days)s day",
        "Delivery to %(country)s in %(days)s days",
        estimate.days_max,
    ) % {"country": Country(estimate.country).name, "days": days}


def shipping_text(estimate: DeliveryEstimate) -> str:
    if not estimate.ships or estimate.shipping is None:
        return ""
    price = money_format(estimate.shipping, locale=babel_locale())
    return _("Shipping from %(price)s") % {"price": price}


def duties_text(estimate: DeliveryEstimate) -> str:
    """The duties line as the checkout will settle them: collected at checkout (DDP), an
    estimate payable on delivery (DAP), or none expected for one item."""
    if not estimate.ships or estimate.duties is None:
        return ""
    amount = money_format(estimate.duties, locale=babel_locale())
    if estimate.duties_unknown:
        if estimate.duties_collected:
            return _("Import duties and taxes are included: nothing more to pay on delivery.")
        return _("Import duties and taxes may be charged by your country's customs on delivery.")
    if not estimate.duties.amount:
        if estimate.below_de_minimis:
            return _("No import duties or taxes expected: one item is under the duty-free limit.")
        return _("No import duties or taxes are expected for this parcel.")
    if estimate.duties_collected:
        return _(
            "Import duties and taxes of about %(amount)s are added at checkout: "
            "nothing more to pay on delivery."
        ) % {"amount": amount}
    return _("Import duties and taxes of about %(amount)s may be charged on delivery.") % {
        "amount": amount
    }


def ships_from_text(producer) -> str:
    if producer.province:
        return _("Ships from %(province)s, Vietnam") % {"province": producer.province}
    return _("Ships from Vietnam")


def returns_text() -> str:
    days = langnghe_setting("LANGNGHE_RETURNS_DAYS")
    if not days:
        return ""
    return ngettext(
        "Returns accepted within %(days)s day of delivery.",
        "Returns accepted within %(days)s days of delivery.",
        days,
    ) % {"days": number_format(days)}


def contact_url() -> str:
    configured = langnghe_setting("LANGNGHE_CONTACT_URL")
    if configured:
        return configured
    address = parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    return f"mailto:{address}" if address else ""


def trust_context(*, options: list[dict], producer, country: str | None, market, on) -> dict:
    """Words for the trust lines, per option (for the variant radios) and for the page."""
    estimates = (
        estimates_for(options=options, country=country, market=market, on=on) if country else {}
    )
    for option in options:
        estimate = estimates.get(option["variant"].pk)
        option["delivery_text"] = (
            delivery_text(estimate, variant=option["variant"]) if estimate else ""
        )
        option["ships"] = bool(estimate and estimate.ships)
        option["shipping_text"] = shipping_text(estimate) if estimate else ""
        option["duties_text"] = duties_text(estimate) if estimate else ""
    return {
        "ships_from": ships_from_text(producer),
        "returns_text": returns_text(),
        "returns_url": langnghe_setting("LANGNGHE_RETURNS_URL"),
        "contact_url": contact_url(),
    }
