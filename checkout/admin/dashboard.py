"""The shop's panel on the admin's dashboard: orders to ship, orders waiting for a document,
made-to-order work with the day promised, low stock and today's sales, each shown to the roles
that may see it. The figures come from `shop.reports`."""

from __future__ import annotations

from wagtail.admin.ui.components import Component

from checkout.admin.order_actions import amount_text
from checkout.documents import document_label
from shop.conf import langnghe_setting
from shop.permissions import user_is_shop_wide
from shop.reports import made_to_order_backlog, orders_to_ship, sales_today, stock_low

SHOWN = 10  # rows per list; the order list has the rest


class ShopDashboardPanel(Component):
    """What needs doing today, at the top of the dashboard."""

    name = "langnghe_shop"
    template_name = "checkout/admin/dashboard/panel.html"
    order = 50

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        user = request.user
        context = super().get_context_data(parent_context)
        context["request"] = request
        if user.has_perm("shop.view_order"):
            to_ship = orders_to_ship()
            context.update(
                ready=to_ship.ready[:SHOWN],
                ready_count=len(to_ship.ready),
                waiting=[
                    (order, ", ".join(document_label(kind) for kind in missing))
                    for order, missing in to_ship.waiting[:SHOWN]
                ],
                waiting_count=len(to_ship.waiting),
                backlog=made_to_order_backlog()[:SHOWN],
                can_see_orders=True,
            )
        if _sees_all_stock(user):
            context.update(low_stock=stock_low()[:SHOWN], can_see_stock=True)
        if user.has_perm("shop.view_sales"):
            totals = sales_today()
            base = langnghe_setting("LANGNGHE_BASE_CURRENCY")
            context.update(
                sales=[
                    amount_text(amount, currency)
                    for currency, amount in sorted(totals.items())
                    if currency != "total"
                ],
                sales_total=amount_text(totals.get("total", 0), base),
                can_see_sales=True,
            )
        return context


def _sees_all_stock(user) -> bool:
    """The shop's low stock is every producer's: for users who see every stock row (the stock
    policy keeps others, such as artisans counting their own, to their producers' rows)."""
    return user.has_perm("shop.view_stock") and user_is_shop_wide(user)


def shop_dashboard_panels(request, panels) -> None:
    """`construct_homepage_panels` hook: the shop's panel for whoever may see a part of it."""
    user = request.user
    if (
        user.has_perm("shop.view_order")
        or user.has_perm("shop.view_sales")
        or _sees_all_stock(user)
    ):
        panels.append(ShopDashboardPanel())
