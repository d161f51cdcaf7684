import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def manage(*args, **env):
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


PRODUCTION = {
    "DJANGO_ENV": "production",
    "SECRET_KEY": "k3y-" + "a9Zq7Lm2Xw" * 6,
    "ALLOWED_HOSTS": "shop.example.com",
}


def test_production_mode_passes_check_deploy():
    # The check reads the configuration only: nothing connects to this Redis.
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        **PRODUCTION,
        REDIS_URL="redis://127.0.0.1:6379/12",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_mode_refuses_a_cache_per_process():
    result = manage("check", "--deploy", **PRODUCTION, REDIS_URL="")
    assert result.returncode != 0
    assert "shop.E001" in result.stdout + result.stderr


def test_production_mode_refuses_to_start_without_a_secret_key():
    result = manage(
        "check", DJANGO_ENV="production", ALLOWED_HOSTS="shop.example.com", SECRET_KEY=""
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_bad_boolean_in_environment_is_a_clear_error():
    result = manage("check", DEBUG="maybe")
    assert result.returncode != 0
    assert "DEBUG must be true or false" in result.stderr


@pytest.mark.parametrize("language", ["vi", "en", "ja", "ko", "fr", "de", "zh-hans"])
def test_every_shop_language_is_configured(settings, language):
    assert language in dict(settings.LANGUAGES)
    assert settings.WAGTAIL_I18N_ENABLED is True
