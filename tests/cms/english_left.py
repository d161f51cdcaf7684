"""Finds English left on an admin screen rendered in Vietnamese.

The English is known exactly: every message id of the catalogues an artisan's screens draw from
(Wagtail's core, admin, images, snippets, users, documents, locales, settings and
wagtail-localize, and Langnghe's own; the admin's scripts' catalogues as well, for pages a
browser has drawn). A text on the page (a text node, or a title, aria-label,
placeholder or alt) that equals a message id the Vietnamese catalogues do not translate is
English left over. A message whose Vietnamese is the same word ("Email", "URL") is translated,
so it is not reported; user content that happens to equal a message id could be (the tests use
Vietnamese content).
"""

from __future__ import annotations

import functools
import re
from html.parser import HTMLParser
from pathlib import Path

import polib
import wagtail
import wagtail_localize
from django.conf import settings
from django.utils import translation
from django.utils.translation import trans_real

WAGTAIL = Path(wagtail.__file__).parent
SOURCES = [
    WAGTAIL / "locale",
    WAGTAIL / "admin" / "locale",
    WAGTAIL / "images" / "locale",
    WAGTAIL / "snippets" / "locale",
    WAGTAIL / "users" / "locale",
    WAGTAIL / "documents" / "locale",
    WAGTAIL / "locales" / "locale",
    WAGTAIL / "contrib" / "settings" / "locale",
    Path(wagtail_localize.__file__).parent / "locale",
]
ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")
SKIPPED = {"script", "style"}


# The packages whose script catalogues the admin loads (Wagtail's and wagtail-localize's
# JavaScriptCatalog views); LOCALE_PATHS is added by Django.
SCRIPT_PACKAGES = [WAGTAIL / "admin" / "locale", Path(wagtail_localize.__file__).parent / "locale"]


def _keys(entry: polib.POEntry, domain: str) -> list:
    """The (domain, catalogue key) pairs Django looks an entry up by."""
    base = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
    return [(domain, (base, 0) if entry.msgid_plural else base)]


@functools.cache
def english_messages() -> dict[str, list]:
    """{English text: (domain, key) pairs} of every message id the admin's screens may show."""
    paths = [(path / "en" / "LC_MESSAGES" / "django.po", "django") for path in SOURCES]
    paths += [(path / "en" / "LC_MESSAGES" / "djangojs.po", "djangojs") for path in SCRIPT_PACKAGES]
    paths += [(Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.po", "django")]
    found: dict[str, list] = {}
    for path, domain in paths:
        for entry in polib.pofile(str(path)):
            if entry.obsolete:
                continue
            for text in filter(None, (entry.msgid, entry.msgid_plural)):
                found.setdefault(_normal(text), []).extend(_keys(entry, domain))
    return found


@functools.cache
def _catalog(language: str, domain: str):
    if domain == "django":
        return trans_real.translation(language)._catalog
    localedirs = [str(path) for path in SCRIPT_PACKAGES]
    return trans_real.DjangoTranslation(language, domain=domain, localedirs=localedirs)._catalog


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def untranslated(text: str, language: str = "vi") -> bool:
    """Whether `text` is a message id that no catalogue of `language` translates."""
    keys = english_messages().get(_normal(text))
    if not keys:
        return False
    with translation.override(language):
        return not any(key in _catalog(language, domain) for domain, key in keys)


class _Texts(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED:
            self.skipping += 1
        for name, value in attrs:
            if name in ATTRIBUTES and value:
                self.texts.append(value)

    def handle_endtag(self, tag):
        if tag in SKIPPED and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping and data.strip():
            self.texts.append(data)


def english_left(html: str, language: str = "vi") -> list[str]:
    """The untranslated English texts on a page rendered in `language`, each once, in order."""
    parser = _Texts()
    parser.feed(html)
    left = []
    for text in parser.texts:
        text = _normal(text)
        if text not in left and untranslated(text, language):
            left.append(text)
    return left
