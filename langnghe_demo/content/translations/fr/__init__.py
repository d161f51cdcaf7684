"""Demo content in French: every product story, producer page and news article.

Translated from the Vietnamese originals (with the English as a guide), block for block, in
modules of a few producers each; `langnghe_demo.content` folds these dicts into its own.
"""

from langnghe_demo.content.translations.fr import (
    articles,
    producers,
    stories_agarwood,
    stories_ceramics,
    stories_herbal,
    stories_lacquer_silk,
    stories_lychee_honey,
    stories_tea,
    stories_weaving,
    stories_woodwork,
)

LANGUAGE = "fr"


def _merge(*parts: dict[str, dict]) -> dict[str, dict]:
    """One dict from the per-group modules; a key defined twice is a mistake, not an override."""
    merged: dict[str, dict] = {}
    for part in parts:
        duplicates = merged.keys() & part.keys()
        if duplicates:
            raise ValueError(f"French demo content defined twice: {sorted(duplicates)}")
        merged.update(part)
    return merged


STORIES: dict[str, dict] = _merge(
    stories_ceramics.STORIES,
    stories_weaving.STORIES,
    stories_lacquer_silk.STORIES,
    stories_woodwork.STORIES,
    stories_lychee_honey.STORIES,
    stories_tea.STORIES,
    stories_herbal.STORIES,
    stories_agarwood.STORIES,
)

PRODUCERS: dict[str, dict] = _merge(producers.PRODUCERS)

ARTICLES: dict[str, dict] = _merge(articles.ARTICLES)
