"""Bad input stops at the door: a NUL byte or another control character in the path, the query
string or a plain form is answered 400 before any view or query runs (PostgreSQL refuses NUL in
text and would turn it into a 500)."""

from __future__ import annotations

import re
from urllib.parse import unquote_to_bytes

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.utils.translation import gettext as _

# C0 controls and DEL, except tab, line feed and carriage return (which text areas send).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
FORMS = frozenset({"application/x-www-form-urlencoded", "multipart/form-data"})


def request_has_control_characters(request: HttpRequest) -> bool:
    """Whether the path, the query string or a url-encoded form carries a control character."""
    if CONTROL.search(request.path):
        return True
    query = request.META.get("QUERY_STRING", "")
    if CONTROL.search(unquote_to_bytes(query).decode("utf-8", "replace")):
        return True
    # Form fields only (files are data): as CsrfViewMiddleware does, this reads the body of a
    # form post before the view.
    if request.method == "POST" and request.content_type in FORMS:
        return any(
            CONTROL.search(key) or any(CONTROL.search(value) for value in values)
            for key, values in request.POST.lists()
        )
    return False


class ControlCharactersMiddleware:
    """400 with a plain message for requests carrying control characters."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request_has_control_characters(request):
            return HttpResponseBadRequest(
                _("The address or the form contains characters that are not allowed."),
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)


class MarketMiddleware:
    """`request.market`: the shopper's market, worked out once per request and only when read
    (`shop.shopper.shopper_market`, which the apps call; a host's views and templates read the
    attribute). After SessionMiddleware and LocaleMiddleware: the choice and the language
    decide it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        from django.utils.functional import SimpleLazyObject

        from shop.shopper import shopper_market

        request.market = SimpleLazyObject(lambda: shopper_market(request))
        return self.get_response(request)
