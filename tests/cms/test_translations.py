"""cms/translations.py: an artisan sends their story for translation; drafts appear in every
language whose tree holds the producer's page, nothing is published and nobody sends another
producer's story."""

from html import unescape

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from cms.translations import TranslationRefused, page_translation_send
from tests.checkout.test_admin_orders import english
from tests.cms.test_permissions import artisan, tree  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db

XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


def test_a_story_is_sent_as_drafts_into_the_languages_its_producer_page_has(tree, artisan):  # noqa: F811
    en = Locale.objects.get(language_code="en")

    locales = page_translation_send(page=tree.story_a, user=artisan)

    assert locales == [en]  # the producer's page exists in English only
    draft = tree.story_a.get_translation(en)
    assert draft.live is False and draft.has_unpublished_changes
    assert Translation.objects.get(source__object_id=tree.story_a.translation_key).enabled
    # Sending again after an edit brings the same draft up to date, still unpublished.
    tree.story_a.title = "Ấm chén men lam"
    tree.story_a.save_revision().publish()
    assert page_translation_send(page=tree.story_a, user=artisan) == [en]
    assert Page.objects.filter(translation_key=tree.story_a.translation_key).count() == 2
    assert tree.story_a.get_translation(en).live is False


def test_another_producers_story_and_a_translation_are_refused(tree, artisan):  # noqa: F811
    with pytest.raises(TranslationRefused):
        page_translation_send(page=tree.story_b, user=artisan)
    with pytest.raises(TranslationRefused):
        page_translation_send(page=tree.page_a_en, user=artisan)
    assert not Translation.objects.exists()


def test_the_button_sends_and_says_so_and_refuses_others_pages(tree, artisan):  # noqa: F811
    client = Client()
    client.force_login(english(artisan))
    url = reverse("langnghe_page_translation_send", args=[tree.story_a.pk])

    assert client.get(url).status_code == 405
    response = client.post(url, {"next": reverse("wagtailadmin_home")}, follow=True)
    assert response.status_code == 200
    texts = [unescape(str(m)).strip() for m in response.context["messages"]]
    assert "“Ấm chén A” was sent for translation into: English." in texts

    other = reverse("langnghe_page_translation_send", args=[tree.story_b.pk])
    assert client.post(other, **XHR).status_code == 403
    assert not tree.story_b.get_translations().exists()


def test_without_a_translated_producer_page_the_artisan_is_told_what_to_do(tree, artisan):  # noqa: F811
    tree.page_a_en.delete()
    client = Client()
    client.force_login(english(artisan))

    url = reverse("langnghe_page_translation_send", args=[tree.story_a.pk])
    response = client.post(url, follow=True)

    texts = [unescape(str(m)).strip() for m in response.context["messages"]]
    assert any("translate the producer's page first" in text for text in texts), texts


def test_the_dashboard_offers_send_for_translation_on_their_stories_only(tree, artisan):  # noqa: F811
    client = Client()
    client.force_login(english(artisan))
    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert reverse("langnghe_page_translation_send", args=[tree.story_a.pk]) in html
    assert reverse("langnghe_page_translation_send", args=[tree.story_b.pk]) not in html
    assert "Send for translation" in html


def test_a_translation_written_by_hand_is_never_overwritten(tree, artisan):  # noqa: F811
    en = Locale.objects.get(language_code="en")
    by_hand = tree.story_a.copy_for_translation(en)
    by_hand.title = "Blue tea set, in our own words"
    by_hand.save_revision().publish()

    assert page_translation_send(page=tree.story_a, user=artisan) == []
    client = Client()
    client.force_login(english(artisan))
    url = reverse("langnghe_page_translation_send", args=[tree.story_a.pk])
    texts = [unescape(str(m)).strip() for m in client.post(url, follow=True).context["messages"]]
    assert any("translated by hand" in text for text in texts), texts
    by_hand.refresh_from_db()
    assert by_hand.title == "Blue tea set, in our own words"
    assert not Translation.objects.exists()


def test_the_dashboards_button_carries_the_csrf_token(tree, artisan):  # noqa: F811
    client = Client(enforce_csrf_checks=True)
    client.force_login(english(artisan))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    url = reverse("langnghe_page_translation_send", args=[tree.story_a.pk])

    form = html[html.index(f'action="{url}"') :]
    token = form.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    assert token
    response = client.post(url, {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
