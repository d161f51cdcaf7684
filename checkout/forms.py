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


class CountryForm(forms.Form):
    """The destination country; the address form below follows its format."""

    country = forms.ChoiceField(label=_("Country"))

    def __init__(self, *args, choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = choices


class ShippingForm(forms.Form):
    """The chosen shipping method among those offered for the parcel."""

    method = forms.TypedChoiceField(
        coerce=int, label=_("Shipping method"), widget=forms.RadioSelect
    )

    def __init__(self, *args, options, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["method"].choices = [(o.method.pk, o.method.name) for o in options]
