"""The artisan's panel on the admin's dashboard: their products and stories one click away (with
"send for translation" on each story), their products' stock with a link to count it, the order
lines they must prepare (an order's reference and what to make, never the shopper), this month's
sales of their products and their QR label sheets. Shop-wide staff have the shop's own panel
(`checkout.admin.dashboard`) instead."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from checkout.admin.order_actions import amount_text
from cms.models import StoryPage
from shop.conf import langnghe_setting
from shop.models import Product, Stock
from shop.permissions import producers_editable_by, user_is_shop_wide
from shop.reports import order_lines_to_prepare, sales_report

SHOWN = 12


class ArtisanDashboardPanel(Component):
    """What an artisan works on, for the producers they edit."""

    name = "langnghe_artisan"
    template_name = "cms/admin/artisan_panel.html"
    order = 40

    def __init__(self, producers: list) -> None:
        self.producers = producers

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        # The panel's forms ("send for translation") post from the dashboard's own request.
        context["request"] = parent_context.get("request")
        context["csrf_token"] = parent_context.get("csrf_token")
        producer_ids = [producer.pk for producer in self.producers]
        products = list(
            Product.objects.filter(producer_id__in=producer_ids).order_by("name_vi")[:SHOWN]
        )
        stories = {
            page.product_id: page
            for page in StoryPage.objects.filter(
                product__in=products, locale__language_code=_default_language()
            )
        }
        today = timezone.localdate()
        sales = sales_report(
            date_from=today.replace(day=1), date_to=today, producer_ids=producer_ids
        )
        base = langnghe_setting("LANGNGHE_BASE_CURRENCY")
        stocks = list(
            Stock.objects.filter(variant__product__producer_id__in=producer_ids)
            .select_related("variant__product", "warehouse")
            .order_by("variant__product__name_vi", "variant__sku", "warehouse__name")[:SHOWN]
        )
        context.update(
            stocks=[
                {
                    "stock": stock,
                    "free": stock.quantity - stock.quantity_allocated,
                    "count": reverse("shop_stock:edit", args=[stock.pk]),
                }
                for stock in stocks
            ],
            stock_index=reverse("shop_stock:index"),
            stock_add=reverse("shop_stock:add"),
            producers=[
                {"producer": p, "qr_sheet": reverse("storefront:qr_sheet", args=[p.pk])}
                for p in self.producers
            ],
            products=[
                {
                    "product": product,
                    "edit": reverse("wagtailsnippets_shop_product:edit", args=[product.pk]),
                    "story": stories.get(product.pk),
                    "translate": (
                        reverse("langnghe_page_translation_send", args=[stories[product.pk].pk])
                        if product.pk in stories
                        else ""
                    ),
                }
                for product in products
            ],
            to_prepare=order_lines_to_prepare(producer_ids=producer_ids)[:SHOWN],
            units_sold=sum(row.units for row in sales),
            sales_month=amount_text(sum(row.base_amount for row in sales), base),
        )
        return context


def _default_language() -> str:
    from wagtail.models import Locale

    return Locale.get_default().language_code


def artisan_dashboard_panels(request, panels) -> None:
    """`construct_homepage_panels` hook: the panel for users who edit some producers and do not
    work shop-wide."""
    user = request.user
    if user_is_shop_wide(user):
        return
    producers = list(producers_editable_by(user).order_by("name"))
    if producers:
        panels.append(ArtisanDashboardPanel(producers))
