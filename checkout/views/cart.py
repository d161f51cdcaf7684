"""The cart page and the buy box's "add to cart"."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from checkout.cart import (
    CartError,
    cart_add,
    cart_count_remember,
    cart_get_or_create,
    cart_set_quantity,
    cart_view,
)
from checkout.duties import lines_export_notices
from checkout.forms import CartAddForm
from checkout.views.common import checkout_cart, default_country
from shop.conf import langnghe_setting
from shop.models import ProductVariant
from shop.shopper import shopper_market
from shop.utils.origin import same_origin_required


def _back(request: HttpRequest, *, variant: str | None = None) -> str:
    """The page the form came from (`next`, if it is this shop's), else the cart. `variant`:
    the SKU the page should come back with ticked (`?variant=`, replacing any there was)."""
    target = request.POST.get("next") or ""
    if not target or not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return reverse("checkout:cart")
    if variant is None:
        return target
    # Rebuilt from the parsed, validated URL: the SKU is quoted as a query value, so it can
    # neither change the path nor the host.
    parts = urlsplit(target)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "variant"]
    return urlunsplit(parts._replace(query=urlencode([*query, ("variant", variant)])))


# The buy box sits in pages cached whole for visitors without a session, so it cannot carry a
# per-visitor CSRF token. A POST another site's page sends is refused before the view runs
# (`shop.utils.origin`: Sec-Fetch-Site / Origin), so it cannot replace the shopper's cart.
@csrf_exempt
@same_origin_required
@require_POST
def cart_add_view(request: HttpRequest) -> HttpResponse:
    """Add a variant to the cart; a price or currency in the form is never read."""
    form = CartAddForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a product and a quantity of at least 1."))
        return redirect(_back(request))
    variant = (
        ProductVariant.objects.select_related("product")
        .filter(sku=form.cleaned_data["variant"])
        .first()
    )
    if variant is None:
        messages.error(request, _("That product is not available."))
        return redirect(_back(request))
    market = shopper_market(request)
    cart, created = cart_get_or_create(request=request, market=market)
    try:
        quantity = form.cleaned_data["quantity"]
        cart_add(cart=cart, variant=variant, quantity=quantity, new_cart=created)
    except CartError as refusal:
        # Back to the story page with the refused variant still ticked; the message names it.
        # Tagged "buy-box": the page's error summary links it to the buy box's quantity field.
        messages.error(request, str(refusal), extra_tags="buy-box")
        return redirect(_back(request, variant=variant.sku))
    if created:  # a new cart holds just this line: the session, written anyway, keeps the count
        cart_count_remember(request=request, count=quantity)
    messages.success(request, _("Added to your cart."))
    return redirect("checkout:cart")


@require_http_methods(["GET", "POST"])
def cart_detail(request: HttpRequest) -> HttpResponse:
    """Show the cart priced now; POST changes quantities (0 removes a line)."""
    cart, market, lines = checkout_cart(request)
    if request.method == "POST" and cart is not None:
        errors = _quantities_update(request, cart)
        if not errors:
            return redirect("checkout:cart")
        for error in errors:
            messages.error(request, error)
        lines = None  # changed: read again
    view, notices = None, {}
    if cart is not None:
        country = cart.country or default_country(request, cart)
        view = cart_view(cart=cart, market=market, country=country or None, lines=lines)
        if country:
            products = [item.variant.product for item in view.items]
            notices = lines_export_notices(products=products, country=country)
    # Every change to the cart ends on this page: the header's count follows it here.
    cart_count_remember(request=request, count=view.count if view is not None else 0)
    context = {
        "view": view,
        "market": market,
        "step": "cart",
        "notices": sorted(set(notices.values())),
        "limit": langnghe_setting("LANGNGHE_CART_MAX_QUANTITY"),
    }
    status = 409 if request.method == "POST" else 200
    return render(request, "checkout/cart.html", context, status=status)


def _quantities_update(request: HttpRequest, cart) -> list[str]:
    errors = []
    for key, value in request.POST.items():
        if not key.startswith("quantity-"):
            continue
        try:
            variant_id = int(key.removeprefix("quantity-"))
            quantity = int(value)
        except ValueError:
            errors.append(_("Enter a whole number as the quantity."))
            continue
        try:
            cart_set_quantity(cart=cart, variant_id=variant_id, quantity=quantity)
        except CartError as refusal:
            errors.append(str(refusal))
    return errors
