"""The admin's sign-in and password reset are rate limited: django-axes locks a username (or an
address) after 10 wrong passwords in a row; cms/throttle.py limits reset emails per hour."""

import pytest
from django.core import mail
from django.test import Client, override_settings
from django.urls import reverse

from cms.throttle import client_ip
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    user = UserFactory(username="editor", email="editor@example.com", is_superuser=True)
    user.set_password("the right one, long enough")
    user.save()
    return user


def sign_in(client, password, username="editor"):
    return client.post(reverse("wagtailadmin_login"), {"username": username, "password": password})


def test_the_eleventh_wrong_password_is_refused_even_when_right(editor):
    client = Client()
    for _attempt in range(9):
        assert sign_in(client, "wrong").status_code == 200  # the form again
    assert sign_in(client, "wrong").status_code == 429  # the tenth locks the username
    locked = sign_in(client, "the right one, long enough")
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
    other_address = Client(REMOTE_ADDR="203.0.113.9")  # the username is locked everywhere
    assert sign_in(other_address, "the right one, long enough").status_code == 429


def test_a_good_password_before_the_limit_resets_the_count(editor):
    client = Client()
    for _attempt in range(9):
        sign_in(client, "wrong")
    assert sign_in(client, "the right one, long enough").status_code == 302
    client.logout()
    for _attempt in range(9):
        sign_in(client, "wrong")
    assert sign_in(client, "the right one, long enough").status_code == 302


@override_settings(LANGNGHE_PASSWORD_RESET_PER_HOUR=3)
def test_password_reset_emails_are_limited_per_hour(editor):
    client = Client()
    url = reverse("wagtailadmin_password_reset")
    for _request in range(3):
        assert client.post(url, {"email": "editor@example.com"}).status_code == 302
    refused = client.post(url, {"email": "editor@example.com"})
    assert refused.status_code == 429
    assert len(mail.outbox) == 3
    # Another address cannot lift the limit for that email either.
    assert (
        Client(REMOTE_ADDR="203.0.113.9").post(url, {"email": "editor@example.com"}).status_code
        == 429
    )


@override_settings(LANGNGHE_TRUSTED_PROXIES=1)
def test_behind_a_balancer_the_client_is_the_address_it_saw():
    from django.test import RequestFactory

    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.7"
    )
    assert client_ip(request) == "198.51.100.7"  # what the client wrote first is not trusted
