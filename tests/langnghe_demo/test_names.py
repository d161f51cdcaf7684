"""The demo's names: every category, producer and variant label in all seven languages."""

import pytest
from django.conf import settings

from langnghe_demo.catalogue import categories, names, producers, products

LANGUAGES = [code for code, _name in settings.LANGUAGES]
CATEGORY_SLUGS = [
    slug for top, children in categories.CATEGORIES for slug in (top, *children)
]  # fmt: skip
TABLES = {
    "category": (names.CATEGORY_NAMES, CATEGORY_SLUGS),
    "producer": (names.PRODUCER_NAMES, [p["slug"] for p in producers.PRODUCERS]),
    "variant": (
        names.VARIANT_NAMES,
        [v["sku"] for product in products.PRODUCTS for v in product["variants"]],
    ),
}


@pytest.mark.parametrize("kind", TABLES)
def test_every_name_is_written_in_every_language(kind):
    table, keys = TABLES[kind]
    assert sorted(table) == sorted(keys)
    for key in keys:
        assert sorted(table[key]) == sorted(LANGUAGES), key
        assert all(text.strip() == text and text for text in table[key].values()), key


def test_producers_keep_their_proper_names_with_diacritics():
    for key, by_language in names.PRODUCER_NAMES.items():
        # The proper name is the Vietnamese name's last words; every language keeps them.
        proper = " ".join(by_language["vi"].split()[-2:])
        for code, text in by_language.items():
            assert proper in text or proper.split()[-1] in text, (key, code)


def test_cooperatives_are_called_so_in_each_language():
    cooperative = names.PRODUCER_NAMES["htx-gom-su-lam-thuy-bat-trang"]
    assert "Cooperative" in cooperative["en"] and "協同組合" in cooperative["ja"]
    assert "협동조합" in cooperative["ko"] and "Coopérative" in cooperative["fr"]
    assert "genossenschaft" in cooperative["de"] and "合作社" in cooperative["zh-hans"]
