"""A Japanese shopper buys from a story page in a real browser and pays with the dummy gateway."""

import re

import pytest
from playwright.sync_api import Page, expect

from shop.models import Order, OrderStatus

pytestmark = [
    pytest.mark.browser,
    # Wagtail's root page, site and locales come from migrations and an earlier transactional
    # test may have flushed them: the serialized copy is restored before the test, and after
    # the module for the tests that follow.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_rows_restored"),
]


def csp_refusals(page: Page) -> list[str]:
    """What the browser refuses under the page's Content-Security-Policy, as it happens."""
    refused: list[str] = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return refused


YEN = re.compile(r"[¥￥]\s?[\d,]+")


def _address_fill(page: Page) -> None:
    form = page.locator("form.address")
    form.locator("[name=email]").fill("hana@example.jp")
    form.locator("[name=name]").fill("山田 花子")
    form.locator("[name=postal_code]").fill("100-0001")
    form.locator("select[name=country_area]").select_option(label="東京都")
    form.locator("[name=street_address]").fill("千代田区千代田1-1")
    form.locator("[name=phone]").fill("03-1234-5678")
    expect(form.locator("input[name=method]").first).to_be_checked()
    form.locator("button.continue").click()


def test_japanese_shopper_buys_from_a_story_page_and_sees_a_japanese_confirmation(
    live_server, story_shop, browser, tmp_path
):
    context = browser.new_context(locale="ja-JP", extra_http_headers={"Accept-Language": "ja-JP"})
    page = context.new_page()
    refused = csp_refusals(page)
    page.goto(live_server.url + story_shop.url)
    expect(page.locator("html")).to_have_attribute("lang", "ja")
    expect(page.locator(".buy-box .selected-price")).to_have_text(YEN)

    page.locator("form.add-to-cart button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/ja/checkout/cart/$"))
    expect(page.locator("table.cart-lines tfoot td")).to_have_text(YEN)
    page.locator("a.button[href$='/ja/checkout/']").click()

    expect(page.locator("form.address select[name=country]")).to_have_value("JP")
    _address_fill(page)

    expect(page).to_have_url(re.compile(r"/ja/checkout/review/$"))
    expect(page.locator("table.order-lines tr.total td")).to_have_text(YEN)
    expect(page.locator(".review-address")).to_contain_text("山田 花子")
    page.locator("form.place-order button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"/ja/checkout/pay/[^/]+/$"))
    page.locator("button[name=outcome][value=succeed]").click()

    expect(page).to_have_url(re.compile(r"/ja/checkout/order/[^/]+/$"))
    expect(page.locator("html")).to_have_attribute("lang", "ja")
    expect(page.locator(".checkout h1")).to_have_text("ご注文ありがとうございます！")
    expect(page.locator(".order-status strong")).to_have_text("支払い済み")
    expect(page.locator("table.order-lines tr.total td")).to_have_text(YEN)
    page.screenshot(path=tmp_path / "confirmation-ja.png", full_page=True)

    order = Order.objects.get()
    assert page.url.endswith(f"/ja/checkout/order/{order.token}/")
    assert (order.status, order.currency, order.language) == (OrderStatus.PAID, "JPY", "ja")
    assert order.shipping_address["country_area"] == "東京都"
    assert refused == []  # the whole path runs under the storefront's Content-Security-Policy


def test_changing_the_country_keeps_what_was_typed_and_enter_continues(
    live_server, story_shop, browser
):
    """Picking another country re-renders the address form for it (the static script presses
    "Update address form"), keeping the typed details and the CSP; Enter in a field continues."""
    context = browser.new_context(locale="ja-JP", extra_http_headers={"Accept-Language": "ja-JP"})
    page = context.new_page()
    refused = csp_refusals(page)
    page.goto(live_server.url + story_shop.url)
    page.locator("form.add-to-cart button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/ja/checkout/cart/$"))
    page.goto(live_server.url + "/ja/checkout/")
    form = page.locator("form.address")
    form.locator("[name=email]").fill("hana@example.jp")
    form.locator("[name=name]").fill("山田 花子")
    form.locator("[name=phone]").fill("03-1234-5678")
    form.locator("[name=street_address]").fill("千代田区千代田1-1")

    form.locator("select[name=country]").select_option("VN")
    expect(page.locator("form.address .notice[role=status]")).to_be_visible()
    form = page.locator("form.address")
    expect(form.locator("select[name=country]")).to_have_value("VN")
    expect(form.locator("[name=name]")).to_have_value("山田 花子")
    expect(form.locator("[name=email]")).to_have_value("hana@example.jp")
    expect(form.locator("[name=phone]")).to_have_value("03-1234-5678")
    expect(form.locator(".errorlist")).to_have_count(0)

    form.locator("select[name=country]").select_option("JP")
    expect(page.locator("form.address select[name=country]")).to_have_value("JP")
    form = page.locator("form.address")
    expect(form.locator("[name=street_address]")).to_have_value("千代田区千代田1-1")
    form.locator("[name=postal_code]").fill("100-0001")
    form.locator("select[name=country_area]").select_option(label="東京都")
    form.locator("[name=phone]").press("Enter")  # the form's default button: continue
    expect(page).to_have_url(re.compile(r"/ja/checkout/review/$"))
    expect(page.locator(".review-address")).to_contain_text("03-1234-5678")
    assert refused == []
