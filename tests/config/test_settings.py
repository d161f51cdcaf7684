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
    "REDIS_URL": "redis://127.0.0.1:6379/9",
    "EMAIL_URL": "smtp://shop%40example.com:s3cret@smtp.example.com:587?tls=true",
    "LANGNGHE_SITE_URL": "https://shop.example.com",
    "STRIPE_SECRET_KEY": "sk_live_example",
    "STRIPE_PUBLISHABLE_KEY": "pk_live_example",
    "STRIPE_WEBHOOK_SECRET": "whsec_example",
}


def check_deploy(**changes):
    env = {key: value for key, value in {**PRODUCTION, **changes}.items() if value is not None}
    return manage("check", "--deploy", "--fail-level", "WARNING", **env)


def test_production_mode_passes_check_deploy():
    result = check_deploy()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("changes", "issue"),
    [
        ({"STRIPE_SECRET_KEY": None}, "checkout.E001"),  # the dummy gateway, for free
        ({"LANGNGHE_PAYMENT_GATEWAY": "dummy"}, "checkout.E001"),
        ({"STRIPE_SECRET_KEY": None, "LANGNGHE_ALLOW_TEST_PAYMENTS": "true"}, "checkout.W001"),
        ({"EMAIL_URL": None}, "checkout.E002"),  # the console backend
        (
            {"EMAIL_URL": None, "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend"},
            "checkout.E002",
        ),
        ({"LANGNGHE_SITE_URL": None}, "checkout.E003"),  # http://127.0.0.1:8000
        ({"LANGNGHE_SITE_URL": "http://shop.example.com"}, "checkout.E003"),
    ],
)
def test_production_refuses_unsafe_defaults(changes, issue):
    result = check_deploy(**changes)
    assert result.returncode != 0
    assert issue in result.stderr + result.stdout


def test_production_mode_refuses_a_cache_per_process():
    result = check_deploy(REDIS_URL=None)
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


DATABASE_OPTIONS = "from django.conf import settings; print(sorted(settings.DATABASES['default'].get('OPTIONS', {}).items()))"


@pytest.mark.parametrize(
    ("env", "options"),
    [
        ({}, "[('prepare_threshold', 5), ('server_side_binding', True)]"),
        (
            {"DB_PREPARE_THRESHOLD": "2"},
            "[('prepare_threshold', 2), ('server_side_binding', True)]",
        ),
        ({"DB_PREPARE_THRESHOLD": "off"}, "[]"),  # Django's default: client-side binding
    ],
)
def test_postgresql_statements_are_prepared_unless_turned_off(env, options):
    result = manage(
        "shell", "-c", DATABASE_OPTIONS, DATABASE_URL="postgres://shop@db.example.com/shop", **env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == options


def test_sqlite_gets_no_postgresql_options():
    result = manage("shell", "-c", DATABASE_OPTIONS, DATABASE_URL="sqlite:///:memory:")
    assert result.returncode == 0, result.stderr
    assert "server_side_binding" not in result.stdout


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_read_repeated_on_one_connection_is_planned_once():
    """What the OPTIONS are for: from the threshold's run on, the connection keeps the plan,
    with the value as a parameter, so every slug shares it."""
    from django.db import connection

    from shop.models import Market

    threshold = connection.settings_dict["OPTIONS"]["prepare_threshold"]
    for number in range(threshold + 1):
        list(Market.objects.filter(slug=f"langnghe-probe-{number}"))
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [row[0] for row in cursor.fetchall() if '"shop_market"' in row[0]]
    assert len(prepared) == 1
    assert '"shop_market"."slug" = $1' in prepared[0]
    assert "langnghe-probe" not in prepared[0]


@pytest.mark.parametrize("language", ["vi", "en", "ja", "ko", "fr", "de", "zh-hans"])
def test_every_shop_language_is_configured(settings, language):
    assert language in dict(settings.LANGUAGES)
    assert settings.WAGTAIL_I18N_ENABLED is True
