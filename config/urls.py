from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms.sitemaps import LocalizedSitemap
from cms.views.market import market_choose
from cms.views.search import search

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"wagtail": LocalizedSitemap}}),
    path("market/", market_choose, name="market_choose"),
    # Gateways call webhooks without a language: outside i18n_patterns.
    path("payments/", include("checkout.payments.urls_webhooks")),
    path("", include("cms.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search, name="search"),
    path("checkout/payments/", include("checkout.payments.urls", namespace="payments")),
    path("checkout/", include("checkout.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
