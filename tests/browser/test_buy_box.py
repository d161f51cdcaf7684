"""The story page's buy box in a real browser: ticking a variant shows its price at once (the
deferred script, under the storefront's CSP) and "Add to cart" adds the ticked one."""

import re

import pytest
from playwright.sync_api import expect

from checkout.models import CartLine
from cms.models import StoryPage
from shop.models import ProductVariant, Stock
from tests.browser.test_checkout_ja import csp_refusals
from tests.cms.conftest import build_shop
from tests.cms.test_photos import photo

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_rows_restored"),
]


@pytest.fixture
def teapot_page() -> StoryPage:
    (product,) = build_shop(products=1, variants_per_product=2)
    small, large = product.variants.order_by("sort_order", "pk")
    ProductVariant.objects.filter(pk=small.pk).update(name="small")
    ProductVariant.objects.filter(pk=large.pk).update(name="large")
    Stock.objects.filter(variant=large).update(quantity=2)
    return StoryPage.objects.get(locale__language_code="en", product=product)


def test_ticking_a_variant_shows_its_price_and_adds_it(live_server, teapot_page, browser):
    context = browser.new_context(locale="en-US", extra_http_headers={"Accept-Language": "en-US"})
    page = context.new_page()
    refused = csp_refusals(page)
    page.goto(live_server.url + teapot_page.url)
    box = page.locator("form.add-to-cart")
    large = box.locator("input[name=variant]").nth(1)
    small_price = box.locator(".selected-price").text_content()
    large_price = large.get_attribute("data-price")
    assert large_price and large_price != small_price

    box.locator("label", has_text="large").click()
    expect(box.locator(".selected-price")).to_have_text(large_price)
    expect(box.locator(".selected-stock")).to_have_text("Only 2 left")
    expect(box.locator("input[name=quantity]")).to_have_attribute("max", "2")
    expect(page).to_have_url(re.compile(r"\?variant=" + re.escape(large.get_attribute("value"))))

    box.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/en/checkout/cart/$"))
    expect(page.locator("table.cart-lines")).to_contain_text("large")
    line = CartLine.objects.select_related("variant").get()
    assert line.variant.name == "large"
    assert refused == []
    context.close()


def test_ticking_a_variant_with_its_own_photo_shows_that_photo(
    live_server, teapot_page, browser, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    large = teapot_page.product.variants.get(name="large")
    large.image = photo("large-teapot", colour=(30, 60, 160))
    large.save()
    wanted = large.image.get_rendition("fill-600x400|format-webp").url
    context = browser.new_context(locale="en-US", extra_http_headers={"Accept-Language": "en-US"})
    page = context.new_page()
    refused = csp_refusals(page)
    page.goto(live_server.url + teapot_page.url)
    hero = page.locator("[data-variant-hero]")
    assert wanted not in hero.inner_html()  # the small one has no photo: none yet
    page.locator("form.add-to-cart label", has_text="large").click()
    expect(hero.locator("source[type='image/webp']")).to_have_attribute(
        "srcset", re.compile(re.escape(wanted))
    )
    page.locator("form.add-to-cart label", has_text="small").click()
    expect(hero.locator("picture")).to_have_count(0)  # back to no photo
    assert refused == []
    context.close()
