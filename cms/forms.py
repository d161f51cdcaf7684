"""Forms of the storefront and of the page editor.

The listing's filter form (every field optional, bad input becomes a message, not a 500) and
the admin page forms that narrow producer-bound choices to the editor's own producers.
"""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from shop.collections import images_choosable_by
from shop.permissions import producers_editable_by, user_is_shop_wide

SORTS = [
    ("featured", _("Featured")),
    ("price_asc", _("Price: low to high")),
    ("price_desc", _("Price: high to low")),
    ("stars", _("OCOP stars")),
    ("name", _("Name")),
]
AVAILABILITY = [
    ("", _("Any")),
    ("in_stock", _("In stock")),
    ("made_to_order", _("Made to order")),
]
STARS = [
    ("", _("Any")),
    ("3", _("3 stars and up")),
    ("4", _("4 stars and up")),
    ("5", _("5 stars")),
]


class ListingFilterForm(forms.Form):
    """Filters and sorting for a product listing (GET)."""

    category = forms.ChoiceField(label=_("Category"), required=False)
    producer = forms.ChoiceField(label=_("Maker"), required=False)
    province = forms.ChoiceField(label=_("Province / village"), required=False)
    stars = forms.ChoiceField(label=_("OCOP rating"), choices=STARS, required=False)
    # A text input keeps what the shopper typed when it is not a number (type=number cannot).
    min_price = forms.DecimalField(
        label=_("Minimum price"),
        required=False,
        min_value=Decimal(0),
        max_digits=14,
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
    )
    max_price = forms.DecimalField(
        label=_("Maximum price"),
        required=False,
        min_value=Decimal(0),
        max_digits=14,
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
    )
    availability = forms.ChoiceField(label=_("Availability"), choices=AVAILABILITY, required=False)
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORTS, required=False)

    def __init__(self, data=None, *, producers=(), provinces=(), categories=(), **kwargs):
        """`producers` and `categories`: (slug, name in the shopper's language) pairs."""
        super().__init__(data, **kwargs)
        if len(categories) > 1:
            self.fields["category"].choices = [("", _("Any")), *categories]
        else:  # one category: nothing to choose
            del self.fields["category"]
        self.fields["producer"].choices = [("", _("Any")), *producers]
        self.fields["province"].choices = [("", _("Any"))] + [(p, p) for p in provinces]

    def clean(self):
        cleaned = super().clean()
        low, high = cleaned.get("min_price"), cleaned.get("max_price")
        if low is not None and high is not None and low > high:
            self.add_error("max_price", _("The maximum price is below the minimum price."))
        return cleaned


class _ProducerScopedPageForm(WagtailAdminPageForm):
    """Admin page form whose producer-bound choices are narrowed for users not shop-wide."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("hero_image")
        if field is not None and self._is_scoped():
            # A posted id of another producer's image is refused, not just hidden.
            field.queryset = images_choosable_by(self.for_user)

    def _is_scoped(self) -> bool:
        # Forms built outside the admin (no `for_user`) are left alone.
        return self.for_user is not None and not user_is_shop_wide(self.for_user)


class StoryPageForm(_ProducerScopedPageForm):
    """A story's product must be one of the editor's producers' products (and, under a
    producer page, that producer's), unless the editor works shop-wide."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("product")
        if field is None or not self._is_scoped():
            return
        from shop.models import Product

        products = Product.objects.filter(producer__in=producers_editable_by(self.for_user))
        producer_id = getattr(getattr(self.parent_page, "specific", None), "producer_id", None)
        if producer_id is not None:
            products = products.filter(producer_id=producer_id)
        field.queryset = products


class ProducerPageForm(_ProducerScopedPageForm):
    """A producer page can only be switched to another of the editor's producers."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("producer")
        if field is not None and self._is_scoped():
            field.queryset = producers_editable_by(self.for_user)
