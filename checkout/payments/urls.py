"""Shopper-facing payment URLs, included under /<lang>/checkout/payments/ (namespace payments)."""

from django.urls import path

import checkout.converters  # noqa: F401 (registers <token:…>)
from checkout.payments import views

app_name = "payments"

urlpatterns = [
    path("dummy/<token:token>/", views.dummy_pay, name="dummy_pay"),
    path("return/<token:token>/", views.payment_return, name="return"),
]
