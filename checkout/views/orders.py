"""Paying for a placed order, and the order's own page (reached by its unguessable token)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from checkout.addresses import address_lines
from checkout.notices import order_notices
from checkout.payments import DummyGatewayRefused, gateway_get
from checkout.payments.services import PaymentRefused, order_payments_get, payment_start
from checkout.views.common import language
from shop.models import Order, OrderStatus
from shop.money import Money, babel_locale, money_format
from shop.orders import order_get_with_lines, order_time_zone
from shop.timezones import datetime_text


@never_cache
@require_GET
def order_pay(request: HttpRequest, token: str) -> HttpResponse:
    """The payment page of an unpaid order, drawn by the order's gateway."""
    try:
        gateway = gateway_get()
    except DummyGatewayRefused:
        order = get_object_or_404(Order, token=token)
        message = _("Payments cannot be taken at the moment. Please try again later.")
        return render(
            request,
            "checkout/pay.html",
            {"order": order, "error": message, "step": "pay"},
            status=503,
        )
    order, earlier = order_payments_get(token=token, gateway=gateway.name)
    if order is None:
        raise Http404
    if order.status != OrderStatus.UNCONFIRMED:
        return redirect("checkout:order", token=order.token)
    try:
        payment = payment_start(order=order, gateway=gateway, earlier=earlier)
    except PaymentRefused as refusal:
        context = {"order": order, "error": str(refusal), "step": "pay"}
        return render(request, "checkout/pay.html", context, status=409)
    gateway = gateway_get(payment.gateway)
    context = {
        "order": order,
        "payment": payment,
        "gateway": gateway,
        "gateway_template": gateway.template_name,
        "step": "pay",
        **gateway.page_context(payment=payment, request=request),
    }
    return render(request, "checkout/pay.html", context)


@never_cache
@require_GET
def order_detail(request: HttpRequest, token: str) -> HttpResponse:
    """Confirmation and status of one order: nothing is shown without its token."""
    order, lines = order_get_with_lines(token=token)
    if order is None:
        raise Http404
    context = {
        "order": order,
        "lines": lines,
        "events": order_notices(order=order, lines=lines),
        "placed": datetime_text(value=order.created_at, time_zone=order_time_zone(order=order)),
        "dap_text": money_format(Money(order.duties, order.currency), locale=babel_locale()),
        "address": address_lines(address=order.shipping_address, language=language()),
        "paid": order.status
        not in {OrderStatus.UNCONFIRMED, OrderStatus.EXPIRED, OrderStatus.CANCELLED},
    }
    response = render(request, "checkout/order.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response
