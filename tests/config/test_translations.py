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


# French puts a no-break space (U+00A0, or the narrow U+202F) before : ; ! ? — never an
# ordinary space, which a line may break at, and never nothing. Placeholders, URLs and code
# examples ({"colour": …}) are not prose.
NOT_PROSE = re.compile(
    r"%\(\w+\)[sdr]|\{\{[^}]*\}\}|\{[^{}]*\}|https?://\S*"
)  # a bare https:// too
FRENCH_SIGN = re.compile(r"(.?)([:;!?])")


def test_french_puts_a_no_break_space_before_colons_semicolons_and_marks():
    catalogue = polib.pofile(str(LOCALE / "fr" / "LC_MESSAGES" / "django.po"))
    wrong = []
    for entry in catalogue.translated_entries():
        for text in [entry.msgstr, *entry.msgstr_plural.values()]:
            for prose in NOT_PROSE.split(text):
                for before, sign in FRENCH_SIGN.findall(prose):
                    if before not in ("\u00a0", "\u202f"):
                        wrong.append(f"{before}{sign} in {text!r}")
    assert wrong == []


def test_the_check_sees_a_plain_space_and_a_missing_one():
    for text, ok in [
        ("Statut\u00a0: %(status)s", True),
        ("Merci\u202f!", True),
        ("Statut : %(status)s", False),
        ("Statut: %(status)s", False),
        ('par ex. {"colour": "celadon"}', True),
        ("Voir https://example.com:8000/", True),
    ]:
        found = [
            before
            for prose in NOT_PROSE.split(text)
            for before, _sign in FRENCH_SIGN.findall(prose)
            if before not in ("\u00a0", "\u202f")
        ]
        assert (found == []) is ok, text
