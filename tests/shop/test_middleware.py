"""shop/middleware.py: control characters (a NUL byte above all: PostgreSQL refuses it in text)
in a path, a query or a form are a 400 before any view or query; never a 500."""

import pytest
from django.http import HttpResponse
from django.test import Client

from tests.cms.conftest import build_shop

pytestmark = pytest.mark.django_db


@pytest.fixture
def shopfront():
    return build_shop(products=1)


@pytest.mark.parametrize(
    "url",
    [
        "/en/search/?q=a%00b",
        "/en/search/?q=%1B%5B31m",
        "/en/%00/",
        "/en/makers/%00x/",
        "/admin/pages/search/?q=%00",
        "/q/1%00/",
    ],
)
def test_a_control_character_in_the_address_is_a_400(shopfront, url):
    response = Client().get(url)
    assert response.status_code in (400, 404), response.status_code
    if "%00" in url or "%1B" in url:
        assert response.status_code == 400


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("/en/checkout/cart/add/", {"variant": "SKU\x00", "quantity": "1"}),
        ("/en/market/", {"country": "J\x00P"}),
        ("/admin/login/", {"username": "admin\x00", "password": "x"}),
    ],
)
def test_a_control_character_in_a_form_is_a_400(shopfront, url, data):
    assert Client().post(url, data).status_code == 400


def test_tabs_and_new_lines_in_a_form_are_fine(shopfront):
    response = Client().post("/en/checkout/cart/add/", {"variant": "a\tb\r\n", "quantity": "1"})
    assert response.status_code == 302


@pytest.mark.django_db
def test_request_market_is_the_shoppers_market_worked_out_when_read():
    from django.test import RequestFactory

    from shop.middleware import MarketMiddleware
    from shop.shopper import shopper_market
    from tests.factories import MarketFactory

    MarketFactory(slug="us", countries=["US"], is_default=True)
    MarketFactory(slug="jp", countries=["JP"], currency="JPY", default_language="ja")
    request = RequestFactory().get("/ja/", HTTP_ACCEPT_LANGUAGE="ja-JP")
    request.session = {}
    seen = {}

    def view(req):
        seen["unread"] = "_langnghe_market" not in req.__dict__
        seen["slug"] = req.market.slug
        seen["same"] = shopper_market(req) is req.__dict__["_langnghe_market"]
        return HttpResponse()

    MarketMiddleware(view)(request)
    assert seen == {"unread": True, "slug": "jp", "same": True}
