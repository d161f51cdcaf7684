"""Webhook URLs: no language prefix (included at /payments/ outside i18n_patterns)."""

from django.urls import path

from checkout.payments import views

app_name = "webhooks"

urlpatterns = [
    path("stripe/webhook/", views.stripe_webhook, name="stripe_webhook"),
]
