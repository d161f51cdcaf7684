"""The shop's roles (shop/permissions.py, checkout/permissions.py) against the admin's views:
shop managers everywhere, fulfilment on orders and shipping short of money, artisans on their
products. A role where it does not belong gets 403 (Wagtail answers an XMLHttpRequest with
403; a browser is sent to the dashboard with a message, tested once below)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client, override_settings
from django.urls import reverse

from checkout.models import Exporter
from checkout.permissions import shop_roles_ensure
from shop.models import Order, OrderStatus
from shop.permissions import ARTISANS, FULFILMENT, SHOP_STAFF
from tests.checkout.test_admin_orders import english, paid
from tests.checkout.test_papers import EXPORTER
from tests.factories import UserFactory

pytestmark = [pytest.mark.django_db]

XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}
ROLES = (SHOP_STAFF, FULFILMENT, ARTISANS)


@pytest.fixture(autouse=True)
def _shop():
    with override_settings(LANGNGHE_PAYMENT_GATEWAY="dummy"):
        shop_roles_ensure()
        Exporter.objects.create(**EXPORTER)
        yield


def login(role: str) -> Client:
    user = english(UserFactory(username=role.lower().replace(" ", "-")))
    user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.force_login(user)
    return client


def order_page(name: str, order: Order) -> str:
    if name == "papers":
        return reverse("shop_order:papers", args=[order.pk, 0, "invoice"])
    return reverse(f"shop_order:{name}", args=[order.pk])


# (admin page, roles that may open it)
PAGES = [
    ("shop_order:index", {SHOP_STAFF, FULFILMENT}),
    ("shop_carrier:index", {SHOP_STAFF, FULFILMENT}),
    ("wagtailsnippets_shop_product:list", {SHOP_STAFF, ARTISANS}),
    ("shop_market:index", {SHOP_STAFF}),
    ("shop_exchangerate:index", {SHOP_STAFF}),
    ("shop_stock:index", {SHOP_STAFF, ARTISANS}),  # artisans: their products' rows only
    ("checkout_shippingzone:index", {SHOP_STAFF}),
    ("checkout_dutyrule:index", {SHOP_STAFF}),
    ("checkout_dutytariff:index", {SHOP_STAFF}),
    ("checkout_exportdocumentkind:index", {SHOP_STAFF}),
    ("checkout_exportrestriction:index", {SHOP_STAFF}),
    ("checkout_exporter:index", {SHOP_STAFF}),
    ("checkout_webhookevent:index", {SHOP_STAFF}),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("url_name", "allowed"), PAGES, ids=[page for page, _ in PAGES])
def test_each_role_opens_its_pages_and_gets_403_elsewhere(role, url_name, allowed):
    response = login(role).get(reverse(url_name), **XHR)
    assert response.status_code == (200 if role in allowed else 403)


@pytest.mark.parametrize("role", ROLES)
def test_an_order_and_its_papers_are_for_managers_and_fulfilment(role):
    order = paid(quantity=1)
    client = login(role)
    expected = 200 if role in {SHOP_STAFF, FULFILMENT} else 403
    assert client.get(order_page("inspect", order), **XHR).status_code == expected
    assert client.get(order_page("papers", order), **XHR).status_code == expected


@pytest.mark.parametrize("role", ROLES)
def test_shipping_is_for_managers_and_fulfilment(role):
    order = paid(quantity=1)
    line = order.lines.get()
    response = login(role).post(order_page("fulfil", order), {f"ship-{line.pk}": "1"}, **XHR)
    order.refresh_from_db()
    if role == ARTISANS:
        assert response.status_code == 403
        assert order.status == OrderStatus.PAID
    else:
        assert response.status_code == 302
        assert order.status == OrderStatus.FULFILLED


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("action", "data"),
    [("refund", {"amount": "5"}), ("cancel", {"confirm": "on"}), ("anonymise", {"confirm": "on"})],
)
def test_money_and_personal_data_are_for_managers_only(role, action, data):
    order = paid(quantity=1)
    response = login(role).post(order_page(action, order), data, **XHR)
    order.refresh_from_db()
    if role == SHOP_STAFF:
        # Back on the order page with the outcome (an unshipped order keeps its data: a rule
        # of shop.privacy, not a permission).
        assert response.status_code == 302 and response.url == order_page("inspect", order)
        assert {"refund": order.amount_refunded == 5, "cancel": order.status == "cancelled"}.get(
            action, True
        )
    else:
        assert response.status_code == 403
        assert order.amount_refunded == 0 and order.status == OrderStatus.PAID
        assert order.email == "buyer@example.com"


def test_fulfilment_sees_no_refund_cancel_or_anonymise_button():
    order = paid(quantity=2)
    html = login(FULFILMENT).get(order_page("inspect", order)).content.decode()
    assert order_page("fulfil", order) in html
    for action in ("refund", "cancel", "anonymise"):
        assert order_page(action, order) not in html
    manager_html = login(SHOP_STAFF).get(order_page("inspect", order)).content.decode()
    assert order_page("refund", order) in manager_html


def test_a_browser_without_the_permission_is_sent_to_the_dashboard_with_a_message():
    order = paid(quantity=1)
    client = login(FULFILMENT)
    response = client.post(order_page("refund", order), {"amount": "5"})
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    order.refresh_from_db()
    assert order.amount_refunded == 0


def test_groups_that_could_act_on_orders_keep_refunds_after_the_upgrade():
    """Migration shop 0014 gives "manage_order" to every group that had "change_order"."""
    from importlib import import_module

    from django.apps import apps

    migration = import_module("shop.migrations.0014_order_manage_permission")
    old = Group.objects.create(name="Old staff")
    old.permissions.add(Permission.objects.get(codename="change_order"))
    viewers = Group.objects.create(name="Viewers")
    viewers.permissions.add(Permission.objects.get(codename="view_order"))
    Permission.objects.filter(codename__in=["manage_order", "view_sales"]).delete()
    migration.manage_permission_grant(apps, None)
    assert old.permissions.filter(codename__in=["manage_order", "view_sales"]).count() == 2
    assert not viewers.permissions.filter(codename__in=["manage_order", "view_sales"]).exists()
