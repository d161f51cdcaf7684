"""A host's URLs without i18n_patterns: the shop under /shop-app/, Wagtail at the root."""

from django.urls import include, path
from wagtail import urls as wagtail_urls

urlpatterns = [
    path("payments/", include("checkout.payments.urls_webhooks")),
    path("shop-app/", include("cms.urls")),
    path("", include(wagtail_urls)),
]
