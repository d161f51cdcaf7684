"""Thin payment views: the dummy gateway's buttons, the return from Stripe, the webhook."""

from __future__ import annotations

import logging

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from checkout.models import Payment, PaymentStatus
from checkout.payments import DummyGatewayRefused, gateway_get
from checkout.payments.base import GatewayError
from checkout.payments.services import (
    PaymentRefused,
    payment_open_outcome_apply,
    payment_outcome_apply,
    payment_reconcile,
    payment_start,
)
from checkout.payments.webhooks import (
    InvalidWebhook,
    MalformedEvent,
    webhook_event_parse,
    webhook_event_process,
    webhook_event_reject,
)
from shop.models import Order
from shop.orders import ALREADY_PAID

logger = logging.getLogger(__name__)

DUMMY_OUTCOMES = {"succeed": PaymentStatus.SUCCEEDED, "decline": PaymentStatus.FAILED}


def _after_payment(request: HttpRequest, payment: Payment) -> HttpResponse:
    """To the order page when paid, else back to the pay page with why. `payment` comes from
    `payment_outcome_apply`, with its order as that transaction left it."""
    order = payment.order
    if order.status in ALREADY_PAID:
        return redirect("checkout:order", token=order.token)
    if payment.status in (PaymentStatus.FAILED, PaymentStatus.CANCELED):
        detail = payment.failure_message or _("The payment did not go through.")
        messages.error(request, _("Your payment was not accepted: %(detail)s") % {"detail": detail})
    elif payment.status == PaymentStatus.PENDING:
        messages.info(request, _("Your payment is not complete yet."))
    else:
        # Paid after the order closed: refunded automatically, shown on the order page.
        return redirect("checkout:order", token=order.token)
    return redirect("checkout:pay", token=order.token)


@never_cache
@require_POST
def dummy_pay(request: HttpRequest, token: str) -> HttpResponse:
    """The dummy gateway's "pay" and "decline" buttons. Served only while it is the gateway
    and test payments are allowed."""
    try:
        gateway = gateway_get()
    except DummyGatewayRefused:
        raise Http404 from None
    if gateway.name != "dummy":
        raise Http404
    status = DUMMY_OUTCOMES.get(request.POST.get("outcome", ""))
    if status is None:
        return HttpResponseBadRequest()
    message = _("The test card was declined.") if status == PaymentStatus.FAILED else ""
    # The pay page created the payment: found, locked and settled in one transaction.
    payment = payment_open_outcome_apply(
        order_token=token, gateway=gateway.name, status=status, message=message
    )
    if payment is None:  # a stale tab, an overdue or already paid order: the long way round
        order = get_object_or_404(Order, token=token)
        if order.status in ALREADY_PAID:
            return redirect("checkout:order", token=order.token)
        try:
            payment = payment_start(order=order, gateway=gateway)
        except PaymentRefused as refused:
            messages.error(request, refused.message)
            return redirect("checkout:pay", token=order.token)
        payment = payment_outcome_apply(payment=payment, status=status, message=message)
    return _after_payment(request, payment)


@never_cache
@require_GET
def payment_return(request: HttpRequest, token: str) -> HttpResponse:
    """Where the gateway sends the shopper back: ask the provider, apply, redirect."""
    order = get_object_or_404(Order, token=token)
    payment = order.payments.order_by("-pk").first()
    if payment is None:
        return redirect("checkout:pay", token=order.token)
    try:
        payment = payment_reconcile(payment=payment)
    except GatewayError:
        # The webhook still delivers the outcome; the shopper may reload this page.
        logger.exception("Payment %s could not be checked on return.", payment.pk)
        messages.warning(request, _("We could not confirm your payment yet. Please reload."))
        return redirect("checkout:pay", token=order.token)
    return _after_payment(request, payment)


@csrf_exempt
@require_POST
def stripe_webhook(request: HttpRequest) -> HttpResponse:
    """Stripe's events: 400 unless signed, fresh and well-formed (a malformed one is kept for
    staff); 200 once processed (or already processed); 503 when Stripe cannot be asked."""
    try:
        event = webhook_event_parse(
            payload=request.body, signature=request.headers.get("Stripe-Signature", "")
        )
    except InvalidWebhook as error:
        logger.warning("Refused a Stripe webhook: %s", error)
        return HttpResponseBadRequest()
    except MalformedEvent as error:
        stored = webhook_event_reject(error=error)
        logger.warning("Rejected a malformed Stripe event %s: %s", stored.event_id, error)
        return HttpResponseBadRequest()
    try:
        webhook_event_process(event=event)
    except GatewayError:
        # The event stays "received": Stripe's retry processes it.
        logger.exception("Stripe webhook %s failed; Stripe will retry.", event["id"])
        return HttpResponse(status=503)
    return HttpResponse(status=200)
