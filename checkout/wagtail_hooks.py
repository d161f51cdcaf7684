"""Checkout admin: shipping zones and methods, duty and export rules (staff edit them as data)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from checkout.admin.dashboard import shop_dashboard_panels
from checkout.admin.orders import OrderViewSet
from checkout.admin.sales import sales_report_view
from checkout.wagtail_hooks_duties import DutiesViewSetGroup
from checkout.wagtail_hooks_shipping import ShippingViewSetGroup
from checkout.wagtail_hooks_webhooks import WebhookEventsMenuItem, webhook_event_viewset
from shop.models import Order
from shop.permissions import LimitedActionsPermissionPolicy

# Orders: their own menu item. Staff look and act (through the services), managers also refund,
# cancel and anonymise; nobody adds, edits or deletes an order by hand, superusers included.
# The policy comes before the viewset.
register_permission_policy(
    Order, LimitedActionsPermissionPolicy(Order, allowed_actions={"view", "change", "manage"})
)

register_snippet(ShippingViewSetGroup)
register_snippet(DutiesViewSetGroup)


@hooks.register("register_admin_viewset")
def register_order_viewset():
    return OrderViewSet()


@hooks.register("register_admin_viewset")
def register_webhook_events():
    return webhook_event_viewset


@hooks.register("register_reports_menu_item")
def register_webhook_events_menu_item():
    return WebhookEventsMenuItem(
        _("Payment events"), reverse("checkout_webhookevent:index"), icon_name="warning"
    )


hooks.register("construct_homepage_panels", shop_dashboard_panels)


@hooks.register("register_admin_urls")
def register_sales_report_url():
    return [path("reports/sales/", sales_report_view, name="langnghe_sales_report")]


class SalesMenuItem(MenuItem):
    """Reports → Sales, for those who may see sales figures."""

    def is_shown(self, request):
        return request.user.has_perm("shop.view_sales")


@hooks.register("register_reports_menu_item")
def register_sales_menu_item():
    return SalesMenuItem(
        pgettext_lazy("reports menu", "Sales"), reverse("langnghe_sales_report"), icon_name="table"
    )
