"""shop/logs.py: logs never hold a bearer link to an order or what someone searched for."""

import logging

import pytest
from django.test import Client

from shop.logs import RedactFilter, log_text_redact

pytestmark = pytest.mark.django_db

TOKEN = "Zx8f2Kq9" + "A" * 24


def test_redacting_twice_changes_nothing_more():
    once = log_text_redact(f"/en/checkout/order/{TOKEN}/?q=x")
    assert log_text_redact(once) == once


def test_tokens_are_shortened_and_search_terms_dropped():
    line = f'"GET /en/checkout/order/{TOKEN}/?q=Nguyen%20Van%20A HTTP/1.1" 200'
    assert log_text_redact(line) == '"GET /en/checkout/order/Zx8f2K…/?q=… HTTP/1.1" 200'
    for path in ("pay", "payments/dummy", "payments/return"):
        assert TOKEN not in log_text_redact(f"/en/checkout/{path}/{TOKEN}/")


def test_a_404_on_an_order_link_logs_no_token(caplog):
    from tests.checkout.builders import checkout_shop_build

    checkout_shop_build()
    handler_filter = RedactFilter()
    with caplog.at_level(logging.WARNING, logger="django.request"):
        caplog.handler.addFilter(handler_filter)
        try:
            Client().get(f"/en/checkout/order/{TOKEN}/")
            Client().get("/admin/shop/orders/?q=minji%40example.com")
        finally:
            caplog.handler.removeFilter(handler_filter)
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "Not Found" in text
    assert TOKEN not in text and "minji" not in text


def test_the_projects_log_handler_redacts():
    from django.conf import settings

    assert "redact" in settings.LOGGING["handlers"]["console"]["filters"]
    assert settings.LOGGING["loggers"]["django.server"]["handlers"] == ["console"]
