"""Webhook URLs: no language prefix (included at /payments/ outside i18n_patterns)."""

from django.urls import path

from checkout.payments import views

urlpatterns = [
    path("stripe/webhook/", views.stripe_webhook, name="stripe_webhook"),
]
