"""Demo pages: one tree per language, Vietnamese first (artisans write in Vietnamese).

Home › Shop (all products) › one listing per top-level category; Makers › producer › stories;
News › articles. vi is the source. Producer pages, stories and articles are translated through
wagtail-localize (`langnghe_demo.localize`) into every language their texts have, so that each
translation tracks its source; homes and index pages are plain translated copies. A product
without a story in a language is shown through the fallback chain instead. A page is published
only when its content differs, so loading twice changes nothing.
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
from langnghe_demo.context import content_languages, demo_languages
from langnghe_demo.localize import (
    demo_slug,
    page_translation_ensure,
    source_sync,
    stored_stream,
)
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
    "ko": (
        "랑응에 – 베트남 공예 마을의 수공예품",
        "<p>밧짱 도자기, 푸빈 대나무·등나무 공예, 타인하 리치, 박장 꿀: 장인과 가정, 협동조합이 "
        "만든 OCOP 인증 제품을 마을에서 바로 보내 드립니다.</p>",
    ),
    "fr": (
        "Langnghe – l’artisanat des villages de métiers du Vietnam",
        "<p>Céramiques de Bát Tràng, bambou et rotin de Phú Vinh, litchis de Thanh Hà, miel de "
        "Bắc Giang\u00a0: des produits OCOP faits par des artisans, des familles et des "
        "coopératives, expédiés depuis le village.</p>",
    ),
    "de": (
        "Langnghe – Handwerk aus Vietnams Handwerksdörfern",
        "<p>Keramik aus Bát Tràng, Bambus und Rattan aus Phú Vinh, Litschis aus Thanh Hà, Honig "
        "aus Bắc Giang: OCOP-Produkte von Kunsthandwerkern, Familien und Genossenschaften, "
        "direkt aus dem Dorf verschickt.</p>",
    ),
    "zh-hans": (
        "Langnghe – 来自越南手工艺村的手工艺品",
        "<p>钵场陶瓷、富荣竹藤编、清河荔枝、北江蜂蜜：由工匠、家庭和合作社制作的 OCOP "
        "认证产品，从村里直接发货。</p>",
    ),
}
HOME_SLUG = "langnghe"
_STREAM = StoryStreamBlock()


def _normalized(value) -> list:
    """A StreamField value without its block ids (list items get new ones each time the data is
    read), to compare what a page says."""
    return [
        (child.block_type, _without_ids(child.block.get_prep_value(child.value))) for child in value
    ]


def _without_ids(value):
    if isinstance(value, dict):
        return {key: _without_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        return [_without_ids(item) for item in value]
    return value


def _stream(blocks: list) -> object:
    return stored_stream(_STREAM, blocks)


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
        # Publishing saves the tree columns as this object holds them: children added since it
        # was read (the sections' translations are made before their own) must stay counted.
        page.refresh_from_db(fields=["numchild"])
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


def _sections(
    homes: dict[str, HomePage], sections: dict, indexes: dict[str, set[str]]
) -> dict[str, dict[str, Page]]:
    """Shop and category listings in every demo language; makers and news in the languages of
    `indexes` ({"makers": languages, "news": languages}: where there is content)."""
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
            if key in indexes and code not in indexes[key]:
                continue
            pages[code][key] = _translation(page, homes[code].locale)
    for code, by_key in pages.items():
        for key, page in by_key.items():
            title = titles[key].get(code) or titles[key].get("en") or page.title
            # Translations get their own slug ("/en/shop/", "/ja/商品/"); titles are unique
            # among the sections of one language, so their slugs are too.
            slug = {} if code == "vi" else {"slug": demo_slug(title) or page.slug}
            _publish(page, title=title, **slug)
    return pages


def _vi_pages(pages: dict[str, dict[str, Page]], producer_texts, story_texts, articles):
    """The Vietnamese producer pages, stories and articles (the translations' sources), as
    {kind: {key: page}}."""
    producers = {p.slug: p for p in Producer.objects.all()}
    products = {p.slug: p for p in Product.objects.select_related("producer")}
    found: dict[str, dict[str, Page]] = {"producer": {}, "story": {}, "article": {}}
    for slug, content in producer_texts.items():
        vi = content["vi"]
        page = _child(
            pages["vi"]["makers"], ProducerPage, slug, title=vi["title"], producer=producers[slug]
        )
        _publish(page, title=vi["title"], intro=vi["intro"], body=vi["body"])
        found["producer"][slug] = page
    for slug, content in story_texts.items():
        product = products[slug]
        parent = ProducerPage.objects.get(locale__language_code="vi", producer=product.producer)
        vi = content["vi"]
        story = _child(parent, StoryPage, slug, title=vi["title"], product=product)
        # The hero: the product's first photo (`langnghe_demo.illustrations`), when it has one;
        # the translations take it from their source (not a translatable field).
        first = product.images.select_related("image").order_by("sort_order", "pk").first()
        hero = {"hero_image": first.image} if first else {}
        _publish(story, title=vi["title"], summary=vi["summary"], body=vi["body"], **hero)
        found["story"][slug] = story
    for article in articles:
        vi = article["vi"]
        date = dt.date.fromisoformat(article["date"])
        page = _child(
            pages["vi"]["news"], ArticlePage, article["slug"], title=vi["title"], date=date
        )
        _publish(page, title=vi["title"], intro=vi["intro"], body=vi["body"], date=date)
        found["article"][article["slug"]] = page
    return found


def _producer_texts_needed(producer_texts, story_texts, languages) -> dict[str, dict]:
    """Each producer's texts in every language its page must exist in: those it is translated
    into, and those any of its stories is translated into (a story needs its producer's page in
    its language as parent; without the producer's own text there, the English one stands in)."""
    producer_of = dict(Product.objects.values_list("slug", "producer__slug"))
    needed = {slug: dict(content) for slug, content in producer_texts.items()}
    for slug, content in story_texts.items():
        texts = needed[producer_of[slug]]
        for code in content:
            if code in languages and code not in texts and "en" in texts:
                texts[code] = texts["en"]
    return needed


def _translations(
    sources: dict[str, dict[str, Page]],
    texts: dict[str, dict[str, dict]],
    languages: list[str],
    tallies: Counter,
) -> None:
    """Every translation the data has, made through wagtail-localize (`langnghe_demo.localize`):
    producers first (they are the stories' parents), then stories and articles."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    for kind in ("producer", "story", "article"):
        for key, page in sources[kind].items():
            content = texts[kind][key]
            wanted = [code for code in languages if code != "vi" and code in content]
            if not wanted:
                continue
            source = source_sync(page)
            for code in wanted:
                fields = {name: content[code][name] for name in _TRANSLATED_FIELDS[kind]}
                tallies[page_translation_ensure(source, locales[code], fields)] += 1


_TRANSLATED_FIELDS = {
    "producer": ("title", "intro", "body"),
    "story": ("title", "summary", "body"),
    "article": ("title", "intro", "body"),
}


def demo_pages_load(
    *,
    producers: dict | None = None,
    stories: dict | None = None,
    articles: list | None = None,
    sections: dict | None = None,
    parent: Page | int | str | None = None,
    as_default_site: bool = False,
    tallies: Counter | None = None,
    only_languages: tuple[str, ...] | None = None,
) -> HomePage:
    """Create or update the page tree in every demo language under `parent` (the tree's root
    when None); returns the vi home.

    Languages: LANGUAGE_CODE and those of settings.LANGUAGES that `sections` has titles in.
    An existing Site keeps its root page unless `as_default_site`, which makes the vi home the
    default Site's root. The texts default to the demo content (`langnghe_demo.content`); tests
    pass their own. Producer pages, stories and articles are translated through wagtail-localize
    into every language of settings.LANGUAGES their texts have (`tallies` counts the
    translations created, updated and unchanged); a page without a language is not translated
    into it, and the storefront falls back.
    """
    if None in (producers, stories, articles, sections):
        from langnghe_demo import content as demo_content

        producers = demo_content.PRODUCERS if producers is None else producers
        stories = demo_content.STORIES if stories is None else stories
        articles = demo_content.ARTICLES if articles is None else articles
        sections = demo_content.SECTIONS if sections is None else sections
    languages = demo_languages(
        content_languages(sections, producers, stories, articles), only=only_languages
    )
    homes = _homes(parent=parent, as_default_site=as_default_site, languages=languages)
    producer_texts = _producer_texts_needed(producers, stories, languages)
    indexes = {
        "makers": content_languages(producer_texts, stories),
        "news": content_languages(articles),
    }
    pages = _sections(homes, sections, indexes)
    # Every source first, then the translations: a source's stored content (wagtail-localize's
    # TranslationSource) then no longer moves within a load (a producer gaining its stories).
    sources = _vi_pages(pages, producers, stories, articles)
    texts = {
        "producer": producer_texts,
        "story": stories,
        "article": {article["slug"]: article for article in articles},
    }
    _translations(sources, texts, languages, tallies if tallies is not None else Counter())
    artisan_page_permissions_ensure()
    return homes["vi"]


def step_search(ctx) -> None:
    """The `load_demo` step after the pages: every searched page's search document (publishing
    already wrote them; this catches pages changed outside Wagtail's publishing)."""
    from cms.search import search_rebuild

    counts = search_rebuild()
    ctx.tallies.setdefault("Search documents", Counter()).update(
        {outcome: counts[outcome] for outcome in ("created", "updated", "unchanged")}
    )


def step_pages(ctx) -> None:
    """The `load_demo` step: the page tree under `ctx.parent`."""
    before = Page.objects.count()
    pages = ctx.tallies.setdefault("Pages", Counter())
    translations = ctx.tallies.setdefault("Page translations", Counter())
    demo_pages_load(
        parent=ctx.parent,
        as_default_site=ctx.as_default_site,
        tallies=translations,
        only_languages=ctx.languages,
    )
    total = Page.objects.count() - 1  # the tree's root is not a page anyone sees
    created = Page.objects.count() - before
    pages.update(created=created, unchanged=total - created)
