"""Searching the documents `cms.search` writes: matches kept per query until a document
changes, ranked in SQL on PostgreSQL (substrings through trigram indexes, near words in titles,
`ts_rank`), by a title bonus on SQLite; what is shown of a hit is read per page of results."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from django.core.cache import cache
from django.db import connection
from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.translation import get_language_info
from wagtail.models import Page, PageViewRestriction

from cms.cache import FRAGMENT_SECONDS, SEARCH_KEY
from cms.models import SearchDocument
from cms.routing import view_restrictions_exist
from cms.search import search_terms
from shop.utils.memo import cache_version

# pg_trgm's word similarity matches near words only for Latin words this long or longer.
FUZZY_LENGTH = 4


@dataclass(frozen=True)
class SearchHit:
    """One result: the page to link to and what to show of it. `fallback` when what is shown is
    in another language than the shopper's (`language`)."""

    page: Page
    title: str
    summary: str
    kind: str
    language: str
    fallback: bool

    @property
    def language_name(self) -> str:
        try:
            return get_language_info(self.language)["name_local"]
        except KeyError:
            return self.language


def _like(term: str) -> str:
    # Normalised terms hold letters, digits and marks only: no LIKE wildcard to escape.
    return f"%{term}%"


def _matches_postgres(*, terms: list[str], language: str, limit: int) -> list[tuple]:
    """(page id of the hit, page id of its version in `language` or None, their translation
    key, the path of the page shown), best first."""
    table = connection.ops.quote_name(SearchDocument._meta.db_table)
    every = " AND ".join(["d.text LIKE %s"] * len(terms))
    in_title = " AND ".join(["d.title_normalised LIKE %s"] * len(terms))
    query = " ".join(terms)
    likes = [_like(term) for term in terms]
    # Near words (typos) are looked for in titles only: word similarity costs time in
    # proportion to the text it reads, and over whole stories it was most of a search's time.
    near = all(len(term) >= FUZZY_LENGTH and term.isascii() for term in terms)
    # Each hit's version in the shopper's language is joined to the page of hits only.
    pages = connection.ops.quote_name(Page._meta.db_table)
    sql = (
        "SELECT t.page_id, own.page_id, t.translation_key, p.path FROM ("  # noqa: S608
        " SELECT d.page_id, d.translation_key, d.language = %s AS mine,"
        f" (CASE WHEN {in_title} THEN 1 ELSE 0 END) + ts_rank(d.vector, q)"
        f"{' + word_similarity(%s, d.title_normalised)' if near else ''} AS score"
        f" FROM {table} d CROSS JOIN plainto_tsquery('simple', unaccent(%s)) AS q"
        f" WHERE ({every}){' OR %s <%% d.title_normalised' if near else ''}"
        " ORDER BY mine DESC, score DESC, d.page_id LIMIT %s) t"
        f" LEFT JOIN {table} own ON NOT t.mine"
        " AND own.translation_key = t.translation_key AND own.language = %s"
        f" JOIN {pages} p ON p.id = COALESCE(own.page_id, t.page_id)"
        " ORDER BY t.mine DESC, t.score DESC, t.page_id"
    )
    params = [language, *likes, *([query] if near else []), query, *likes]
    params += [*([query] if near else []), limit, language]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return list(cursor.fetchall())


def _matches_portable(*, terms: list[str], language: str, limit: int) -> list[tuple]:
    documents = SearchDocument.objects.all()
    in_title = Q()
    for term in terms:
        documents = documents.filter(text__contains=term)
        in_title &= Q(title_normalised__contains=term)
    ranked = documents.annotate(
        own=Case(When(language=language, then=Value(1)), default=Value(0)),
        in_title=Case(When(in_title, then=Value(1)), default=Value(0), output_field=IntegerField()),
    ).order_by("-own", "-in_title", "page_id")
    fields = ("page_id", "translation_key", "language", "page__path")
    rows = list(ranked.values_list(*fields)[:limit])
    keys = {key for _page_id, key, found, _path in rows if found != language}
    own = {
        key: (page_id, path)
        for page_id, key, path in SearchDocument.objects.filter(
            translation_key__in=keys, language=language
        ).values_list("page_id", "translation_key", "page__path")
    }
    return [
        (page_id, own.get(key, (None,))[0], key, own.get(key, (None, path))[1])
        for page_id, key, _found, path in rows
    ]


def search_run(*, query: str, language: str, limit: int) -> SearchResults:
    """Live searched pages matching `query`, at most `limit`: hits in `language` first (best
    first), then hits in other languages, each shown as its version in `language` when that
    exists (else as itself, marked `fallback`); one result per page and its translations.
    Pages behind a view restriction are left out. What is shown of each hit is read only for
    the hits a page of results shows (`SearchResults`)."""
    terms = search_terms(query)
    if not terms or limit <= 0:
        return SearchResults([], language=language)
    hidden = _restricted_paths()
    shown: list[tuple[int, int | None]] = []
    seen: set = set()
    for found_id, own_id, key, path in _matches_kept(terms=terms, language=language, limit=limit):
        if key in seen:
            continue
        seen.add(key)
        if not any(path.startswith(restricted) for restricted in hidden):
            shown.append((found_id, own_id))
    return SearchResults(shown, language=language)


class SearchResults(Sequence):
    """The hits of a search, in order; slicing reads the documents and pages of that slice only
    (one query), so a paginator's page of 20 reads 20 of up to `LANGNGHE_SEARCH_RESULTS`."""

    def __init__(self, rows: list[tuple[int, int | None]], *, language: str) -> None:
        self._rows, self._language = rows, language

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._hits(self._rows[index])
        hits = self._hits([self._rows[index]])
        if not hits:  # removed since the search was kept
            raise IndexError(index)
        return hits[0]

    def __iter__(self):
        return iter(self._hits(self._rows))

    def _hits(self, rows: list[tuple[int, int | None]]) -> list[SearchHit]:
        wanted = {page_id for row in rows for page_id in row if page_id is not None}
        documents = SearchDocument.objects.select_related("page").in_bulk(wanted)
        hits = []
        for found_id, own_id in rows:
            document = documents.get(own_id) or documents.get(found_id)
            if document is None or not document.page.live:  # gone since the search was kept
                continue
            page = document.page
            page._langnghe_language = document.language  # its link stays under this prefix
            hits.append(
                SearchHit(
                    page=page,
                    title=document.title,
                    summary=document.summary,
                    kind=document.kind,
                    language=document.language,
                    fallback=document.language != self._language,
                )
            )
        return hits


def _matches_kept(*, terms: list[str], language: str, limit: int) -> list[tuple]:
    """The matches, kept in the shared cache until a search document changes: they are the
    same for every visitor (pages behind a restriction are left out after, per request)."""
    words = hashlib.sha256(" ".join(terms).encode()).hexdigest()[:32]
    key = f"langnghe:search:{cache_version(SEARCH_KEY)}:{language}:{limit}:{words}"
    rows = cache.get(key)
    if rows is None:
        if connection.vendor == "postgresql":
            rows = _matches_postgres(terms=terms, language=language, limit=limit)
        else:
            rows = _matches_portable(terms=terms, language=language, limit=limit)
        cache.set(key, rows, FRAGMENT_SECONDS)
    return rows


def _restricted_paths() -> list[str]:
    if not view_restrictions_exist():
        return []
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))
