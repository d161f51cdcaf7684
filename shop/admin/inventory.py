"""Warehouses, stock counts, and read-only listings of allocations and reservations.

Stock changes only through `shop.inventory`: the stock form saves with `stock_set_quantity`,
`quantity_allocated` is never a form field, and the policies registered in `wagtail_hooks`
take away deleting stock rows and editing allocations or reservations.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import policy_registry

from shop.admin.forms import StockForm
from shop.admin.views import (
    StockCreateView,
    StockEditView,
    StockHistoryView,
    StockIndexView,
    StockUsageView,
)
from shop.inventory import reservation_release
from shop.models import Allocation, Reservation, Stock, Warehouse


class WarehouseViewSet(ModelViewSet):
    """Places stock is kept."""

    model = Warehouse
    name = "shop_warehouse"
    url_prefix = "shop/warehouses"
    icon = "home"
    menu_label = _("Warehouses")
    search_fields = ["name", "code", "province"]
    search_backend_name = None
    list_display = [
        "name",
        "code",
        "producer",
        "province",
        BooleanColumn("is_active", label=_("Active")),
    ]
    list_filter = ["producer", "is_active"]
    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("producer"),
        FieldPanel("country"),
        FieldPanel("province"),
        FieldPanel("address"),
        FieldPanel("is_active"),
    ]


def _free(stock: Stock) -> int:
    return stock.quantity - stock.quantity_allocated


class StockViewSet(ModelViewSet):
    """Stock counts per warehouse and variant, recorded through `stock_set_quantity`."""

    model = Stock
    name = "shop_stock"
    url_prefix = "shop/stock"
    icon = "table"
    menu_label = _("Stock")
    index_view_class = StockIndexView
    add_view_class = StockCreateView
    edit_view_class = StockEditView
    history_view_class = StockHistoryView
    usage_view_class = StockUsageView
    copy_view_enabled = False
    search_fields = ["variant__sku", "variant__product__name_vi", "warehouse__name"]
    search_backend_name = None
    list_display = [
        "variant",
        "warehouse",
        "quantity",
        "quantity_allocated",
        Column("free", label=_("Not allocated"), accessor=_free),
    ]
    list_filter = ["warehouse"]
    edit_handler = ObjectList(
        [
            FieldPanel("warehouse"),
            FieldPanel("variant"),
            FieldPanel("quantity"),
            FieldPanel("quantity_allocated", read_only=True),
        ],
        base_form_class=StockForm,
    )

    def get_index_view_kwargs(self, **kwargs):
        queryset = Stock.objects.select_related("warehouse", "variant")
        return super().get_index_view_kwargs(queryset=queryset, **kwargs)


class AllocationViewSet(ModelViewSet):
    """Units claimed by order lines (read only)."""

    model = Allocation
    name = "shop_allocation"
    url_prefix = "shop/allocations"
    icon = "lock"
    menu_label = _("Allocations")
    inspect_view_enabled = True
    copy_view_enabled = False
    search_fields = ["stock__variant__sku", "order_line__sku"]
    search_backend_name = None
    list_display = ["__str__", "order_line", "stock", "quantity"]
    list_filter = ["stock__warehouse"]
    inspect_view_fields = ["order_line", "stock", "quantity"]
    form_fields = ["quantity"]  # never offered: the policy refuses add and change

    def get_index_view_kwargs(self, **kwargs):
        queryset = Allocation.objects.select_related(
            "order_line", "stock__variant", "stock__warehouse"
        )
        return super().get_index_view_kwargs(queryset=queryset, **kwargs)


def _live(reservation: Reservation) -> bool:
    return reservation.reserved_until > timezone.now()


def _cart(reservation: Reservation) -> str:
    return f"{reservation.cart_token[:8]}…"


class ReservationViewSet(ModelViewSet):
    """Units held for carts at checkout. Staff who may change stock release a cart's hold
    (through `shop.inventory.reservation_release`); nobody edits one by hand."""

    model = Reservation
    name = "shop_reservation"
    url_prefix = "shop/reservations"
    icon = "time"
    menu_label = _("Reservations")
    inspect_view_enabled = True
    copy_view_enabled = False
    search_fields = ["stock__variant__sku"]
    search_backend_name = None
    list_display = [
        "__str__",
        "quantity",
        Column("cart", label=_("Cart"), accessor=_cart),
        "reserved_until",
        BooleanColumn("live", label=_("Live"), accessor=_live),
    ]
    list_filter = ["stock__warehouse"]
    inspect_view_fields = ["stock", "quantity", "reserved_until"]
    inspect_template_name = "shop/admin/reservation_inspect.html"
    form_fields = ["quantity"]  # never offered: the policy refuses add and change
    ordering = ["-reserved_until"]

    def get_index_view_kwargs(self, **kwargs):
        queryset = Reservation.objects.select_related("stock__variant")
        return super().get_index_view_kwargs(queryset=queryset, **kwargs)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/release/", require_POST(self.release_view), name="release"),
        ]

    def release_view(self, request, pk):
        """Drop the whole hold of the cart this reservation belongs to."""
        reservation = get_object_or_404(Reservation.objects.select_related("stock"), pk=pk)
        # Through the stock policy: an artisan who counts their own stock may not release
        # another producer's holds.
        policy = policy_registry.get_by_type(Stock)
        if not policy.user_has_permission_for_instance(request.user, "change", reservation.stock):
            raise PermissionDenied
        released = reservation_release(cart_token=reservation.cart_token)
        messages.success(
            request, gettext("Released %(count)d hold(s) of that cart.") % {"count": released}
        )
        return redirect(reverse(self.get_url_name("index")))
