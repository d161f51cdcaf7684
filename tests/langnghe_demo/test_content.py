"""The demo page content (langnghe_demo.content): complete, well-formed and translated block for block.

Plain data checks, no database: every demo product and producer has a Vietnamese original and an
English translation, a spread of products also have Japanese, every translation has the same
StreamField structure as the Vietnamese page, and the rich text uses only the tags the rich-text
blocks allow. Where `cms.blocks` exists, each body is also validated by the real StoryStreamBlock
(no database needed).
"""

import datetime as dt
import re
from html.parser import HTMLParser

import pytest

from langnghe_demo.catalogue.categories import CATEGORIES
from langnghe_demo.catalogue.producers import PRODUCERS as DEMO_PRODUCERS
from langnghe_demo.catalogue.products import PRODUCTS
from langnghe_demo.content import ARTICLES, PRODUCERS, SECTIONS, SECTIONS_INTRO, STORIES

LANGUAGES = ("vi", "en", "ja", "ko", "fr", "de", "zh-hans")
BLOCK_TYPES = {"text", "quote", "process", "village"}
BLOCK_TAGS = {"p", "h2", "h3", "ul", "ol"}
INLINE_TAGS = {"b", "i"}
OSM = "https://www.openstreetmap.org/"
VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
KANA = re.compile(r"[\u3040-\u30ff]")
TAG = re.compile(r"<[^>]+>")

PRODUCT_SLUGS = [product["slug"] for product in PRODUCTS]
PRODUCER_OF = {product["slug"]: product["producer"] for product in PRODUCTS}
CONTACTS = {producer["slug"]: producer["contact_name"] for producer in DEMO_PRODUCERS}
PRODUCER_SLUGS = list(CONTACTS)
TOP_LEVEL_CATEGORIES = [slug for slug, _children in CATEGORIES]

PAGES = [
    *((f"story {slug}", page) for slug, page in STORIES.items()),
    *((f"producer {slug}", page) for slug, page in PRODUCERS.items()),
    *(
        (f"article {article['slug']}", {k: v for k, v in article.items() if k in LANGUAGES})
        for article in ARTICLES
    ),
]
PAGE_IDS = [name for name, _page in PAGES]


class RichTextChecker(HTMLParser):
    """Collects what is wrong with a rich-text value: unknown tags, attributes, bad nesting."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        if attrs:
            self.errors.append(f"<{tag}> has attributes {attrs}")
        parent = self.stack[-1] if self.stack else None
        if tag in BLOCK_TAGS:
            if parent is not None:
                self.errors.append(f"<{tag}> inside <{parent}>")
        elif tag == "li":
            if parent not in {"ul", "ol"}:
                self.errors.append(f"<li> inside {parent}")
        elif tag in INLINE_TAGS:
            if parent is None or parent in {"ul", "ol"}:
                self.errors.append(f"<{tag}> outside a paragraph, heading or list item")
        else:
            self.errors.append(f"<{tag}> is not allowed")
        self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.errors.append(f"<{tag}/> is not allowed")

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> does not close {self.stack[-1:] or 'anything'}")
            return
        self.stack.pop()

    def handle_data(self, data):
        if not self.stack and data.strip():
            self.errors.append(f"text outside any block: {data.strip()[:40]!r}")
        elif self.stack and self.stack[-1] in {"ul", "ol"} and data.strip():
            self.errors.append(f"text directly inside <{self.stack[-1]}>")


def rich_text_errors(html: str) -> list[str]:
    checker = RichTextChecker()
    checker.feed(html)
    checker.close()
    if checker.stack:
        checker.errors.append(f"unclosed {checker.stack}")
    if not html.strip():
        checker.errors.append("empty")
    return checker.errors


def strings(value):
    """Every string inside a nested value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings(item)


def plain_texts(body):
    """The plain-text (non-HTML) strings of a body."""
    for block_type, value in body:
        if block_type != "text":
            yield from strings(value)


def shape(body):
    """What must match between translations: block types, process steps, whether a map shows."""
    result = []
    for block_type, value in body:
        if block_type == "process":
            result.append((block_type, len(value["steps"])))
        elif block_type == "village":
            result.append((block_type, value.get("map_url")))
        else:
            result.append((block_type, None))
    return result


def readable(entry) -> str:
    """A page's running text without tags: summary or intro, then the body."""
    parts = [entry.get("summary", ""), entry.get("intro", "")]
    for block_type, value in entry["body"]:
        if block_type == "text":
            parts.append(TAG.sub(" ", value))
        else:
            parts.extend(text for text in strings(value) if not text.startswith("https://"))
    return " ".join(parts)


def english_words(entry) -> int:
    return len(readable(entry).split())


def check_body(body, *, min_blocks: int, max_blocks: int) -> None:
    assert isinstance(body, list)
    assert min_blocks <= len(body) <= max_blocks, f"{len(body)} blocks"
    for block in body:
        assert isinstance(block, tuple) and len(block) == 2, block
        block_type, value = block
        assert block_type in BLOCK_TYPES, block_type
        if block_type == "text":
            assert isinstance(value, str)
            assert rich_text_errors(value) == [], value[:80]
        elif block_type == "quote":
            assert set(value) == {"quote", "name", "role"}, value
        elif block_type == "process":
            assert set(value) == {"title", "steps"}, value
            assert 3 <= len(value["steps"]) <= 5, value["title"]
            for step in value["steps"]:
                assert set(step) == {"title", "text", "duration"}, step
        elif block_type == "village":
            assert {"village", "text"} <= set(value) <= {"village", "text", "map_url"}, value
            if "map_url" in value:
                assert value["map_url"].startswith(OSM), value["map_url"]
        if block_type != "text":
            for text in strings(value):
                assert text.strip(), f"empty field in {block_type} block"
    for text in plain_texts(body):
        assert "<" not in text and ">" not in text, f"markup in plain text: {text[:60]!r}"


# --- coverage -----------------------------------------------------------------------------


def test_every_demo_product_has_a_story_and_nothing_else():
    assert set(STORIES) == set(PRODUCT_SLUGS)


@pytest.mark.parametrize("slug", PRODUCT_SLUGS)
def test_story_in_vietnamese_and_english(slug):
    assert {"vi", "en"} <= set(STORIES[slug])
    assert set(STORIES[slug]) <= set(LANGUAGES)


def test_at_least_eight_stories_in_japanese_across_the_catalogue():
    japanese = [slug for slug, story in STORIES.items() if "ja" in story]
    assert len(japanese) >= 8
    categories = {product["category"] for product in PRODUCTS if product["slug"] in japanese}
    assert len(categories) >= 6, categories


def test_every_demo_producer_has_a_page_and_nothing_else():
    assert set(PRODUCERS) == set(PRODUCER_SLUGS)


@pytest.mark.parametrize("slug", PRODUCER_SLUGS)
def test_producer_in_vietnamese_and_english(slug):
    assert {"vi", "en"} <= set(PRODUCERS[slug])
    assert set(PRODUCERS[slug]) <= set(LANGUAGES)


def test_producers_of_japanese_stories_have_japanese_pages():
    producers = {PRODUCER_OF[slug] for slug, story in STORIES.items() if "ja" in story}
    assert {slug for slug in producers if "ja" not in PRODUCERS[slug]} == set()


# --- page fields and blocks ---------------------------------------------------------------


@pytest.mark.parametrize("slug", PRODUCT_SLUGS)
def test_story_fields_and_blocks(slug):
    for language, entry in STORIES[slug].items():
        assert set(entry) == {"title", "summary", "body"}, language
        assert entry["title"].strip() and entry["summary"].strip(), language
        assert "<" not in entry["summary"], language
        check_body(entry["body"], min_blocks=2, max_blocks=5)


@pytest.mark.parametrize("slug", PRODUCER_SLUGS)
def test_producer_fields_and_blocks(slug):
    for language, entry in PRODUCERS[slug].items():
        assert set(entry) == {"title", "intro", "body"}, language
        assert entry["title"].strip() and entry["intro"].strip(), language
        assert "<" not in entry["intro"], language
        check_body(entry["body"], min_blocks=1, max_blocks=3)


@pytest.mark.parametrize(("name", "page"), PAGES, ids=PAGE_IDS)
def test_translations_have_the_vietnamese_block_structure(name, page):
    original = shape(page["vi"]["body"])
    for language, entry in page.items():
        assert shape(entry["body"]) == original, f"{name} [{language}]"


@pytest.mark.parametrize(("name", "page"), PAGES, ids=PAGE_IDS)
def test_translations_pair_segment_for_segment_with_the_vietnamese(name, page):
    """load_demo stores each translated string as wagtail-localize's translation of the source
    string at the same place: every rich-text block splits into as many strings (paragraphs,
    headings, list items) as the Vietnamese one, every text the source has is translated."""
    stream_block = pytest.importorskip("cms.blocks").StoryStreamBlock()
    from langnghe_demo.localize import body_pairing_problems

    for language, entry in page.items():
        if language != "vi":
            problems = body_pairing_problems(stream_block, page["vi"]["body"], entry["body"])
            assert problems == [], f"{name} [{language}]"
        for field in ("summary", "intro"):
            assert bool(entry.get(field)) == bool(page["vi"].get(field)), (name, language, field)


@pytest.mark.parametrize(("name", "page"), PAGES, ids=PAGE_IDS)
def test_bodies_are_valid_for_the_story_stream_block(name, page):
    """Each body loads into, and validates against, the StreamField block the pages use."""
    stream_block = pytest.importorskip("cms.blocks").StoryStreamBlock()
    for language, entry in page.items():
        raw = [{"type": block_type, "value": value} for block_type, value in entry["body"]]
        value = stream_block.to_python(raw)
        stream_block.clean(value)
        assert [child.block_type for child in value] == [t for t, _v in entry["body"]], language


@pytest.mark.parametrize(("name", "page"), PAGES, ids=PAGE_IDS)
def test_each_language_is_written_in_that_language(name, page):
    assert VIETNAMESE.search(page["vi"]["title"]), name
    assert VIETNAMESE.search(readable(page["vi"])), name
    assert page["en"]["title"] != page["vi"]["title"], name
    if "ja" in page:
        assert KANA.search(page["ja"]["title"]), name
        assert KANA.search(readable(page["ja"])), name


@pytest.mark.parametrize(("name", "page"), PAGES, ids=PAGE_IDS)
def test_translations_are_complete(name, page):
    """A translation roughly as long as the original: nothing left out, nothing truncated."""
    vietnamese = len(readable(page["vi"]).split())  # syllables, about one per English word
    english = english_words(page["en"])
    assert 0.75 <= vietnamese / english <= 1.4, (name, vietnamese, english)
    if "ja" in page:
        japanese = len(re.sub(r"\s", "", readable(page["ja"])))
        assert 1.8 <= japanese / english <= 4, (name, japanese, english)


@pytest.mark.parametrize("slug", PRODUCT_SLUGS)
def test_story_length(slug):
    """About 120–250 words of prose; block titles, names and durations add a few dozen more."""
    body = {"body": STORIES[slug]["en"]["body"]}
    assert 100 <= english_words(body) <= 290


def test_no_placeholder_text():
    everything = [STORIES, PRODUCERS, ARTICLES, SECTIONS, SECTIONS_INTRO]
    for text in strings(everything):
        assert "lorem" not in text.lower(), text[:60]
        assert "ipsum" not in text.lower(), text[:60]
        assert "todo" not in text.lower().split(), text[:60]


# --- makers quoted match the producer data --------------------------------------------------


def quote_names(body):
    return [value["name"] for block_type, value in body if block_type == "quote"]


@pytest.mark.parametrize("slug", PRODUCT_SLUGS)
def test_story_quotes_the_products_own_producer(slug):
    own = CONTACTS[PRODUCER_OF[slug]]
    others = set(CONTACTS.values()) - {own}
    for name in quote_names(STORIES[slug]["vi"]["body"]):
        assert name not in others, f"{slug} quotes {name}, a contact of another producer"
    vietnamese = quote_names(STORIES[slug]["vi"]["body"])
    assert quote_names(STORIES[slug]["en"]["body"]) == vietnamese


@pytest.mark.parametrize("slug", PRODUCER_SLUGS)
def test_producer_page_quotes_its_contact(slug):
    for name in quote_names(PRODUCERS[slug]["vi"]["body"]):
        assert name == CONTACTS[slug]
    assert quote_names(PRODUCERS[slug]["en"]["body"]) == quote_names(PRODUCERS[slug]["vi"]["body"])


# --- articles ------------------------------------------------------------------------------


def test_articles():
    assert len(ARTICLES) >= 3
    slugs = [article["slug"] for article in ARTICLES]
    assert len(set(slugs)) == len(slugs)
    assert any("ja" in article for article in ARTICLES)
    for article in ARTICLES:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", article["slug"]), article["slug"]
        date = dt.date.fromisoformat(article["date"])
        assert dt.date(2026, 1, 1) <= date < dt.date(2026, 11, 20), article["slug"]
        assert {"vi", "en"} <= set(article) - {"slug", "date"} <= set(LANGUAGES)
        for language in set(article) & set(LANGUAGES):
            entry = article[language]
            assert set(entry) == {"title", "intro", "body"}, (article["slug"], language)
            assert entry["title"].strip() and entry["intro"].strip()
            assert "<" not in entry["intro"]
            check_body(entry["body"], min_blocks=1, max_blocks=5)


# --- index page titles ------------------------------------------------------------------------


def test_sections_cover_the_index_pages_and_top_level_categories():
    assert set(SECTIONS) == {"shop", "makers", "news", *TOP_LEVEL_CATEGORIES}


@pytest.mark.parametrize("key", ["shop", "makers", "news", *TOP_LEVEL_CATEGORIES])
def test_section_titles_in_every_language(key):
    assert set(SECTIONS[key]) == set(LANGUAGES)
    for language, title in SECTIONS[key].items():
        assert title.strip() and "<" not in title, (key, language)


def test_section_intros():
    assert set(SECTIONS_INTRO) <= set(SECTIONS)
    for key, intros in SECTIONS_INTRO.items():
        assert set(intros) <= set(LANGUAGES), key
        for language, intro in intros.items():
            assert intro.strip() and "<" not in intro, (key, language)


# --- the checker itself -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        "<p>ok <b>bold</b> <i>italic</i></p><h2>Title</h2><ul><li>one <b>b</b></li></ul>",
        "<h3>Care</h3><ol><li>Rinse</li><li>Dry</li></ol>",
    ],
)
def test_rich_text_checker_accepts_allowed_markup(html):
    assert rich_text_errors(html) == []


@pytest.mark.parametrize(
    "html",
    [
        "<p>a <a href='x'>link</a></p>",
        "<p class='x'>styled</p>",
        "<p>unclosed",
        "bare text",
        "<p><p>nested</p></p>",
        "<li>orphan</li>",
        "<p>line<br/>break</p>",
        "<div>box</div>",
        "",
    ],
)
def test_rich_text_checker_rejects_other_markup(html):
    assert rich_text_errors(html) != []
