"""Checkout admin: shipping zones and methods, duty and export rules (staff edit them as data)."""

from wagtail.snippets.models import register_snippet

from checkout.wagtail_hooks_duties import DutiesViewSetGroup
from checkout.wagtail_hooks_shipping import ShippingViewSetGroup

register_snippet(ShippingViewSetGroup)
register_snippet(DutiesViewSetGroup)
