"""What left the workshop: carriers staff keep as data, and each parcel sent for an order."""

from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from shop.models.orders import Order, OrderLine

NUMBER = "{number}"


def tracking_pattern_validate(value: str) -> None:
    """A tracking link is an https address with `{number}` where the parcel's number goes."""
    if not value:
        return
    if not value.startswith("https://") or NUMBER not in value:
        raise ValidationError(
            _("Give an https:// address with {number} where the tracking number goes.")
        )


class Carrier(models.Model):
    """A carrier parcels leave with (EMS, Vietnam Post, DHL …) and how its tracking page is
    addressed; staff add and edit carriers, no code change needed."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    tracking_url = models.CharField(
        _("tracking link"),
        max_length=300,
        blank=True,
        validators=[tracking_pattern_validate],
        help_text=_("e.g. https://www.ems.com.vn/tra-cuu/?code={number}"),
    )
    is_active = models.BooleanField(_("offered when shipping"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("carrier")
        verbose_name_plural = _("carriers")

    def __str__(self) -> str:
        return self.name

    def tracking_link(self, number: str) -> str:
        """The carrier's page for this parcel ('' without a pattern or number); the number is
        escaped, so whatever staff typed stays inside the query."""
        if not (self.tracking_url and number):
            return ""
        return self.tracking_url.replace(NUMBER, quote(number.strip(), safe=""))


class Shipment(models.Model):
    """One parcel sent for an order: its carrier, tracking number and the units in it."""

    wagtail_reference_index_ignore = True

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="shipments")
    carrier = models.ForeignKey(
        Carrier, null=True, blank=True, on_delete=models.PROTECT, verbose_name=_("carrier")
    )
    tracking_number = models.CharField(_("tracking number"), max_length=100, blank=True)
    shipped_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    shipped_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["shipped_at", "pk"]
        verbose_name = _("shipment")
        verbose_name_plural = _("shipments")

    def __str__(self) -> str:
        return f"{self.order} {self.carrier or ''} {self.tracking_number}".strip()

    @property
    def tracking_link(self) -> str:
        return self.carrier.tracking_link(self.tracking_number) if self.carrier else ""


class ShipmentLine(models.Model):
    """Units of one order line in a shipment."""

    wagtail_reference_index_ignore = True

    shipment = models.ForeignKey(Shipment, on_delete=models.CASCADE, related_name="lines")
    order_line = models.ForeignKey(OrderLine, on_delete=models.CASCADE, related_name="shipped")
    quantity = models.PositiveIntegerField(_("quantity"))

    class Meta:
        ordering = ["pk"]
        verbose_name = _("shipped units")
        verbose_name_plural = _("shipped units")

    def __str__(self) -> str:
        return f"{self.quantity} × {self.order_line.sku}"
