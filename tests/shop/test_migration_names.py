"""Migration 0010: a category's English name moves into `name_translations` and back."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("shop", "0009_producer_portrait")]
AFTER = [("shop", "0010_name_translations")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_english_names_move_into_the_translations_and_back():
    old = _migrate(BEFORE)
    Category = old.get_model("shop", "Category")  # noqa: N806
    Category.objects.create(name="Gốm sứ", name_en="Ceramics", slug="gom-su")
    Category.objects.create(name="Trà", name_en=" ", slug="tra")
    try:
        new = _migrate(AFTER)
        rows = dict(
            new.get_model("shop", "Category").objects.values_list("slug", "name_translations")
        )
        assert rows == {"gom-su": {"en": "Ceramics"}, "tra": {}}

        back = _migrate(BEFORE)
        rows = dict(back.get_model("shop", "Category").objects.values_list("slug", "name_en"))
        # Without an English name, the Vietnamese one stands in for the required column.
        assert rows == {"gom-su": "Ceramics", "tra": "Trà"}
    finally:
        _migrate(_latest())


def _latest():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()
