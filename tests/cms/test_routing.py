"""cms/routing.py: the cached "no view restrictions" flag follows committed changes."""

import pytest
from django.core.cache import cache
from wagtail.models import Page, PageViewRestriction

from cms.routing import VIEW_RESTRICTIONS_KEY, view_restrictions_exist

pytestmark = pytest.mark.django_db


def test_a_restriction_read_as_absent_before_its_commit_is_seen_after_it(
    django_capture_on_commit_callbacks,
):
    page = Page.objects.filter(depth=1).first()
    assert view_restrictions_exist() is False
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
        )
        assert view_restrictions_exist() is True  # the changing transaction sees it
        cache.set(VIEW_RESTRICTIONS_KEY, False)  # another request read "none" before the commit
    assert view_restrictions_exist() is True
