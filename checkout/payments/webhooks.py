"""Stripe webhooks: verify the signature, store each event once, apply it.

Verification uses the raw request body (re-serialised JSON would not match the signature). An
event is stored by its id in the same transaction that applies it: a repeat finds the row and
does nothing, and a handler that fails rolls back the row, so Stripe's retry is processed.
Handlers are safe in any order because `payment_outcome_apply` never undoes a success.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import stripe
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from checkout.models import Payment, PaymentStatus, WebhookEvent
from checkout.payments.services import payment_outcome_apply, payment_refund_observed
from checkout.payments.stripe_gateway import intent_amount, intent_failure_message
from shop.money import money_from_minor_units

logger = logging.getLogger(__name__)
GATEWAY = "stripe"


class InvalidWebhook(ValueError):
    """A payload that is unsigned, badly signed, stale or not an event."""


def webhook_event_parse(*, payload: bytes, signature: str) -> dict[str, Any]:
    """The verified event as a dict; raises `InvalidWebhook`."""
    secret = settings.STRIPE_WEBHOOK_SECRET
    if not secret:
        raise InvalidWebhook("STRIPE_WEBHOOK_SECRET is not set.")
    try:
        text = payload.decode("utf-8")
        stripe.WebhookSignature.verify_header(
            text, signature, secret, tolerance=settings.STRIPE_WEBHOOK_TOLERANCE
        )
        event = json.loads(text)
    except (UnicodeDecodeError, ValueError, stripe.SignatureVerificationError) as error:
        raise InvalidWebhook(str(error)) from error
    if not isinstance(event, dict) or not event.get("id") or not event.get("type"):
        raise InvalidWebhook("Not an event.")
    return event


def _payment_for(intent_id: str | None) -> Payment | None:
    if not intent_id:
        return None
    return Payment.objects.filter(gateway=GATEWAY, reference=intent_id).first()


def _intent_succeeded(obj: dict[str, Any]) -> None:
    payment = _payment_for(obj.get("id"))
    if payment:
        payment_outcome_apply(
            payment=payment, status=PaymentStatus.SUCCEEDED, amount=intent_amount(obj)
        )


def _intent_failed(obj: dict[str, Any]) -> None:
    payment = _payment_for(obj.get("id"))
    if payment:
        payment_outcome_apply(
            payment=payment, status=PaymentStatus.FAILED, message=intent_failure_message(obj)
        )


def _intent_canceled(obj: dict[str, Any]) -> None:
    payment = _payment_for(obj.get("id"))
    if payment:
        payment_outcome_apply(
            payment=payment,
            status=PaymentStatus.CANCELED,
            message=_("The payment was cancelled."),
        )


def _charge_refunded(obj: dict[str, Any]) -> None:
    payment = _payment_for(obj.get("payment_intent"))
    if payment is None or obj.get("amount_refunded") is None:
        return
    refunds = (obj.get("refunds") or {}).get("data") or []
    payment_refund_observed(
        payment=payment,
        refunded_total=money_from_minor_units(int(obj["amount_refunded"]), payment.currency),
        reference=refunds[0]["id"] if refunds else obj.get("id", ""),
        reason=_("Refunded at Stripe."),
    )


HANDLERS: dict[str, Callable[[dict[str, Any]], None]] = {
    "payment_intent.succeeded": _intent_succeeded,
    "payment_intent.payment_failed": _intent_failed,
    "payment_intent.canceled": _intent_canceled,
    "charge.refunded": _charge_refunded,
}


def webhook_event_process(*, event: dict[str, Any]) -> bool:
    """Store and apply a verified event; False when it was already received."""
    with transaction.atomic():
        try:
            with transaction.atomic():
                stored = WebhookEvent.objects.create(
                    gateway=GATEWAY, event_id=event["id"], type=event["type"], payload=event
                )
        except IntegrityError:
            return False
        handler = HANDLERS.get(event["type"])
        if handler:
            handler((event.get("data") or {}).get("object") or {})
        stored.processed_at = timezone.now()
        stored.save(update_fields=["processed_at"])
    return True
