"""A Vietnamese page is translated with wagtail-localize, which tracks what is missing."""

import pytest
from django.utils.translation import override
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from cms.models import ProducerPage, StoryPage

pytestmark = pytest.mark.django_db


def translate(page, locale, on_commit):
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    with on_commit(execute=True):  # wagtail-localize publishes when the transaction commits
        translation.save_target(publish=True)
    return source, translation


def test_a_vietnamese_story_is_translated_with_status_tracking(
    client, shop, admin_user, django_capture_on_commit_callbacks
):
    on_commit = django_capture_on_commit_callbacks
    ko = Locale.objects.get(language_code="ko")
    story = StoryPage.objects.get(locale__language_code="vi", product=shop[0])
    translate(ProducerPage.objects.get(locale__language_code="vi"), ko, on_commit)
    source, translation = translate(story, ko, on_commit)

    assert story.get_translation_or_none(ko) is not None
    with override("en"):  # the status as wagtail-localize words it
        assert str(translation.get_status_display()) == "Waiting for translations"
    total, done = translation.get_progress()
    assert total > 0 and done == 0

    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=ko,
            context=segment.context,
            data=f"[ko] {segment.string.data}",
        )
    with override("en"):
        assert str(translation.get_status_display()) == "Up to date"
    with on_commit(execute=True):
        translation.save_target(publish=True)
    korean = story.get_translation(ko).specific
    assert korean.title == "[ko] Product 0 [vi]"
    assert korean.live
    assert (
        korean.product_id == story.product_id
    )  # commercial facts are synchronised, not translated

    client.force_login(admin_user)
    editor = client.get(f"/admin/pages/{korean.pk}/edit/")
    assert editor.status_code == 200
    assert "Product 0" in client.get(korean.url).content.decode()
