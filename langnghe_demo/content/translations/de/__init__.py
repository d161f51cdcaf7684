"""German (de) translations of the demo content: product stories, producer pages and news.

Translated from the Vietnamese originals block for block (same block types in the same order, as
many process steps, map links unchanged), with the English as a guide. Folded into
`langnghe_demo.content` by `langnghe_demo.content.translations`.
"""

from langnghe_demo.content.translations.de import (
    articles,
    producers,
    stories_ceramics,
    stories_food_tea,
    stories_herbal_agarwood,
    stories_painting_silk_wood,
    stories_rattan_lacquer,
)

LANGUAGE = "de"


def _merge(*parts: dict[str, dict]) -> dict[str, dict]:
    """One dict from the per-group modules; a key defined twice is a mistake, not an override."""
    merged: dict[str, dict] = {}
    for part in parts:
        duplicates = merged.keys() & part.keys()
        if duplicates:
            raise ValueError(f"German demo content defined twice: {sorted(duplicates)}")
        merged.update(part)
    return merged


STORIES: dict[str, dict] = _merge(
    stories_ceramics.STORIES,
    stories_rattan_lacquer.STORIES,
    stories_painting_silk_wood.STORIES,
    stories_food_tea.STORIES,
    stories_herbal_agarwood.STORIES,
)

PRODUCERS: dict[str, dict] = _merge(producers.PRODUCERS)

ARTICLES: dict[str, dict] = _merge(articles.ARTICLES)
