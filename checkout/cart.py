"""The cart: who owns it, what is in it, and what it costs now.

A cart holds variants and quantities only. Every price, availability and restriction is computed
again from the catalogue each time the cart is shown or turned into an order, so nothing a
browser sends (a price, a currency, a total) can reach an order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from checkout.models import Cart, CartLine
from shop.conf import langnghe_setting
from shop.inventory import Availability, stock_availability
from shop.links import product_links
from shop.models import Market, ProductVariant
from shop.money import Money, number_format
from shop.names import name_for
from shop.pricing import MissingExchangeRate, Price, variant_prices
from shop.shopper import language_chain
from shop.utils.joins import children_with_parent

CART_KEY = "langnghe_cart"
# Units in the session's cart, for the storefront header: kept when the cart is shown or
# emptied by an order, so no page reads the cart to draw its count.
CART_COUNT_KEY = "langnghe_cart_count"


class CartError(ValueError):
    """A change to the cart that cannot be made; the message is for the shopper."""


@dataclass
class CartItem:
    """One cart line as the shopper sees it now."""

    line: CartLine
    variant: ProductVariant
    name: str
    url: str | None
    price: Price | None
    availability: Availability
    problem: str = ""

    @property
    def unit_price(self) -> Money | None:
        return self.price.money if self.price else None

    @property
    def quantity(self) -> int:
        return self.line.quantity

    @property
    def total(self) -> Money | None:
        return self.unit_price * self.quantity if self.unit_price is not None else None


@dataclass
class CartView:
    """The whole cart priced in a market: items, subtotal and what blocks checkout."""

    cart: Cart
    market: Market
    items: list[CartItem]
    notices: list[str] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)

    @property
    def subtotal(self) -> Money:
        total = Money(0, self.market.currency)
        for item in self.items:
            if item.total is not None:
                total += item.total
        return total

    @property
    def problems(self) -> list[str]:
        return [item.problem for item in self.items if item.problem] + self.refusals

    @property
    def is_empty(self) -> bool:
        return not self.items

    @property
    def count(self) -> int:
        return sum(item.quantity for item in self.items)


def cart_get(*, request: HttpRequest) -> Cart | None:
    """The shopper's cart from the session (or their last cart when signed in), if any."""
    token = request.session.get(CART_KEY)
    if token:
        cart = Cart.objects.filter(token=token).select_related("market").first()
        if cart is not None:
            return cart
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        cart = (
            Cart.objects.filter(user=user, ordered_at__isnull=True).order_by("-updated_at").first()
        )
        if cart is not None:
            request.session[CART_KEY] = cart.token
        return cart
    return None


def cart_count_get(*, request: HttpRequest) -> int:
    """The number of units the session's cart held when last shown (0 without a session).

    Reading a session that has no cookie sends nothing to the session store, and pages of
    visitors with a session are never stored by the page cache: a count never reaches another
    visitor. A count goes stale only when the cart changes in another session of the same
    signed-in shopper, until their cart is next shown."""
    session = getattr(request, "session", None)
    if session is None or not session.session_key:
        return 0
    count = session.get(CART_COUNT_KEY, 0)
    return count if isinstance(count, int) and count > 0 else 0


def cart_count_remember(*, request: HttpRequest, count: int) -> None:
    """Keep the cart's units in the session (after showing the cart, or 0 once it is ordered);
    the session is written only when the count changed."""
    if request.session.get(CART_COUNT_KEY, 0) != count:
        request.session[CART_COUNT_KEY] = count


def cart_get_or_create(*, request: HttpRequest, market: Market) -> tuple[Cart, bool]:
    """The shopper's cart, created (and remembered in the session) on first use; and whether
    it was created now."""
    cart = cart_get(request=request)
    if cart is not None and cart.ordered_at is None:
        return cart, False
    user = request.user if request.user.is_authenticated else None
    cart = Cart.objects.create(user=user, market=market, language=get_language() or "")
    request.session[CART_KEY] = cart.token
    return cart, True


def _limit() -> int:
    return langnghe_setting("LANGNGHE_CART_MAX_QUANTITY")


def _limit_message() -> str:
    return _("You can order at most %(limit)s of one item; write to us for larger orders.") % {
        "limit": number_format(_limit())
    }


def shortage_message(*, name: str, available: int) -> str:
    """What to tell a shopper who wants more of `name` than is left (the cart and placing an
    order say the same)."""
    if available == 0:
        return _("%(name)s is now out of stock; please remove it.") % {"name": name}
    return _("Only %(available)s of %(name)s left; please lower the quantity.") % {
        "available": number_format(available),
        "name": name,
    }


def _item_name(*, variant: ProductVariant, title: str | None) -> str:
    """A variant's name as the shopper reads it: its story's title (else the product's
    customs or Vietnamese name) and the variant's label in the shopper's language
    (`shop.names.name_for`), as in "Teapot – small"."""
    product = variant.product
    name = title or product.customs_description or product.name_vi
    label = name_for(obj=variant) if variant.name else ""
    return f"{name} – {label}" if label else name


def variant_display_name(*, variant: ProductVariant) -> str:
    """`_item_name` for one variant, its title in the shopper's language."""
    links = product_links({variant.product_id}, chain=language_chain())
    title, _url = links.get(variant.product_id, (None, None))
    return _item_name(variant=variant, title=title)


def _check_quantity(*, cart: Cart, variant: ProductVariant, quantity: int) -> None:
    if quantity < 1:
        raise CartError(_("Choose a quantity of at least 1."))
    if quantity > _limit():
        raise CartError(_limit_message())
    availability = stock_availability(variants=[variant], cart_token=cart.token)[variant.pk]
    if availability.made_to_order:
        return
    # Refusals name the variant: the shopper may have ticked another than they think, and the
    # cart page lists several. The name is looked up only when refusing.
    if not availability.quantity:
        name = variant_display_name(variant=variant)
        raise CartError(_("Sorry, “%(name)s” is out of stock.") % {"name": name})
    if quantity > availability.quantity:
        count = availability.quantity
        raise CartError(
            ngettext(
                "Only %(count)s of “%(name)s” is available.",
                "Only %(count)s of “%(name)s” are available.",
                count,
            )
            % {"count": number_format(count), "name": variant_display_name(variant=variant)}
        )


def cart_add(
    *, cart: Cart, variant: ProductVariant, quantity: int, new_cart: bool = False
) -> CartLine:
    """Add units of a variant, within the per-line limit and the stock there is.

    `new_cart`: the cart was created for this add, so it has no line to add to."""
    if not (variant.is_active and variant.product.is_active):
        raise CartError(_("This item is no longer sold."))
    have = None
    if not new_cart:
        lines = CartLine.objects.filter(cart=cart, variant=variant)
        have = lines.values_list("quantity", flat=True).first()
    wanted = quantity + (have or 0)
    _check_quantity(cart=cart, variant=variant, quantity=wanted)
    if new_cart:  # nobody else knows this cart yet: a plain insert, no transaction needed
        return CartLine.objects.create(cart=cart, variant=variant, quantity=wanted)
    # One upsert: a parallel add of the same variant by the same shopper cannot fail on the
    # unique (cart, variant) constraint; the last click's total wins.
    (line,) = CartLine.objects.bulk_create(
        [CartLine(cart=cart, variant=variant, quantity=wanted)],
        update_conflicts=True,
        unique_fields=["cart", "variant"],
        update_fields=["quantity"],
    )
    # The chosen shipping method stays: the review prices it for the new parcel, and says so
    # if it can no longer carry it (checkout.quote).
    return line


def cart_set_quantity(*, cart: Cart, variant_id: int, quantity: int) -> None:
    """Change a line's quantity; zero removes it."""
    line = (
        CartLine.objects.filter(cart=cart, variant_id=variant_id)
        .select_related("variant__product")
        .first()
    )
    if line is None:
        raise CartError(_("That item is not in your cart."))
    if quantity <= 0:
        line.delete()
    else:
        if quantity > line.quantity:
            _check_quantity(cart=cart, variant=line.variant, quantity=quantity)
        elif quantity > _limit():
            raise CartError(_limit_message())
        line.quantity = quantity
        line.save(update_fields=["quantity"])


def cart_destination_set(
    *,
    cart: Cart,
    email: str,
    country: str,
    address: dict,
    customs_id: str,
    shipping_method_id: int,
) -> None:
    """Where and how the order goes: contact email, address, customs ID and shipping method
    (one statement; the checkout step has validated them)."""
    cart.email, cart.country, cart.shipping_address = email, country, address
    cart.customs_id, cart.shipping_method_id = customs_id, shipping_method_id
    fields = ["email", "customs_id", "country", "shipping_address", "shipping_method"]
    cart.save(update_fields=[*fields, "updated_at"])


@transaction.atomic
def cart_attach_user(*, cart: Cart, user) -> Cart:
    """On sign-in, the session cart becomes the user's; lines of their older cart are merged in."""
    older = (
        Cart.objects.filter(user=user, ordered_at__isnull=True)
        .exclude(pk=cart.pk)
        .order_by("-updated_at")
        .first()
    )
    if older is not None:
        have = {line.variant_id: line for line in cart.lines.all()}
        for line in older.lines.all():
            if line.variant_id in have:
                mine = have[line.variant_id]
                mine.quantity = min(max(mine.quantity, line.quantity), _limit())
                mine.save(update_fields=["quantity"])
            else:
                CartLine.objects.create(
                    cart=cart, variant_id=line.variant_id, quantity=line.quantity
                )
        older.delete()
    cart.user = user
    cart.save(update_fields=["user"])
    return cart


# What checkout reads of a line: variant and product (category rules go by `category_id`).
LINE_RELATED = ("variant__product",)


def cart_lines(*, cart: Cart) -> list[CartLine]:
    """The cart's lines with their variants and products (one query)."""
    return list(cart.lines.select_related(*LINE_RELATED))


def cart_lines_by_token(token: str, *, lock: bool = False) -> list[CartLine]:
    """The lines of the cart with this token, each with its cart, variant and product, in the
    order they were added, in one query; `lock`: the cart row is locked (placing an order)."""
    # Sorted here rather than by ORDER BY, which makes Django's compiler hash each of the ~50
    # selected columns; a cart has a handful of lines (docs/performance.md).
    found = CartLine.objects.select_related(*LINE_RELATED).filter(cart__token=token)
    if lock:
        found = found.select_for_update(of=("cart",))
    return children_with_parent(found, parent="cart", key=lambda line: (line.added_at, line.pk))


def cart_get_with_lines(*, request: HttpRequest) -> tuple[Cart | None, list[CartLine]]:
    """The shopper's cart and its lines, in one query when the session's cart has lines
    (every checkout step reads both)."""
    token = request.session.get(CART_KEY)
    if token:
        lines = cart_lines_by_token(token)
        if lines:
            return lines[0].cart, lines
    cart = cart_get(request=request)
    if cart is None or cart.token == token:  # the session's cart, known to be empty
        return cart, []
    return cart, cart_lines(cart=cart)


def cart_view(
    *,
    cart: Cart,
    market: Market,
    country: str | None = None,
    check_stock: bool = True,
    lines: list[CartLine] | None = None,
) -> CartView:
    """Price and check every line in `market` now (a few queries for any number of lines).

    `check_stock=False` leaves stock to the caller (placing an order allocates under lock, which
    is the check that counts). `lines`: the cart's lines when the caller has read them."""
    from checkout.duties import lines_restrictions_check

    lines = cart_lines(cart=cart) if lines is None else lines
    variants = [line.variant for line in lines]
    notices = []
    if cart.market_id and cart.market_id != market.pk:
        notices.append(
            _("Your market changed: prices are now in %(currency)s.")
            % {"currency": market.currency}
        )
        cart.market = market
        Cart.objects.filter(pk=cart.pk).update(market=market)
    try:
        prices = variant_prices(variants=variants, market=market)
    except MissingExchangeRate:
        prices = {}
    if check_stock:
        stock = stock_availability(variants=variants, cart_token=cart.token)
    else:
        stock = {v.pk: Availability(v.pk, None, v.lead_time_days) for v in variants}
    links = product_links({v.product_id for v in variants}, chain=language_chain())
    items = []
    for line in lines:
        variant = line.variant
        title, url = links.get(variant.product_id, (None, None))
        price = prices.get(variant.pk)
        item = CartItem(
            line=line,
            variant=variant,
            name=_item_name(variant=variant, title=title),
            url=url,
            price=price,
            availability=stock[variant.pk],
        )
        item.problem = _line_problem(item)
        items.append(item)
    refusals = []
    if country and items:
        products = [(item.variant.product, item.name) for item in items]
        refusals = lines_restrictions_check(lines=products, country=country)
    return CartView(cart=cart, market=market, items=items, notices=notices, refusals=refusals)


def _line_problem(item: CartItem) -> str:
    variant = item.variant
    if not (variant.is_active and variant.product.is_active):
        return _("%(name)s is no longer sold; please remove it.") % {"name": item.name}
    if item.unit_price is None:
        return _("%(name)s cannot be priced in your currency at the moment.") % {"name": item.name}
    available = item.availability.quantity
    if available is not None and available < item.quantity:
        return shortage_message(name=item.name, available=available)
    return ""
