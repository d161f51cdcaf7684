"""config/env.py: typed settings from the environment, and SMTP settings from one EMAIL_URL."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import env_email_url, env_int_or_off


def test_an_smtp_url_with_tls_and_an_encoded_user():
    email = env_email_url("smtp://shop%40example.com:p%40ss@smtp.example.com:587?tls=true")
    assert email == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "smtp.example.com",
        "EMAIL_PORT": 587,
        "EMAIL_HOST_USER": "shop@example.com",
        "EMAIL_HOST_PASSWORD": "p@ss",
        "EMAIL_USE_TLS": True,
        "EMAIL_USE_SSL": False,
    }


def test_smtps_means_ssl_on_port_465():
    email = env_email_url("smtps://u:p@mail.example.com")
    assert (email["EMAIL_USE_SSL"], email["EMAIL_PORT"]) == (True, 465)


@pytest.mark.parametrize("url", ["console://", "http://smtp.example.com", "smtp://"])
def test_anything_else_is_a_clear_error(url):
    with pytest.raises(ImproperlyConfigured, match="EMAIL_URL must look like"):
        env_email_url(url)


@pytest.mark.parametrize(
    ("raw", "expected"), [(None, 5), ("", 5), ("2", 2), ("0", 0), ("OFF", None)]
)
def test_a_whole_number_or_off(monkeypatch, raw, expected):
    if raw is None:
        monkeypatch.delenv("DB_PREPARE_THRESHOLD", raising=False)
    else:
        monkeypatch.setenv("DB_PREPARE_THRESHOLD", raw)
    assert env_int_or_off("DB_PREPARE_THRESHOLD", 5) == expected


def test_neither_a_number_nor_off_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("DB_PREPARE_THRESHOLD", "never")
    with pytest.raises(ImproperlyConfigured, match="DB_PREPARE_THRESHOLD must be a whole number"):
        env_int_or_off("DB_PREPARE_THRESHOLD", 5)
