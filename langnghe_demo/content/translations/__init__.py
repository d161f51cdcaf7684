"""Translations of the demo content kept apart from the sources, one package per language.

Each package (e.g. `ko/`) defines any of STORIES[product_slug], PRODUCERS[producer_slug] and
ARTICLES[article_slug] = {"title", "summary" or "intro", "body"}, with exactly the block structure
of the Vietnamese source (same block types in the same order, as many process steps, each rich-text
block split into as many paragraphs, headings and list items, every text the source has
translated), because the loader pairs each translated segment with its source segment through
wagtail-localize (`langnghe_demo.localize`; tests/langnghe_demo/test_content.py checks it).
"""

import importlib
import pkgutil
from types import ModuleType


def _packages() -> dict[str, ModuleType]:
    found: dict[str, ModuleType] = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        found[module.LANGUAGE] = module
    return found


PACKAGES: dict[str, ModuleType] = _packages()
