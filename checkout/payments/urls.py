"""Shopper-facing payment URLs, included under /<lang>/checkout/payments/ (namespace payments)."""

from django.urls import path

from checkout.payments import views

app_name = "payments"

urlpatterns = [
    path("dummy/<str:token>/", views.dummy_pay, name="dummy_pay"),
    path("return/<str:token>/", views.payment_return, name="return"),
]
