"""Checkout models: carts, shipping zones/methods, duty rules, export restrictions, payments,
the exporter named on customs papers.

Rules acting on them live in the modules named after the rule: `checkout/cart.py`,
`checkout/shipping.py`, `checkout/duties.py`, `checkout/payments/`.
"""

from checkout.models.cart import Cart, CartLine
from checkout.models.duties import (
    Cn23Box,
    DocumentKind,
    DutyFee,
    DutyRate,
    DutyRule,
    DutyTariff,
    ExportDocumentKind,
    ExportRestriction,
    FeeKind,
    RestrictionKind,
    RestrictionReason,
)
from checkout.models.papers import Exporter
from checkout.models.payments import Payment, PaymentStatus, WebhookEvent, WebhookStatus
from checkout.models.shipping import ShippingMethod, ShippingRate, ShippingZone

__all__ = [
    "Cart",
    "CartLine",
    "Cn23Box",
    "DocumentKind",
    "DutyFee",
    "DutyRate",
    "DutyRule",
    "DutyTariff",
    "ExportDocumentKind",
    "ExportRestriction",
    "Exporter",
    "FeeKind",
    "Payment",
    "PaymentStatus",
    "RestrictionKind",
    "RestrictionReason",
    "ShippingMethod",
    "ShippingRate",
    "ShippingZone",
    "WebhookEvent",
    "WebhookStatus",
]
