"""The design on a phone (375×812, a small iPhone): a header that fits without sideways
scrolling, touch-sized form controls with 16 px text (no zoom on focus in iOS), an error summary
that takes focus, the listing's filter drawer, and the cart count in the header. Screenshots of
every page go to LANGNGHE_SCREENSHOTS_DIR when set (CI keeps them), else the test's tmp_path."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from cms.models import HomePage, ListingPage, ProducerPage, StoryPage
from tests.browser.test_checkout_ja import csp_refusals

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_rows_restored"),
]

PHONE = {"width": 375, "height": 812}


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("LANGNGHE_SCREENSHOTS_DIR") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _no_sideways_scroll(page: Page, name: str) -> None:
    width = page.evaluate("document.scrollingElement.scrollWidth")
    assert width <= PHONE["width"], f"{name}: the page is {width}px wide on a 375px screen"
    header = page.locator(".site-header").bounding_box()
    assert header and header["x"] >= 0 and header["x"] + header["width"] <= PHONE["width"], name


def _phone(browser, language: str) -> Page:
    context = browser.new_context(
        viewport=PHONE,
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        locale=language,
        extra_http_headers={"Accept-Language": language},
    )
    return context.new_page()


def test_storefront_pages_fit_a_phone_and_the_filter_drawer_opens(
    live_server, story_shop, browser, shots
):
    for language in ("en", "ja", "vi"):
        page = _phone(browser, language)
        refused = csp_refusals(page)
        pages = [
            ("home", HomePage.objects.get(locale__language_code=language)),
            ("listing", ListingPage.objects.filter(locale__language_code=language).first()),
            ("story", StoryPage.objects.get(locale__language_code=language)),
            ("producer", ProducerPage.objects.get(locale__language_code=language)),
        ]
        for name, wagtail_page in pages:
            page.goto(live_server.url + wagtail_page.url)
            expect(page.locator("html")).to_have_attribute("lang", language)
            _no_sideways_scroll(page, f"{language} {name}")
            page.screenshot(path=shots / f"{language}-{name}.png", full_page=True)

        # The language and currency menu opens in place and still fits.
        page.goto(live_server.url + pages[0][1].url)
        menu = page.locator("details.site-settings")
        menu.locator("summary").click()
        expect(menu.locator("select[name=country]")).to_be_visible()
        _no_sideways_scroll(page, f"{language} settings menu")
        page.screenshot(path=shots / f"{language}-settings-open.png")

        # The listing's filters: a closed drawer that opens without script.
        page.goto(live_server.url + pages[1][1].url)
        drawer = page.locator("details.filter-drawer")
        expect(drawer.locator("form.filters")).to_be_hidden()
        drawer.locator("summary").click()
        expect(drawer).to_have_attribute("open", "")
        expect(drawer.locator("select[name=sort]")).to_be_visible()
        _no_sideways_scroll(page, f"{language} filters open")
        page.screenshot(path=shots / f"{language}-filters-open.png", full_page=True)
        assert refused == []
        page.context.close()


def _controls(page: Page, selector: str) -> list[dict]:
    return page.eval_on_selector_all(
        selector,
        """els => els.filter(e => e.offsetParent !== null).map(e => ({
            name: e.name || e.textContent.trim(),
            height: e.getBoundingClientRect().height,
            font: parseFloat(getComputedStyle(e).fontSize),
        }))""",
    )


def test_checkout_on_a_phone_touch_sized_fields_and_an_error_summary_that_takes_focus(
    live_server, story_shop, browser, shots
):
    page = _phone(browser, "ja")
    refused = csp_refusals(page)
    page.goto(live_server.url + story_shop.url)
    page.locator("form.add-to-cart button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/ja/checkout/cart/$"))
    expect(page.locator(".messages li.success")).to_be_visible()
    _no_sideways_scroll(page, "cart")
    page.screenshot(path=shots / "ja-cart.png", full_page=True)

    # Back in the storefront, the header counts what the cart holds.
    page.goto(live_server.url + story_shop.url)
    expect(page.locator(".cart-link .cart-count")).to_contain_text("1")

    page.goto(live_server.url + "/ja/checkout/")
    _no_sideways_scroll(page, "address")
    page.screenshot(path=shots / "ja-address.png", full_page=True)
    controls = _controls(
        page,
        "form.address input:not([type=hidden]):not([type=radio]), form.address select, "
        "form.address textarea, form.address button",
    )
    assert len(controls) >= 6
    small = [c for c in controls if c["height"] < 44 or c["font"] < 16]
    assert small == [], small

    # An empty form: the summary's heading takes focus, and each problem links to its field.
    page.locator("form.address [name=name]").fill("")
    page.locator("form.address > button[type=submit]:not([hidden])").click()
    heading = page.locator(".error-summary h2")
    expect(heading).to_be_focused()
    expect(page.locator("#id_email")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_email")).to_have_attribute("aria-describedby", "id_email_error")
    border = page.eval_on_selector("#id_email", "e => getComputedStyle(e).borderTopColor")
    assert border == "rgb(177, 35, 27)"  # --color-error
    links = page.locator(".error-summary a")
    assert links.count() >= 2
    _no_sideways_scroll(page, "address errors")
    page.screenshot(path=shots / "ja-address-errors.png", full_page=True)
    links.first.click()
    expect(page.locator("#id_email")).to_be_focused()
    assert refused == []
    page.context.close()
