"""Checkout steps: address and shipping method → review & place. Each step re-reads the cart and
re-prices it on the server; what a browser posts besides the step's own fields is ignored."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from checkout.addresses import address_contact_lines, address_lines, shipping_country_choices
from checkout.cart import CART_KEY, cart_count_remember, cart_destination_set, cart_get
from checkout.duties import customs_id_required, lines_export_notices
from checkout.forms import ContactForm, CountryForm, ShippingForm
from checkout.forms_address import address_form_carried, address_form_class
from checkout.models import Cart
from checkout.placement import CheckoutChanged, CheckoutRefused, order_place
from checkout.quote import checkout_quote, quote_fingerprint, quote_refusals
from checkout.shipping import shipping_options, shipping_unavailable_reason
from checkout.views.common import (
    checkout_cart,
    default_country,
    destination_codes,
    destination_market,
    language,
    market_for_country,
)
from shop.inventory import InsufficientStock, stock_reserve
from shop.markets import market_serving
from shop.pricing import MissingExchangeRate
from shop.shopper import shopper_market


def _empty(request: HttpRequest) -> HttpResponse:
    messages.info(request, _("Your cart is empty."))
    return redirect("checkout:cart")


def _ready_cart(request: HttpRequest):
    """The cart and its lines if there is one to check out, else a redirect to the cart page
    with why."""
    cart, market, lines = checkout_cart(request)
    if cart is None or not lines:
        return None, market, [], _empty(request)
    return cart, market, lines, None


def _reserve(request: HttpRequest, cart: Cart, lines: list) -> HttpResponse | None:
    """Hold the cart's stock while the shopper checks out (time-limited)."""
    quantities = {line.variant: line.quantity for line in lines}
    try:
        stock_reserve(cart_token=cart.token, quantities=quantities)
    except InsufficientStock:
        messages.error(request, _("Some items are no longer available in that quantity."))
        return redirect("checkout:cart")
    return None


def _delivery(request: HttpRequest, cart: Cart, lines: list, country: str):
    """The shipping methods for this parcel to `country`, priced in the market that serves it
    (the one the order will be in), the method to preselect, and why there is none."""
    market = destination_market(request, country)
    parcel = [(line.variant, line.quantity) for line in lines]
    try:
        options = shipping_options(country=country, lines=parcel, market=market)
    except MissingExchangeRate:
        return [], None, _("Shipping cannot be priced in your currency at the moment.")
    if not options:
        return [], None, shipping_unavailable_reason(country=country, lines=parcel)
    offered = [option.method.pk for option in options]
    chosen = cart.shipping_method_id if cart.shipping_method_id in offered else offered[0]
    return options, chosen, ""


@require_http_methods(["GET", "POST"])
def checkout_address(request: HttpRequest) -> HttpResponse:
    """Step 1: email, shipping address in the destination country's format, and how to ship
    it (the methods follow the country; the first is preselected). The country chooser is part
    of the form: its "Update address form" button (or a country changed before "Continue")
    shows the new country's form with what the shopper typed, unvalidated."""
    cart, market, lines, bounce = _ready_cart(request)
    if bounce:
        return bounce
    codes = destination_codes(request)
    chosen = (request.POST.get("country") or request.GET.get("country") or "").upper()
    shown = (request.POST.get("shown_country") or "").upper()
    shown = shown if shown in codes else ""  # the country the posted form was shown for
    country = chosen if chosen in codes else shown or default_country(request, cart)
    customs_id = customs_id_required(country=country)
    form_class = address_form_class(country=country, customs_id=customs_id)
    country_form = CountryForm(
        initial={"country": country}, choices=shipping_country_choices(countries=codes)
    )
    options, default, unavailable = _delivery(request, cart, lines, country)
    refreshed = False
    if request.method == "POST":
        shipping = ShippingForm(request.POST, options=options, default=default)
        status = 200 if chosen in codes else 400
        if chosen not in codes:
            messages.error(
                request,
                _("We do not ship to that country yet. Choose a country from the list."),
            )
        if "refresh" in request.POST or (shown and chosen != shown):
            # Not an attempt to continue: nothing is validated or saved.
            refreshed = True
            contact = ContactForm(initial={"email": request.POST.get("email", "")})
            address = address_form_carried(
                form_class=form_class, data=request.POST, from_country=shown
            )
            shipping = ShippingForm(options=options, default=shipping.selected)
        else:
            contact = ContactForm(request.POST)
            address = form_class(data=request.POST)
            valid = contact.is_valid() & address.is_valid() & shipping.is_valid()
            if chosen in codes and valid:
                return _address_save(request, cart, market, country, address, contact, shipping)
            status = 400
    else:
        # Checkout starts here: the cart's stock is held (DESIGN.md, stock and payment ordering).
        if bounce := _reserve(request, cart, lines):
            return bounce
        contact = ContactForm(initial={"email": cart.email})
        saved = {**cart.shipping_address, "customs_id": cart.customs_id}
        address = address_form_carried(form_class=form_class, data=saved, from_country=cart.country)
        shipping = ShippingForm(options=options, default=default)
        status = 200
    context = {
        "step": "address",
        "market": market,
        "country": country,
        "country_form": country_form,
        "contact_form": contact,
        "address_form": address,
        "shipping_form": shipping,
        "options": options,
        "selected": shipping.selected,
        "unavailable": unavailable,
        "refreshed": refreshed,
    }
    return render(request, "checkout/address.html", context, status=status)


def _address_save(request, cart, market, country, address, contact, shipping) -> HttpResponse:
    data = dict(address.cleaned_data)
    customs_id = data.pop("customs_id", "") or ""
    cart_destination_set(
        cart=cart,
        email=contact.cleaned_data["email"],
        country=country,
        address=data,
        customs_id=customs_id,
        shipping_method_id=shipping.cleaned_data["method"],
    )
    new = market_for_country(request, country)
    if new.pk != market.pk:
        messages.info(
            request,
            _("Prices are now in %(currency)s for delivery to this country.")
            % {"currency": new.currency},
        )
    return redirect("checkout:review")


def _review(
    request: HttpRequest, cart: Cart, market, *, lines=None, errors=(), status=200
) -> HttpResponse:
    # The destination's market, as placement will use, whatever the selector says now.
    market = market_serving(country=cart.country) or market
    quote = checkout_quote(cart=cart, market=market, lines=lines)
    if quote.view.is_empty:
        return _empty(request)
    notices = lines_export_notices(
        products=[item.variant.product for item in quote.view.items], country=cart.country
    )
    refusals = quote_refusals(quote)
    cart_count_remember(request=request, count=quote.view.count)
    context = {
        "step": "review",
        "market": market,
        "quote": quote,
        "cart": cart,
        "errors": [error for error in errors if error not in refusals],
        "refusals": refusals,
        "fingerprint": "" if refusals else quote_fingerprint(quote=quote, cart=cart),
        "notices": [n for n in notices.values() if n],
        "address": address_lines(address=cart.shipping_address, language=language()),
        "contact": address_contact_lines(
            address=cart.shipping_address,
            customs_id=cart.customs_id,
            customs_id_kind=quote.duties.customs_id if quote.duties else "",
        ),
    }
    return render(request, "checkout/review.html", context, status=status)


@require_http_methods(["GET"])
def checkout_review(request: HttpRequest) -> HttpResponse:
    """Step 2: everything the shopper will pay, and anything that stops the order. Stock was
    reserved when checkout started; the quote shows any line that has become short since."""
    cart, market, lines, bounce = _ready_cart(request)
    if bounce:
        return bounce
    if not cart.country or cart.shipping_method_id is None:
        return redirect("checkout:address")
    return _review(request, cart, market, lines=lines)


@require_POST
def checkout_place(request: HttpRequest) -> HttpResponse:
    """Place the order (stock allocated, amounts frozen), then go and pay. Placed only as
    reviewed: a changed order shows its new review instead. A repeated click finds the order
    the first click placed."""
    market = shopper_market(request)
    token = request.session.get(CART_KEY)
    if not token:
        cart = cart_get(request=request)  # a signed-in shopper's cart from another session
        if cart is None:
            return _empty(request)
        token = cart.token
    try:
        order = order_place(
            cart_token=token,
            language=language(),
            fingerprint=request.POST.get("fingerprint", ""),
            user=request.user,
            time_zone=request.POST.get("time_zone", ""),
        )
    except CheckoutRefused as refusal:
        cart = cart_get(request=request)
        if cart is None:
            return _empty(request)
        if isinstance(refusal, CheckoutChanged) and (
            not cart.country or cart.shipping_method_id is None
        ):
            # The cart changed in another tab, which resets the shipping method.
            messages.warning(
                request,
                _("Your cart changed since you reviewed it: check the address and shipping."),
            )
            return redirect("checkout:address")
        return _review(request, cart, market, errors=refusal.messages, status=409)
    cart_count_remember(request=request, count=0)  # the header's cart is empty again
    return redirect("checkout:pay", token=order.token)
