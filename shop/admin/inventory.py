"""Warehouses, stock counts, and read-only listings of allocations and reservations.

Stock changes only through `shop.inventory`: the stock form saves with `stock_set_quantity`,
`quantity_allocated` is never a form field, and the policies registered in `wagtail_hooks`
take away deleting stock rows and editing allocations or reservations.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.viewsets.model import ModelViewSet

from shop.admin.forms import StockForm
from shop.admin.views import StockCreateView, StockEditView
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
    add_view_class = StockCreateView
    edit_view_class = StockEditView
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


class ReservationViewSet(ModelViewSet):
    """Units held for carts at checkout (read only)."""

    model = Reservation
    name = "shop_reservation"
    url_prefix = "shop/reservations"
    icon = "time"
    menu_label = _("Reservations")
    inspect_view_enabled = True
    copy_view_enabled = False
    search_fields = ["stock__variant__sku"]
    search_backend_name = None
    list_display = ["__str__", "quantity", "reserved_until"]
    list_filter = ["stock__warehouse"]
    inspect_view_fields = ["stock", "quantity", "reserved_until"]
    form_fields = ["quantity"]  # never offered: the policy refuses add and change

    def get_index_view_kwargs(self, **kwargs):
        queryset = Reservation.objects.select_related("stock__variant")
        return super().get_index_view_kwargs(queryset=queryset, **kwargs)
