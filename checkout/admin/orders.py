"""Orders in the Wagtail admin: a listing, a detail page, and the staff's actions on it.

Every change goes through `shop.orders` and `checkout.payments.services`; the views here only
read forms, call those services and report the outcome. There is no add, edit, copy or delete
view: an order is a snapshot of what the shopper agreed to, so nobody edits it by hand.
"""

from __future__ import annotations

import django_filters
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext, pgettext_lazy
from django_countries import countries
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import policy_registry

from checkout.addresses import address_lines
from checkout.admin.order_actions import (
    SHIPPABLE,
    AnonymiseForm,
    CancelForm,
    DelayForm,
    DocumentForm,
    OrderActionView,
    RefundForm,
    ShipForm,
    amount_text,
    refundable_money,
    ship_field,
    units_left,
)
from checkout.admin.order_papers import OrderDocumentFileView, OrderPapersView, paper_links
from checkout.documents import document_label
from checkout.models import Payment
from shop.models import Order, OrderStatus
from shop.models.orders import order_reference_parse
from shop.money import rate_text
from shop.orders import ALREADY_PAID, TRANSITIONS, event_text, order_documents_missing
from shop.privacy import order_anonymise_refusal

# --- views ---------------------------------------------------------------------------------------


class OrderFilterSet(WagtailFilterSet):
    created_at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Placed between"), widget=DateRangePickerWidget
    )
    country = django_filters.ChoiceFilter(
        label=gettext_lazy("Destination country"), choices=lambda: list(countries)
    )

    class Meta:
        model = Order
        fields = ["created_at", "status", "market", "country"]


class OrderIndexView(generic.IndexView):
    """Orders, newest first; the search box also finds an order by the reference a shopper
    quotes ("LN-7K4QH-9XPMA", typed in any case, without dashes, with O for 0 or I/L for 1) or
    part of it, and by its number ("#12" or "12")."""

    @cached_property
    def columns(self):
        reference = TitleColumn(
            "reference",
            label=gettext_lazy("Reference"),
            accessor="reference",
            sort_key="pk",
            get_url=self.get_inspect_url,
        )
        return [reference, *super().columns[1:]]

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("market")

    def stream_csv(self, queryset):
        # The file streams after the request's language was switched off: keep the reader's
        # language (read now, while the request's is active) for the headings and statuses.
        return _in_language(super().stream_csv(queryset), translation.get_language())

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        query = self.search_query.strip()
        found = Q(email__icontains=query) | Q(token=query)
        reference = order_reference_parse(query)
        if reference is not None:
            found |= Q(reference=reference)
        elif len(query) >= 4:
            found |= Q(reference__icontains=query)
        number = query.removeprefix("#")
        if number.isdigit():
            found |= Q(pk=int(number))
        return queryset.filter(found)


def _in_language(rows, language: str):
    while True:
        with translation.override(language):
            row = next(rows, None)
        if row is None:
            return
        yield row


class OrderInspectView(generic.InspectView):
    """The order with its lines, money, papers, payments and timeline, and the staff's actions."""

    template_name = "checkout/admin/orders/detail.html"
    # The model's own name: a bare "Order" msgid would override Wagtail's "Order" (sort order).
    page_title = capfirst(Order._meta.verbose_name)
    action_url_names: dict[str, str] = {}
    papers_url_name = ""
    document_file_url_name = ""

    def get_object(self, queryset=None):
        return get_object_or_404(Order.objects.select_related("market"), pk=self.pk)

    def get_fields(self):
        return []  # the template lays the order out itself

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        order = self.object
        can_act = self.user_has_permission("change")
        can_manage = self.user_has_permission("manage")
        left = units_left(order)
        context.update(_order_context(order))
        for document in context["documents"]:
            if document.file:
                document.file_url = reverse(
                    self.document_file_url_name, args=[order.pk, document.pk]
                )
        for shipment in context["shipments"]:
            shipment.papers = paper_links(
                url_name=self.papers_url_name, order=order, shipment=shipment
            )
        context.update(
            can_act=can_act,
            can_fulfil=can_act and order.status in SHIPPABLE and bool(left),
            ship_lines=[
                {"line": line, "left": units, "field": ship_field(line)}
                for line, units in left.items()
            ],
            can_cancel=can_manage and OrderStatus.CANCELLED in TRANSITIONS[order.status],
            can_refund=can_manage and context["refundable_amount"],
            packing_papers=(
                paper_links(url_name=self.papers_url_name, order=order)
                if order.status in SHIPPABLE and left
                else []
            ),
            can_anonymise=can_manage and order.anonymised_at is None,
            anonymise_refusal=order_anonymise_refusal(order=order),
            anonymise_form=AnonymiseForm(),
            document_form=DocumentForm(),
            delay_form=DelayForm(),
            ship_form=ShipForm(),
            cancel_form=CancelForm(),
            refund_form=RefundForm(order=order),
            action_urls={
                action: reverse(url_name, args=[order.pk])
                for action, url_name in self.action_url_names.items()
            },
        )
        return context


def _shipments(order: Order) -> list:
    shipments = list(
        order.shipments.select_related("carrier").prefetch_related("lines__order_line")
    )
    for shipment in shipments:
        shipment.units = ", ".join(
            f"{line.quantity} × {line.order_line.sku}" for line in shipment.lines.all()
        )
    return shipments


def _order_context(order: Order) -> dict:
    """What the detail page shows, with every amount formatted in the order's currency."""
    currency = order.currency
    lines = list(order.lines.all())
    for line in lines:
        line.unit_price_display = amount_text(line.unit_price, line.currency)
        line.document_label = document_label(line.required_document)
    payments = list(Payment.objects.filter(order=order))
    for payment in payments:
        payment.amount_display = amount_text(payment.amount, payment.currency)
        payment.refunded_display = amount_text(payment.amount_refunded, payment.currency)
    documents = list(order.documents.select_related("recorded_by"))
    today = timezone.localdate()
    for document in documents:
        document.label = document_label(document.kind)
        document.expired = document.expires_on is not None and document.expires_on < today
    # A cancelled order that was paid may still hold money (a refund the provider refused).
    paid = order.status in ALREADY_PAID or order.paid_at is not None
    refundable = refundable_money(order) if paid else None
    return {
        "fx_rate_text": rate_text(
            base=order.base_currency, quote=order.currency, rate=order.fx_rate
        )
        if order.fx_rate
        else "",
        "lines": lines,
        "address": address_lines(address=order.shipping_address or {}),
        "duties_rows": [
            {"label": row.get("label", ""), "amount": amount_text(row["amount"], row["currency"])}
            for row in order.duties_breakdown or []
            if "amount" in row and "currency" in row
        ],
        "totals": [
            (_("Goods"), amount_text(order.subtotal, currency)),
            (_("Shipping"), amount_text(order.shipping_price, currency)),
            (_("Duties and taxes"), amount_text(order.duties, currency)),
            (_("Total charged"), amount_text(order.total, currency)),
            (pgettext("amount refunded", "Refunded"), amount_text(order.amount_refunded, currency)),
        ],
        "refundable": amount_text(refundable.amount, currency) if refundable else "",
        "refundable_amount": bool(refundable and refundable.amount > 0),
        "documents": documents,
        "documents_missing": sorted(
            document_label(kind) for kind in order_documents_missing(order=order)
        ),
        "payments": payments,
        "shipments": _shipments(order),
        "events": _timeline(order),
    }


# What each timeline entry is called, in the reader's language (unknown kinds show their code).
EVENT_LABELS = {
    "placed": pgettext_lazy("timeline", "Placed"),
    "paid": pgettext_lazy("timeline", "Paid"),
    "paid_after_close": pgettext_lazy("timeline", "Paid after closing"),
    "amount_mismatch": pgettext_lazy("timeline", "Amount differs"),
    "payment_failed": pgettext_lazy("timeline", "Payment failed"),
    "payment_mismatch": pgettext_lazy("timeline", "Payment not applied"),
    "cancelled": pgettext_lazy("timeline", "Cancelled"),
    "expired": pgettext_lazy("timeline", "Expired"),
    "refunded": pgettext_lazy("timeline", "Refunded"),
    "refund_excess": pgettext_lazy("timeline", "Refunded beyond the total"),
    "duplicate_refunded": pgettext_lazy("timeline", "Duplicate payment refunded"),
    "document": pgettext_lazy("timeline", "Document recorded"),
    "document_delay": pgettext_lazy("timeline", "Shopper told of a document delay"),
    "fulfilled": pgettext_lazy("timeline", "Shipped"),
    "anonymised": pgettext_lazy("timeline", "Personal data removed"),
}


def _event_text(event) -> str:
    data = event.data or {}
    if event.kind == "document":
        reference = event.message.split(": ", 1)[-1]
        return f"{document_label(data.get('kind', ''))}: {reference}"
    if event.kind == "document_delay":
        return document_label(data.get("kind") or event.message)
    if event.kind == "fulfilled":
        return ", ".join(f"{units} × {sku}" for sku, units in (data.get("units") or {}).items())
    return event_text(event)


def _timeline(order: Order) -> list[dict]:
    """The order's events as staff read them: named and worded in the reader's language."""
    return [
        {
            "created_at": event.created_at,
            "label": str(EVENT_LABELS.get(event.kind, event.kind)),
            "text": _event_text(event),
            "user": event.user,
        }
        for event in order.events.select_related("user")
    ]


# --- viewset -------------------------------------------------------------------------------------


class OrderAdminURLFinder(ModelAdminURLFinder):
    """Wagtail links to an object's "edit" page; an order's page is its detail page, which
    everyone who may view orders can open."""

    def get_edit_url(self, instance):
        if self.user and not policy_registry.get(instance).user_has_permission(self.user, "view"):
            return None
        return self.construct_edit_url(instance)


def _total(order: Order) -> str:
    return amount_text(order.total, order.currency)


class OrderViewSet(ModelViewSet):
    """Orders for staff: list, filter, search, open one, and act on it through the services."""

    model = Order
    name = "shop_order"
    url_prefix = "shop/orders"
    icon = "clipboard-list"
    menu_label = gettext_lazy("Orders")
    menu_order = 190
    add_to_admin_menu = True
    index_view_class = OrderIndexView
    inspect_view_enabled = True
    inspect_view_class = OrderInspectView
    copy_view_enabled = False
    search_fields = ["email", "token", "reference"]  # see OrderIndexView.search_queryset
    search_backend_name = None
    filterset_class = OrderFilterSet
    list_display = [
        "__str__",
        "created_at",
        "status",
        "email",
        "country",
        Column("total", label=gettext_lazy("Total"), accessor=_total, sort_key="total"),
        "payment_gateway",
    ]
    # "Download CSV/XLSX" on the listing exports what the filters and search chose.
    list_export = [
        "reference",
        "created_at",
        "get_status_display",
        "email",
        "phone",
        "country",
        "currency",
        "total",
        "amount_refunded",
        "payment_gateway",
    ]
    export_headings = {
        "reference": gettext_lazy("Reference"),
        "created_at": gettext_lazy("Placed at"),
        "get_status_display": gettext_lazy("Status"),
        "email": gettext_lazy("Email"),
        "phone": gettext_lazy("Phone"),
        "country": gettext_lazy("Destination country"),
        "currency": gettext_lazy("Currency"),
        "total": gettext_lazy("Total"),
        "amount_refunded": gettext_lazy("Refunded"),
        "payment_gateway": gettext_lazy("Payment gateway"),
    }
    export_filename = "orders"
    list_per_page = 50
    actions = ("document", "delay", "fulfil", "cancel", "refund", "anonymise")

    def get_common_view_kwargs(self, **kwargs):
        # Only the listing and the detail page exist: no add, edit or delete view to link to.
        return super().get_common_view_kwargs(
            add_url_name=None, edit_url_name=None, delete_url_name=None, **kwargs
        )

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            action_url_names={action: self.get_url_name(action) for action in self.actions},
            papers_url_name=self.get_url_name("papers"),
            document_file_url_name=self.get_url_name("document_file"),
            **kwargs,
        )

    def get_urlpatterns(self):
        urlpatterns = [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.inspect_view, name="inspect"),
        ]
        for action in self.actions:
            view = self.construct_view(
                OrderActionView, action=action, inspect_url_name=self.get_url_name("inspect")
            )
            urlpatterns.append(path(f"<int:pk>/{action}/", view, name=action))
        papers = self.construct_view(OrderPapersView, inspect_url_name=self.get_url_name("inspect"))
        # Shipment 0: the parcel being packed.
        urlpatterns.append(
            path("<int:pk>/papers/<int:shipment>/<slug:kind>/", papers, name="papers")
        )
        file = self.construct_view(OrderDocumentFileView)
        urlpatterns.append(path("<int:pk>/documents/<int:document>/", file, name="document_file"))
        return urlpatterns

    @property
    def url_finder_class(self):
        return type(
            "OrderAdminURLFinder",
            (OrderAdminURLFinder,),
            {"edit_url_name": self.get_url_name("inspect")},
        )

    def get_permissions_to_register(self):
        # Offer only what the policy allows in the group editor: looking, acting, managing.
        return (
            super()
            .get_permissions_to_register()
            .filter(codename__in=["view_order", "change_order", "manage_order", "view_sales"])
        )
