"""shop/checks.py: production refuses a cache that each process keeps for itself."""

import pytest

from shop.checks import shared_cache_check


@pytest.mark.parametrize(
    "backend",
    [
        "django.core.cache.backends.locmem.LocMemCache",
        "django.core.cache.backends.filebased.FileBasedCache",
    ],
)
def test_a_per_process_cache_is_an_error_for_deploys(settings, tmp_path, backend):
    settings.CACHES = {"default": {"BACKEND": backend, "LOCATION": str(tmp_path)}}
    errors = shared_cache_check(None)
    assert [error.id for error in errors] == ["shop.E001"]


def test_a_shared_cache_passes(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/12",
        }
    }
    assert shared_cache_check(None) == []
