"""Japanese ("ja") demo content for the stories and the article without an inline "ja" entry.

The other stories, every producer page and the other articles carry their Japanese inline in
`langnghe_demo.content`; an entry translated in both places is an error.
"""

from langnghe_demo.content.translations.ja import (
    articles,
    stories_ceramics_weaving,
    stories_food,
    stories_herbs_agarwood,
    stories_lacquer_silk_wood,
)

LANGUAGE = "ja"


def _merge(*parts: dict[str, dict]) -> dict[str, dict]:
    """One dict from the per-group modules; a slug defined twice is a mistake, not an override."""
    merged: dict[str, dict] = {}
    for part in parts:
        duplicates = merged.keys() & part.keys()
        if duplicates:
            raise ValueError(f"demo translation defined twice: {sorted(duplicates)} (ja)")
        merged.update(part)
    return merged


STORIES: dict[str, dict] = _merge(
    stories_ceramics_weaving.STORIES,
    stories_lacquer_silk_wood.STORIES,
    stories_food.STORIES,
    stories_herbs_agarwood.STORIES,
)

ARTICLES: dict[str, dict] = articles.ARTICLES
