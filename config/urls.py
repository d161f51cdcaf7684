from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms.sitemaps import LocalizedSitemap

# The storefront's 404 page, or a plain one before the shop has a market (cms/views/errors.py).
handler404 = "cms.views.errors.page_not_found"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"wagtail": LocalizedSitemap}}),
    # Gateways call webhooks without a language: outside i18n_patterns.
    path("payments/", include("checkout.payments.urls_webhooks")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("", include("cms.urls")),  # every shopper URL (storefront:, checkout:, payments:)
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
