"""The library's migrations never depend on the host's settings."""

import pytest
from django.core.management import call_command
from django.test import override_settings

pytestmark = pytest.mark.django_db


@override_settings(LANGUAGES=[("en", "English"), ("es", "Español"), ("th", "ไทย")])
def test_a_host_with_other_languages_has_no_pending_migration():
    # Market.default_language takes its choices from LANGUAGES when a form asks; frozen into a
    # migration, they would give every such host a migration to make in a library app.
    call_command("makemigrations", "shop", "cms", "checkout", check=True, dry_run=True)


@pytest.mark.django_db(transaction=True)
def test_orders_placed_before_references_existed_get_one_each():
    import re

    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    from shop.models.orders import REFERENCE_PATTERN

    before, after = [("shop", "0007_host_neutral")], [("shop", "0008_order_reference_time_zone")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    try:
        old = executor.loader.project_state(before).apps.get_model("shop", "Order")
        pks = [old.objects.create(currency="EUR").pk for _ in range(3)]
        executor = MigrationExecutor(connection)
        executor.migrate(after)
    finally:
        MigrationExecutor(connection).migrate(executor.loader.graph.leaf_nodes())
    new = executor.loader.project_state(after).apps.get_model("shop", "Order")
    references = list(new.objects.filter(pk__in=pks).values_list("reference", flat=True))
    assert len(set(references)) == 3
    assert all(re.fullmatch(REFERENCE_PATTERN, reference) for reference in references)
