"""Orders in the Wagtail admin: a listing, a detail page, and the staff's actions on it.

Every change goes through `shop.orders` and `checkout.payments.services`; the views here only
read forms, call those services and report the outcome. There is no add, edit, copy or delete
view: an order is a snapshot of what the shopper agreed to, so nobody edits it by hand.
"""

from __future__ import annotations

from decimal import Decimal

import django_filters
from django import forms
from django.db import transaction
from django.db.models import F, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from django.views.generic import View
from django_countries import countries
from wagtail.admin import messages
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import policy_registry

from checkout.addresses import address_lines
from checkout.models import Payment
from checkout.models.duties import DocumentKind
from checkout.payments.services import PaymentRefused, payment_refund_order
from shop.inventory import InsufficientStock
from shop.models import Order, OrderLine, OrderStatus
from shop.money import InvalidAmount, Money, babel_locale, money_format, money_to_minor_units
from shop.orders import (
    ALREADY_PAID,
    TRANSITIONS,
    InvalidTransition,
    MissingDocument,
    order_cancel,
    order_document_record,
    order_documents_missing,
    order_fulfil,
)

SHIPPABLE = {OrderStatus.PAID, OrderStatus.PARTIALLY_FULFILLED, OrderStatus.PARTIALLY_REFUNDED}


def _money(amount: Decimal, currency: str) -> str:
    """An order amount as the staff member reads it, in their admin language."""
    return money_format(Money(amount, currency), locale=babel_locale())


def _document_label(kind: str) -> str:
    return str(dict(DocumentKind.choices).get(kind, kind))


def _refundable(order: Order) -> Money:
    return Money(order.total - order.amount_refunded, order.currency)


def _units_left(order: Order) -> dict[OrderLine, int]:
    lines = order.lines.filter(quantity_fulfilled__lt=F("quantity"))
    return {line: line.quantity - line.quantity_fulfilled for line in lines}


# --- forms ---------------------------------------------------------------------------------------


class DocumentForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Document"), choices=DocumentKind.choices)
    reference = forms.CharField(label=gettext_lazy("Reference / number"), max_length=200)


class CancelForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Reason"), max_length=200, required=False)


class RefundForm(forms.Form):
    amount = forms.DecimalField(label=gettext_lazy("Amount"), max_digits=19, decimal_places=4)
    reason = forms.CharField(label=gettext_lazy("Reason"), max_length=200, required=False)

    def __init__(self, *args, order: Order, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.order = order
        self.fields["amount"].help_text = _("In %(currency)s, at most %(left)s.") % {
            "currency": order.currency,
            "left": _money(_refundable(order).amount, order.currency),
        }

    def clean_amount(self) -> Money:
        amount = Money(self.cleaned_data["amount"], self.order.currency)
        left = _refundable(self.order)
        if amount.amount <= 0 or amount.amount > left.amount:
            raise forms.ValidationError(
                _("A refund must be more than zero and at most %(left)s.")
                % {"left": _money(left.amount, left.code)}
            )
        try:
            money_to_minor_units(amount)  # the gateway refunds whole minor units only
        except InvalidAmount:
            raise forms.ValidationError(
                _("%(currency)s cannot be refunded in this unit.") % {"currency": amount.code}
            ) from None
        return amount


def _form_errors(form: forms.Form) -> str:
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


# --- views ---------------------------------------------------------------------------------------


class OrderFilterSet(WagtailFilterSet):
    country = django_filters.ChoiceFilter(
        label=gettext_lazy("Destination country"), choices=lambda: list(countries)
    )

    class Meta:
        model = Order
        fields = ["status", "market", "country"]


class OrderIndexView(generic.IndexView):
    """Orders, newest first; the search box also finds an order by its number ("#12" or "12")."""

    @cached_property
    def columns(self):
        number = TitleColumn(
            "number",
            label=gettext_lazy("Number"),
            accessor=str,
            sort_key="pk",
            get_url=self.get_inspect_url,
        )
        return [number, *super().columns[1:]]

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("market")

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        query = self.search_query.strip()
        found = Q(email__icontains=query) | Q(token=query)
        number = query.removeprefix("#")
        if number.isdigit():
            found |= Q(pk=int(number))
        return queryset.filter(found)


class OrderInspectView(generic.InspectView):
    """The order with its lines, money, papers, payments and timeline, and the staff's actions."""

    template_name = "shop/admin/orders/detail.html"
    # The model's own name: a bare "Order" msgid would override Wagtail's "Order" (sort order).
    page_title = capfirst(Order._meta.verbose_name)
    action_url_names: dict[str, str] = {}

    def get_object(self, queryset=None):
        return get_object_or_404(Order.objects.select_related("market"), pk=self.pk)

    def get_fields(self):
        return []  # the template lays the order out itself

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        order = self.object
        can_act = self.user_has_permission("change")
        context.update(_order_context(order))
        context.update(
            can_act=can_act,
            can_fulfil=can_act and order.status in SHIPPABLE and bool(_units_left(order)),
            can_cancel=can_act and OrderStatus.CANCELLED in TRANSITIONS[order.status],
            can_refund=can_act and context["refundable_amount"],
            document_form=DocumentForm(),
            cancel_form=CancelForm(),
            refund_form=RefundForm(order=order),
            action_urls={
                action: reverse(url_name, args=[order.pk])
                for action, url_name in self.action_url_names.items()
            },
        )
        return context


def _order_context(order: Order) -> dict:
    """What the detail page shows, with every amount formatted in the order's currency."""
    currency = order.currency
    lines = list(order.lines.all())
    for line in lines:
        line.unit_price_display = _money(line.unit_price, line.currency)
        line.document_label = _document_label(line.required_document)
    payments = list(Payment.objects.filter(order=order))
    for payment in payments:
        payment.amount_display = _money(payment.amount, payment.currency)
        payment.refunded_display = _money(payment.amount_refunded, payment.currency)
    documents = list(order.documents.select_related("recorded_by"))
    for document in documents:
        document.label = _document_label(document.kind)
    refundable = _refundable(order) if order.status in ALREADY_PAID else None
    return {
        "lines": lines,
        "address": address_lines(address=order.shipping_address or {}),
        "duties_rows": [
            {"label": row.get("label", ""), "amount": _money(row["amount"], row["currency"])}
            for row in order.duties_breakdown or []
            if "amount" in row and "currency" in row
        ],
        "totals": [
            (_("Goods"), _money(order.subtotal, currency)),
            (_("Shipping"), _money(order.shipping_price, currency)),
            (_("Duties and taxes"), _money(order.duties, currency)),
            (_("Total charged"), _money(order.total, currency)),
            (pgettext("amount refunded", "Refunded"), _money(order.amount_refunded, currency)),
        ],
        "refundable": _money(refundable.amount, currency) if refundable else "",
        "refundable_amount": bool(refundable and refundable.amount > 0),
        "documents": documents,
        "documents_missing": sorted(
            _document_label(kind) for kind in order_documents_missing(order=order)
        ),
        "payments": payments,
        "events": list(order.events.select_related("user")),
    }


class OrderActionView(PermissionCheckedMixin, View):
    """One staff action, posted from the detail page; the outcome comes back as a message."""

    model = Order
    permission_required = "change"
    http_method_names = ["post"]
    action = ""
    inspect_url_name = ""

    def post(self, request, pk):
        order = get_object_or_404(Order, pk=pk)
        getattr(self, f"do_{self.action}")(order)
        return redirect(self.inspect_url_name, pk)

    def do_document(self, order: Order) -> None:
        form = DocumentForm(self.request.POST)
        if not form.is_valid():
            messages.error(self.request, _form_errors(form))
            return
        document = order_document_record(
            order=order,
            kind=form.cleaned_data["kind"],
            reference=form.cleaned_data["reference"],
            user=self.request.user,
        )
        messages.success(
            self.request,
            _("Recorded %(document)s %(reference)s.")
            % {"document": _document_label(document.kind), "reference": document.reference},
        )

    def do_fulfil(self, order: Order) -> None:
        left = _units_left(order)
        if not left:
            messages.error(self.request, _("Nothing is left to ship on this order."))
            return
        try:
            order = order_fulfil(order=order, quantities=left, user=self.request.user)
        except MissingDocument:
            missing = ", ".join(
                sorted(_document_label(kind) for kind in order_documents_missing(order=order))
            )
            messages.error(
                self.request,
                _("Record these documents before shipping: %(documents)s") % {"documents": missing},
            )
            return
        except (InvalidTransition, InsufficientStock, ValueError) as error:
            messages.error(self.request, str(error))
            return
        messages.success(
            self.request,
            _("Shipped %(units)d unit(s); the order is now %(status)s.")
            % {"units": sum(left.values()), "status": order.get_status_display()},
        )

    def do_cancel(self, order: Order) -> None:
        form = CancelForm(self.request.POST)
        reason = form.cleaned_data["reason"] if form.is_valid() else ""
        refund = _refundable(order) if order.status in ALREADY_PAID else None
        try:
            # One transaction: a refused refund leaves the order as it was, not half cancelled.
            with transaction.atomic():
                order_cancel(order=order, user=self.request.user, reason=reason)
                if refund and refund.amount > 0:
                    reference = payment_refund_order(
                        order=order, amount=refund, user=self.request.user, reason=reason
                    )
        except InvalidTransition as error:
            messages.error(self.request, str(error))
            return
        except PaymentRefused as error:
            messages.error(self.request, error.message)
            return
        if refund and refund.amount > 0:
            message = _("Order cancelled and its stock released; refunded %(amount)s (%(ref)s).")
            messages.success(
                self.request,
                message % {"amount": _money(refund.amount, refund.code), "ref": reference},
            )
        else:
            messages.success(self.request, _("Order cancelled and its stock released."))

    def do_refund(self, order: Order) -> None:
        form = RefundForm(self.request.POST, order=order)
        if not form.is_valid():
            messages.error(self.request, _form_errors(form))
            return
        amount = form.cleaned_data["amount"]
        try:
            reference = payment_refund_order(
                order=order,
                amount=amount,
                user=self.request.user,
                reason=form.cleaned_data["reason"],
            )
        except PaymentRefused as error:
            messages.error(self.request, error.message)
            return
        messages.success(
            self.request,
            _("Refunded %(amount)s (%(ref)s).")
            % {"amount": _money(amount.amount, amount.code), "ref": reference},
        )


# --- viewset -------------------------------------------------------------------------------------


class OrderAdminURLFinder(ModelAdminURLFinder):
    """Wagtail links to an object's "edit" page; an order's page is its detail page, which
    everyone who may view orders can open."""

    def get_edit_url(self, instance):
        if self.user and not policy_registry.get(instance).user_has_permission(self.user, "view"):
            return None
        return self.construct_edit_url(instance)


def _total(order: Order) -> str:
    return _money(order.total, order.currency)


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
    search_fields = ["email", "token"]  # and the number: see OrderIndexView.search_queryset
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
    actions = ("document", "fulfil", "cancel", "refund")

    def get_common_view_kwargs(self, **kwargs):
        # Only the listing and the detail page exist: no add, edit or delete view to link to.
        return super().get_common_view_kwargs(
            add_url_name=None, edit_url_name=None, delete_url_name=None, **kwargs
        )

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            action_url_names={action: self.get_url_name(action) for action in self.actions},
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
        return urlpatterns

    @property
    def url_finder_class(self):
        return type(
            "OrderAdminURLFinder",
            (OrderAdminURLFinder,),
            {"edit_url_name": self.get_url_name("inspect")},
        )

    def get_permissions_to_register(self):
        # Offer only what the policy allows in the group editor: looking and acting.
        return (
            super()
            .get_permissions_to_register()
            .filter(codename__in=["view_order", "change_order"])
        )
