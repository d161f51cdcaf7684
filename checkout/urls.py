"""Checkout pages, under the language prefix (/<lang>/checkout/…). Every one shows or changes
someone's own cart or order: none may be stored by a browser or a shared cache."""

from django.urls import path
from django.views.decorators.cache import never_cache

import checkout.converters  # noqa: F401 (registers <token:…>)
from checkout.views import cart, orders, steps

app_name = "checkout"

urlpatterns = [
    path("cart/", never_cache(cart.cart_detail), name="cart"),
    path("cart/add/", never_cache(cart.cart_add_view), name="cart_add"),
    path("", never_cache(steps.checkout_address), name="address"),
    path("review/", never_cache(steps.checkout_review), name="review"),
    path("place/", never_cache(steps.checkout_place), name="place"),
    path("pay/<token:token>/", never_cache(orders.order_pay), name="pay"),
    path("order/<token:token>/", never_cache(orders.order_detail), name="order"),
]
