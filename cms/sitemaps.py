"""A sitemap listing every locale's pages (Wagtail's lists only the site root's locale)."""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class LocalizedSitemap(Sitemap):
    """Every live, public page of every language tree under the site's root translations."""

    def items(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True)
        query = Page.objects.none()
        for root in roots:
            query |= Page.objects.descendant_of(root, inclusive=True)
        return query.live().public().order_by("path").defer_streamfields().specific()
