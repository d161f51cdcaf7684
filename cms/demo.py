"""Demo pages: a home page per language, the Vietnamese one first (artisans write in Vietnamese)."""

from __future__ import annotations

from django.conf import settings
from wagtail.models import Locale, Page, Site

from cms.models import HomePage

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


def step_pages(ctx) -> None:
    """The `load_demo` step (registered by `cms.apps`): the page tree."""
    before = HomePage.objects.count()
    demo_pages_load()
    created = HomePage.objects.count() - before
    for _index in range(created):
        ctx.tally("Pages", "created")
    for _index in range(HomePage.objects.count() - created):
        ctx.tally("Pages", "unchanged")


def _home_for(locale: Locale) -> HomePage | None:
    return HomePage.objects.filter(locale=locale).first()


def demo_pages_load() -> HomePage:
    """Create (or update) the home page in every content language and make it the site root."""
    default, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node()
    home = _home_for(default)
    if home is None:
        # Wagtail's initial migration leaves a plain "Welcome" page at /home/; it would clash.
        Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
        root.refresh_from_db()
        title, intro = HOME_TEXT["vi"]
        home = root.add_child(
            instance=HomePage(title=title, slug="home", intro=intro, locale=default)
        )
    _publish(home, *HOME_TEXT["vi"])
    for code, _name in settings.LANGUAGES:
        locale, _created = Locale.objects.get_or_create(language_code=code)
        if locale == default:
            continue
        translation = _home_for(locale) or home.copy_for_translation(locale)
        title, intro = HOME_TEXT.get(code, HOME_TEXT["en"])
        _publish(translation, title, intro)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    site.root_page, site.site_name = home, "Langnghe"
    site.save()
    return home


def _publish(page: HomePage, title: str, intro: str) -> None:
    if (
        page.live
        and page.title == title
        and page.intro == intro
        and not page.has_unpublished_changes
    ):
        return
    page.title, page.intro = title, intro
    page.save_revision().publish()
