"""A host's URLs as docs/integration.md writes them: the shop under /shop-app/, language
prefixes for every language but the default one (Vietnamese)."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls

urlpatterns = [
    path("payments/", include("checkout.payments.urls_webhooks")),
    *i18n_patterns(
        path("shop-app/", include("cms.urls")),
        path("", include(wagtail_urls)),
        prefix_default_language=False,
    ),
]
