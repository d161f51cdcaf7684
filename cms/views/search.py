"""Search: the shopper's language first, then other languages' pages (`cms.search`)."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language

from cms.routing import site_cached
from cms.search_results import search_run
from shop.conf import langnghe_setting


def search(request: HttpRequest) -> HttpResponse:
    site_cached(request)  # every hit's URL needs the site
    query = (request.GET.get("q") or "").strip()
    longest = langnghe_setting("LANGNGHE_SEARCH_QUERY_LENGTH")
    context = {"search_query": query, "longest": longest, "too_long": len(query) > longest}
    if context["too_long"]:
        context["search_query"] = ""
        return TemplateResponse(request, "cms/search.html", context, status=400)
    hits = []
    if query:
        limit = langnghe_setting("LANGNGHE_SEARCH_RESULTS")
        hits = search_run(query=query, language=get_language(), limit=limit)
    paginator = Paginator(hits, langnghe_setting("LANGNGHE_SEARCH_PAGE_SIZE"))
    page_obj = paginator.get_page(request.GET.get("page"))
    context.update(results=page_obj.object_list, page_obj=page_obj)
    return TemplateResponse(request, "cms/search.html", context)
