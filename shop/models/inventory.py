from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class Warehouse(models.Model):
    """A place stock is kept: in Vietnam usually the workshop or the co-op's store."""

    name = models.CharField(_("name"), max_length=200)
    code = models.SlugField(_("code"), max_length=50, unique=True)
    producer = models.ForeignKey(
        "shop.Producer",
        verbose_name=_("producer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="warehouses",
        help_text=_("Leave empty for a shared store."),
    )
    country = CountryField(_("country"), default="VN")
    province = models.CharField(_("province / city"), max_length=200, blank=True)
    address = models.TextField(_("address"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("warehouse")
        verbose_name_plural = _("warehouses")

    def __str__(self) -> str:
        return self.name


class Stock(models.Model):
    """How many units of a variant a warehouse holds, and how many of them orders have claimed.

    Change it only through `shop.inventory`; the constraints are the last line of defence.
    """

    warehouse = models.ForeignKey(Warehouse, on_delete=models.PROTECT, related_name="stocks")
    variant = models.ForeignKey(
        "shop.ProductVariant", on_delete=models.CASCADE, related_name="stocks"
    )
    quantity = models.IntegerField(_("quantity on hand"), default=0)
    quantity_allocated = models.IntegerField(_("allocated to orders"), default=0)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("stock")
        verbose_name_plural = _("stock")
        constraints = [
            models.UniqueConstraint(fields=["warehouse", "variant"], name="stock_unique"),
            models.CheckConstraint(condition=models.Q(quantity__gte=0), name="stock_not_negative"),
            models.CheckConstraint(
                condition=models.Q(quantity_allocated__gte=0), name="stock_allocated_not_negative"
            ),
            models.CheckConstraint(
                condition=models.Q(quantity_allocated__lte=models.F("quantity")),
                name="stock_allocated_within_quantity",
            ),
        ]

    def __str__(self) -> str:
        allocated = self.quantity_allocated
        return f"{self.variant} @ {self.warehouse}: {self.quantity} ({allocated} allocated)"


class Reservation(models.Model):
    """Units held for a cart while its shopper checks out; worthless after `reserved_until`."""

    # Bookkeeping rows nobody browses as "usage": keeping them out of Wagtail's reference
    # index saves several statements on every checkout step that reserves or allocates.
    wagtail_reference_index_ignore = True

    stock = models.ForeignKey(Stock, on_delete=models.CASCADE, related_name="reservations")
    cart_token = models.CharField(_("cart token"), max_length=64, db_index=True)
    quantity = models.PositiveIntegerField(_("quantity"))
    reserved_until = models.DateTimeField(_("reserved until"), db_index=True)

    class Meta:
        verbose_name = _("reservation")
        verbose_name_plural = _("reservations")
        constraints = [
            models.UniqueConstraint(fields=["stock", "cart_token"], name="reservation_unique"),
            models.CheckConstraint(condition=models.Q(quantity__gt=0), name="reservation_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.quantity} × {self.stock.variant} for cart {self.cart_token[:8]}…"


class Allocation(models.Model):
    """Units of one stock row claimed by an order line; they leave the shelf on fulfilment."""

    wagtail_reference_index_ignore = True

    order_line = models.ForeignKey(
        "shop.OrderLine", on_delete=models.CASCADE, related_name="allocations"
    )
    stock = models.ForeignKey(Stock, on_delete=models.PROTECT, related_name="allocations")
    quantity = models.PositiveIntegerField(_("quantity"))

    class Meta:
        verbose_name = _("allocation")
        verbose_name_plural = _("allocations")
        constraints = [
            models.UniqueConstraint(fields=["order_line", "stock"], name="allocation_unique"),
            models.CheckConstraint(condition=models.Q(quantity__gt=0), name="allocation_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.quantity} × {self.stock.variant} for line {self.order_line_id}"
