"""The name shoppers read of a category, producer or variant, in their language.

`name` is the Vietnamese source and `name_translations` the other languages
(`shop.models.names`); a missing translation falls back along the shopper's language chain
(`shop.shopper.language_chain`: their language, `LANGNGHE_CONTENT_FALLBACKS`, the default
language), then to Vietnamese. The names live on the row: no query is sent.
"""

from __future__ import annotations

from typing import Protocol

from shop.models.names import SOURCE_LANGUAGE
from shop.shopper import language_chain


class Named(Protocol):
    name: str
    name_translations: dict[str, str]


def name_for(*, obj: Named, language: str | None = None) -> str:
    """`obj`'s name in `language` (default: the active one), else along the fallback chain."""
    translations = obj.name_translations or {}
    for code in language_chain(language):
        if code == SOURCE_LANGUAGE:
            return obj.name
        text = translations.get(code)
        if text:
            return text
    return obj.name
