"""`shop_bootstrap`: an empty shop for a real cooperative — one market, a warehouse, a shop page."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import Page, Site

from cms.bootstrap import page_lookup
from cms.models import HomePage
from shop.models import Market, Warehouse

pytestmark = pytest.mark.django_db


def bootstrap(*args: str) -> str:
    out = io.StringIO()
    call_command("shop_bootstrap", *args, stdout=out)
    return out.getvalue()


def host_root() -> Page:
    return Site.objects.get(is_default_site=True).root_page


def test_shop_bootstrap_creates_one_market_a_warehouse_and_a_shop_page_once():
    parent = host_root()
    args = (
        "--parent",
        parent.url_path,
        "--market-name",
        "Vietnam",
        "--currency",
        "vnd",
        "--countries",
        "VN, LA",
        "--language",
        "en",
        "--warehouse-name",
        "HTX Gốm Lam store",
    )
    sites_before = list(Site.objects.values_list("pk", "root_page_id", "is_default_site"))

    first = bootstrap(*args)
    second = bootstrap(*args)

    assert Market.objects.count() == 1
    assert Warehouse.objects.count() == 1
    assert HomePage.objects.count() == 1
    market, warehouse, home = Market.objects.get(), Warehouse.objects.get(), HomePage.objects.get()
    assert (market.slug, market.currency, market.default_language) == ("vietnam", "VND", "en")
    assert sorted(c.code for c in market.countries) == ["LA", "VN"]
    assert market.is_default
    assert warehouse.producer is None
    assert warehouse.code == "htx-gom-lam-store"
    assert home.get_parent().pk == parent.pk
    assert (home.title, home.live, home.has_unpublished_changes) == ("Shop", True, False)
    assert home.locale.language_code == "en"
    assert list(Site.objects.values_list("pk", "root_page_id", "is_default_site")) == sites_before
    assert "created" in first
    assert "created" not in second
    assert second.count("already there") == 3


def test_shop_bootstrap_refuses_an_unknown_currency_with_a_clear_message():
    with (
        translation.override("en"),
        pytest.raises(CommandError, match="Unknown currency 'XYZ'.*ISO 4217"),
    ):
        bootstrap("--parent", host_root().url_path, "--currency", "XYZ")
    assert not Market.objects.exists()
    assert not Warehouse.objects.exists()
    assert not HomePage.objects.exists()


def test_shop_bootstrap_refuses_an_unknown_country_code():
    with translation.override("en"), pytest.raises(CommandError, match="Unknown country code.*QQ"):
        bootstrap("--parent", str(host_root().pk), "--countries", "VN,QQ")
    assert not Market.objects.exists()


def test_shop_bootstrap_refuses_an_unknown_parent_page():
    with pytest.raises(CommandError, match="--parent /nowhere/: no such page"):
        bootstrap("--parent", "/nowhere/")
    assert not Market.objects.exists()


def test_shop_bootstrap_keeps_a_market_clash_a_clear_error_and_creates_nothing():
    bootstrap("--parent", "/", "--market-name", "Japan", "--currency", "JPY", "--countries", "JP")
    with pytest.raises(CommandError, match=r"countries: .*\(Japan\)"):
        bootstrap(
            "--parent",
            "/",
            "--market-name",
            "Asia",
            "--warehouse-name",
            "Asia",
            "--countries",
            "JP",
        )
    assert list(Market.objects.values_list("slug", flat=True)) == ["japan"]
    assert list(Warehouse.objects.values_list("code", flat=True)) == ["main-warehouse"]


def test_page_lookup_reads_ids_tree_paths_and_paths_within_the_default_site():
    root = host_root()
    child = root.add_child(instance=Page(title="About", slug="about"))
    assert page_lookup(str(child.pk)).pk == child.pk
    assert page_lookup(child.url_path).pk == child.pk  # "/home/about/"
    assert page_lookup("/about/").pk == child.pk  # within the default Site
    with pytest.raises(Page.DoesNotExist):
        page_lookup("/missing/")
