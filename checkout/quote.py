"""What the shopper would pay now: goods, shipping, duties and the total, with what blocks it.

The review page shows a quote and placing the order builds a fresh one inside its transaction,
so the order is always made from the server's own numbers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field, replace

from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from checkout.cart import CartView, cart_view
from checkout.duties import DutiableLine, DutiesQuote
from checkout.models import Cart
from checkout.payments.minimums import payment_minimum_check
from checkout.shipping import ShippingOption, ShippingUnavailable, shipping_option_get
from shop.conf import langnghe_setting
from shop.models import Market
from shop.models.markets import DutiesMode
from shop.money import Money, money_chargeable
from shop.pricing import MissingExchangeRate


@dataclass
class Quote:
    """A priced cart for one destination and shipping method."""

    view: CartView
    country: str
    shipping: ShippingOption | None
    duties: DutiesQuote | None
    problems: list[str] = field(default_factory=list)

    @property
    def market(self) -> Market:
        return self.view.market

    @property
    def currency(self) -> str:
        return self.market.currency

    @property
    def subtotal(self) -> Money:
        return self.view.subtotal

    @property
    def shipping_price(self) -> Money:
        return self.shipping.price if self.shipping else Money(0, self.currency)

    @property
    def collects_duties(self) -> bool:
        return duties_collected(self.market)

    @property
    def duties_charged(self) -> Money:
        if self.duties is None or not self.collects_duties:
            return Money(0, self.currency)
        return self.duties.total

    @property
    def total(self) -> Money:
        return self.subtotal + self.shipping_price + self.duties_charged

    @property
    def ok(self) -> bool:
        return not self.problems


def duties_collected(market: Market) -> bool:
    """Whether the checkout collects duties and import taxes for `market` (DDP), rather than
    estimating what the carrier asks on delivery (DAP)."""
    return market.duties_mode == DutiesMode.DDP


def quote_refusals(quote: Quote) -> list[str]:
    """Why this quote cannot become an order (what blocks it, a total below the minimum card
    payment), in the shopper's language; empty when it can. The review page shows these
    instead of the "place order" button, and placement refuses with the same words."""
    if quote.problems:
        return list(quote.problems)
    refusal = payment_minimum_check(amount=quote.total)
    return [refusal] if refusal else []


def quote_fingerprint(*, quote: Quote, cart: Cart) -> str:
    """A digest of everything the review page shows: market and currency, destination, email,
    address, customs ID, each line's variant, quantity and amounts, the shipping method and
    price, every duty and tax amount, the total. Words (names, labels) are left out: they
    change with the shopper's language, not with the order."""
    duties = quote.duties
    data = {
        "market": [quote.market.pk, quote.currency, quote.market.duties_mode],
        "to": [cart.country, cart.email, cart.customs_id, sorted(cart.shipping_address.items())],
        "lines": [
            [item.variant.pk, item.quantity, str(item.unit_price.amount), str(item.total.amount)]
            for item in quote.view.items
        ],
        "shipping": [cart.shipping_method_id, str(quote.shipping_price.amount)],
        "duties": [str(part.amount) for _label, part in duties.parts] if duties else None,
        "total": [str(quote.subtotal.amount), str(quote.total.amount)],
    }
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def quote_lines(view: CartView) -> list[tuple]:
    return [(item.variant, item.quantity) for item in view.items]


def checkout_quote(
    *,
    cart: Cart,
    market: Market,
    view: CartView | None = None,
    on: dt.date | None = None,
    check_stock: bool = True,
    lines: list | None = None,
) -> Quote:
    """Price `cart` for its destination and chosen shipping method, collecting every problem.
    `lines`: the cart's lines when the caller has read them."""
    on = on or timezone.localdate()
    country = cart.country
    view = view or cart_view(
        cart=cart, market=market, country=country, check_stock=check_stock, lines=lines
    )
    problems = list(view.problems)
    if view.is_empty:
        problems.append(_("Your cart is empty."))
    shipping = None
    if not country:
        problems.append(_("Enter your shipping address."))
    elif cart.shipping_method_id is None:
        problems.append(_("Choose a shipping method."))
    elif not view.is_empty:
        try:
            shipping = shipping_option_get(
                method_id=cart.shipping_method_id,
                country=country,
                lines=quote_lines(view),
                market=market,
                on=on,
            )
        except ShippingUnavailable as refusal:
            problems.append(str(refusal))
    duties = None
    if country and not view.is_empty and not view.problems:
        duties = _duties(view=view, market=market, country=country, shipping=shipping, on=on)
        if duties is None:
            problems.append(
                _("Import duties cannot be calculated at the moment; please try later.")
            )
    return Quote(view=view, country=country, shipping=shipping, duties=duties, problems=problems)


def duties_policy_apply(**kwargs) -> DutiesQuote:
    """The duties quote of the policy `LANGNGHE_DUTIES_POLICY` names (default
    `checkout.duties.duties_quote`; docs/extending.md): whatever it returns is refused in
    another currency and made chargeable part by part, so the sum stays chargeable."""
    quote = import_string(langnghe_setting("LANGNGHE_DUTIES_POLICY"))(**kwargs)
    currency = kwargs["shipping"].currency.code
    parts = []
    for label, amount in quote.parts:
        if amount.currency.code != currency:
            raise ValueError(f"The duties policy quoted {label!r} in {amount.currency.code}.")
        parts.append((label, money_chargeable(amount)))
    total = sum((amount for _label, amount in parts), Money(0, currency))
    return replace(quote, parts=tuple(parts), total=total)


def _duties(*, view, market, country, shipping, on) -> DutiesQuote | None:
    try:
        return duties_policy_apply(
            country=country,
            market=market,
            lines=[
                DutiableLine(item.variant.product.hs_code, item.total, item.quantity)
                for item in view.items
            ],
            shipping=shipping.price if shipping else Money(0, market.currency),
            on=on,
        )
    except MissingExchangeRate:  # a threshold in a currency we hold no rate for
        return None
