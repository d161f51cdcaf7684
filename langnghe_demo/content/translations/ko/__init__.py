"""Korean (ko) translations of the demo content: every story, producer page and news article.

Translated from the Vietnamese originals with the English as a guide, block for block (same block
types in the same order, as many process steps, map links unchanged). Vietnamese proper names keep
their spelling, sometimes with a Hangul reading at first mention.
"""

from langnghe_demo.content.translations.ko import (
    articles,
    producers_crafts,
    producers_farms,
    stories_ceramics,
    stories_food,
    stories_herbs_agarwood,
    stories_silk_wood,
    stories_weaving_lacquer,
)

LANGUAGE = "ko"


def _merge(*parts: dict[str, dict]) -> dict[str, dict]:
    """One dict from the per-group modules; a key defined twice is a mistake, not an override."""
    merged: dict[str, dict] = {}
    for part in parts:
        duplicates = merged.keys() & part.keys()
        if duplicates:
            raise ValueError(f"ko translation defined twice: {sorted(duplicates)}")
        merged.update(part)
    return merged


STORIES: dict[str, dict] = _merge(
    stories_ceramics.STORIES,
    stories_weaving_lacquer.STORIES,
    stories_silk_wood.STORIES,
    stories_food.STORIES,
    stories_herbs_agarwood.STORIES,
)

PRODUCERS: dict[str, dict] = _merge(producers_crafts.PRODUCERS, producers_farms.PRODUCERS)

ARTICLES: dict[str, dict] = _merge(articles.ARTICLES)
