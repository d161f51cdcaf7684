"""The Wagtail admin works under its Content-Security-Policy: an editor opens a story page in
the page editor and nothing is refused (Debian's chromium, Playwright)."""

import pytest
from playwright.sync_api import expect

from cms.models import StoryPage
from tests.browser.test_checkout_ja import csp_refusals
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_rows_restored"),
]


def test_the_page_editor_runs_under_the_admin_policy(live_server, story_shop, browser):
    user = UserFactory(username="editor", is_superuser=True, is_staff=True)
    user.set_password("correct horse battery")
    user.save()
    page = browser.new_page()
    refused = csp_refusals(page)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "correct horse battery")
    page.click("button[type=submit]")
    expect(page).to_have_url(f"{live_server.url}/admin/")
    # Artisans write in Vietnamese: the source page has the full editor (the others are
    # wagtail-localize translations, edited in the translation editor).
    source = StoryPage.objects.get(locale__language_code="vi", product=story_shop.product)
    response = page.goto(f"{live_server.url}/admin/pages/{source.pk}/edit/")
    assert "script-src" in response.headers["content-security-policy"]
    # The editor's scripts ran: StreamField drew its blocks and the date choosers exist.
    expect(page.locator("[data-streamfield-stream-container]").first).to_be_attached()
    expect(page.locator("#id_go_live_at")).to_be_attached()
    page.goto(f"{live_server.url}/admin/images/")
    assert refused == []
