import pytest
from django.db import connection


def pytest_collection_modifyitems(config, items):
    """Tests marked `postgres` need real row locks; on SQLite they are skipped, and the
    PostgreSQL run of `make test` (where CI=true forbids skipping them) runs them."""
    if connection.vendor == "postgresql":
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL (make test runs it there too)")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The database rolls back after each test; the cache (markets, rates) must follow."""
    from django.core.cache import cache

    from shop.utils.memo import local_clear

    cache.clear()
    local_clear()
    yield
    cache.clear()
    local_clear()
