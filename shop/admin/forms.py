"""Admin forms with rules the generated model forms cannot know."""

import functools

from babel.numbers import list_currencies
from django import forms
from django.core.validators import MinValueValidator
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm

from shop.admin.names import NameTranslationsFormMixin, name_field_name, name_fields
from shop.collections import images_choosable_by
from shop.inventory import StockCountError, stock_set_quantity
from shop.models import ProductVariant, Stock
from shop.models.catalogue import InventoryPolicy
from shop.models.names import translation_languages
from shop.permissions import producers_editable_by
from shop.rates import rate_max_change, rate_moved_too_far, rate_previous


class JSONObjectTextarea(forms.Textarea):
    """A JSON textarea where blank means `{}`: variant attributes are NOT NULL (default {}),
    and a blank JSON field would otherwise save NULL and fail with a 500."""

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        if value is not None and not value.strip():
            return "{}"
        return value


def names_form_class(name: str, *, max_length: int) -> type[WagtailAdminModelForm]:
    """A model form with a text field per content language for the name (shop/admin/names.py)."""
    attrs = {"__module__": __name__, **name_fields(max_length=max_length)}
    return type(name, (NameTranslationsFormMixin, WagtailAdminModelForm), attrs)


CategoryForm = names_form_class("CategoryForm", max_length=150)
_ProducerNamesForm = names_form_class("_ProducerNamesForm", max_length=200)
VariantForm = names_form_class("VariantForm", max_length=200)


class ProducerForm(_ProducerNamesForm):
    """Producer form: names per language, and the portrait chosen among the images the user
    may choose."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "portrait" in self.fields and self.for_user is not None:
            self.fields["portrait"].queryset = images_choosable_by(self.for_user)


class ProductForm(WagtailAdminModelForm):
    """Product form: an artisan may only pick their own producers, and a variant that still
    holds stock cannot be deleted (its stock and allocations would vanish with it)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "producer" in self.fields and self.for_user is not None:
            self.fields["producer"].queryset = producers_editable_by(self.for_user)
        images = self.formsets.get("images")
        if images is not None and self.for_user is not None:
            # A posted id of another producer's image is refused, not just hidden.
            choosable = images_choosable_by(self.for_user)
            for form in [*images.forms, images.empty_form]:
                form.fields["image"].queryset = choosable

    # What shoppers see of a product on sale: changed only by users who may manage sales.
    ON_SALE_FIELDS = (
        "base_price",
        "name",
        *(name_field_name(code) for code in translation_languages()),
        "sku",
    )

    def _manages_sales(self) -> bool:
        return self.for_user is not None and self.for_user.has_perm("shop.manage_sales")

    def clean(self):
        cleaned_data = super().clean()
        variants = self.formsets.get("variants")
        if variants is not None and not self._manages_sales() and self.instance.is_active:
            self._refuse_changes_on_sale(variants)
        if variants is not None and variants.is_valid():
            for form in variants.deleted_forms:
                if form.instance.pk and self._has_stock(form.instance):
                    self.add_error(
                        None,
                        _(
                            "Variant %(sku)s still has stock or allocations: set it inactive "
                            "instead of deleting it."
                        )
                        % {"sku": form.instance.sku},
                    )
        return cleaned_data

    def _refuse_changes_on_sale(self, variants) -> None:
        for form in variants.forms:
            if not form.instance.pk or not form.instance.is_active:
                continue
            changed = [name for name in self.ON_SALE_FIELDS if name in form.changed_data]
            for name in changed:
                form.add_error(
                    name,
                    _(
                        "This product is on sale: ask shop staff to change its prices, "
                        "variant names and SKUs."
                    ),
                )

    def save(self, commit=True):
        if not self._manages_sales():
            # What an artisan adds goes on sale when staff say so.
            if self.instance._state.adding:
                self.instance.is_active = False
            for form in getattr(self.formsets.get("variants"), "forms", []):
                if form.instance._state.adding:
                    form.instance.is_active = False
        return super().save(commit=commit)

    @staticmethod
    def _has_stock(variant: ProductVariant) -> bool:
        return Stock.objects.filter(
            Q(quantity__gt=0) | Q(quantity_allocated__gt=0), variant=variant
        ).exists()


class _DryRun(Exception):
    """Raised to roll back a trial stock count."""


class StockForm(WagtailAdminModelForm):
    """A stock count. Saving goes through `shop.inventory.stock_set_quantity`, never straight
    to the row; validation runs that same function and rolls it back, so the rules stay in
    one place and a refused count shows up as an error on `quantity`."""

    class Meta:
        model = Stock
        fields = ["warehouse", "variant", "quantity"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "quantity" in self.fields:
            self.fields["quantity"].validators.append(MinValueValidator(0))
            self.fields["quantity"].widget.attrs["min"] = 0
        if "variant" in self.fields and self.instance.pk is None:
            # Made-to-order products carry no stock: do not offer their variants; an artisan
            # is offered (and may post) only their producers' variants.
            variants = ProductVariant.objects.filter(
                product__inventory_policy=InventoryPolicy.TRACKED
            )
            if self.for_user is not None:
                variants = variants.filter(
                    product__producer__in=producers_editable_by(self.for_user)
                )
            self.fields["variant"].queryset = variants
        if self.instance.pk:
            # A row belongs to one warehouse and variant: moving it would move its allocations.
            for name in ("warehouse", "variant"):
                if name in self.fields:
                    self.fields[name].disabled = True

    def clean(self):
        cleaned_data = super().clean()
        warehouse = cleaned_data.get("warehouse")
        variant = cleaned_data.get("variant")
        quantity = cleaned_data.get("quantity")
        if warehouse is None or variant is None or quantity is None:
            return cleaned_data
        if (
            self.instance.pk is None
            and Stock.objects.filter(warehouse=warehouse, variant=variant).exists()
        ):
            self.add_error(
                "variant",
                _("This warehouse already has a stock row for this variant; edit that row."),
            )
            return cleaned_data
        try:
            with transaction.atomic():
                stock_set_quantity(warehouse=warehouse, variant=variant, quantity=quantity)
                raise _DryRun
        except _DryRun:
            pass
        except StockCountError as error:
            self.add_error("quantity", str(error))
        except IntegrityError:
            self.add_error("quantity", _("This count breaks a stock rule; check the figures."))
        return cleaned_data

    def save(self, commit=True):
        if not commit:
            return super().save(commit=False)
        self.instance = stock_set_quantity(
            warehouse=self.cleaned_data["warehouse"],
            variant=self.cleaned_data["variant"],
            quantity=self.cleaned_data["quantity"],
        )
        return self.instance


class ExchangeRateForm(WagtailAdminModelForm):
    """A rate typed by staff: ISO 4217 codes (upper case, two different currencies), and a rate
    that moved more than `LANGNGHE_RATE_MAX_CHANGE` from the one before only if confirmed (a
    misplaced separator would price a $249 painting at $0.99)."""

    confirm_change = forms.BooleanField(
        label=gettext_lazy("I confirm this rate, although it moved a lot"),
        required=False,
    )

    def _currency(self, name: str) -> str:
        code = (self.cleaned_data.get(name) or "").strip().upper()
        if code not in known_currencies():
            raise forms.ValidationError(
                _("Enter a currency's ISO 4217 code, such as USD, EUR or VND.")
            )
        return code

    def clean_base_currency(self) -> str:
        return self._currency("base_currency")

    def clean_quote_currency(self) -> str:
        return self._currency("quote_currency")

    def clean(self):
        cleaned_data = super().clean()
        base, quote = cleaned_data.get("base_currency"), cleaned_data.get("quote_currency")
        rate, date = cleaned_data.get("rate"), cleaned_data.get("date")
        if base and base == quote:
            self.add_error("quote_currency", _("A rate links two different currencies."))
        elif base and quote and rate and date and not cleaned_data.get("confirm_change"):
            previous = rate_previous(base=base, quote=quote, before=date)
            if self.instance.pk and self.instance.rate == previous:
                previous = None  # editing the stored rate itself: compare with nothing older
            if rate_moved_too_far(old=previous, new=rate):
                self.add_error(
                    "rate",
                    _(
                        "1 %(base)s was %(old)s %(quote)s before: this moves it by more than "
                        "%(share)s. Check the separators, or tick the confirmation."
                    )
                    % {
                        "base": base,
                        "quote": quote,
                        "old": format(previous.normalize(), "f"),
                        "share": f"{rate_max_change() * 100:.0f} %",
                    },
                )
        return cleaned_data


@functools.lru_cache(maxsize=1)
def known_currencies() -> frozenset[str]:
    """ISO 4217 codes CLDR knows (Babel)."""
    return frozenset(list_currencies())
