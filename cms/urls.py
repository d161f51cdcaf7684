"""Language-neutral URLs of the storefront (QR codes)."""

from django.urls import path

from cms.views import qr

urlpatterns = [
    path("q/<int:product_id>/", qr.qr_redirect, name="qr_redirect"),
    path("q/<int:product_id>/label.<str:fmt>", qr.qr_label, name="qr_label"),
    path("q/sheet/<int:producer_id>/", qr.qr_sheet, name="qr_sheet"),
]
