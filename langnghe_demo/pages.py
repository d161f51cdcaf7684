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
from cms.bootstrap import page_lookup
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
from langnghe_demo.context import demo_languages
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
HOME_SLUG = "langnghe"
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


def _home_translation(home: HomePage, locale: Locale) -> HomePage:
    """The home in `locale`: Wagtail's translation when the home's parent is the tree's root or
    is translated itself; otherwise (a host page the demo does not touch) a translated copy
    beside the source home, with the same translation key."""
    found = home.get_translation_or_none(locale)
    if found is not None:
        return found.specific
    parent = home.get_parent()
    if parent.is_root() or parent.get_translation_or_none(locale) is not None:
        return home.copy_for_translation(locale).specific
    copy = home.copy(
        to=parent,
        update_attrs={"locale": locale, "slug": f"{home.slug}-{locale.language_code}"},
        copy_revisions=False,
        keep_live=False,
        log_action=None,
        reset_translation_key=False,
    )
    return copy.specific


def _page(value: Page | int | str | None) -> Page:
    """A page from a Page, a primary key or a URL path such as "/home/" (None: the tree's root)."""
    if value is None:
        return Page.get_first_root_node()
    if isinstance(value, Page):
        return value
    return page_lookup(value)


def _site_ensure(home: HomePage, *, as_default_site: bool) -> None:
    """Leave the host's Sites alone, unless asked to serve the demo as the default Site or there
    is no Site at all."""
    if not as_default_site and Site.objects.exists():
        return
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.filter(hostname="localhost", port=80).first() or Site(
            hostname="localhost", port=80
        )
    if (site.root_page_id, site.site_name, site.is_default_site) == (home.pk, "Langnghe", True):
        return
    previous_root = site.root_page_id
    site.root_page, site.site_name, site.is_default_site = home, "Langnghe", True
    site.save()
    # Wagtail's initial migration leaves a plain "Welcome" page at /home/ as the default Site's
    # root; once the demo serves that Site, the untouched placeholder would only confuse the
    # language fallbacks (every language's home sits at depth 2), so it goes.
    Page.objects.filter(
        pk=previous_root, depth=2, slug="home", content_type__model="page", numchild=0
    ).exclude(sites_rooted_here__isnull=False).delete()


def _homes(
    *, parent: Page | None, as_default_site: bool, languages: list[str]
) -> dict[str, HomePage]:
    default, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    parent = _page(parent)
    home = HomePage.objects.child_of(parent).filter(locale=default).first()
    if home is None:
        # Wagtail's add_child does not check parent_page_types (cms decides where a HomePage
        # may go in the admin); the demo home may go under any page the host chooses.
        home = parent.add_child(
            instance=HomePage(title=HOME_TEXT["vi"][0], slug=HOME_SLUG, locale=default)
        )
    homes = {}
    for code in languages:
        locale, _created = Locale.objects.get_or_create(language_code=code)
        page = home if locale == default else _home_translation(home, locale)
        title, intro = HOME_TEXT.get(code, HOME_TEXT["en"])
        _publish(page, title=title, intro=intro)
        homes[code] = page
    _site_ensure(home, as_default_site=as_default_site)
    return homes


def _sections(homes: dict[str, HomePage], sections: dict) -> dict[str, dict[str, Page]]:
    """Shop and category listings in every demo language; makers and news where there is
    content."""
    vi = homes["vi"]
    source = {
        "shop": _child(vi, ListingPage, "san-pham", title=sections["shop"]["vi"]),
        "makers": _child(vi, ProducerIndexPage, "lang-nghe", title=sections["makers"]["vi"]),
        "news": _child(vi, ArticleIndexPage, "tin-tuc", title=sections["news"]["vi"]),
    }
    titles = dict(sections)
    for category in Category.objects.filter(parent__isnull=True).order_by("position", "pk"):
        titles.setdefault(category.slug, {"vi": category.name, **category.name_translations})
        source[category.slug] = _child(
            source["shop"],
            ListingPage,
            category.slug,
            title=titles[category.slug]["vi"],
            category=category,
        )
    pages: dict[str, dict[str, Page]] = {"vi": source}
    for code in homes:
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
        for code in (code for code in STORY_LANGUAGES if code in pages):
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
            if code in content and code in pages:
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
            if code in article and code in pages:
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
    parent: Page | int | str | None = None,
    as_default_site: bool = False,
) -> HomePage:
    """Create or update the page tree in every demo language under `parent` (the tree's root
    when None); returns the vi home.

    Languages: LANGUAGE_CODE and those of settings.LANGUAGES that `sections` has titles in.
    An existing Site keeps its root page unless `as_default_site`, which makes the vi home the
    default Site's root. The texts default to the demo content (`langnghe_demo.content`); tests
    pass their own.
    """
    if None in (producers, stories, articles, sections):
        from langnghe_demo import content as demo_content

        producers = demo_content.PRODUCERS if producers is None else producers
        stories = demo_content.STORIES if stories is None else stories
        articles = demo_content.ARTICLES if articles is None else articles
        sections = demo_content.SECTIONS if sections is None else sections
    languages = demo_languages(sections["shop"])
    homes = _homes(parent=parent, as_default_site=as_default_site, languages=languages)
    pages = _sections(homes, sections)
    _producers_and_stories(pages, producers, stories)
    _articles(pages, articles)
    artisan_page_permissions_ensure()
    return homes["vi"]


def step_pages(ctx) -> None:
    """The `load_demo` step: the page tree under `ctx.parent`."""
    before = Page.objects.count()
    demo_pages_load(parent=ctx.parent, as_default_site=ctx.as_default_site)
    total = Page.objects.count() - 1  # the tree's root is not a page anyone sees
    created = Page.objects.count() - before
    ctx.tallies.setdefault("Pages", Counter()).update(created=created, unchanged=total - created)
