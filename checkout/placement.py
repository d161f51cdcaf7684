"""Placing an order: one transaction that re-prices the cart, freezes everything on the order and
allocates its stock — and only then may money be requested (DESIGN.md, stock and payment ordering).
"""

from __future__ import annotations

import datetime as dt

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from checkout.cart import cart_lines_by_token, shortage_message
from checkout.duties import lines_required_documents
from checkout.models import Cart, CartLine
from checkout.quote import Quote, checkout_quote, quote_fingerprint, quote_refusals
from shop.conf import langnghe_setting
from shop.inventory import InsufficientStock, stock_allocate
from shop.markets import market_serving
from shop.models import Order, OrderLine
from shop.names import name_for
from shop.orders import order_event_add
from shop.pricing import MissingExchangeRate, rate_get
from shop.timezones import shopper_time_zone

# A new order's random reference (`Order.reference`, 50 bits) meeting an existing one is
# astronomically rare; the unique constraint refuses it and placing starts again this often.
REFERENCE_ATTEMPTS = 3


class CheckoutRefused(Exception):
    """The order cannot be placed; `messages` say why, in the shopper's language."""

    def __init__(self, messages: list[str]) -> None:
        self.messages = messages
        super().__init__("; ".join(messages))


class CheckoutChanged(CheckoutRefused):
    """The order would differ from what the shopper reviewed (another tab changed the cart,
    the address or the shipping method; a price, rate or rule changed): review it again."""


def order_place(
    *,
    cart_token: str,
    language: str,
    fingerprint: str | None = None,
    user=None,
    time_zone: str = "",
    now: dt.datetime | None = None,
) -> Order:
    """Turn the cart into an unpaid order with allocated stock. A second call for the same cart
    (a double click, a retried request) returns the first order instead of a new one.

    The order is priced and taxed in the market that serves the destination, whatever market
    the shopper's selector shows. `fingerprint`: what the review page showed
    (`checkout.quote.quote_fingerprint`); when given, an order that would differ is refused
    with `CheckoutChanged`. The cart is read with its lines and locked in one statement.
    `time_zone`: the zone the shopper's browser reported (checked here; else the destination's
    main zone), in which the order's pages and emails show times.
    """
    now = now or timezone.now()
    for attempt in range(1, REFERENCE_ATTEMPTS + 1):
        try:
            return _order_place_once(
                cart_token=cart_token,
                language=language,
                fingerprint=fingerprint,
                user=user,
                time_zone=time_zone,
                now=now,
            )
        except IntegrityError:
            # The unique cart token: a parallel request for the same cart won the race.
            existing = Order.objects.filter(cart_token=cart_token).first()
            if existing is not None:
                return existing
            # Else the unique reference: the transaction rolled back, so placing again is safe.
            if attempt == REFERENCE_ATTEMPTS:
                raise
    raise AssertionError("unreachable")


def _order_place_once(
    *, cart_token: str, language: str, fingerprint: str | None, user, time_zone: str, now
) -> Order:
    with transaction.atomic():
        cart, lines = _cart_lock(cart_token)
        if cart is None:
            raise CheckoutRefused([_("Your cart is empty.")])
        if cart.ordered_at is not None:  # placed by an earlier click
            return Order.objects.get(cart_token=cart.token)
        if not cart.country:
            raise CheckoutChanged([_("Enter your shipping address.")])
        market = market_serving(country=cart.country)
        if market is None:
            raise CheckoutRefused([_("We do not ship to that country yet.")])
        on = timezone.localdate(now)
        quote = checkout_quote(cart=cart, market=market, on=on, check_stock=False, lines=lines)
        refusals = quote_refusals(quote)  # first: they say exactly what is wrong
        if refusals:
            raise CheckoutRefused(refusals)
        if fingerprint is not None and fingerprint != quote_fingerprint(quote=quote, cart=cart):
            raise CheckoutChanged([_("Your order changed since you reviewed it.")])
        order = _order_create(
            cart=cart, quote=quote, language=language, user=user, time_zone=time_zone, now=now
        )
        lines = _lines_create(order=order, quote=quote)
        try:
            stock_allocate(lines=lines, cart_token=cart.token, now=now, new_lines=True)
        except InsufficientStock as short:
            raise CheckoutRefused(_shortage_messages(short, lines)) from short
        cart.ordered_at = now
        cart.save(update_fields=["ordered_at"])
        order_event_add(order=order, kind="placed", data={"cart": cart.pk})
        return order


def _cart_lock(cart_token: str) -> tuple[Cart | None, list[CartLine]]:
    """The cart, locked, and its lines (one statement unless the cart is empty)."""
    lines = cart_lines_by_token(cart_token, lock=True)
    if not lines:
        return Cart.objects.select_for_update().filter(token=cart_token).first(), []
    return lines[0].cart, lines


def _order_create(*, cart: Cart, quote: Quote, language: str, user, time_zone: str, now) -> Order:
    market = quote.market
    base = langnghe_setting("LANGNGHE_BASE_CURRENCY")
    rate = next((i.price.rate for i in quote.view.items if i.price and i.price.rate), None)
    if rate is None and market.currency != base:
        try:
            rate = rate_get(from_currency=base, to_currency=market.currency, on=now.date())
        except MissingExchangeRate:
            rate = None
    shipping = quote.shipping
    duties = quote.duties
    return Order.objects.create(
        cart_token=cart.token,
        market=market,
        currency=market.currency,
        language=language,
        time_zone=shopper_time_zone(browser=time_zone, country=quote.country),
        user=user if user is not None and user.is_authenticated else None,
        email=cart.email,
        country=quote.country,
        shipping_address=cart.shipping_address,
        customs_id=cart.customs_id,
        shipping_method_name=str(shipping.method.name) if shipping else "",
        shipping_days_min=shipping.days_min if shipping else None,
        shipping_days_max=shipping.days_max if shipping else None,
        chargeable_weight_g=shipping.chargeable_weight_g if shipping else None,
        subtotal=quote.subtotal.amount,
        shipping_price=quote.shipping_price.amount,
        duties_mode=market.duties_mode,
        duties=duties.total.amount if duties else 0,
        duties_breakdown=duties.breakdown() if duties else [],
        total=quote.total.amount,
        base_currency=base,
        fx_rate=rate.value if rate else None,
        fx_rate_date=rate.date if rate else None,
        fx_rate_source=rate.source if rate else "",
        rounding_rule=market.rounding_rule,
        expires_at=now + dt.timedelta(minutes=langnghe_setting("LANGNGHE_ORDER_EXPIRY_MINUTES")),
    )


def _lines_create(*, order: Order, quote: Quote) -> list[OrderLine]:
    items = quote.view.items
    documents = lines_required_documents(
        products=[item.variant.product for item in items], country=quote.country
    )
    lines = [
        OrderLine(
            order=order,
            variant=item.variant,
            sku=item.variant.sku,
            # Names frozen in the order's language (the shopper's when placing); customs
            # papers read `customs_description` (English) and the SKU, never these.
            product_name=item.name[:255],
            variant_name=name_for(obj=item.variant, language=order.language)[:255]
            if item.variant.name
            else "",
            hs_code=item.variant.product.hs_code,
            country_of_origin=str(item.variant.product.country_of_origin),
            customs_description=item.variant.product.customs_description,
            gross_weight_g=item.variant.gross_weight_g,
            net_weight_g=item.variant.net_weight_g,
            lead_time_days=item.variant.lead_time_days or 0,
            required_document=documents.get(item.variant.product_id, ""),
            quantity=item.quantity,
            unit_price=item.unit_price.amount,
            currency=order.currency,
        )
        for item in items
    ]
    created = OrderLine.objects.bulk_create(lines)
    for line, item in zip(created, items, strict=True):
        line.variant = item.variant  # allocation reads the product's inventory policy
    return created


def _shortage_messages(short: InsufficientStock, lines: list[OrderLine]) -> list[str]:
    names = {line.variant_id: line.product_name for line in lines}
    messages = []
    for shortage in short.shortages:
        name = names.get(shortage.variant_id, shortage.sku)
        if shortage.available:
            messages.append(shortage_message(name=name, available=shortage.available))
        else:
            messages.append(
                _("Sorry, %(name)s sold out while you were checking out.") % {"name": name}
            )
    return messages
