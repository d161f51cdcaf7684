"""The artisan's journey through the Wagtail admin in Vietnamese, in a real browser (Debian's
chromium): sign in, the dashboard, send their story for translation and open wagtail-localize's
translation editor, their story in the page editor, save a draft, send it for moderation. Every
page as the browser shows it, scripts' text included, has no English message left
(tests/cms/english_left.py)."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect
from wagtail.models import Locale

from checkout.permissions import shop_roles_ensure
from cms.models import StoryPage
from cms.permissions import artisan_page_permissions_ensure
from shop.permissions import ARTISANS
from tests.cms.english_left import english_left
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_rows_restored"),
]

PASSWORD = "correct horse battery"


def shown(page) -> list[str]:
    """English left on the page as the browser has drawn it (after its scripts ran)."""
    page.wait_for_load_state("networkidle")
    return english_left(page.content())


def test_an_artisan_writes_and_sends_a_story_in_a_vietnamese_admin(
    live_server, story_shop, browser
):
    shop_roles_ensure()
    artisan_page_permissions_ensure()
    source = StoryPage.objects.get(locale__language_code="vi", product=story_shop.product)
    user = UserFactory(username="nghe-nhan")
    user.set_password(PASSWORD)
    user.save()
    user.groups.add(Group.objects.get(name=ARTISANS))
    source.product.producer.editors.add(user)
    page = browser.new_page(locale="vi-VN")

    page.goto(f"{live_server.url}/admin/login/")
    expect(page.locator("h1")).to_contain_text("Wagtail")
    assert shown(page) == []
    page.fill("#id_username", "nghe-nhan")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    expect(page).to_have_url(f"{live_server.url}/admin/")
    assert page.locator("html").get_attribute("lang") == "vi"
    assert shown(page) == []

    # "Send for translation" from their panel, then the translation editor (a script app).
    page.get_by_role("button", name="Gửi đi dịch").first.click()
    expect(page.locator(".messages")).to_contain_text("đã được gửi đi dịch")
    assert shown(page) == []
    english = source.get_translation(Locale.objects.get(language_code="en"))
    page.goto(f"{live_server.url}/admin/pages/{english.pk}/edit/")
    expect(page.locator(".js-translation-editor *").first).to_be_attached()
    assert shown(page) == []

    page.goto(f"{live_server.url}/admin/pages/{source.pk}/edit/")
    expect(page.locator("[data-streamfield-stream-container]").first).to_be_attached()
    assert shown(page) == []
    page.fill("#id_summary", "Bộ ấm chén men lam vẽ tay, nung ở 1.200 °C.")
    page.get_by_role("button", name="Lưu bản nháp").click()
    expect(page.locator(".messages")).to_be_visible()
    assert shown(page) == []

    page.locator("[data-w-dropdown-target='toggle']").last.click()
    page.get_by_role("button", name="Gửi", exact=False).first.click()
    expect(page.locator(".messages")).to_be_visible()
    assert shown(page) == []
    source.refresh_from_db()
    assert source.workflow_in_progress
