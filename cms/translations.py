"""Sending a story for translation: the rule behind the artisan's "send for translation".

A story is written in the source language (Vietnamese) and translated with wagtail-localize.
Sending it creates (or brings up to date) its translation into every content language whose tree
already holds the page's parent (the producer's page) and where nobody translated it by hand, as
drafts: translators fill them in the translation editor, and publishing goes through moderation
as for any page. wagtail-localize's own "Translate this page" asks only for a site-wide
permission and publishes the copies of a live page, so artisans get this narrower action
instead, allowed on the pages they may edit.
"""

from __future__ import annotations

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from cms.permissions import page_editable_by


class TranslationRefused(PermissionError):
    """The user may not edit this page, or it is not in the source language."""


def translation_locales(*, page: Page) -> list[Locale]:
    """The locales `page` can be translated into now: each other locale whose tree already holds
    a translation of the page's parent, except those where the page was translated by hand
    (outside wagtail-localize): sending must never overwrite someone's translation."""
    parent = page.get_parent()
    existing = set(page.get_translations().values_list("locale_id", flat=True))
    managed = set(
        Translation.objects.filter(
            source__object_id=page.translation_key, source__locale_id=page.locale_id
        ).values_list("target_locale_id", flat=True)
    )
    return [
        locale
        for locale in Locale.objects.exclude(pk=page.locale_id)
        .filter(pk__in=parent.get_translations().values("locale_id"))
        .order_by("language_code")
        if locale.pk not in existing or locale.pk in managed
    ]


@transaction.atomic
def page_translation_send(*, page: Page, user) -> list[Locale]:
    """Create or update the draft translations of `page` (see module doc); returns the locales.

    Raises `TranslationRefused` if `user` may not edit the page or the page is itself a
    translation (a translation is edited in the translation editor, not sent on)."""
    page = page.specific
    if not page_editable_by(user, page):
        raise TranslationRefused
    if page.locale_id != Locale.get_default().pk:
        raise TranslationRefused
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()
    locales = translation_locales(page=page)
    for locale in locales:
        translation, _created = Translation.objects.update_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        translation.save_target(user=user, publish=False)
    return locales
