"""Received payment events in the admin, read-only: staff see what a provider sent, above all
the events that were rejected as malformed (docs/payments.md). Nothing here changes a payment."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from checkout.models import WebhookEvent


class WebhookEventViewSet(ModelViewSet):
    """Every stored webhook event, newest first, filterable by status; inspect shows the body."""

    model = WebhookEvent
    name = "checkout_webhookevent"
    url_prefix = "checkout/payment-events"
    icon = "warning"
    menu_label = _("Payment events")
    add_to_admin_menu = False
    list_display = ["event_id", "type", "status", "error", "received_at"]
    list_filter = ["status", "gateway"]
    search_fields = ["event_id", "type"]
    search_backend_name = None
    ordering = ["-received_at"]
    inspect_view_enabled = True
    copy_view_enabled = False
    inspect_view_fields = [
        "gateway",
        "event_id",
        "type",
        "status",
        "error",
        "received_at",
        "processed_at",
        "payload",
    ]

    def get_common_view_kwargs(self, **kwargs):
        # Events are records: no add, edit or delete views.
        return super().get_common_view_kwargs(
            **{"add_url_name": None, "edit_url_name": None, "delete_url_name": None, **kwargs}
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<str:pk>/", self.inspect_view, name="inspect"),
        ]


webhook_event_viewset = WebhookEventViewSet()


class WebhookEventsMenuItem(MenuItem):
    """ "Payment events" under Reports, for those who may view them."""

    def is_shown(self, request):
        return webhook_event_viewset.permission_policy.user_has_permission(request.user, "view")
