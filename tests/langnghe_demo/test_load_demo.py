"""`load_demo`: a believable catalogue that prices everywhere, and a second run changes nothing."""

import io
from decimal import Decimal

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db.models import Count
from django.test import override_settings
from wagtail.models import Locale, Page, Revision, Site

from cms.models import HomePage, ListingPage
from langnghe_demo.catalogue import producers as demo_producers
from langnghe_demo.catalogue.steps import VIETCOMBANK_FILE
from shop.models import (
    Category,
    ExchangeRate,
    Market,
    MarketPrice,
    Producer,
    Product,
    ProductVariant,
    Stock,
    Warehouse,
)
from shop.permissions import ARTISANS
from shop.pricing import variant_price
from shop.rates import rates_parse_vietcombank

PASSWORD_ENV = ("LANGNGHE_DEMO_ADMIN_PASSWORD", "LANGNGHE_DEMO_ARTISAN_PASSWORD")
# Columns that legitimately move between runs; everything else must stay identical.
VOLATILE = {"imported_at", "last_login"}


@pytest.fixture(autouse=True)
def _no_password_overrides(monkeypatch, settings):
    for name in PASSWORD_ENV:
        monkeypatch.delenv(name, raising=False)
    # PBKDF2 is deliberately slow; these tests load the demo users many times.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="module")
def sample_date():
    """The date of the bundled Vietcombank file, which the demo imports."""
    return rates_parse_vietcombank(data=VIETCOMBANK_FILE.read_bytes())[0].date


# Three of the seven languages keep each load quick; the locale test loads them all.
QUICK_LANGUAGES = "vi,en,ja"


def load_demo(*args: str, languages: str | None = QUICK_LANGUAGES) -> str:
    out = io.StringIO()
    extra = ["--languages", languages] if languages else []
    call_command("load_demo", *args, *extra, stdout=out)
    return out.getvalue()


def snapshot() -> dict[str, list[tuple]]:
    """Every row of every shop model, of users, groups, locales and their links, by primary key."""
    user_model = get_user_model()
    models = [
        *apps.get_app_config("shop").get_models(),
        user_model,
        Group,
        Locale,
        user_model.groups.through,
        Group.permissions.through,
        Producer.editors.through,
        apps.get_model("wagtailcore", "GroupCollectionPermission"),
    ]
    tables = {}
    for model in models:
        names = [f.attname for f in model._meta.concrete_fields if f.name not in VOLATILE]
        rows = model.objects.order_by("pk").values_list(*names)
        tables[model._meta.label] = [tuple(repr(value) for value in row) for row in rows]
    return tables


@pytest.mark.django_db
def test_catalogue_stock_and_made_to_order(settings):
    load_demo()

    codes = set(Locale.objects.values_list("language_code", flat=True))
    assert codes == set(QUICK_LANGUAGES.split(","))  # --languages limits the locales and pages

    assert Producer.objects.count() >= 6
    assert set(Producer.objects.values_list("kind", flat=True)) >= {
        "artisan",
        "household",
        "cooperative",
        "enterprise",
    }
    assert Product.objects.count() >= 24
    assert Product.objects.values("category").distinct().count() >= 8
    for product in Product.objects.prefetch_related("variants"):
        assert 1 <= product.variants.count() <= 4, product.slug
        assert product.country_of_origin == "VN"
        product.full_clean()
        for variant in product.variants.all():
            variant.full_clean()
            assert isinstance(variant.base_price, Decimal)
            assert variant.base_price > 0
            assert variant.gross_weight_g > variant.net_weight_g > 0
    for producer in Producer.objects.all():
        producer.full_clean()
        assert 3 <= producer.ocop_stars <= 5
        assert producer.ocop_certificate_number.startswith("OCOP-")

    # Variants keep the order written in the data.
    for product in Product.objects.all():
        orders = list(product.variants.order_by("sort_order").values_list("sort_order", flat=True))
        assert orders == list(range(len(orders))), product.slug

    # Stock in two or more warehouses; made-to-order variants have a lead time instead.
    assert Warehouse.objects.count() >= 2
    assert Warehouse.objects.filter(producer__isnull=True).exists()
    assert Stock.objects.values("warehouse").distinct().count() >= 2
    stocked_twice = Stock.objects.values("variant").annotate(n=Count("pk")).filter(n__gte=2)
    assert stocked_twice.exists()
    quantities = list(Stock.objects.values_list("quantity", flat=True))
    assert 0 in quantities
    assert any(1 <= q <= 3 for q in quantities)
    assert sum(5 <= q <= 60 for q in quantities) > len(quantities) / 2

    tracked = ProductVariant.objects.filter(product__inventory_policy="tracked")
    for variant in tracked:
        assert variant.stocks.exists(), variant.sku
        assert variant.lead_time_days is None

    made_to_order = ProductVariant.objects.filter(product__inventory_policy="made_to_order")
    assert made_to_order.count() >= 4
    for variant in made_to_order:
        assert 14 <= variant.lead_time_days <= 60, variant.sku
    assert not Stock.objects.filter(variant__in=made_to_order).exists()


@pytest.mark.django_db
def test_markets_rates_and_prices(sample_date):
    load_demo()

    markets = {m.slug: m for m in Market.objects.all()}
    assert {m.currency for m in markets.values()} == {"VND", "USD", "EUR", "JPY", "KRW", "GBP"}
    assert len(markets) == 6
    assert [m.slug for m in Market.objects.filter(is_default=True)] == ["united-states"]
    euro = markets["euro-area"]
    assert {c.code for c in euro.countries} >= {"DE", "FR", "NL", "IT", "ES", "HR", "BG"}
    assert len(euro.countries) == 21
    assert (markets["japan"].duties_mode, markets["south-korea"].duties_mode) == ("DAP", "DAP")
    for market in markets.values():
        market.full_clean()

    for currency in ("USD", "EUR", "JPY", "KRW", "GBP"):
        assert ExchangeRate.objects.filter(
            base_currency=currency, quote_currency="VND", date=sample_date
        ).exists(), currency

    # Every variant has a price in every market on the sample date (no MissingExchangeRate).
    markets = list(markets.values())
    for variant in ProductVariant.objects.select_related("product"):
        for market in markets:
            price = variant_price(variant=variant, market=market, on=sample_date)
            assert price.money.code == market.currency
            assert price.money.amount > 0
            if market.currency in ("JPY", "KRW", "VND"):
                assert price.money.amount.as_tuple().exponent == 0, (variant.sku, market.slug)

    # The flagship tea set has round explicit prices.
    tea_set = ProductVariant.objects.get(sku="BT-TEA-LAM-6")
    japan = Market.objects.get(currency="JPY")
    usa = Market.objects.get(currency="USD")
    assert str(variant_price(variant=tea_set, market=japan, on=sample_date).money.amount) == "12800"
    assert str(variant_price(variant=tea_set, market=usa, on=sample_date).money.amount) == "59.00"
    assert MarketPrice.objects.count() >= 2

    # Names in every language (issue 14): Vietnamese in `name`, the six others beside it.
    others = {code for code, _name in settings.LANGUAGES} - {"vi"}
    for model in (Category, Producer, ProductVariant):
        for obj in model.objects.all():
            assert set(obj.name_translations) == others, (model.__name__, obj.pk)
    assert tea_set.name == "Men lam, 6 chén" and tea_set.name_translations["ko"] == "청화, 찻잔 6개"


@pytest.mark.django_db
def test_users_and_groups():
    output = load_demo()

    user_model = get_user_model()
    admin = user_model.objects.get(username="admin")
    assert admin.is_superuser and admin.is_staff
    artisan = user_model.objects.get(username="nghenhan")
    assert not artisan.is_superuser
    assert artisan.groups.filter(name=ARTISANS).exists()
    assert artisan.has_perm("wagtailadmin.access_admin")
    bat_trang = Producer.objects.get(slug=demo_producers.BAT_TRANG)
    assert list(bat_trang.editors.all()) == [artisan]
    assert not Producer.objects.exclude(pk=bat_trang.pk).filter(editors=artisan).exists()

    logins = dict(line.strip().split(" / ", 1) for line in output.splitlines() if " / " in line)
    assert admin.check_password(logins["admin"])
    assert artisan.check_password(logins["nghenhan"])
    assert "http://127.0.0.1:8000/admin/" in output


@pytest.mark.django_db
def test_passwords_are_kept_unless_reset():
    load_demo()
    admin = get_user_model().objects.get(username="admin")
    first_hash = admin.password

    again = load_demo()
    admin.refresh_from_db()
    assert admin.password == first_hash
    assert "admin: password unchanged" in again
    assert "admin / " not in again

    reset = load_demo("--reset-passwords")
    admin.refresh_from_db()
    new_password = next(
        line.strip().split(" / ", 1)[1] for line in reset.splitlines() if "admin / " in line
    )
    assert admin.password != first_hash
    assert admin.check_password(new_password)


@pytest.mark.django_db
def test_password_from_the_environment(monkeypatch):
    monkeypatch.setenv("LANGNGHE_DEMO_ADMIN_PASSWORD", "ceramic-lotus-pond-2026")
    output = load_demo()

    admin = get_user_model().objects.get(username="admin")
    assert admin.check_password("ceramic-lotus-pond-2026")
    assert "ceramic-lotus-pond-2026" not in output
    assert "LANGNGHE_DEMO_ADMIN_PASSWORD" in output

    first_hash = admin.password
    load_demo()
    admin.refresh_from_db()
    assert admin.password == first_hash


def pages_snapshot() -> dict[str, list[tuple]]:
    """Every page and revision, and wagtail-localize's sources, translations and strings."""
    models = [
        Page,
        Revision,
        *(
            apps.get_model("wagtail_localize", name)
            for name in ("TranslationSource", "Translation", "StringTranslation", "TranslationLog")
        ),
    ]
    return {model._meta.label: list(model.objects.order_by("pk").values_list()) for model in models}


@pytest.mark.django_db
def test_second_run_changes_nothing():
    first_output = load_demo()
    before = snapshot()
    pages_before = pages_snapshot()

    second_output = load_demo()

    assert snapshot() == before
    assert pages_snapshot() == pages_before
    assert "created" in first_output
    assert " created" not in second_output
    assert " updated" not in second_output


@pytest.mark.django_db
def test_the_demo_leaves_a_valid_page_tree_that_takes_new_children():
    load_demo()
    load_demo()  # a second run publishes nothing, and must not spoil the tree either
    evil, bad_steplen, orphans, wrong_depth, wrong_numchild = Page.find_problems()
    assert not (evil or bad_steplen or orphans or wrong_depth), Page.find_problems()
    assert not wrong_numchild, list(Page.objects.filter(pk__in=wrong_numchild))
    # What staff do next in the admin: a new page under each translated shop listing.
    for shop in ListingPage.objects.filter(category__isnull=True, depth__gt=2):
        shop.add_child(instance=ListingPage(title="New", slug="new-section", locale=shop.locale))


def default_site_state() -> list[tuple]:
    return list(Site.objects.order_by("pk").values_list("pk", "root_page_id", "is_default_site"))


@pytest.mark.django_db
def test_load_demo_under_a_parent_leaves_the_host_site_root_alone():
    host_root = Site.objects.get(is_default_site=True).root_page
    before = default_site_state()

    load_demo("--parent", host_root.url_path)

    assert default_site_state() == before
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    assert home.get_parent().pk == host_root.pk
    assert Page.objects.filter(pk=host_root.pk).exists()

    # By id, again: the same home is found, nothing moves.
    load_demo("--parent", str(host_root.pk))
    assert default_site_state() == before
    assert HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE).pk == home.pk


@pytest.mark.django_db
def test_load_demo_without_a_parent_goes_under_the_tree_root_and_keeps_the_site():
    before = default_site_state()

    load_demo()

    assert default_site_state() == before
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    assert home.get_parent().pk == Page.get_first_root_node().pk


@pytest.mark.django_db
def test_load_demo_refuses_an_unknown_parent():
    with pytest.raises(CommandError, match="--parent /no/such/page/: no such page"):
        load_demo("--parent", "/no/such/page/")
    assert not HomePage.objects.exists()


@pytest.mark.django_db
def test_load_demo_creates_only_the_locales_it_needs(settings):
    languages = [*settings.LANGUAGES, ("es", "Español")]
    with override_settings(LANGUAGES=languages, WAGTAIL_CONTENT_LANGUAGES=languages):
        load_demo(languages=None)

    codes = set(Locale.objects.values_list("language_code", flat=True))
    assert "es" not in codes
    assert codes == {code for code, _name in settings.LANGUAGES}
    assert not Page.objects.filter(locale__language_code="es").exists()


@pytest.mark.django_db
def test_as_default_site_serves_the_demo_at_root(client):
    load_demo("--as-default-site")

    site = Site.objects.get(is_default_site=True)
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    assert site.root_page_id == home.pk
    assert Site.objects.count() == 1
    # Wagtail's placeholder "Welcome" page, no longer any site's root, is gone.
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()

    vi = client.get("/vi/")
    assert vi.status_code == 200
    assert "Làng Nghề – hàng thủ công từ các làng nghề Việt Nam" in vi.content.decode()
    en = client.get("/en/shop/")  # translated slugs
    assert en.status_code == 200
    assert "Shop" in en.content.decode()
    ja = ListingPage.objects.get(locale__language_code="ja", category__isnull=True)
    assert (ja.slug, client.get(ja.url).status_code) == ("商品一覧", 200)
    assert client.get("/vi/san-pham/").status_code == 200

    before = default_site_state()
    load_demo("--as-default-site")
    assert default_site_state() == before


def test_languages_must_be_the_sites():
    with pytest.raises(CommandError, match="not in LANGUAGES: xx"):
        load_demo(languages="vi,xx")
