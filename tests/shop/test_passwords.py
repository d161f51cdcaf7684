"""shop/passwords.py: no password close to the shop's name."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from wagtail.models import Site

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("password", ["Langnghe2026!", "langnghe", "LANGNGHE-shop", "langnhge12"])
def test_passwords_like_the_shop_name_are_refused(password):
    with pytest.raises(ValidationError, match="too similar to the name of the shop"):
        validate_password(password)


def test_a_password_like_the_sites_host_name_is_refused():
    Site.objects.update(hostname="gomlam.vn", site_name="Gốm Lam")
    with pytest.raises(ValidationError, match="too similar to the name of the shop"):
        validate_password("gomlam.vn!!")


def test_an_unrelated_strong_password_is_accepted():
    validate_password("correct horse battery staple 127")
