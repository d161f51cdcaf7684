"""The artisan's "send for translation" button (cms/translations.py holds the rule)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.models import Page

from cms.translations import TranslationRefused, page_translation_send


def _language_name(code: str) -> str:
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


@require_POST
def page_translation_send_view(request, page_id: int):
    page = get_object_or_404(Page, pk=page_id)
    try:
        locales = page_translation_send(page=page, user=request.user)
    except TranslationRefused:
        raise PermissionDenied from None
    if locales:
        names = ", ".join(_language_name(locale.language_code) for locale in locales)
        messages.success(
            request,
            _("“%(title)s” was sent for translation into: %(languages)s.")
            % {"title": page.title, "languages": names},
        )
    elif page.get_parent().get_translations().exists():
        messages.warning(
            request,
            _(
                "“%(title)s” was translated by hand in every language its producer's page has: "
                "edit those translations directly."
            )
            % {"title": page.title},
        )
    else:
        messages.warning(
            request,
            _(
                "“%(title)s” cannot be translated yet: the page above it has no translation. "
                "Ask the shop staff to translate the producer's page first."
            )
            % {"title": page.title},
        )
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = "wagtailadmin_home"
    return redirect(target)
