"""Demo content in Simplified Chinese (zh-hans), translated from the Vietnamese originals.

Same block structure as the "vi" entries (see `langnghe_demo.content.translations`); Vietnamese
names keep their spelling, with the usual Chinese name in parentheses for well-known places.
"""

from langnghe_demo.content.translations.zh_hans import (
    articles,
    producers,
    stories_ceramics,
    stories_food,
    stories_herbal_agarwood,
    stories_silk_wood,
    stories_weaving_lacquer,
)

LANGUAGE = "zh-hans"


def _merge(*parts: dict[str, dict]) -> dict[str, dict]:
    """One dict from the per-group modules; a key defined twice is a mistake, not an override."""
    merged: dict[str, dict] = {}
    for part in parts:
        duplicates = merged.keys() & part.keys()
        if duplicates:
            raise ValueError(f"zh-hans demo content defined twice: {sorted(duplicates)}")
        merged.update(part)
    return merged


STORIES: dict[str, dict] = _merge(
    stories_ceramics.STORIES,
    stories_weaving_lacquer.STORIES,
    stories_silk_wood.STORIES,
    stories_food.STORIES,
    stories_herbal_agarwood.STORIES,
)
PRODUCERS: dict[str, dict] = _merge(producers.PRODUCERS)
ARTICLES: dict[str, dict] = _merge(articles.ARTICLES)
