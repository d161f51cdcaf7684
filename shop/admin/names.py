"""Admin fields for the names of categories, producers and variants in every content language.

The form shows `name` (Vietnamese, the source) and one optional text field per other language
of settings.LANGUAGES, `name_<code>` (`name_zh_hans` for zh-hans), and writes those into the
model's `name_translations` JSON. The fields are declared when the admin is loaded, from the
host's LANGUAGES; labels follow the admin's language ("Name" translated) with each language's
own name ("Name (日本語)"), which is how a translator finds theirs.
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from shop.models.names import SOURCE_LANGUAGE, translation_languages, validate_name_translations


def name_field_name(code: str) -> str:
    return f"name_{code.replace('-', '_')}"


def name_fields(*, max_length: int) -> dict[str, forms.CharField]:
    """One optional text field per translation language, to declare on a form class."""
    return {
        name_field_name(code): forms.CharField(required=False, max_length=max_length)
        for code in translation_languages()
    }


def name_panels(*, heading=None) -> list:
    """The Vietnamese name and its translations, as panels (one group if `heading`)."""
    panels = [FieldPanel("name")]
    panels += [FieldPanel(name_field_name(code)) for code in translation_languages()]
    return [MultiFieldPanel(panels, heading=heading)] if heading else panels


def _language_name(code: str) -> str:
    return str(dict(settings.LANGUAGES).get(code, code))


class NameTranslationsFormMixin:
    """Maps the `name_<code>` fields of a model form to the instance's `name_translations`.

    The Vietnamese name is required whenever a name is given at all: the other languages
    translate it. Blank translations are left out (the shopper then gets the fallback)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        translations = self.instance.name_translations or {}
        if "name" in self.fields:
            self.fields["name"].label = _("Name (%(language)s)") % {
                "language": _language_name(SOURCE_LANGUAGE)
            }
        for code in translation_languages():
            field = self.fields.get(name_field_name(code))
            if field is None:
                continue
            field.label = _("Name (%(language)s)") % {"language": _language_name(code)}
            field.widget.attrs.setdefault("lang", code)
            self.initial.setdefault(name_field_name(code), translations.get(code, ""))

    def clean(self):
        cleaned_data = super().clean()
        translations = {}
        for code in translation_languages():
            text = (cleaned_data.get(name_field_name(code)) or "").strip()
            if text:
                translations[code] = text
        source = (cleaned_data.get("name") or "").strip()
        if translations and "name" in self.fields and not source and "name" not in self.errors:
            self.add_error(
                "name", _("Write the Vietnamese name first: the other languages translate it.")
            )
        try:
            validate_name_translations(translations)
        except forms.ValidationError as error:
            self.add_error(None, error)
        else:
            self.instance.name_translations = translations
        return cleaned_data
