"""Stripe webhooks: verify the signature, store each event, reconcile the payment it names.

An event is a notification, never the truth: its body only says which PaymentIntent to look at.
`payment_reconcile` then reads the intent and its refunds from Stripe and applies that state, so
a forged or stale amount changes nothing, and events in any order (a refund before the success,
a failure after it, a replay, two deliveries at once) end in the state Stripe is in.

Verification uses the raw request body (re-serialised JSON would not match the signature) and
refuses timestamps outside the tolerance in either direction. A signed event that is not a
well-formed event is stored as rejected, for staff, and answered 400: Stripe retries 5xx for
days, and a malformed body will never become well-formed.
"""

from __future__ import annotations

import hashlib
import json
import time
from typing import Any

import stripe
from django.db import IntegrityError, transaction
from django.utils import timezone

from checkout.models import Payment, WebhookEvent, WebhookStatus
from checkout.payments.services import payment_reconcile
from shop.conf import langnghe_setting

GATEWAY = "stripe"
# The events whose object names a PaymentIntent: where to find its id.
INTENT_ID_FIELDS = {
    "payment_intent.succeeded": "id",
    "payment_intent.payment_failed": "id",
    "payment_intent.canceled": "id",
    "payment_intent.processing": "id",
    "payment_intent.amount_capturable_updated": "id",
    "charge.succeeded": "payment_intent",
    "charge.failed": "payment_intent",
    "charge.refunded": "payment_intent",
    "charge.refund.updated": "payment_intent",
    "refund.created": "payment_intent",
    "refund.updated": "payment_intent",
    "refund.failed": "payment_intent",
}


class InvalidWebhook(ValueError):
    """A payload that is unsigned, badly signed or outside the time tolerance: not stored."""


class MalformedEvent(ValueError):
    """A correctly signed payload that is not a usable event: stored as rejected."""

    def __init__(self, reason: str, *, event_id: str, payload: Any) -> None:
        super().__init__(reason)
        self.event_id = event_id
        self.payload = payload


def _signature_verify(text: str, signature: str) -> None:
    secret = langnghe_setting("STRIPE_WEBHOOK_SECRET")
    if not secret:
        raise InvalidWebhook("STRIPE_WEBHOOK_SECRET is not set.")
    tolerance = langnghe_setting("STRIPE_WEBHOOK_TOLERANCE")
    try:
        stripe.WebhookSignature.verify_header(text, signature, secret, tolerance=tolerance)
        stamp = int(dict(p.split("=", 1) for p in signature.split(",") if "=" in p)["t"])
    except (ValueError, KeyError, stripe.SignatureVerificationError) as error:
        raise InvalidWebhook(str(error)) from error
    # Stripe's check refuses old timestamps only; one from the future is as suspect.
    if stamp > time.time() + tolerance:
        raise InvalidWebhook("Timestamp is in the future.")


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def webhook_event_parse(*, payload: bytes, signature: str) -> dict[str, Any]:
    """The verified event as a dict; raises `InvalidWebhook` or `MalformedEvent`."""
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InvalidWebhook("Not UTF-8.") from error
    _signature_verify(text, signature)
    fallback_id = "invalid-" + hashlib.sha256(payload).hexdigest()[:40]
    try:
        event = json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as error:
        raw = {"raw": text[:20000]}
        raise MalformedEvent(str(error), event_id=fallback_id, payload=raw) from error
    event_id = event.get("id") if isinstance(event, dict) else None
    if not isinstance(event_id, str) or not event_id or len(event_id) > 255:
        raise MalformedEvent("No event id.", event_id=fallback_id, payload={"raw": text[:20000]})
    _shape_check(event)
    return event


def _shape_check(event: dict[str, Any]) -> None:
    def refuse(reason: str):
        return MalformedEvent(reason, event_id=event["id"], payload=event)

    kind = event.get("type")
    if not isinstance(kind, str) or not kind or len(kind) > 100:
        raise refuse("No event type.")
    data = event.get("data")
    if not isinstance(data, dict) or not isinstance(data.get("object"), dict):
        raise refuse("data.object is not an object.")
    field = INTENT_ID_FIELDS.get(kind)
    if field is None:
        return
    obj = data["object"]
    intent_id = obj.get(field)
    if intent_id is not None and not (isinstance(intent_id, str) and intent_id.startswith("pi_")):
        raise refuse(f"data.object.{field} is not a PaymentIntent id.")
    # The amounts are never used (Stripe is asked), but an object that is not what Stripe
    # sends says the sender is not Stripe, or something is badly wrong: staff should look.
    amount = obj.get("amount")
    if not _minor_units(amount):
        raise refuse("data.object.amount is not an amount in minor units.")
    currency = obj.get("currency")
    if not (isinstance(currency, str) and len(currency) == 3 and currency.isascii()):
        raise refuse("data.object.currency is not a currency code.")
    refunded = obj.get("amount_refunded", 0)
    if not _minor_units(refunded) or refunded > amount:
        raise refuse("data.object.amount_refunded is not between 0 and the amount.")


def _minor_units(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**15


def webhook_event_reject(*, error: MalformedEvent) -> WebhookEvent:
    """Keep a signed but malformed event for staff (once, however often it is delivered)."""
    payload = error.payload if isinstance(error.payload, dict) else {"raw": repr(error.payload)}
    kind = payload.get("type") if isinstance(payload.get("type"), str) else ""
    stored, _created = WebhookEvent.objects.get_or_create(
        gateway=GATEWAY,
        event_id=error.event_id,
        defaults={
            "type": kind[:100],
            "payload": payload,
            "status": WebhookStatus.REJECTED,
            "error": str(error)[:500],
        },
    )
    return stored


def _stored(event: dict[str, Any]) -> tuple[WebhookEvent, bool]:
    try:
        with transaction.atomic():
            return WebhookEvent.objects.create(
                gateway=GATEWAY, event_id=event["id"], type=event["type"], payload=event
            ), True
    except IntegrityError:
        return WebhookEvent.objects.get(gateway=GATEWAY, event_id=event["id"]), False


def webhook_event_process(*, event: dict[str, Any]) -> bool:
    """Store a verified event and reconcile the payment it names; False when the event was
    already processed. Raises `GatewayError` when Stripe cannot be asked: the event stays
    "received" and Stripe's retry processes it."""
    stored, created = _stored(event)
    if not created and stored.status != WebhookStatus.RECEIVED:
        return False
    field = INTENT_ID_FIELDS.get(event["type"])
    intent_id = event["data"]["object"].get(field) if field else None
    payment = None
    if intent_id:
        payment = Payment.objects.filter(gateway=GATEWAY, reference=intent_id).first()
    if payment is not None:
        payment_reconcile(payment=payment)
    stored.status = WebhookStatus.PROCESSED if payment is not None else WebhookStatus.IGNORED
    stored.processed_at = timezone.now()
    stored.save(update_fields=["status", "processed_at"])
    return True
