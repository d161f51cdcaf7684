"""Signals other apps listen to when shop data changes in ways model signals do not show
(`QuerySet.update` and `bulk_create` send no `post_save`)."""

from django.dispatch import Signal

# Sent after commit whenever stock counts, allocations or shipments change (shop/inventory.py),
# with `variant_ids`: the variants whose stock changed (reservations do not announce), and
# `free_after`: for a change that can only lower what shoppers see free (an order's
# allocation), the units each of them has free now; None when it may have risen; and
# `free_changed`: False when no variant's free units moved (a shipment of allocated units leaves
# the shelf and the allocation together), so nothing a shopper sees changed.
stock_changed = Signal()
# Sent after commit whenever stored exchange rates change (shop/rates.py, admin edits), with
# `currencies`: those of the rate changed, or None when many may have changed.
rates_changed = Signal()
# Sent after commit when an order becomes paid (shop/orders.py); checkout sends the confirmation.
order_paid = Signal()
# Sent after commit when something the shopper should hear of happened to a paid or open order
# (shipped, refunded, cancelled, a payment failed, waiting for an export document), with the
# `event` (an OrderEvent) that records it; checkout emails the shopper.
order_updated = Signal()
# Sent inside the transaction that removed an order's personal data (shop/privacy.py), with the
# `cart_token` the order came from; checkout removes that cart.
order_anonymised = Signal()
