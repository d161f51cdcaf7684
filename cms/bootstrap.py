"""The shop's home page for a real cooperative (the `shop_bootstrap` command), and finding the
page it goes under by id or URL path."""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from cms.models import HomePage


def page_lookup(value: int | str) -> Page:
    """The page with that id (3, "3") or URL path ("/home/", "home/shop").

    A URL path is read from the tree's root, as Wagtail stores it ("/home/"), or failing that
    from the default Site's root page ("/" is that root). Raises Page.DoesNotExist.
    """
    text = str(value).strip()
    if text.isdigit():
        return Page.objects.get(pk=int(text))
    path = "/" + "/".join(part for part in text.split("/") if part) + "/"
    page = Page.objects.filter(url_path=path).first()
    if page is None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is not None:
            within_site = site.root_page.url_path + path.lstrip("/")
            page = Page.objects.filter(url_path=within_site).first()
    if page is None:
        raise Page.DoesNotExist(f"No page has the id or URL path {value!r}.")
    return page


def shop_home_ensure(*, parent: Page, language: str) -> tuple[HomePage, bool]:
    """The shop's home page under `parent`, in `language`'s locale, published; created once.

    Found again as the HomePage child of `parent` in that locale (a parent holds one). Its title
    is "Shop" in `language`. Wagtail's `add_child` does not check `parent_page_types`, so the
    page goes under whatever page the cooperative chose.
    """
    locale, _created = Locale.objects.get_or_create(language_code=language)
    existing = HomePage.objects.child_of(parent).filter(locale=locale).first()
    if existing is not None:
        return existing, False
    with translation.override(language):
        title = _("Shop")
    slug = "shop" if Page._slug_is_available("shop", parent) else ""  # "": Wagtail picks one
    home = parent.add_child(instance=HomePage(title=title, slug=slug, locale=locale, live=False))
    home.save_revision().publish()
    home.refresh_from_db()
    return home, True
