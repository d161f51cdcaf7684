"""Search (cms/search.py, cms/views/search.py): every shopper language, Vietnamese without
diacritics, CJK without spaces, other languages' pages as a fallback, and the category nav.

The honey story is written here in all seven languages (the demo's own stories are not used).
Matching is by normalised substrings on every database, so these run on SQLite and on
PostgreSQL; what only PostgreSQL does (near-word matches, the indexes) is marked.
"""

import html as html_lib
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction

from cms.cache import catalogue_changed
from cms.models import HomePage, ListingPage, ProducerPage, SearchDocument, StoryPage
from cms.search import search_normalise
from cms.search_results import search_run
from tests.cms.conftest import build_shop
from tests.factories import ProductFactory, VariantFactory

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="PostgreSQL only: pg_trgm near-word matching and GIN indexes (SQLite's fallback "
    "matches normalised substrings only)",
)

HONEY = {
    "vi": (
        "Mật ong hoa vải Lục Ngạn",
        "Đặc sản đồi vải Bắc Giang: mật ong nguyên chất, lấy từ hoa vải thiều.",
    ),
    "en": ("Lychee-flower honey from Lục Ngạn", "Raw honey gathered in the lychee orchards."),
    "ja": ("ルクガンのはちみつ", "ライチの花から採れた、混じりけのない蜂蜜です。"),
    "ko": ("룩응안 리치꽃 꿀", "리치 꽃에서 얻은 천연 꿀입니다."),
    "fr": ("Miel de fleurs de litchi de Lục Ngạn", "Un miel cru, récolté dans les vergers."),
    "de": ("Litschiblütenhonig aus Lục Ngạn", "Roher Honig aus den Litschigärten."),
    "zh-hans": ("陆岸荔枝花蜜", "这是来自北江果园的天然荔枝花蜂蜜，味道清甜。"),
}
# What a shopper types in each language, and the title it must find.
QUERIES = [
    ("fr", "miel"),
    ("ko", "꿀"),
    ("ja", "はちみつ"),
    ("ja", "ハチミツ"),  # katakana finds hiragana
    ("zh-hans", "蜂蜜"),  # inside a sentence, no spaces around it
    ("de", "Honig"),
    ("en", "honey"),
    ("vi", "mật ong"),
    ("vi", "mat ong"),
    ("vi", "MAT ONG"),
    ("vi", "dac san"),  # đ → d
]


def translate(page: Page, language: str, **fields) -> Page:
    locale = Locale.objects.get(language_code=language)
    found = page.get_translation_or_none(locale)
    copy = (found or page.copy_for_translation(locale, copy_parents=True)).specific
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return copy


def honey_story(languages=tuple(HONEY)) -> dict[str, StoryPage]:
    """The honey story in each of `languages` (vi always), under the shop's producer."""
    producer_page = ProducerPage.objects.get(locale__language_code="vi")
    product = ProductFactory(
        producer=producer_page.producer,
        category=producer_page.producer.products.first().category,
        slug="mat-ong",
    )
    VariantFactory(product=product)
    title, summary = HONEY["vi"]
    vi = producer_page.add_child(
        instance=StoryPage(
            title=title,
            slug="mat-ong",
            product=product,
            summary=summary,
            locale=producer_page.locale,
        )
    )
    vi.save_revision().publish()
    pages = {"vi": vi}
    for language in languages:
        if language != "vi":
            title, summary = HONEY[language]
            pages[language] = translate(vi, language, title=title, summary=summary)
    return pages


def results(client, language: str, query: str, **params) -> list[dict]:
    response = client.get(f"/{language}/search/", {"q": query, **params})
    assert response.status_code == 200
    found = re.findall(
        r'<li( lang="([^"]+)")?>\s*<span class="result-kind"[^>]*>[^<]*</span>\s*'
        r'<a href="([^"]+)"[^>]*>([^<]*)</a>',
        response.content.decode(),
    )
    return [
        {"lang": lang or None, "url": url, "title": html_lib.unescape(title)}
        for _attr, lang, url, title in found
    ]


@pytest.fixture
def honey(db):
    build_shop(products=2)
    return honey_story()


@pytest.mark.parametrize(("language", "query"), QUERIES)
def test_each_language_finds_the_honey_story_in_that_language(client, honey, language, query):
    found = results(client, language, query)
    assert found, f"{query!r} found nothing in {language}"
    assert found[0] == {"lang": None, "url": honey[language].url, "title": HONEY[language][0]}
    # One result per story: its other languages' matches are the same page.
    assert [hit["url"] for hit in found].count(honey[language].url) == 1


def test_cjk_words_are_found_inside_sentences(honey):
    # "蜂蜜" is only in the Chinese and Japanese summaries, inside sentences with no spaces.
    hits = search_run(query="蜂蜜", language="zh-hans", limit=10)
    assert [(hit.page.pk, hit.fallback) for hit in hits] == [(honey["zh-hans"].pk, False)]
    assert search_run(query="荔枝花蜂蜜", language="zh-hans", limit=10)
    assert search_run(query="천연 꿀", language="ko", limit=10)[0].page.pk == honey["ko"].pk


def test_a_hit_in_another_language_links_to_the_shoppers_version(client, honey):
    # Only the German text says "Honig"; an English shopper gets the English page.
    found = results(client, "en", "Honig")
    assert found == [{"lang": None, "url": honey["en"].url, "title": HONEY["en"][0]}]


def test_a_page_without_the_shoppers_version_is_shown_marked_with_its_language(client, db):
    build_shop(products=2)
    pages = honey_story(languages=("vi", "fr"))  # no English, no Korean version
    html = client.get("/en/search/", {"q": "miel"}).content.decode()
    assert results(client, "en", "miel") == [
        {"lang": "fr", "url": pages["fr"].url, "title": HONEY["fr"][0]}
    ]
    assert 'hreflang="fr"' in html
    assert "in français" in html  # the language's own name, as in the switcher
    hits = search_run(query="mat ong", language="ko", limit=10)
    assert [(hit.page.pk, hit.language, hit.fallback) for hit in hits] == [
        (pages["vi"].pk, "vi", True)
    ]


def test_the_shoppers_language_comes_first(honey):
    # A Japanese shopper searching "Product": Japanese stories first, no duplicates.
    hits = search_run(query="Product", language="ja", limit=50)
    languages = [hit.language for hit in hits]
    assert languages and set(languages) == {"ja"}
    assert len({hit.page.translation_key for hit in hits}) == len(hits)


def test_unpublishing_or_deleting_removes_the_page_from_results(client, honey):
    assert results(client, "vi", "mat ong")[0]["url"] == honey["vi"].url
    honey["vi"].unpublish()
    assert not SearchDocument.objects.filter(page_id=honey["vi"].pk).exists()
    assert honey["vi"].url not in [hit["url"] for hit in results(client, "vi", "mat ong")]
    # Its translations still match, and link to themselves (no live Vietnamese version).
    assert results(client, "vi", "miel")[0] == {
        "lang": "fr",
        "url": honey["fr"].url,
        "title": HONEY["fr"][0],
    }
    honey["fr"].delete()
    assert not SearchDocument.objects.filter(page_id=honey["fr"].pk).exists()
    assert results(client, "fr", "miel") == []


def test_republishing_updates_the_document(client, honey):
    page = honey["en"]
    page.title = "Wildflower nectar"
    page.save_revision().publish()
    assert results(client, "en", "nectar")[0]["title"] == "Wildflower nectar"
    # A draft is not searched until it is published.
    page.title = "Unpublished draft words"
    page.save_revision()
    assert results(client, "en", "draft words") == []


def _matching(queries) -> list[str]:
    return [
        q["sql"] for q in queries if "LIKE" in q["sql"].upper() and "searchdocument" in q["sql"]
    ]


def test_a_repeated_search_is_answered_from_kept_results(client, honey):
    with CaptureQueriesContext(connection) as first:
        found = results(client, "en", "honey")
    with CaptureQueriesContext(connection) as again:
        assert results(client, "en", "honey") == found
    assert _matching(first.captured_queries)
    assert not _matching(again.captured_queries)


def test_kept_results_follow_a_publish_and_an_unpublish(client, honey):
    assert results(client, "en", "nectar") == []
    page = honey["en"]
    page.title = "Wildflower nectar"
    page.save_revision().publish()
    assert results(client, "en", "nectar")[0]["title"] == "Wildflower nectar"
    StoryPage.objects.get(pk=page.pk).unpublish()  # as published, not the stale copy in hand
    assert results(client, "en", "nectar") == []


def test_a_page_of_results_reads_only_its_own_hits(honey):
    hits = search_run(query="Product", language="en", limit=50)
    assert len(hits) == 2
    with CaptureQueriesContext(connection) as read:
        first = hits[:1]
    assert [hit.page.pk for hit in first] == [list(hits)[0].page.pk]
    (query,) = read.captured_queries
    ids = re.search(r'page_id"? IN \(([^)]*)\)', query["sql"])[1]
    assert len(ids.split(",")) == 1, query["sql"]


def test_a_page_behind_a_restriction_is_left_out_of_results(client, honey):
    assert honey["en"].url in [hit["url"] for hit in results(client, "en", "honey")]
    PageViewRestriction.objects.create(
        page=honey["en"], restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert honey["en"].url not in [hit["url"] for hit in results(client, "en", "honey")]


def test_categories_producers_and_articles_are_found(client, honey):
    kinds = {hit.kind for hit in search_run(query="ceramics", language="en", limit=10)}
    assert kinds == {"listing"}  # the category listing, by the category's English name
    assert search_run(query="gom lam", language="en", limit=10)[0].kind == "maker"
    assert search_run(query="trade fair", language="en", limit=10)[0].kind == "article"


def test_search_rebuild_writes_every_document_again(honey):
    count = SearchDocument.objects.count()
    SearchDocument.objects.filter(page_id=honey["ko"].pk).delete()
    out = call_command_output("search_rebuild")
    assert "1 created" in out
    assert SearchDocument.objects.count() == count
    assert "0 created, 0 updated" in call_command_output("search_rebuild")


def call_command_output(name: str) -> str:
    import io

    out = io.StringIO()
    call_command(name, stdout=out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("Mật ong Đắk Lắk!", "mat ong dak lak"),
        ("ĐƯỜNG thốt nốt", "duong thot not"),
        ("Crème brûlée, cœur", "creme brulee coeur"),
        ("Straße", "strasse"),
        ("ハチミツ・はちみつ", "はちみつ はちみつ"),
        ("ガラス", "がらす"),  # voiced kana keep their mark
        ("꿀벌", "꿀벌"),
        ("１００％　蜂蜜", "100 蜂蜜"),
        ("a%b_c\\d", "a b c d"),
    ],
)
def test_normalisation(text, normalised):
    assert search_normalise(text) == normalised


def test_empty_long_and_hostile_queries(client, honey, settings):
    empty = client.get("/en/search/", {"q": "  "})
    assert empty.status_code == 200
    assert "Type a word to search" in empty.content.decode()
    too_long = client.get("/en/search/", {"q": "x" * 201})
    assert too_long.status_code == 400
    assert "at most 200 characters" in too_long.content.decode()
    for query in ("%", "_", "' OR 1=1 --", "\\", "%%%%", "蜂" * 200, "a " * 100, "<script>"):
        response = client.get("/en/search/", {"q": query, "page": "x"})
        assert response.status_code == 200, query
        assert "<script>" not in response.content.decode().split("<main")[1]
    assert client.get("/en/search/", {"q": "Product", "page": "999"}).status_code == 200


def test_results_are_paginated(client, honey, settings):
    settings.LANGNGHE_SEARCH_PAGE_SIZE = 1
    first = client.get("/en/search/", {"q": "Product"}).content.decode()
    assert "Results 1–1 of 2" in first
    assert 'rel="next" href="?q=Product&amp;page=2"' in first
    second = client.get("/en/search/", {"q": "Product", "page": 2}).content.decode()
    assert "Results 2–2 of 2" in second
    assert 'rel="prev"' in second


def test_a_search_page_runs_a_bounded_number_of_statements(client, honey):
    url = "/en/search/?q=honey"
    client.get(url)  # warm per-process caches (site root paths, content types, nav)
    catalogue_changed()
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    assert len(ctx.captured_queries) <= 6, [q["sql"] for q in ctx.captured_queries]


def test_a_warm_search_page_looks_up_no_site_and_no_matches(client, honey):
    url = "/en/search/?q=honey"
    first = client.get(url).content.decode()
    with CaptureQueriesContext(connection) as ctx:
        again = client.get(url).content.decode()
    assert again == first
    assert not [q for q in ctx.captured_queries if "wagtailcore_site" in q["sql"]]
    assert not _matching(ctx.captured_queries)
    assert len(ctx.captured_queries) == 1  # the documents and pages of the hits shown


def test_the_header_links_to_the_category_pages_of_the_shoppers_language(client, honey):
    for language in ("en", "ko", "vi"):
        listings = ListingPage.objects.live().filter(locale__language_code=language)
        html = client.get(f"/{language}/").content.decode()
        nav = html.split('<nav class="categories"')[1].split("</nav>")[0]
        for listing in listings:
            assert f'href="{listing.url}"' in nav, (language, listing.title)
    assert ">Ceramics</a>" in client.get("/en/").content.decode()
    # A newly published category page appears; the cached header follows the pages version.
    home = HomePage.objects.get(locale__language_code="en")
    extra = home.add_child(instance=ListingPage(title="Gifts", slug="gifts", locale=home.locale))
    extra.save_revision().publish()
    assert f'href="{extra.url}"' in client.get("/en/").content.decode()


def test_the_header_sends_no_statement_once_cached(client, honey):
    url = StoryPage.objects.filter(locale__language_code="en").first().url
    client.get(url)
    catalogue_changed()
    with CaptureQueriesContext(connection) as with_nav:
        client.get(url)
    assert not [q for q in with_nav.captured_queries if "cms_listingpage" in q["sql"]]


@postgres_only
def test_postgres_finds_near_words(honey):
    # "honney" and "ceramcs" are typos; pg_trgm's word similarity finds the words meant.
    assert search_run(query="honney", language="en", limit=10)[0].page.pk == honey["en"].pk
    assert search_run(query="ceramcs", language="en", limit=10)[0].kind == "listing"


@postgres_only
def test_postgres_indexes_and_vector(honey):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT vector::text FROM cms_searchdocument WHERE page_id = %s", [honey["vi"].pk]
        )
        vector = cursor.fetchone()[0]
        assert "'mat':1A" in vector
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN SELECT page_id FROM cms_searchdocument WHERE text LIKE '%honey%'")
        plan = " ".join(row[0] for row in cursor.fetchall())
    assert "cms_searchdocument_text_trgm" in plan
