"""The staff's actions on an order (record a document, tell of a document delay, ship, cancel,
refund): forms and the view
that posts them to `shop.orders` and `checkout.payments.services`, then reports the outcome."""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.db.models import F
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View
from wagtail.admin import messages
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from checkout.documents import (
    document_choices,
    document_file_type,
    document_file_validate,
    document_label,
)
from checkout.payments.services import PaymentRefused, payment_refund_order
from shop.inventory import InsufficientStock
from shop.models import Carrier, Order, OrderLine, OrderStatus
from shop.money import Money, babel_locale, money_format, money_is_chargeable
from shop.orders import (
    ALREADY_PAID,
    InvalidTransition,
    MissingDocument,
    order_cancel,
    order_document_delay,
    order_document_record,
    order_documents_missing,
    order_fulfil,
)
from shop.privacy import AnonymiseRefused, order_anonymise

SHIPPABLE = {OrderStatus.PAID, OrderStatus.PARTIALLY_FULFILLED, OrderStatus.PARTIALLY_REFUNDED}


def amount_text(amount: Decimal, currency: str) -> str:
    """An order amount as the staff member reads it, in their admin language."""
    return money_format(Money(amount, currency), locale=babel_locale())


def refundable_money(order: Order) -> Money:
    return Money(order.total - order.amount_refunded, order.currency)


def units_left(order: Order) -> dict[OrderLine, int]:
    lines = order.lines.filter(quantity_fulfilled__lt=F("quantity"))
    return {line: line.quantity - line.quantity_fulfilled for line in lines}


# --- forms ---------------------------------------------------------------------------------------


class DocumentForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Document"), choices=document_choices)
    reference = forms.CharField(label=gettext_lazy("Reference / number"), max_length=200)
    expires_on = forms.DateField(
        label=gettext_lazy("Valid until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    file = forms.FileField(
        label=gettext_lazy("Scan of the document (PDF, JPEG or PNG)"),
        required=False,
        validators=[document_file_validate],
    )


class DelayForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Document"), choices=document_choices)
    expected_on = forms.DateField(
        label=gettext_lazy("Expected on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )


class ShipForm(forms.Form):
    carrier = forms.ModelChoiceField(
        label=gettext_lazy("Carrier"), queryset=Carrier.objects.none(), required=False
    )
    tracking_number = forms.CharField(
        label=gettext_lazy("Tracking number"), max_length=100, required=False
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["carrier"].queryset = Carrier.objects.filter(is_active=True)


class CancelForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Reason"), max_length=200, required=False)
    confirm = forms.BooleanField(
        label=gettext_lazy("Yes, cancel this order (and refund what the shopper paid)"),
        required=True,
    )


class RefundForm(forms.Form):
    amount = forms.DecimalField(label=gettext_lazy("Amount"), max_digits=19, decimal_places=4)
    reason = forms.CharField(label=gettext_lazy("Reason"), max_length=200, required=False)

    def __init__(self, *args, order: Order, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.order = order
        self.fields["amount"].help_text = _("In %(currency)s, at most %(left)s.") % {
            "currency": order.currency,
            "left": amount_text(refundable_money(order).amount, order.currency),
        }

    def clean_amount(self) -> Money:
        amount = Money(self.cleaned_data["amount"], self.order.currency)
        left = refundable_money(self.order)
        if amount.amount <= 0 or amount.amount > left.amount:
            raise forms.ValidationError(
                _("A refund must be more than zero and at most %(left)s.")
                % {"left": amount_text(left.amount, left.code)}
            )
        if not money_is_chargeable(amount):  # what the provider can send back
            raise forms.ValidationError(
                _("%(currency)s cannot be refunded in this unit.") % {"currency": amount.code}
            )
        return amount


class AnonymiseForm(forms.Form):
    confirm = forms.BooleanField(
        label=gettext_lazy("I understand this cannot be undone"),
        help_text=gettext_lazy(
            "Removes the shopper's email, address, customs ID and account link and replaces "
            "the order-status link; amounts, customs data and the timeline are kept."
        ),
    )


def ship_field(line: OrderLine) -> str:
    """The name of a line's "units to ship" input on the detail page."""
    return f"ship-{line.pk}"


def fulfil_quantities(data, left: dict[OrderLine, int]) -> dict[OrderLine, int]:
    """Units to ship per line from the posted form: each 0 to what is left; a form without
    any of the fields (e.g. a script's plain POST) ships everything left."""
    if not any(ship_field(line) in data for line in left):
        return dict(left)
    quantities, errors = {}, []
    for line, most in left.items():
        raw = (data.get(ship_field(line)) or "0").strip()
        if not raw.isdigit() or int(raw) > most:
            errors.append(
                _("Enter a whole number from 0 to %(left)d for %(sku)s.")
                % {"left": most, "sku": line.sku}
            )
            continue
        quantities[line] = int(raw)
    if errors:
        raise forms.ValidationError(errors)
    return quantities


def _form_errors(form: forms.Form) -> str:
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


# Actions that give money back or remove the shopper's data: shop managers only
# ("manage_order"); the others need "change_order" (fulfilment staff have it).
MANAGER_ACTIONS = frozenset({"cancel", "refund", "anonymise"})


class OrderActionView(PermissionCheckedMixin, View):
    """One staff action, posted from the detail page; the outcome comes back as a message."""

    model = Order
    http_method_names = ["post"]
    action = ""
    inspect_url_name = ""

    @property
    def permission_required(self) -> str:
        return "manage" if self.action in MANAGER_ACTIONS else "change"

    def post(self, request, pk):
        order = get_object_or_404(Order, pk=pk)
        getattr(self, f"do_{self.action}")(order)
        return redirect(self.inspect_url_name, pk)

    def do_document(self, order: Order) -> None:
        form = DocumentForm(self.request.POST, self.request.FILES)
        if not form.is_valid():
            messages.error(self.request, _form_errors(form))
            return
        kind, upload = form.cleaned_data["kind"], form.cleaned_data["file"]
        if upload is not None:
            # Named by what it is, never by the uploader's file name.
            extension, _type = document_file_type(upload.read(16))
            upload.seek(0)
            upload.name = f"{order.reference or order.pk}-{kind}.{extension}"
        document = order_document_record(
            order=order,
            kind=kind,
            reference=form.cleaned_data["reference"],
            expires_on=form.cleaned_data["expires_on"],
            file=upload,
            user=self.request.user,
        )
        messages.success(
            self.request,
            _("Recorded %(document)s %(reference)s.")
            % {"document": document_label(document.kind), "reference": document.reference},
        )

    def do_fulfil(self, order: Order) -> None:
        left = units_left(order)
        if not left:
            messages.error(self.request, _("Nothing is left to ship on this order."))
            return
        ship = ShipForm(self.request.POST)
        if not ship.is_valid():
            messages.error(self.request, _form_errors(ship))
            return
        try:
            quantities = fulfil_quantities(self.request.POST, left)
        except forms.ValidationError as error:
            messages.error(self.request, " ".join(error.messages))
            return
        try:
            order = order_fulfil(
                order=order,
                quantities=quantities,
                carrier=ship.cleaned_data["carrier"],
                tracking_number=ship.cleaned_data["tracking_number"],
                user=self.request.user,
            )
        except MissingDocument:
            missing = ", ".join(
                sorted(document_label(kind) for kind in order_documents_missing(order=order))
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
            % {"units": sum(quantities.values()), "status": order.get_status_display()},
        )

    def do_delay(self, order: Order) -> None:
        form = DelayForm(self.request.POST)
        if not form.is_valid():
            messages.error(self.request, _form_errors(form))
            return
        try:
            order_document_delay(
                order=order,
                kind=form.cleaned_data["kind"],
                expected_on=form.cleaned_data["expected_on"],
                user=self.request.user,
            )
        except InvalidTransition as error:
            messages.error(self.request, str(error))
            return
        messages.success(
            self.request,
            _("The shopper is told that the order waits for %(document)s.")
            % {"document": document_label(form.cleaned_data["kind"])},
        )

    def do_cancel(self, order: Order) -> None:
        form = CancelForm(self.request.POST)
        if not form.is_valid():
            messages.error(self.request, _("Tick the box to confirm the cancellation."))
            return
        reason = form.cleaned_data["reason"]
        refund = refundable_money(order) if order.status in ALREADY_PAID else None
        try:
            order_cancel(order=order, user=self.request.user, reason=reason)
        except InvalidTransition as error:
            messages.error(self.request, str(error))
            return
        if not (refund and refund.amount > 0):
            messages.success(self.request, _("Order cancelled and its stock released."))
            return
        # After the cancellation committed: the provider is never called under an order lock.
        try:
            reference = payment_refund_order(
                order=order, amount=refund, user=self.request.user, reason=reason
            )
        except PaymentRefused as error:
            messages.warning(
                self.request,
                _(
                    "Order cancelled and its stock released, but the refund was not made: "
                    "%(reason)s Refund it from this page."
                )
                % {"reason": error.message},
            )
            return
        message = _("Order cancelled and its stock released; refunded %(amount)s (%(ref)s).")
        messages.success(
            self.request,
            message % {"amount": amount_text(refund.amount, refund.code), "ref": reference},
        )

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
            % {"amount": amount_text(amount.amount, amount.code), "ref": reference},
        )

    def do_anonymise(self, order: Order) -> None:
        form = AnonymiseForm(self.request.POST)
        if not form.is_valid():
            messages.error(self.request, _("Tick the box to confirm that this cannot be undone."))
            return
        try:
            order_anonymise(order=order, user=self.request.user)
        except AnonymiseRefused as refusal:
            messages.error(self.request, str(refusal))
            return
        messages.success(self.request, _("The shopper's personal data was removed."))
