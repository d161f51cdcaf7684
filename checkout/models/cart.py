import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def new_cart_token() -> str:
    return secrets.token_urlsafe(24)


class Cart(models.Model):
    """A shopper's cart and checkout progress. Holds quantities and choices, never prices:
    prices are recomputed on the server every time they are shown or charged."""

    wagtail_reference_index_ignore = True

    token = models.CharField(max_length=64, unique=True, default=new_cart_token, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="carts",
    )
    market = models.ForeignKey("shop.Market", null=True, on_delete=models.SET_NULL)
    language = models.CharField(max_length=10, blank=True)
    email = models.EmailField(blank=True)
    country = models.CharField(max_length=2, blank=True)
    shipping_address = models.JSONField(default=dict, blank=True)
    customs_id = models.CharField(max_length=40, blank=True)
    shipping_method = models.ForeignKey(
        "checkout.ShippingMethod", null=True, blank=True, on_delete=models.SET_NULL
    )
    # Set when the cart became an order; the order keeps it, the shopper starts a new one.
    ordered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("cart")
        verbose_name_plural = _("carts")

    def __str__(self) -> str:
        return f"cart {self.pk}"


class CartLine(models.Model):
    """A variant and a quantity in a cart."""

    wagtail_reference_index_ignore = True

    cart = models.ForeignKey(Cart, on_delete=models.CASCADE, related_name="lines")
    variant = models.ForeignKey("shop.ProductVariant", on_delete=models.CASCADE)
    quantity = models.PositiveIntegerField()
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["added_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["cart", "variant"], name="cart_line_unique_variant"),
            models.CheckConstraint(condition=models.Q(quantity__gt=0), name="cart_line_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.quantity} × {self.variant_id}"
