"""locale/: every UI string is translated in every shopper language, and nothing is a guess.

`make translations` refreshes the catalogues from the code; gettext's msgmerge then marks new
strings it matched to an old one as fuzzy (usually wrong: "Address and shipping" was offered
the translation of "Change shipping"). Fuzzy entries compile into the shop with `--use-fuzzy`,
so they must not stay.
"""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "locale"
TRANSLATED = ["vi", "ja", "ko", "fr", "de", "zh_Hans"]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\{ *\w+ *\}\}")


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_is_translated_and_none_is_fuzzy(language):
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_every_placeholder(language):
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    wrong = [
        entry.msgid
        for entry in catalogue.translated_entries()
        if sorted(PLACEHOLDER.findall(entry.msgid)) != sorted(PLACEHOLDER.findall(entry.msgstr))
        and not entry.msgid_plural
    ]
    assert wrong == []
