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
