"""The "Shop" menu of the Wagtail admin and the permission policies its views rely on."""

from django.utils.translation import gettext_lazy as _
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from shop.admin.catalogue import CategoryViewSet, ProducerViewSet, ProductViewSet
from shop.admin.inventory import (
    AllocationViewSet,
    ReservationViewSet,
    StockViewSet,
    WarehouseViewSet,
)
from shop.admin.markets import ExchangeRateViewSet, MarketPriceViewSet, MarketViewSet
from shop.models import Allocation, Producer, Product, Reservation, Stock
from shop.permissions import (
    LimitedActionsPermissionPolicy,
    ProducerScopedPermissionPolicy,
    ScopedLimitedPermissionPolicy,
)

# Policies first: Wagtail refuses a policy once it has handed out a default one for the model.
register_permission_policy(Producer, ProducerScopedPermissionPolicy(Producer))
register_permission_policy(
    Product, ProducerScopedPermissionPolicy(Product, producer_field="producer")
)
register_permission_policy(
    Stock,
    ScopedLimitedPermissionPolicy(
        Stock,
        producer_field="variant__product__producer",
        allowed_actions={"add", "change", "view"},
    ),
)
for _model in (Allocation, Reservation):
    register_permission_policy(
        _model, LimitedActionsPermissionPolicy(_model, allowed_actions={"view"})
    )


class ShopViewSetGroup(SnippetViewSetGroup):
    """Everything staff manage for the shop, under one "Shop" menu item."""

    menu_label = _("Shop")
    menu_icon = "pick"
    menu_order = 200
    items = (
        ProducerViewSet,
        CategoryViewSet,
        ProductViewSet,
        MarketViewSet,
        MarketPriceViewSet,
        ExchangeRateViewSet,
        WarehouseViewSet,
        StockViewSet,
        AllocationViewSet,
        ReservationViewSet,
    )


register_snippet(ShopViewSetGroup)
