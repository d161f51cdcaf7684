"""Migration 0010: a category's English name moves into `name_translations` and back."""

import pytest

from tests.shop.migrating import migrate_latest, migrate_to

BEFORE = [("shop", "0009_producer_portrait")]
AFTER = [("shop", "0010_name_translations")]


@pytest.mark.django_db(transaction=True)
def test_english_names_move_into_the_translations_and_back():
    old = migrate_to(BEFORE)
    Category = old.get_model("shop", "Category")  # noqa: N806
    Category.objects.create(name="Gốm sứ", name_en="Ceramics", slug="gom-su")
    Category.objects.create(name="Trà", name_en=" ", slug="tra")
    try:
        new = migrate_to(AFTER)
        rows = dict(
            new.get_model("shop", "Category").objects.values_list("slug", "name_translations")
        )
        assert rows == {"gom-su": {"en": "Ceramics"}, "tra": {}}

        back = migrate_to(BEFORE)
        rows = dict(back.get_model("shop", "Category").objects.values_list("slug", "name_en"))
        # Without an English name, the Vietnamese one stands in for the required column.
        assert rows == {"gom-su": "Ceramics", "tra": "Trà"}
    finally:
        migrate_latest()
