"""A shopper's whole journey in each of the seven languages, in a real browser (issue 14).

Arriving at "/" with the language's Accept-Language, the shopper lands under its prefix and
stays there through home, category listing, story, cart, address, review, payment (dummy
gateway) and order status, clicking links as a shopper does. The second variant ticked is the
one in the cart, named in the language. No English UI string may show on another language's
page: each page's UI texts are compared with those of the English journey's pages, and with
the Vietnamese journey's, since Django shows the default language's text for a msgid a
catalog lacks (texts the language's translators wrote, proper nouns and numbers excepted).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.utils.translation import to_locale
from playwright.sync_api import Page, expect

from checkout.models import ShippingMethod
from shop.models import Order, OrderStatus, Producer
from tests.browser.conftest import CATEGORY_NAMES, PRODUCER_NAMES, VARIANT_NAMES
from tests.browser.test_checkout_ja import csp_refusals

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_rows_restored"),
]

LANGUAGES = [code for code, _name in settings.LANGUAGES]

# What the browser sends: the language as a shopper's browser in that language would.
ACCEPT = {
    "vi": ("vi-VN", "vi-VN,vi;q=0.9"),
    "en": ("en-US", "en-US,en;q=0.9"),
    "ja": ("ja-JP", "ja-JP,ja;q=0.9"),
    "ko": ("ko-KR", "ko-KR,ko;q=0.9"),
    "fr": ("fr-FR", "fr-FR,fr;q=0.9"),
    "de": ("de-DE", "de-DE,de;q=0.9"),
    "zh-hans": ("zh-CN", "zh-CN,zh;q=0.9"),
}

# A valid address in each language's country (the fixture ships to all of them); a select
# (the country's areas) is set by option value or label.
ADDRESSES = {
    "vi": (
        "VN",
        {
            "email": "an@example.vn",
            "name": "Nguyễn Văn An",
            "street_address": "12 Hàng Bạc",
            "city": "Hà Nội",
            "phone": "0243 826 1234",
        },
    ),
    "en": (
        "US",
        {
            "email": "jane@example.com",
            "name": "Jane Doe",
            "street_address": "1 Main St",
            "city": "Springfield",
            "country_area": "IL",
            "postal_code": "62701",
            "phone": "+1 217 555 0100",
        },
    ),
    "ja": (
        "JP",
        {
            "email": "hana@example.jp",
            "name": "山田 花子",
            "postal_code": "100-0001",
            "country_area": "東京都",
            "street_address": "千代田区千代田1-1",
            "phone": "03-1234-5678",
        },
    ),
    "ko": (
        "KR",
        {
            "email": "minji@example.kr",
            "name": "김민지",
            "country_area": "서울특별시",
            "city": "종로구",
            "street_address": "세종대로 175",
            "postal_code": "03172",
            "phone": "02-1234-5678",
            "customs_id": "P123456789012",
        },
    ),
    "fr": (
        "FR",
        {
            "email": "marie@example.fr",
            "name": "Marie Dupont",
            "street_address": "10 rue de Rivoli",
            "postal_code": "75001",
            "city": "Paris",
            "phone": "01 42 60 00 00",
        },
    ),
    "de": (
        "DE",
        {
            "email": "anna@example.de",
            "name": "Anna Schmidt",
            "street_address": "Unter den Linden 1",
            "postal_code": "10117",
            "city": "Berlin",
            "phone": "030 1234567",
        },
    ),
    "zh-hans": (
        "CN",
        {
            "email": "wang@example.cn",
            "name": "王芳",
            "postal_code": "100006",
            "country_area": "北京市",
            "city": "东城区",
            "street_address": "东长安街1号",
            "phone": "010-6512-3456",
        },
    ),
}

STEPS = ("home", "listing", "story", "cart", "address", "review", "pay", "order")

# Every UI text of the page, as the shopper sees or hears it: text nodes (visually hidden ones
# too), the texts of placeholder, aria-label, title and alt and of submit inputs, outside
# scripts and selects (their options are data: countries, areas, markets; only the empty
# choice is read) and outside elements marked as another language (the language switcher
# names each language in itself).
UI_TEXTS = """() => {
  const root = document.documentElement.lang;
  const foreign = (el) => {
    const marked = el.closest("[lang]");
    return marked !== null && marked.getAttribute("lang") !== root;
  };
  const skipped = "script, style, template, noscript, select";
  const found = new Set([document.title.trim()]);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    if (!el || el.closest(skipped) || foreign(el)) continue;
    const text = walker.currentNode.textContent.replace(/\\s+/g, " ").trim();
    if (text) found.add(text);
  }
  for (const el of document.body.querySelectorAll("[placeholder], [aria-label], [title], [alt]")) {
    if (el.closest(skipped) || foreign(el)) continue;
    for (const name of ["placeholder", "aria-label", "title", "alt"]) {
      const value = (el.getAttribute(name) || "").replace(/\\s+/g, " ").trim();
      if (value) found.add(value);
    }
  }
  // A select's empty choice ("choose …") is the page's text; its other options are data.
  for (const el of document.body.querySelectorAll("option[value=''], input[type=submit]")) {
    if (foreign(el)) continue;
    const text = (el.value || el.textContent).replace(/\\s+/g, " ").trim();
    if (text) found.add(text);
  }
  return [...found];
}"""

# Texts with a letter in them: prices, numbers, dates in digits and symbols say nothing of the
# language.
LETTER = re.compile(r"[^\W\d_]")
EMAIL = re.compile(r"^\S+@\S+$")

# English, the catalogs' source, and Vietnamese, the language a missing translation falls
# back to (LANGUAGE_CODE): their journeys' texts by step, kept for the other tests of the run.
REFERENCE_LANGUAGES = ("en", settings.LANGUAGE_CODE)
REFERENCES: dict[str, dict[str, set[str]]] = {}


def _same_everywhere(text: str) -> bool:
    """Texts that are the same in every language by nature: the brand, the OCOP label and
    star ratings, e-mail addresses, codes (SKU, order number), a bare number or price."""
    if not LETTER.search(text) or EMAIL.match(text):
        return True
    if text in {"Langnghe", "OCOP"} or re.fullmatch(r"OCOP [★☆]+", text):
        return True
    return bool(re.fullmatch(r"[A-Z0-9][A-Z0-9-]{3,}", text))  # SKU-00001, order numbers


def _named(translations: dict[str, str], language: str, source: str) -> str:
    return source if language == "vi" else translations[language]


def _written_by_translators(language: str) -> set[str]:
    """The texts of `language`'s catalog (not fuzzy): what its translators wrote, even when it
    reads as in English or Vietnamese ("Total" in French, "(optional)" in German, "Email" in
    Vietnamese). English pages show the source texts themselves."""
    path = Path(settings.LOCALE_PATHS[0]) / to_locale(language) / "LC_MESSAGES" / "django.po"
    with path.open("rb") as po:
        catalog = read_po(po)
    written: set[str] = set()
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        for text in (message.id, message.string) if language == "en" else (message.string,):
            written.update(t for t in (text if isinstance(text, tuple) else (text,)) if t)
    return written


def _proper_nouns() -> set[str]:
    """Data written once for every language: the craft village's and the carrier service's
    names."""
    names = set(ShippingMethod.objects.values_list("name", flat=True))
    for village in Producer.objects.values_list("craft_village", flat=True):
        names |= {village, f"· {village}"}
    return names


class Journey:
    """One shopper's journey in `language`, recording each step's UI texts."""

    def __init__(self, *, browser, live_server, language: str):
        self.language = language
        locale, accept = ACCEPT[language]
        self.context = browser.new_context(
            locale=locale, extra_http_headers={"Accept-Language": accept}
        )
        self.page: Page = self.context.new_page()
        self.refused = csp_refusals(self.page)
        self.url = live_server.url
        self.texts: dict[str, set[str]] = {}

    def arrived(self, step: str) -> None:
        """The page of `step` is under the language's prefix and says it is in the language."""
        page = self.page
        page.wait_for_load_state()
        path = urlparse(page.url).path
        assert path.startswith(f"/{self.language}/"), f"{step}: left the prefix for {page.url}"
        expect(page.locator("html")).to_have_attribute("lang", self.language)
        self.record(step)

    def record(self, step: str) -> None:
        """Add the page's UI texts to those of `step` (again after the page changed them)."""
        self.texts.setdefault(step, set()).update(self.page.evaluate(UI_TEXTS))

    def run(self) -> Order:
        page, code = self.page, self.language
        small, large = (_named(names, code, source) for source, names in VARIANT_NAMES)

        page.goto(self.url + "/")
        self.arrived("home")

        # The category's listing, from the header's category navigation.
        page.locator("nav.categories li:not(.top) a").first.click()
        self.arrived("listing")
        expect(page.locator("h1")).to_have_text(_named(CATEGORY_NAMES, code, "Gốm sứ"))
        expect(page.locator("ul.cards .card")).to_have_count(1)

        page.locator("ul.cards .card a").first.click()
        self.arrived("story")
        expect(page.locator(".story .category")).to_have_text(
            _named(CATEGORY_NAMES, code, "Gốm sứ")
        )
        expect(page.locator(".story .maker a")).to_have_text(
            _named(PRODUCER_NAMES, code, "HTX Gốm Lam")
        )

        # The second variant, ticked by its label.
        box = page.locator("form.add-to-cart")
        box.locator("label[for=v-2]").click()
        expect(box.locator("#v-2")).to_be_checked()
        expect(box.locator(".selected-price")).to_have_text(
            box.locator("#v-2").get_attribute("data-price")
        )
        self.record("story")  # the ticked variant's price and stock, set by the script
        box.locator("button[type=submit]").click()
        expect(page).to_have_url(re.compile(rf"/{code}/checkout/cart/$"))
        self.arrived("cart")
        lines = page.locator("table.cart-lines tbody")
        expect(lines).to_contain_text(large)
        expect(lines).not_to_contain_text(small)

        page.locator(f"a.button[href$='/{code}/checkout/']").click()
        self.arrived("address")
        self._address_fill()
        expect(page).to_have_url(re.compile(rf"/{code}/checkout/review/$"))
        self.arrived("review")
        expect(page.locator("table.order-lines")).to_contain_text(large)

        page.locator("form.place-order button[type=submit]").click()
        expect(page).to_have_url(re.compile(rf"/{code}/checkout/pay/[^/]+/$"))
        self.arrived("pay")
        page.locator("button[name=outcome][value=succeed]").click()

        expect(page).to_have_url(re.compile(rf"/{code}/checkout/order/[^/]+/$"))
        self.arrived("order")
        expect(page.locator("table.order-lines")).to_contain_text(large)
        order = Order.objects.get(language=code)
        assert page.url.endswith(f"/{code}/checkout/order/{order.token}/")
        assert order.status == OrderStatus.PAID
        (line,) = order.lines.select_related("variant")
        assert line.variant.name == VARIANT_NAMES[1][0]
        assert self.refused == []
        self.context.close()
        return order

    def _address_fill(self) -> None:
        page = self.page
        country, fields = ADDRESSES[self.language]
        form = page.locator("form.address")
        if form.locator("select[name=country]").input_value() != country:
            form.locator("select[name=country]").select_option(country)
            # The static script presses "Update address form": the form of that country.
            expect(page.locator("form.address .notice[role=status]")).to_be_visible()
            self.record("address")
            form = page.locator("form.address")
        expect(form.locator("select[name=country]")).to_have_value(country)
        for name, value in fields.items():
            field = form.locator(f"[name={name}]")
            if field.evaluate("el => el.tagName") == "SELECT":
                field.select_option(value)
            else:
                field.fill(value)
        expect(form.locator("input[name=method]").first).to_be_checked()
        form.locator("button.continue").click()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_shopper_buys_in_their_language_from_arrival_to_order_status(
    live_server, seven_language_shop, browser, language
):
    journey = Journey(browser=browser, live_server=live_server, language=language)
    journey.run()
    if language in REFERENCE_LANGUAGES:
        REFERENCES[language] = journey.texts
    leaks = {}
    for reference in REFERENCE_LANGUAGES:
        if reference == language:
            continue
        if reference not in REFERENCES:
            # This test runs without the reference language's test before it: its journey
            # first, in this test's shop.
            other = Journey(browser=browser, live_server=live_server, language=reference)
            other.run()
            REFERENCES[reference] = other.texts
        allowed = _proper_nouns() | _written_by_translators(language)
        theirs = set().union(*REFERENCES[reference].values())
        for step in STEPS:
            found = sorted(
                text
                for text in journey.texts[step] & theirs
                if not _same_everywhere(text) and text not in allowed
            )
            if found:
                leaks[f"{reference} text on the {step} page"] = found
    # JOURNEY_DUMP=<directory> writes each language's texts by step, to read what a page says.
    if dump := os.environ.get("JOURNEY_DUMP"):
        Path(dump, f"{language}.json").write_text(
            json.dumps(
                {step: sorted(texts) for step, texts in journey.texts.items()},
                indent=1,
                ensure_ascii=False,
            )
        )
    assert not leaks, f"UI texts of another language on the {language} pages: {leaks}"
