"""config/env.py: typed settings from the environment, and SMTP settings from one EMAIL_URL."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import env_email_url


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
