"""cms/middleware.py: what a shop without any market answers."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/en/checkout/cart/", "/en/search/?q=tea"])
def test_a_shop_without_markets_says_it_is_not_open_instead_of_failing(client, path):
    response = client.get(path)
    assert response.status_code == 503
    assert response["Retry-After"] == "3600"
    assert "not open yet" in response.content.decode()


def test_the_hosts_own_pages_answer_while_the_shop_has_no_market(client):
    # Wagtail's own root page stands for a host's page: it needs no market and must not get
    # the shop's 503 (nor be stored in the shop's page cache).
    response = client.get("/en/")
    assert response.status_code == 200
    assert "not open yet" not in response.content.decode()
    assert "X-Langnghe-Cache" not in response


def test_the_message_is_in_the_shoppers_language(client):
    response = client.get("/vi/checkout/cart/", HTTP_ACCEPT_LANGUAGE="vi")
    assert response.status_code == 503
    assert "not open yet" not in response.content.decode()


# --- the whole-page cache -------------------------------------------------------------------------


def outer_headers(get_response):
    """Stands for any header middleware a project adds (CSP, Permissions-Policy…)."""

    def middleware(request):
        response = get_response(request)
        response.setdefault("Permissions-Policy", "camera=(), microphone=()")
        response.setdefault("Content-Security-Policy", "default-src 'self'")
        return response

    return middleware


def session_writer(get_response):
    """Writes to the session of a request that asks for it (as a login or a cart would)."""

    def middleware(request):
        if "HTTP_X_REMEMBER" in request.META:
            request.session["remembered"] = request.META["HTTP_X_REMEMBER"]
        return get_response(request)

    return middleware


def _story_url():
    from cms.models import StoryPage

    return StoryPage.objects.filter(locale__language_code="en").first().url


def _listing_url():
    from cms.models import ListingPage

    return ListingPage.objects.get(locale__language_code="en", category__isnull=True).url


def _message_cookie(text: str) -> str:
    from django.contrib import messages
    from django.contrib.messages.storage.cookie import CookieStorage
    from django.http import HttpResponse
    from django.test import RequestFactory

    storage = CookieStorage(RequestFactory().get("/"))
    storage.add(messages.INFO, text)
    response = HttpResponse()
    storage.update(response)
    return response.cookies[CookieStorage.cookie_name].value


def _hit(response) -> bool:
    return response.get("X-Langnghe-Cache") == "hit"


def test_a_page_showing_a_visitors_message_is_never_stored_nor_shown_to_others(client, shop):
    from django.test import Client

    url = _story_url()
    client.cookies["messages"] = _message_cookie("Your parcel to Alice is on its way")
    mine = client.get(url)
    assert "Your parcel to Alice is on its way" in mine.content.decode()
    for _ in range(2):
        other = Client().get(url)
        assert "Your parcel to Alice" not in other.content.decode()
    assert _hit(other)  # the page without the message is stored


def test_a_visitor_with_a_pending_message_is_served_live_not_from_the_cache(client, shop):
    from django.test import Client

    url = _story_url()
    Client().get(url)
    assert _hit(Client().get(url))
    client.cookies["messages"] = _message_cookie("Thank you for your order")
    response = client.get(url)
    assert not _hit(response)
    assert "Thank you for your order" in response.content.decode()


def test_a_response_that_sets_a_cookie_is_never_stored(client, shop, settings):
    from django.test import Client

    session = settings.MIDDLEWARE.index("django.contrib.sessions.middleware.SessionMiddleware")
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE[: session + 1],
        "tests.cms.test_middleware.session_writer",
        *settings.MIDDLEWARE[session + 1 :],
    ]
    url = _story_url()
    mine = Client().get(url, HTTP_X_REMEMBER="alice")
    assert settings.SESSION_COOKIE_NAME in mine.cookies
    other = Client().get(url)
    assert not _hit(other)  # Alice's response was not stored
    assert settings.SESSION_COOKIE_NAME not in other.cookies
    again = Client().get(url)
    assert _hit(again)
    assert not again.cookies


@pytest.mark.parametrize(("secure", "position"), [(False, 0), (True, 0), (False, -1)])
def test_a_hit_carries_the_same_headers_as_the_miss_that_stored_it(
    client, shop, settings, secure, position
):
    # A header middleware anywhere: before every other one, or just before the fetch half.
    middleware = list(settings.MIDDLEWARE)
    middleware.insert(position, "tests.cms.test_middleware.outer_headers")
    settings.MIDDLEWARE = middleware
    settings.X_FRAME_OPTIONS = "DENY"
    settings.SECURE_REFERRER_POLICY = "same-origin"
    settings.SECURE_HSTS_SECONDS = 3600
    url = _story_url()
    miss = client.get(url, secure=secure)
    hit = client.get(url, secure=secure)
    assert not _hit(miss) and _hit(hit)
    assert hit["X-Frame-Options"] == "DENY"
    assert hit["Permissions-Policy"] == miss["Permissions-Policy"]
    assert ("Strict-Transport-Security" in hit) is secure

    def headers(response):
        return {k.lower(): v for k, v in response.items() if k.lower() != "x-langnghe-cache"}

    assert headers(hit) == headers(miss)


def test_stored_pages_say_what_they_vary_on_and_stay_out_of_shared_caches(client, shop, settings):
    from django.utils.cache import has_vary_header

    url = _story_url()
    miss, hit = client.get(url), client.get(url)
    client.post("/en/market/", {"country": "JP", "next": url})
    live = client.get(url)  # a session: served live, and just as private
    for response in (miss, hit, live):
        for header in ("Accept-Language", "Cookie", "CF-IPCountry", "CloudFront-Viewer-Country"):
            assert has_vary_header(response, header), header
        assert "private" in response["Cache-Control"]
    assert _hit(hit) and not _hit(live)


def test_the_key_covers_host_and_scheme(client, shop, settings):
    settings.ALLOWED_HOSTS = ["testserver", "other.example"]
    url = _story_url()
    client.get(url)
    assert not _hit(client.get(url, HTTP_HOST="other.example"))
    assert not _hit(client.get(url, secure=True))


def test_unknown_query_parameters_are_served_live_and_never_stored(client, shop):
    url = _listing_url()
    for _ in range(2):
        assert not _hit(client.get(url, {"utm_source": "crawler"}))
        assert not _hit(client.get(url, {"sort": "name", "x": "1"}))
        assert not _hit(client.get(f"{url}?sort=name&sort=stars"))
        assert not _hit(client.get(url, {"producer": "x" * 65}))


def test_known_query_parameters_are_keyed_in_a_canonical_order(client, shop):
    url = _listing_url()
    assert not _hit(client.get(f"{url}?sort=name&stars=4"))
    assert _hit(client.get(f"{url}?stars=4&sort=name"))
    assert not _hit(client.get(f"{url}?stars=3&sort=name"))


def test_each_page_stores_a_bounded_number_of_query_variants(client, shop, settings):
    settings.LANGNGHE_PAGE_CACHE_QUERIES = 2
    url = _listing_url()
    for page in ("1", "2", "3"):
        client.get(url, {"page": page})
    assert _hit(client.get(url, {"page": "2"}))
    assert not _hit(client.get(url, {"page": "3"}))  # over the limit: served live
    client.get(url)
    assert _hit(client.get(url))  # the page without a query is always stored
