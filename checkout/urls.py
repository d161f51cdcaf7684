"""Checkout pages, under the language prefix (/<lang>/checkout/…)."""

from django.urls import path

from checkout.views import cart, orders, steps

app_name = "checkout"

urlpatterns = [
    path("cart/", cart.cart_detail, name="cart"),
    path("cart/add/", cart.cart_add_view, name="cart_add"),
    path("", steps.checkout_address, name="address"),
    path("review/", steps.checkout_review, name="review"),
    path("place/", steps.checkout_place, name="place"),
    path("pay/<str:token>/", orders.order_pay, name="pay"),
    path("order/<str:token>/", orders.order_detail, name="order"),
]
