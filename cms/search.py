"""The shop's search: one document per live product story, producer, listing and article page,
matched in the shopper's language first, then in every other language.

Documents (`cms.models.SearchDocument`) are written when a page is published and removed when
it is unpublished (signals connected in `cms.apps`) or deleted (CASCADE); `search_rebuild`
writes them all again (the `search_rebuild` command, and the demo's last step).

Text and queries go through one normalisation (`search_normalise`) on every database: Unicode
compatibility forms, Latin diacritics stripped (Vietnamese tones and marks, French and German
accents), đ → d (which PostgreSQL's unaccent does not fold in every version), ligatures
(œ, æ), katakana → hiragana, case folded, punctuation to spaces. A query matches a document
when each of its words occurs in the text as a substring, so "mat ong" finds "mật ong" and
"蜂蜜" is found inside a Chinese or Japanese sentence with no spaces (full-text parsers do not
split CJK text into words).

PostgreSQL: the substring tests use trigram GIN indexes (pg_trgm); Latin words of four letters
or more also match a near word in a title (pg_trgm's word similarity, for typos); hits are
ranked by `ts_rank` over a weighted tsvector (title A, summary B, body C; built with unaccent)
plus a bonus when the title holds every word. SQLite (the embedded default): the same substring
matching with LIKE, ranked by the title bonus — a fallback for small shops and tests. The
queries are in `cms.search_results`; this module writes the documents.
"""

from __future__ import annotations

import unicodedata

from django.db import connection
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Page

from cms.cache import SEARCH_KEY
from cms.models import ArticlePage, ListingPage, ProducerPage, SearchDocument, StoryPage
from shop.utils.memo import cache_version_bump

# Page types searched, and the kind each is shown as.
KINDS: tuple[tuple[type[Page], str], ...] = (
    (StoryPage, "product"),
    (ProducerPage, "maker"),
    (ListingPage, "listing"),
    (ArticlePage, "article"),
)
SUMMARY_LENGTH = 300
MAX_TERMS = 8

# Letters NFKD does not decompose (đ, ø, ł …) and ligatures: folded before the marks go.
_FOLD = str.maketrans(
    {
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        # Katakana → hiragana: ハチミツ and はちみつ are the same word.
        **{chr(code): chr(code - 0x60) for code in range(0x30A1, 0x30F7)},
    }
)


def _latin_mark(char: str) -> bool:
    """A combining mark of the Latin diacritic blocks (not kana voicing marks, which NFC
    recomposes, nor marks other scripts need)."""
    code = ord(char)
    return (
        0x0300 <= code <= 0x036F
        or 0x1AB0 <= code <= 0x1AFF
        or 0x1DC0 <= code <= 0x1DFF
        or 0x20D0 <= code <= 0x20FF
        or 0xFE20 <= code <= 0xFE2F
    )


def search_normalise(text: str) -> str:
    """`text` as search compares it: accents, đ and case folded, words separated by one space.
    "Mật ong Đắk Lắk!" → "mat ong dak lak"; "ハチミツ" → "はちみつ"."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not _latin_mark(c))
    text = unicodedata.normalize("NFC", text).casefold()
    kept = (c if c.isalnum() or unicodedata.category(c)[0] == "M" else " " for c in text)
    return " ".join("".join(kept).split())


def search_terms(query: str) -> list[str]:
    """The query's distinct normalised words, at most `MAX_TERMS`."""
    terms: list[str] = []
    for term in search_normalise(query).split():
        if term not in terms:
            terms.append(term)
    return terms[:MAX_TERMS]


# -- documents ---------------------------------------------------------------------------------


def _kind(page: Page) -> str | None:
    for model, kind in KINDS:
        if isinstance(page, model):
            return kind
    return None


def _texts(page: Page, name: str) -> list[str]:
    field = page._meta.get_field(name)
    value = getattr(page, name)
    if not value:
        return []
    if hasattr(field, "get_searchable_content"):  # rich text and StreamFields: text only
        return [str(part) for part in field.get_searchable_content(value) if part]
    return [str(value)]


def _parts(page: Page) -> tuple[str, str, list[str]]:
    """(summary shown in results, summary text, body texts) of an indexed page."""
    body: list[str] = []
    if isinstance(page, StoryPage):
        summary = page.summary
        body += _texts(page, "body")
    elif isinstance(page, ProducerPage):
        summary = page.intro
        producer = page.producer
        body += [producer.name, *producer.name_translations.values()]
        body += [producer.craft_village, producer.province]
        body += _texts(page, "body")
    elif isinstance(page, ListingPage):
        summary = " ".join(_texts(page, "intro"))
        if page.category_id:
            body += [page.category.name, *page.category.name_translations.values()]
    else:
        summary = page.intro
        body += _texts(page, "body")
    summary = strip_tags(summary or page.search_description or "").strip()
    return Truncator(summary).chars(SUMMARY_LENGTH), summary, [text for text in body if text]


def _indexable(page: Page) -> bool:
    return page.live and page.alias_of_id is None and _kind(page) is not None


def search_documents_update(*, page: Page, announce: bool = True) -> str:
    """Write `page`'s search document if it is a live page of a searched type (an alias —
    wagtail-localize's untranslated copy — is found through its original), else remove it.
    Writes nothing when the stored document already says the same. Returns what happened:
    "created", "updated", "unchanged", "removed" or "" (nothing to do). `announce`: a change
    moves the version kept results depend on (`search_rebuild` moves it once at the end)."""
    outcome = _document_write(page.specific)
    if announce and outcome in ("created", "updated", "removed"):
        cache_version_bump(SEARCH_KEY)
    return outcome


def _document_write(page: Page) -> str:
    if not _indexable(page):
        removed, _by_model = SearchDocument.objects.filter(page_id=page.pk).delete()
        return "removed" if removed else ""
    shown, summary, body = _parts(page)
    title = page.title
    values = {
        "language": page.locale.language_code,
        "translation_key": page.translation_key,
        "kind": _kind(page),
        "title": title[:255],
        "summary": shown,
        "title_normalised": search_normalise(title),
        "text": search_normalise(" ".join([title, summary, *body])),
    }
    stored = SearchDocument.objects.filter(page_id=page.pk).values(*values).first()
    if stored == values:
        return "unchanged"
    SearchDocument.objects.update_or_create(page_id=page.pk, defaults=values)
    if connection.vendor == "postgresql":
        _vector_write(
            page_id=page.pk,
            title=values["title_normalised"],
            summary=search_normalise(summary),
            body=search_normalise(" ".join(body)),
        )
    return "created" if stored is None else "updated"


def _vector_write(*, page_id: int, title: str, summary: str, body: str) -> None:
    table = connection.ops.quote_name(SearchDocument._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET vector ="  # noqa: S608 (the table name is ours)
            " setweight(to_tsvector('simple', unaccent(%s)), 'A')"
            " || setweight(to_tsvector('simple', unaccent(%s)), 'B')"
            " || setweight(to_tsvector('simple', unaccent(%s)), 'C')"
            " WHERE page_id = %s",
            [title, summary, body, page_id],
        )


def search_rebuild() -> dict[str, int]:
    """Write every searched page's document again (only where it differs) and remove the
    documents of pages no longer searched; returns how many were created, updated, unchanged
    and removed."""
    counts = dict.fromkeys(("created", "updated", "unchanged", "removed"), 0)
    kept: set[int] = set()
    models = [model for model, _kind_name in KINDS]
    pages = Page.objects.live().filter(alias_of__isnull=True).type(*models)
    for page in pages.select_related("locale").specific():
        outcome = search_documents_update(page=page, announce=False)
        if outcome:
            counts[outcome] += 1
        kept.add(page.pk)
    counts["removed"], _by_model = SearchDocument.objects.exclude(page_id__in=kept).delete()
    cache_version_bump(SEARCH_KEY)
    return counts


def _page_changed(sender, instance, **_kwargs) -> None:
    search_documents_update(page=instance)


def _page_created(sender, instance, created: bool, raw: bool = False, **_kwargs) -> None:
    # A page created live (add_child of a live instance, as imports and scripts do) is never
    # "published" by Wagtail; only creations are read here: a later save of a live page may
    # hold a draft in memory (save_revision), which publishing indexes when it goes live.
    if created and not raw and instance.live:
        search_documents_update(page=instance)


def _category_changed(sender, instance, **_kwargs) -> None:
    for page in ListingPage.objects.live().filter(category=instance):
        search_documents_update(page=page)


def _producer_changed(sender, instance, **_kwargs) -> None:
    for page in ProducerPage.objects.live().filter(producer=instance):
        search_documents_update(page=page)


def _document_deleted(**_kwargs) -> None:
    cache_version_bump(SEARCH_KEY)


def search_signals_connect() -> None:
    from django.apps import apps
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished

    from shop.models import Category, Producer

    page_published.connect(_page_changed, dispatch_uid="langnghe_search_published")
    page_unpublished.connect(_page_changed, dispatch_uid="langnghe_search_unpublished")
    searched = tuple(model for model, _kind_name in KINDS)
    for model in apps.get_models():
        if issubclass(model, searched):
            post_save.connect(
                _page_created, sender=model, dispatch_uid=f"langnghe_search_{model._meta.label}"
            )
    # A page deleted takes its document with it (CASCADE): kept results forget it.
    post_delete.connect(
        _document_deleted, sender=SearchDocument, dispatch_uid="langnghe_search_del"
    )
    # Listing documents hold their category's names, producer documents their producer's.
    post_save.connect(_category_changed, sender=Category, dispatch_uid="langnghe_search_cat")
    post_save.connect(_producer_changed, sender=Producer, dispatch_uid="langnghe_search_prod")
