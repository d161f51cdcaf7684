"""Demo translations are wagtail-localize translations of their Vietnamese sources (real database).

Pages are built with `demo_pages_load` from a few entries of the real demo content (the
catalogue steps of `load_demo` first, so products and producers exist); a Korean translation
that the data does not have yet is added to those entries by the test.
"""

import copy
from urllib.parse import quote

import pytest
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

from cms.models import ArticlePage, ProducerPage, StoryPage
from langnghe_demo import content
from langnghe_demo.loader import DEMO_STEPS, demo_load
from langnghe_demo.localize import DemoTranslationError, demo_slug
from langnghe_demo.pages import demo_pages_load

STORY = "bo-am-chen-men-lam-ve-tay"  # vi, en, ja; rich text with <b>, a process, a quote
PRODUCER = "htx-gom-su-lam-thuy-bat-trang"
ARTICLE = "ngay-hoi-gom-bat-trang-2026"
CATALOGUE_STEPS = (
    "locales",
    "categories",
    "producers",
    "products",
    "markets",
    "exchange rates",
    "groups",
)
SECTION_LANGUAGES = ("vi", "en", "ja", "ko")


def korean(entry: dict) -> dict:
    """A stand-in Korean translation with the English entry's structure."""
    ko = copy.deepcopy(entry)
    ko["title"] = "바짱 청화 다기 세트"
    ko["summary"] = "[ko] " + entry["summary"]
    kind, html = ko["body"][0]
    ko["body"][0] = (kind, html.replace("<p>", "<p>[ko] "))
    return ko


# The demo data is in all seven languages; these tests take three, and make up Korean where
# they need a language the data (as they see it) does not have.
BASE_LANGUAGES = ("vi", "en", "ja")
LANGUAGE_CODES = {"vi", "en", "ja", "ko", "fr", "de", "zh-hans"}


def _only_base(entry: dict) -> dict:
    return {
        key: value
        for key, value in entry.items()
        if key not in LANGUAGE_CODES or key in BASE_LANGUAGES
    }


def texts(*, ko: bool = False) -> dict:
    story = _only_base(content.STORIES[STORY])
    if ko:
        story["ko"] = korean(story["en"])
    return {
        "producers": {PRODUCER: _only_base(content.PRODUCERS[PRODUCER])},
        "stories": {STORY: story},
        "articles": [_only_base(a) for a in content.ARTICLES if a["slug"] == ARTICLE],
        # Index pages in these languages only: fewer pages to build, same mechanism.
        "sections": {
            key: {code: title for code, title in titles.items() if code in SECTION_LANGUAGES}
            for key, titles in content.SECTIONS.items()
        },
    }


@pytest.fixture
def catalogue(db):
    demo_load(steps=[step for step in DEMO_STEPS if step.name in CATALOGUE_STEPS])


def load(**overrides):
    return demo_pages_load(**{**texts(), "as_default_site": True, **overrides})


def story(language: str) -> StoryPage:
    return StoryPage.objects.get(product__slug=STORY, locale__language_code=language)


def plain(stream) -> list:
    """A body's texts block by block: rich text as stored, structs as their text fields."""
    out = []
    for child in stream:
        if child.block_type == "text":
            out.append(child.value.source)
        elif child.block_type == "process":
            out.append(
                [child.value["title"]]
                + [(s["title"], s["text"], s["duration"]) for s in child.value["steps"]]
            )
        else:
            out.append({k: v for k, v in child.value.items() if isinstance(v, str)})
    return out


def data_plain(body: list) -> list:
    out = []
    for kind, value in body:
        if kind == "text":
            out.append(value)
        elif kind == "process":
            out.append(
                [value["title"]]
                + [(s["title"], s["text"], s.get("duration", "")) for s in value["steps"]]
            )
        else:
            out.append(value)
    return out


@pytest.mark.django_db
def test_a_translated_story_is_a_wagtail_localize_translation_of_its_source(catalogue):
    load()

    vi, ja = story("vi"), story("ja")
    translation = Translation.objects.get(
        source__object_id=vi.translation_key, target_locale__language_code="ja"
    )
    assert translation.enabled
    assert translation.source.get_source_instance().pk == vi.pk
    assert translation.source.locale.language_code == "vi"
    assert translation.get_target_instance().pk == ja.pk
    total, translated = translation.get_progress()
    assert total == translated > 20

    data = content.STORIES[STORY]["ja"]
    assert ja.live and not ja.has_unpublished_changes
    assert (ja.title, ja.summary) == (data["title"], data["summary"])
    assert ja.slug == demo_slug(data["title"]) == "バッチャン焼-手描き藍釉茶器セット"
    assert plain(ja.body) == data_plain(data["body"])
    # Rich text pairs string by string, inline tags kept inside the translated string.
    bold = StringTranslation.objects.filter(
        locale__language_code="ja", context__object_id=vi.translation_key, data__contains="<b>"
    )
    assert bold.count() >= 1
    # The English one too, with an ASCII slug; producers and articles alike.
    en = story("en")
    assert en.slug == "hand-painted-blue-glaze-tea-set-from-bat-trang"
    assert plain(en.body) == data_plain(content.STORIES[STORY]["en"]["body"])
    for model in (ProducerPage, ArticlePage):
        source = model.objects.get(locale__language_code="vi")
        for code in ("en", "ja"):
            target = source.get_translation(Locale.objects.get(language_code=code))
            assert target.live
            assert Translation.objects.filter(
                source__object_id=source.translation_key, target_locale=target.locale
            ).exists()


@pytest.mark.django_db
def test_editing_the_source_and_syncing_shows_the_changed_segment(catalogue):
    load()
    vi = story("vi")
    translation = Translation.objects.get(
        source__object_id=vi.translation_key, target_locale__language_code="ja"
    )
    total, _done = translation.get_progress()

    # An artisan rewrites one process step; the translations sync with the source.
    body = vi.body.get_prep_value()
    process = next(block for block in body if block["type"] == "process")
    step = process["value"]["steps"][0]
    step["value"]["text"] = "Đất sét trắng được ngâm và lọc kỹ hơn."
    vi.body = body
    vi.save_revision().publish()
    source = TranslationSource.objects.get(object_id=vi.translation_key)
    source.update_from_db()

    assert translation.get_progress() == (total, total - 1)
    missing = (
        StringSegment.objects.filter(source=source)
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
    )
    assert [(s.string.data, s.context.path) for s in missing] == [
        (
            "Đất sét trắng được ngâm và lọc kỹ hơn.",
            f"body.{process['id']}.steps.{step['id']}.text",
        )
    ]


@pytest.mark.django_db
def test_every_language_the_data_has_is_loaded(catalogue, client):
    """A Korean translation in the data (none is on main yet) gives a live Korean story; its
    producer page, which has no Korean text, stands in with the English one; unicode slugs
    route."""
    load(**texts(ko=True))

    ko = story("ko")
    assert ko.live and ko.title == "바짱 청화 다기 세트"
    assert ko.slug == "바짱-청화-다기-세트"
    assert Translation.objects.filter(
        source__object_id=story("vi").translation_key, target_locale=ko.locale
    ).exists()
    producer = ko.get_parent().specific
    assert producer.locale.language_code == "ko"
    assert producer.title == content.PRODUCERS[PRODUCER]["en"]["title"]
    # No Korean article in the data: none in the tree, and no Korean news index either.
    assert not ArticlePage.objects.filter(locale=ko.locale).exists()
    for code in ("fr", "de", "zh-hans"):
        assert not StoryPage.objects.filter(locale__language_code=code).exists()

    for page in (ko, story("ja")):
        url = page.get_url()
        assert quote(page.slug) in url
        response = client.get(url)
        assert response.status_code == 200, url
        assert page.title in response.content.decode()


def localize_state() -> dict:
    return {
        "pages": list(Page.objects.order_by("pk").values_list()),
        "revisions": Revision.objects.count(),
        "sources": list(TranslationSource.objects.order_by("pk").values_list()),
        "translations": list(Translation.objects.order_by("pk").values_list()),
        "strings": list(StringTranslation.objects.order_by("pk").values_list()),
        "logs": TranslationLog.objects.count(),
    }


@pytest.mark.django_db
def test_loading_twice_changes_nothing(catalogue):
    from collections import Counter

    first = Counter()
    load(**texts(ko=True), tallies=first)
    before = localize_state()
    second = Counter()
    load(**texts(ko=True), tallies=second)

    assert localize_state() == before
    # The story and its producer in en, ja and ko; the article in en and ja.
    assert first == {"created": 8}
    assert second == {"unchanged": 8}


@pytest.mark.django_db
def test_a_changed_translation_in_the_data_updates_only_that_page(catalogue):
    load()
    ja, en = story("ja"), story("en")
    revisions, en_revisions = ja.revisions.count(), en.revisions.count()
    changed = texts()
    changed["stories"][STORY] = copy.deepcopy(changed["stories"][STORY])
    changed["stories"][STORY]["ja"]["summary"] += "（改訂）"

    load(**changed)

    ja.refresh_from_db()
    assert ja.summary.endswith("（改訂）")
    assert ja.revisions.count() == revisions + 1
    assert en.revisions.count() == en_revisions


@pytest.mark.django_db
def test_a_translation_that_does_not_pair_is_refused(catalogue):
    broken = texts()
    broken["stories"][STORY] = copy.deepcopy(broken["stories"][STORY])
    kind, html = broken["stories"][STORY]["ja"]["body"][0]
    broken["stories"][STORY]["ja"]["body"][0] = (kind, html + "<p>余分な段落。</p>")

    with pytest.raises(DemoTranslationError, match=r"\(ja\) does not pair with its source"):
        load(**broken)
