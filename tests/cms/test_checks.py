"""cms/checks.py: the page cache's halves wrap every other middleware."""

from cms.checks import FETCH, UPDATE, page_cache_middleware_check


def test_the_reference_project_wraps_every_middleware():
    assert page_cache_middleware_check(None) == []


def test_a_middleware_outside_the_halves_is_an_error(settings):
    others = [m for m in settings.MIDDLEWARE if m not in (UPDATE, FETCH)]
    settings.MIDDLEWARE = ["csp.middleware.CSPMiddleware", UPDATE, *others, FETCH]
    assert [e.id for e in page_cache_middleware_check(None)] == ["cms.E001"]
    settings.MIDDLEWARE = [UPDATE, *others, FETCH, "some.HeaderMiddleware"]
    assert [e.id for e in page_cache_middleware_check(None)] == ["cms.E002"]


def test_a_project_without_the_page_cache_passes(settings):
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if m not in (UPDATE, FETCH)]
    assert page_cache_middleware_check(None) == []


def test_a_host_without_the_admin_locale_folder_is_warned_its_admin_scripts_stay_english(
    settings,
):
    from cms.admin_locale import ADMIN_LOCALE_DIR
    from cms.checks import admin_scripts_language_check

    settings.LOCALE_PATHS = [settings.BASE_DIR / "locale"]
    assert [w.id for w in admin_scripts_language_check(None)] == ["cms.W001"]
    settings.LOCALE_PATHS = [settings.BASE_DIR / "locale", ADMIN_LOCALE_DIR]
    assert admin_scripts_language_check(None) == []
