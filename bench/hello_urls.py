"""One view, no database, no template: what the stack costs before any page work."""

from django.http import HttpRequest, HttpResponse
from django.urls import path


def hello(request: HttpRequest) -> HttpResponse:
    return HttpResponse("Hello, world")


urlpatterns = [path("hello/", hello, name="hello")]
