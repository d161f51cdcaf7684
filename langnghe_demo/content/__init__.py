"""Demo content for the Wagtail pages: product stories, producer pages, news and index titles.

Pure data, no Django: artisans write in Vietnamese first, so every entry has a "vi" original and
translations into other content languages with the same block structure.

- STORIES[product_slug][language] = {"title", "summary", "body"}: one story page per product of
  `langnghe_demo.catalogue.products.PRODUCTS` ("vi" and "en" for all, "ja" for a selection).
- PRODUCERS[producer_slug][language] = {"title", "intro", "body"}: one page per producer of
  `langnghe_demo.catalogue.producers.PRODUCERS`.
- ARTICLES: news articles, each {"slug", "date" (ISO), language: {"title", "intro", "body"}}.
- SECTIONS[key][language] = title of an index page ("shop", "makers", "news" and one per
  top-level category slug); SECTIONS_INTRO[key][language] = its optional introduction.

A body is a list of StreamField blocks as (block type, value) pairs:
("text", rich-text HTML), ("quote", {"quote", "name", "role"}),
("process", {"title", "steps": [{"title", "text", "duration"}]}) and
("village", {"village", "text", "map_url"}) with map_url optional and on openstreetmap.org —
the raw form of `cms.blocks.StoryStreamBlock` ([{"type": t, "value": v} for t, v in body]).
"""

from langnghe_demo.content import translations
from langnghe_demo.content.articles import export, festival, trade_fair
from langnghe_demo.content.producers import (
    farms,
    herbs_agarwood,
    lacquer_silk_wood,
    pottery_weaving,
)
from langnghe_demo.content.sections import SECTIONS, SECTIONS_INTRO
from langnghe_demo.content.stories import (
    agarwood_incense,
    agarwood_pieces,
    bamboo_basket_armchair,
    ceramics_glazes,
    ceramics_painted,
    ceramics_tableware,
    dried_fruit,
    herbal_care,
    herbal_shampoo,
    honey,
    lacquer_box,
    lacquer_coasters_painting,
    rattan_basket_tray,
    silk_scarf,
    silk_tie_fabric,
    tea_green,
    tea_nail_black,
    woodwork_puppet,
    woodwork_statue_tray,
)

__all__ = ["ARTICLES", "PRODUCERS", "SECTIONS", "SECTIONS_INTRO", "STORIES"]


def _merge(*parts: dict[str, dict]) -> dict[str, dict]:
    """One dict from per-group modules; a key defined twice is a mistake, not an override."""
    merged: dict[str, dict] = {}
    for part in parts:
        duplicates = merged.keys() & part.keys()
        if duplicates:
            raise ValueError(f"demo content defined twice: {sorted(duplicates)}")
        merged.update(part)
    return merged


STORIES: dict[str, dict[str, dict]] = _merge(
    ceramics_tableware.STORIES,
    ceramics_glazes.STORIES,
    ceramics_painted.STORIES,
    rattan_basket_tray.STORIES,
    bamboo_basket_armchair.STORIES,
    lacquer_box.STORIES,
    lacquer_coasters_painting.STORIES,
    silk_scarf.STORIES,
    silk_tie_fabric.STORIES,
    woodwork_puppet.STORIES,
    woodwork_statue_tray.STORIES,
    dried_fruit.STORIES,
    honey.STORIES,
    tea_green.STORIES,
    tea_nail_black.STORIES,
    herbal_shampoo.STORIES,
    herbal_care.STORIES,
    agarwood_incense.STORIES,
    agarwood_pieces.STORIES,
)

PRODUCERS: dict[str, dict[str, dict]] = _merge(
    pottery_weaving.PRODUCERS,
    lacquer_silk_wood.PRODUCERS,
    farms.PRODUCERS,
    herbs_agarwood.PRODUCERS,
)

ARTICLES: list[dict] = [trade_fair.ARTICLE, festival.ARTICLE, export.ARTICLE]


def _translations_add(language: str, package) -> None:
    """Fold one language package of `langnghe_demo.content.translations` into the dicts above.

    A package holds STORIES, PRODUCERS and ARTICLES keyed like the sources (articles by slug);
    a language an entry already defines inline is a mistake, not an override."""
    for key, text in getattr(package, "STORIES", {}).items():
        _entry_add(STORIES, key, language, text)
    for key, text in getattr(package, "PRODUCERS", {}).items():
        _entry_add(PRODUCERS, key, language, text)
    articles = {article["slug"]: article for article in ARTICLES}
    for slug, text in getattr(package, "ARTICLES", {}).items():
        _entry_add(articles, slug, language, text)


def _entry_add(entries: dict, key: str, language: str, text: dict) -> None:
    if key not in entries:
        raise ValueError(f"demo translation for an unknown entry: {key} ({language})")
    if language in entries[key]:
        raise ValueError(f"demo content defined twice: {key} ({language})")
    entries[key][language] = text


for _language, _package in translations.PACKAGES.items():
    _translations_add(_language, _package)
