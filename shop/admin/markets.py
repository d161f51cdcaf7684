"""Markets, their explicit prices, and exchange rates."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.viewsets.model import ModelViewSet

from shop.admin.forms import ExchangeRateForm
from shop.models import ExchangeRate, Market, MarketPrice


class MarketViewSet(ModelViewSet):
    """Destination markets: countries, currency, language, rounding and duties mode."""

    model = Market
    name = "shop_market"
    url_prefix = "shop/markets"
    icon = "globe"
    menu_label = _("Markets")
    search_fields = ["name", "slug"]
    search_backend_name = None
    list_display = [
        "name",
        "currency",
        "default_language",
        "duties_mode",
        BooleanColumn("is_active", label=_("Active")),
        BooleanColumn("is_default", label=_("Default")),
        "position",
    ]
    list_filter = ["currency", "duties_mode", "is_active"]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("countries"),
        FieldRowPanel([FieldPanel("currency"), FieldPanel("default_language")]),
        FieldRowPanel([FieldPanel("rounding_rule"), FieldPanel("duties_mode")]),
        FieldRowPanel([FieldPanel("is_active"), FieldPanel("is_default")]),
        FieldPanel("position"),
    ]


class MarketPriceViewSet(ModelViewSet):
    """Explicit prices of variants in a market's currency."""

    model = MarketPrice
    name = "shop_marketprice"
    url_prefix = "shop/market-prices"
    icon = "tag"
    menu_label = _("Market prices")
    search_fields = ["variant__sku", "variant__product__name_vi", "market__name"]
    search_backend_name = None
    list_display = ["variant", "market", "amount"]
    list_filter = ["market"]
    panels = [FieldPanel("market"), FieldPanel("variant"), FieldPanel("amount")]

    def get_index_view_kwargs(self, **kwargs):
        queryset = MarketPrice.objects.select_related("market", "variant")
        return super().get_index_view_kwargs(queryset=queryset, **kwargs)


class ExchangeRateViewSet(ModelViewSet):
    """Daily exchange rates, imported or entered by staff."""

    model = ExchangeRate
    name = "shop_exchangerate"
    url_prefix = "shop/exchange-rates"
    icon = "decimal"
    menu_label = _("Exchange rates")
    search_fields = ["base_currency", "quote_currency"]
    search_backend_name = None
    list_display = ["__str__", "date", "source", "imported_at"]
    list_filter = ["source", "base_currency", "quote_currency", "date"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("base_currency"), FieldPanel("quote_currency")]),
            FieldPanel("rate"),
            FieldPanel("confirm_change"),
            FieldRowPanel([FieldPanel("date"), FieldPanel("source")]),
        ],
        base_form_class=ExchangeRateForm,
    )
