"""Personal data in orders: what anonymising an order removes and what it must keep.

A shopper may ask to be forgotten, and a shop should not keep addresses longer than it needs
them. Anonymising keeps everything accounting, tax and customs law asks a seller to keep (amounts,
currency and rate, duties, HS codes, origin, weights, the destination country, dates, the
timeline) and removes what identifies the person: email, postal address, customs ID, the account
link and the order-status link. It is refused while the order may still be paid or shipped,
because the address is then still needed. See docs/privacy.md.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from shop.models import Order, OrderStatus
from shop.models.orders import new_order_token
from shop.orders import order_event_add, timeline_note
from shop.signals import order_anonymised

S = OrderStatus
# Closed for good: nothing will be shipped or paid any more.
CLOSED = {S.FULFILLED, S.CANCELLED, S.EXPIRED, S.REFUNDED}


class AnonymiseRefused(ValueError):
    """The order still needs its personal data; the message says why, for staff."""


def order_anonymise_refusal(*, order: Order) -> str | None:
    """Why `order` cannot be anonymised now (a message for staff), or None when it can."""
    if order.anonymised_at is not None:
        return _("This order is already anonymised.")
    if order.status in CLOSED:
        return None
    if order.status == S.PARTIALLY_REFUNDED and not _units_left(order):
        return None
    if order.status == S.UNCONFIRMED:
        return _("This order may still be paid: cancel it or let it expire first.")
    return _("This order still has units to ship: ship or cancel them first.")


def _units_left(order: Order) -> bool:
    return order.lines.filter(quantity_fulfilled__lt=F("quantity")).exists()


@transaction.atomic
def order_anonymise(*, order: Order, user=None) -> Order:
    """Remove the shopper's personal data from a closed order (kept: see the module docstring).

    The order-status link is replaced, so the old link shows nothing; receivers of
    `order_anonymised` (checkout) remove the cart the order came from.
    """
    order = Order.objects.select_for_update().get(pk=order.pk)
    refusal = order_anonymise_refusal(order=order)
    if refusal:
        raise AnonymiseRefused(refusal)
    cart_token = order.cart_token
    order.email = ""
    order.shipping_address = {}
    order.customs_id = ""
    order.user = None
    order.token = new_order_token()
    order.cart_token = None
    order.anonymised_at = timezone.now()
    order.save(
        update_fields=[
            "email",
            "shipping_address",
            "customs_id",
            "user",
            "token",
            "cart_token",
            "anonymised_at",
        ]
    )
    order_event_add(
        order=order,
        kind="anonymised",
        message=timeline_note(gettext_noop("The shopper's personal data was removed.")),
        user=user,
    )
    order_anonymised.send(sender=Order, order=order, cart_token=cart_token)
    return order
