"""Demo pages: one tree per language, Vietnamese first (artisans write in Vietnamese).

Home › Shop (all products) › one listing per top-level category; Makers › producer › stories;
News › articles. vi is the source; en and ja are translations (`copy_for_translation`), and a
product without a story in a language is shown through the fallback chain instead. A page is
published only when its content differs, so loading twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from django.conf import settings
from wagtail.models import Locale, Page, Site

from cms.blocks import StoryStreamBlock
from cms.models import (
    ArticleIndexPage,
    ArticlePage,
    HomePage,
    ListingPage,
    ProducerIndexPage,
    ProducerPage,
    StoryPage,
)
from cms.permissions import artisan_page_permissions_ensure
from shop.models import Category, Producer, Product

HOME_TEXT = {
    "vi": (
        "Làng Nghề – hàng thủ công từ các làng nghề Việt Nam",
        "<p>Gốm Bát Tràng, mây tre đan Phú Vinh, vải thiều Thanh Hà, mật ong Bắc Giang: sản phẩm "
        "OCOP do nghệ nhân, hộ gia đình và hợp tác xã làm ra, gửi thẳng từ làng nghề.</p>",
    ),
    "en": (
        "Langnghe – crafts from Vietnam's craft villages",
        "<p>Bát Tràng ceramics, Phú Vinh bamboo and rattan, Thanh Hà lychee, Bắc Giang honey: "
        "OCOP products made by artisans, households and cooperatives, "
        "shipped from the village.</p>",
    ),
    "ja": (
        "ランゲー – ベトナムの工芸村から",
        "<p>バッチャン焼、フーヴィンの竹籐細工、タインハーのライチ、バクザンの蜂蜜。職人と協同組合が"
        "作るOCOP認定品を、村から直接お届けします。</p>",
    ),
}
STORY_LANGUAGES = ("en", "ja")
_STREAM = StoryStreamBlock()


def _normalized(value) -> list:
    return [(child.block_type, child.block.get_prep_value(child.value)) for child in value]


def _stream(blocks: list) -> object:
    return _STREAM.to_python([{"type": kind, "value": value} for kind, value in blocks])


def _publish(page: Page, **fields) -> bool:
    """Set fields and publish, unless the live page already says exactly that."""
    changed = not page.live or page.has_unpublished_changes
    for name, value in fields.items():
        current = getattr(page, name)
        if name == "body":
            value = _stream(value)
            same = _normalized(current) == _normalized(value)
        else:
            same = current == value
        if not same:
            setattr(page, name, value)
            changed = True
    if changed:
        page.save_revision().publish()
    return changed


def _child(parent: Page, model: type[Page], slug: str, **fields) -> Page:
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    return parent.add_child(instance=model(slug=slug, locale=parent.locale, **fields))


def _translation(source: Page, locale: Locale) -> Page:
    found = source.get_translation_or_none(locale)
    return found.specific if found else source.copy_for_translation(locale).specific


def _homes() -> dict[str, HomePage]:
    default, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=default).first()
    if home is None:
        # Wagtail's initial migration leaves a plain "Welcome" page at /home/; it would clash.
        Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
        root.refresh_from_db()
        home = root.add_child(
            instance=HomePage(title=HOME_TEXT["vi"][0], slug="home", locale=default)
        )
    homes = {}
    for code, _name in settings.LANGUAGES:
        locale, _created = Locale.objects.get_or_create(language_code=code)
        page = home if locale == default else _translation(home, locale)
        title, intro = HOME_TEXT.get(code, HOME_TEXT["en"])
        _publish(page, title=title, intro=intro)
        homes[code] = page
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    site.root_page, site.site_name = home, "Langnghe"
    site.save()
    return homes


def _sections(homes: dict[str, HomePage], sections: dict) -> dict[str, dict[str, Page]]:
    """Shop and category listings in every language; makers and news where there is content."""
    vi = homes["vi"]
    source = {
        "shop": _child(vi, ListingPage, "san-pham", title=sections["shop"]["vi"]),
        "makers": _child(vi, ProducerIndexPage, "lang-nghe", title=sections["makers"]["vi"]),
        "news": _child(vi, ArticleIndexPage, "tin-tuc", title=sections["news"]["vi"]),
    }
    titles = dict(sections)
    for category in Category.objects.filter(parent__isnull=True).order_by("position", "pk"):
        titles.setdefault(category.slug, {"vi": category.name, "en": category.name_en})
        source[category.slug] = _child(
            source["shop"],
            ListingPage,
            category.slug,
            title=titles[category.slug]["vi"],
            category=category,
        )
    pages: dict[str, dict[str, Page]] = {"vi": source}
    for code, _name in settings.LANGUAGES:
        if code == "vi":
            continue
        pages[code] = {}
        for key, page in source.items():
            if key in ("makers", "news") and code not in ("en", "ja"):
                continue
            pages[code][key] = _translation(page, homes[code].locale)
    for code, by_key in pages.items():
        for key, page in by_key.items():
            _publish(page, title=titles[key].get(code) or titles[key].get("en") or page.title)
    return pages


def _producers_and_stories(pages: dict[str, dict[str, Page]], producer_texts, story_texts) -> int:
    producers = {p.slug: p for p in Producer.objects.all()}
    products = {p.slug: p for p in Product.objects.select_related("producer")}
    count = 0
    for slug, content in producer_texts.items():
        vi = content["vi"]
        page = _child(
            pages["vi"]["makers"], ProducerPage, slug, title=vi["title"], producer=producers[slug]
        )
        _publish(page, title=vi["title"], intro=vi["intro"], body=vi["body"])
        count += 1
        for code in STORY_LANGUAGES:
            text = content.get(code) or content["en"]
            translated = _translation(page, pages[code]["makers"].locale)
            _publish(translated, title=text["title"], intro=text["intro"], body=text["body"])
            count += 1
    for slug, content in story_texts.items():
        product = products[slug]
        parent = ProducerPage.objects.get(locale__language_code="vi", producer=product.producer)
        vi = content["vi"]
        story = _child(parent, StoryPage, slug, title=vi["title"], product=product)
        _publish(story, title=vi["title"], summary=vi["summary"], body=vi["body"])
        count += 1
        for code in STORY_LANGUAGES:
            if code in content:
                translated = _translation(story, pages[code]["makers"].locale)
                text = content[code]
                _publish(
                    translated, title=text["title"], summary=text["summary"], body=text["body"]
                )
                count += 1
    return count


def _articles(pages: dict[str, dict[str, Page]], articles) -> int:
    count = 0
    for article in articles:
        vi = article["vi"]
        date = dt.date.fromisoformat(article["date"])
        page = _child(
            pages["vi"]["news"], ArticlePage, article["slug"], title=vi["title"], date=date
        )
        _publish(page, title=vi["title"], intro=vi["intro"], body=vi["body"], date=date)
        count += 1
        for code in STORY_LANGUAGES:
            if code in article:
                text = article[code]
                translated = _translation(page, pages[code]["news"].locale)
                _publish(
                    translated,
                    title=text["title"],
                    intro=text["intro"],
                    body=text["body"],
                    date=date,
                )
                count += 1
    return count


def demo_pages_load(
    *,
    producers: dict | None = None,
    stories: dict | None = None,
    articles: list | None = None,
    sections: dict | None = None,
) -> HomePage:
    """Create or update the page tree in every language; the vi home is the site root.

    The texts default to the demo content (`cms.demo_content`); tests pass their own.
    """
    if None in (producers, stories, articles, sections):
        from cms import demo_content

        producers = demo_content.PRODUCERS if producers is None else producers
        stories = demo_content.STORIES if stories is None else stories
        articles = demo_content.ARTICLES if articles is None else articles
        sections = demo_content.SECTIONS if sections is None else sections
    homes = _homes()
    pages = _sections(homes, sections)
    _producers_and_stories(pages, producers, stories)
    _articles(pages, articles)
    artisan_page_permissions_ensure()
    return homes["vi"]


def step_pages(ctx) -> None:
    """The `load_demo` step (registered by `cms.apps`)."""
    before = Page.objects.count()
    demo_pages_load()
    total = Page.objects.count() - 1  # the tree's root is not a page anyone sees
    created = Page.objects.count() - before
    ctx.tallies.setdefault("Pages", Counter()).update(created=created, unchanged=total - created)
