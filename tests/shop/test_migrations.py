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
