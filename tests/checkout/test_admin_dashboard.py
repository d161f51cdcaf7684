"""checkout/admin/dashboard.py and checkout/admin/sales.py: the shop's dashboard panel and
the sales report, per role."""

import csv
import io
from html import unescape

import pytest
from django.test import override_settings
from django.urls import reverse

from checkout.permissions import shop_roles_ensure
from shop.permissions import ARTISANS, FULFILMENT, SHOP_STAFF
from tests.checkout.test_permissions import login
from tests.factories import StockFactory
from tests.shop.test_reports import sold

pytestmark = pytest.mark.django_db
REPORT = "langnghe_sales_report"


@pytest.fixture(autouse=True)
def _roles():
    with override_settings(LANGNGHE_PAYMENT_GATEWAY="dummy"):
        shop_roles_ensure()
        yield


def dashboard(client) -> str:
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return unescape(response.content.decode())


def test_managers_see_what_to_ship_what_waits_low_stock_and_todays_sales():
    ready = sold(quantity=2, price="20.00")
    waiting = sold(document="cites_permit")
    low = StockFactory(quantity=1)
    html = dashboard(login(SHOP_STAFF))
    assert "The shop today" in html
    assert "1 order to ship" in html and ready.reference in html
    assert "1 order waiting for a document" in html
    assert f"{waiting.reference}</a> · CITES export permit" in html
    assert low.variant.sku in html and "1 left in" in html
    assert "Sales today:</strong> $80.00" in html  # two orders of $40.00
    assert reverse(REPORT) in html


def test_fulfilment_see_the_orders_but_neither_sales_nor_stock():
    ready = sold()
    StockFactory(quantity=1)
    html = dashboard(login(FULFILMENT))
    assert ready.reference in html
    assert "Sales today" not in html and "Low stock" not in html
    assert reverse(REPORT) not in html


def test_artisans_get_no_shop_panel():
    sold()
    assert "The shop today" not in dashboard(login(ARTISANS))


def test_the_sales_report_shows_a_chart_and_downloads_as_csv():
    order = sold(quantity=2, price="20.00")
    client = login(SHOP_STAFF)
    html = unescape(client.get(reverse(REPORT)).content.decode())
    assert "<svg" in html and "$40.00" in html and "₫1,040,000" in html
    producer = order.lines.get().variant.product.producer.name
    assert producer in html
    response = client.get(reverse(REPORT), {"format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:4] == ["Month", "Market", "Currency", "Producer"]
    assert rows[1][2:] == ["USD", producer, "1", "2", "40.00", "1040000"]


def test_the_report_refuses_days_that_make_no_sense_with_a_message():
    client = login(SHOP_STAFF)
    response = client.get(reverse(REPORT), {"date_from": "2026-12-31", "date_to": "2026-01-01"})
    assert response.status_code == 400
    assert "The first day comes after the last." in unescape(response.content.decode())
    response = client.get(reverse(REPORT), {"date_from": "yesterday"})
    assert response.status_code == 400
    assert "Enter a valid date." in response.content.decode()


@pytest.mark.parametrize("role", [FULFILMENT, ARTISANS])
def test_only_managers_see_the_sales_report(role):
    # Wagtail sends a browser to the dashboard with a message, and answers 403 to a script.
    response = login(role).get(
        reverse(REPORT), {"format": "csv"}, HTTP_X_REQUESTED_WITH="XMLHttpRequest"
    )
    assert response.status_code == 403
    assert login(role).get(reverse(REPORT)).url == reverse("wagtailadmin_home")
