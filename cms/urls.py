"""Every shopper-facing URL of Langnghe, for one `include` (docs/integration.md).

A host includes this once, inside `i18n_patterns` (language-prefixed URLs, as the reference
project does) or outside it (the language then comes from the cookie or Accept-Language).
Names: `storefront:` (search, market choice, QR codes), `checkout:` and `payments:`. Webhooks
are separate (`checkout.payments.urls_webhooks`): a gateway calls them without a language.
"""

from django.urls import include, path

from cms.views import qr
from cms.views.market import market_choose
from cms.views.search import search

storefront = (
    [
        path("search/", search, name="search"),
        path("market/", market_choose, name="market_choose"),
        # The QR redirect picks the scanner's language (Accept-Language), whatever the prefix.
        path("q/<int:product_id>/", qr.qr_redirect, name="qr_redirect"),
        path("q/<int:product_id>/label.<str:fmt>", qr.qr_label, name="qr_label"),
        path("q/sheet/<int:producer_id>/", qr.qr_sheet, name="qr_sheet"),
    ],
    "storefront",
)

urlpatterns = [
    path("", include(storefront)),
    path("checkout/payments/", include("checkout.payments.urls")),
    path("checkout/", include("checkout.urls")),
]
