"""Search in the shopper's language (Wagtail search over the locale's pages)."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page


def search(request: HttpRequest) -> HttpResponse:
    query = (request.GET.get("q") or "").strip()[:200]
    results = Page.objects.none()
    if query:
        locale = Locale.get_active()
        results = Page.objects.live().filter(locale=locale).specific().search(query)
    page_obj = Paginator(results, 20).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "cms/search.html",
        {"search_query": query, "results": page_obj.object_list, "page_obj": page_obj},
    )
