"""shop/conf.py: one default for every setting the apps read, and checks for wrong values."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings

from shop.conf import DEFAULTS, langnghe_setting, langnghe_settings_check

APPS = [Path(settings.BASE_DIR) / app for app in ("shop", "checkout", "cms")]


def _app_sources():
    for app in APPS:
        for path in app.rglob("*.py"):
            if "migrations" not in path.parts:
                yield path, path.read_text()


def test_every_setting_the_apps_read_has_a_default():
    read = set()
    for _path, source in _app_sources():
        read |= set(re.findall(r'langnghe_setting\("([A-Z_]+)"\)', source))
    assert read, "the apps read their settings through langnghe_setting"
    assert read <= set(DEFAULTS)


def test_no_app_reads_a_langnghe_setting_without_its_default():
    direct = [
        f"{path}: {match}"
        for path, source in _app_sources()
        if path.name != "conf.py"
        for match in re.findall(r"settings\.((?:LANGNGHE|STRIPE)_[A-Z_]+)", source)
    ]
    assert direct == []


def test_a_host_that_sets_nothing_gets_the_defaults():
    with override_settings():
        del settings.LANGNGHE_CART_MAX_QUANTITY
        del settings.STRIPE_JS_URL
        assert langnghe_setting("LANGNGHE_CART_MAX_QUANTITY") == 20
        assert langnghe_setting("STRIPE_JS_URL") == "https://js.stripe.com/v3/"
        assert langnghe_settings_check(None) == []


@pytest.mark.parametrize(
    ("name", "value", "error_id"),
    [
        ("LANGNGHE_CART_MAX_QUANTITY", "20", "shop.E010"),
        ("LANGNGHE_CART_MAX_QUANTITY", -1, "shop.E010"),
        ("LANGNGHE_LOW_STOCK_THRESHOLD", "5", "shop.E010"),
        ("LANGNGHE_LOW_STOCK_THRESHOLD", 2.5, "shop.E010"),
        ("LANGNGHE_HOLD_MAX_SHARE", "2", "shop.E010"),
        ("LANGNGHE_RATE_MAX_CHANGE", "a quarter", "shop.E010"),
        ("LANGNGHE_COUNTRY_HEADERS", "HTTP_CF_IPCOUNTRY", "shop.E010"),
        ("LANGNGHE_ALLOW_TEST_PAYMENTS", "yes", "shop.E010"),
        ("LANGNGHE_BASE_CURRENCY", "DONG", "shop.E011"),
        ("LANGNGHE_PRICING_POLICY", "myshop.nowhere.pricing", "shop.E012"),
        ("LANGNGHE_PRICING_POLICY", "shop.conf.DEFAULTS", "shop.E013"),
    ],
)
def test_a_wrong_value_fails_the_system_check_with_its_name(name, value, error_id):
    with override_settings(**{name: value}):
        errors = langnghe_settings_check(None)
    assert [error.id for error in errors] == [error_id]
    assert name in errors[0].msg


def test_the_reference_settings_pass_the_check():
    assert langnghe_settings_check(None) == []
