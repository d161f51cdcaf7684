"""The per-language names of categories, producers and variants: the field and its rule.

`name` stays the Vietnamese source; `name_translations` holds {language code: text} for the
other languages of settings.LANGUAGES (read through `shop.names.name_for`). One JSON column on
the row itself, so showing a name in any language costs no query.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

# The language `name` is written in.
SOURCE_LANGUAGE = "vi"


def translation_languages() -> list[str]:
    """The language codes a name may be translated into: settings.LANGUAGES but the source."""
    return [code for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE]


def validate_name_translations(value) -> None:
    """{code: text} with codes of settings.LANGUAGES (not the source) and non-blank texts."""
    if not isinstance(value, dict):
        raise ValidationError(_("Translations must be an object of language code to name."))
    allowed = set(translation_languages())
    unknown = sorted(str(code) for code in value if code not in allowed)
    if unknown:
        raise ValidationError(
            _("Unknown language for a name: %(codes)s."), params={"codes": ", ".join(unknown)}
        )
    for code, text in value.items():
        if not isinstance(text, str) or not text.strip():
            raise ValidationError(
                _("The name in %(code)s must be text; leave the language out instead."),
                params={"code": code},
            )


def name_translations_field() -> models.JSONField:
    """The JSON column beside `name` (lengths are checked by the admin form's fields)."""
    return models.JSONField(
        _("name in other languages"),
        default=dict,
        blank=True,
        validators=[validate_name_translations],
    )
