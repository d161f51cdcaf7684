"""The "Shipping" admin menu: zones, methods, weight brackets, carriers and the exporter.

Three plain viewsets rather than one form with inlines: the models are not ClusterableModels, so
Wagtail's InlinePanel cannot edit methods or rates inside their zone. Nothing is registered on
import; `checkout/wagtail_hooks.py` registers `ShippingViewSetGroup` (or calls
`register_shipping_viewsets`).
"""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from checkout.models import Exporter, ShippingMethod, ShippingRate, ShippingZone
from shop.models import Carrier

COUNTRIES_SHOWN = 8


def _countries_summary(zone: ShippingZone) -> str:
    codes = [country.code for country in zone.countries]
    shown = ", ".join(codes[:COUNTRIES_SHOWN])
    hidden = len(codes) - COUNTRIES_SHOWN
    return f"{shown} (+{hidden})" if hidden > 0 else shown


def _methods_with_zone(request=None):
    return ShippingMethod.objects.select_related("zone")


class ShippingZoneViewSet(ModelViewSet):
    """Destination zones: the countries that share methods and prices."""

    model = ShippingZone
    name = "checkout_shippingzone"
    url_prefix = "checkout/shipping-zones"
    icon = "globe"
    menu_label = _("Shipping zones")
    search_fields = ["name"]
    search_backend_name = None
    list_display = [
        "name",
        Column("countries", label=_("Countries"), accessor=_countries_summary),
    ]
    panels = [FieldPanel("name"), FieldPanel("countries")]


class ShippingMethodViewSet(ModelViewSet):
    """Carrier services per zone: currency, volumetric divisor, weight limit, delivery days."""

    model = ShippingMethod
    name = "checkout_shippingmethod"
    url_prefix = "checkout/shipping-methods"
    icon = "list-ul"
    menu_label = _("Shipping methods")
    search_fields = ["name", "carrier", "zone__name"]
    search_backend_name = None
    list_display = [
        "name",
        "zone",
        "carrier",
        "currency",
        "max_weight_g",
        "days_min",
        "days_max",
        BooleanColumn("is_active", label=_("Active")),
        "position",
    ]
    list_filter = ["zone", "carrier", "is_active"]
    panels = [
        FieldRowPanel([FieldPanel("zone"), FieldPanel("name"), FieldPanel("carrier")]),
        FieldRowPanel([FieldPanel("currency"), FieldPanel("volumetric_divisor")]),
        FieldPanel("max_weight_g"),
        FieldRowPanel([FieldPanel("days_min"), FieldPanel("days_max")]),
        FieldRowPanel([FieldPanel("is_active"), FieldPanel("position")]),
    ]

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(queryset=_methods_with_zone(), **kwargs)


class ShippingRateFilterSet(WagtailFilterSet):
    # Method labels name their zone: load both in one query, not one per choice.
    method = django_filters.ModelChoiceFilter(
        label=_("Shipping method"), queryset=_methods_with_zone
    )
    method__zone = django_filters.ModelChoiceFilter(
        label=_("Shipping zone"), queryset=ShippingZone.objects.all()
    )

    class Meta:
        model = ShippingRate
        fields = ["method", "method__zone"]


class ShippingRateViewSet(ModelViewSet):
    """Weight brackets: the price of a parcel up to a chargeable weight, per method."""

    model = ShippingRate
    name = "checkout_shippingrate"
    url_prefix = "checkout/shipping-rates"
    icon = "table"
    menu_label = _("Shipping rates")
    search_fields = ["method__name", "method__zone__name"]
    search_backend_name = None
    list_display = [
        "method",
        "up_to_g",
        "price",
        Column("currency", label=_("Currency"), accessor="method.currency"),
    ]
    filterset_class = ShippingRateFilterSet
    panels = [FieldPanel("method"), FieldRowPanel([FieldPanel("up_to_g"), FieldPanel("price")])]

    def get_index_view_kwargs(self, **kwargs):
        queryset = ShippingRate.objects.select_related("method__zone").order_by(
            "method__zone__name", "method__position", "method__name", "up_to_g"
        )
        return super().get_index_view_kwargs(queryset=queryset, **kwargs)


class CarrierViewSet(ModelViewSet):
    """Carriers parcels leave with, and the address of their tracking pages (the shopper's
    shipping email links the parcel's page)."""

    model = Carrier
    name = "shop_carrier"
    url_prefix = "checkout/carriers"
    icon = "globe"
    menu_label = _("Carriers")
    search_fields = ["name"]
    search_backend_name = None
    list_display = ["name", "tracking_url", "is_active"]
    panels = [FieldPanel("name"), FieldPanel("tracking_url"), FieldPanel("is_active")]


class ExporterViewSet(ModelViewSet):
    """Who sends the parcels: the name, address and tax code the customs papers print."""

    model = Exporter
    name = "checkout_exporter"
    url_prefix = "checkout/exporter"
    icon = "user"
    menu_label = _("Exporter")
    list_display = ["name", "tax_id", "phone"]
    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("country"), FieldPanel("tax_id")]),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("signatory"),
    ]


class ShippingViewSetGroup(SnippetViewSetGroup):
    """Shipping zones, methods, rates, carriers and the exporter under one "Shipping" menu
    item."""

    menu_label = _("Shipping")
    menu_icon = "redirect"
    menu_order = 210
    items = (
        ShippingZoneViewSet,
        ShippingMethodViewSet,
        ShippingRateViewSet,
        CarrierViewSet,
        ExporterViewSet,
    )


def register_shipping_viewsets() -> None:
    """Add the "Shipping" menu to the admin (call once, from `checkout/wagtail_hooks.py`)."""
    register_snippet(ShippingViewSetGroup)
