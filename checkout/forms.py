"""Small forms of the checkout steps (the address form lives in `checkout/addresses.py`)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class CartAddForm(forms.Form):
    """Add a variant (by SKU) to the cart. No price field: prices never come from the browser."""

    variant = forms.CharField(max_length=64)
    quantity = forms.IntegerField(min_value=1, initial=1)


class ContactForm(forms.Form):
    """The shopper's email for the confirmation and delivery news."""

    email = forms.EmailField(
        label=_("Email"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class FlatSelect(forms.Select):
    """A flat list of plain options (no groups, no per-option attributes), written out in the
    select's own template: the country list and a country's states or provinces. Django's Select
    includes a template per option and another for its attributes: sixty US states cost the
    address page about 3 ms (docs/performance.md); the HTML is the same
    (tests/checkout/test_addresses.py)."""

    template_name = "checkout/widgets/flat_select.html"


class CountryForm(forms.Form):
    """The destination country; the address form below follows its format."""

    country = forms.ChoiceField(
        widget=FlatSelect,
        label=_("Country"),
        help_text=_("The address form follows the country you choose; what you typed is kept."),
    )

    def __init__(self, *args, choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = choices


class ShippingForm(forms.Form):
    """The chosen shipping method among those offered for the parcel. Left out, it is `default`:
    the method the page shows preselected (a browser always sends the checked radio)."""

    method = forms.TypedChoiceField(
        coerce=int,
        empty_value=None,
        required=False,
        label=_("Shipping method"),
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, options, default: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.default = default
        self.fields["method"].choices = [(o.method.pk, o.method.name) for o in options]

    @property
    def selected(self) -> int | None:
        """The method to show checked: the one posted when it is offered, else the default
        (so a page shown again after an error keeps the shopper's choice)."""
        if self.is_bound and self.is_valid():
            return self.cleaned_data["method"]
        return self.default

    def clean_method(self) -> int:
        method = self.cleaned_data["method"] or self.default
        if method is None:
            raise forms.ValidationError(_("Choose a shipping method."))
        return method
