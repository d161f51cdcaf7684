"""The shop's own 404 and 500 pages: in the shopper's language, valid HTML, and the 500 page
sends no query (it is shown when the database may be what failed)."""

import pytest
from django.contrib.staticfiles import finders
from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error

from tests.html_check import vnu_errors, vnu_require

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "heading"), [("ja", "ページが見つかりません"), ("fr", "Page introuvable")]
)
def test_an_unknown_address_answers_404_in_the_shoppers_language(client, shop, language, heading):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    text = response.content.decode()
    assert f'<html lang="{language}">' in text
    assert heading in text
    assert 'role="search"' in text  # a way on from here


def test_the_404_page_is_valid_html(client, shop, tmp_path):
    vnu_require()
    path = tmp_path / "404.html"
    path.write_bytes(client.get("/ko/no-such-page/").content)
    assert vnu_errors([path]) == []


def test_the_500_page_is_translated_and_sends_no_query(django_assert_num_queries):
    request = RequestFactory().get("/de/")
    with translation.override("de"), django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    text = response.content.decode()
    assert "Etwas ist schiefgelaufen" in text
    assert '<html lang="de">' in text


def test_pages_name_the_shops_icon_and_it_is_served(client, shop):
    text = client.get("/en/").content.decode()
    assert 'rel="icon"' in text and "langnghe/favicon.svg" in text
    assert finders.find("langnghe/favicon.svg")


def test_messages_keep_list_semantics_inside_a_live_region(client, shop):
    from shop.models import ProductVariant

    sku = ProductVariant.objects.first().sku
    response = client.post("/en/checkout/cart/add/", {"variant": sku, "quantity": 1}, follow=True)
    text = response.content.decode()
    assert '<div role="status"><ul class="messages"><li class="success">' in text
    assert '<ul class="messages" role="status">' not in text


def test_an_error_message_opens_the_page_as_an_error_summary(client, shop):
    # A refused action: the list keeps its semantics inside a summary whose heading takes focus
    # (langnghe/site.js, deferred: the CSP allows no inline script).
    response = client.post(
        "/en/checkout/cart/add/", {"variant": "NO-SUCH-SKU", "quantity": 1}, follow=True
    )
    text = response.content.decode()
    assert '<section class="error-summary" aria-labelledby="messages-problem">' in text
    assert '<h2 id="messages-problem" tabindex="-1">There is a problem</h2>' in text
    assert '<ul class="messages"><li class="error">That product is not available.</li>' in text
    assert 'langnghe/site.js" defer></script>' in text


def test_every_storefront_page_has_a_meta_description(client, shop):
    from cms.models import HomePage, ListingPage, ProducerIndexPage

    for model in (HomePage, ListingPage, ProducerIndexPage):
        page = model.objects.filter(locale__language_code="en").first()
        text = client.get(page.url).content.decode()
        assert '<meta name="description" content="' in text, model.__name__
        assert '<meta name="description" content="">' not in text, model.__name__


@pytest.mark.django_db
def test_a_mistyped_admin_address_answers_404_before_the_shop_has_a_market(client):
    # The 404 page wears the storefront's header, whose market parts wait for a market.
    from tests.factories import UserFactory

    client.force_login(UserFactory(is_superuser=True, is_staff=True))

    response = client.get("/vi/admin/no-such-screen/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "market-selector" not in html and "<h1>" in html
