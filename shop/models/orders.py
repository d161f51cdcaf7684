import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _


def new_order_token() -> str:
    return secrets.token_urlsafe(24)


class OrderStatus(models.TextChoices):
    UNCONFIRMED = "unconfirmed", _("Unconfirmed")
    PAID = "paid", _("Paid")
    PARTIALLY_FULFILLED = "partially_fulfilled", _("Partially fulfilled")
    FULFILLED = "fulfilled", _("Fulfilled")
    CANCELLED = "cancelled", _("Cancelled")
    EXPIRED = "expired", _("Expired")


class Order(models.Model):
    """A placed order. The checkout issue adds addresses, totals and the state machine
    (`shop/orders.py`); here it carries what stock allocation needs."""

    token = models.CharField(max_length=64, unique=True, default=new_order_token, editable=False)
    status = models.CharField(
        _("status"), max_length=30, choices=OrderStatus.choices, default=OrderStatus.UNCONFIRMED
    )
    market = models.ForeignKey(
        "shop.Market", null=True, blank=True, on_delete=models.PROTECT, related_name="orders"
    )
    currency = models.CharField(_("currency"), max_length=3)
    language = models.CharField(_("language"), max_length=10, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("order")
        verbose_name_plural = _("orders")

    def __str__(self) -> str:
        return f"#{self.pk}"


class OrderLine(models.Model):
    """One variant on an order, with the names and price frozen when it was placed."""

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="lines")
    variant = models.ForeignKey(
        "shop.ProductVariant", null=True, on_delete=models.SET_NULL, related_name="order_lines"
    )
    sku = models.CharField(_("SKU"), max_length=64)
    product_name = models.CharField(_("product name"), max_length=255)
    quantity = models.PositiveIntegerField(_("quantity"))
    quantity_fulfilled = models.PositiveIntegerField(_("quantity fulfilled"), default=0)
    unit_price = models.DecimalField(_("unit price"), max_digits=19, decimal_places=4)
    currency = models.CharField(_("currency"), max_length=3)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("order line")
        verbose_name_plural = _("order lines")
        constraints = [
            models.CheckConstraint(condition=models.Q(quantity__gt=0), name="order_line_positive"),
            models.CheckConstraint(
                condition=models.Q(quantity_fulfilled__lte=models.F("quantity")),
                name="order_line_fulfilled_within_quantity",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.quantity} × {self.sku}"
