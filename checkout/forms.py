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

    def clean_method(self) -> int:
        method = self.cleaned_data["method"] or self.default
        if method is None:
            raise forms.ValidationError(_("Choose a shipping method."))
        return method
