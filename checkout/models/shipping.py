from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from shop.money import currency_choices


class ShippingZone(models.Model):
    """A set of destination countries that share shipping methods and prices."""

    name = models.CharField(_("name"), max_length=100)
    countries = CountryField(_("countries"), multiple=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("shipping zone")
        verbose_name_plural = _("shipping zones")

    def __str__(self) -> str:
        return self.name


class ShippingMethod(models.Model):
    """A carrier service to a zone, priced by chargeable weight in brackets (`ShippingRate`)."""

    zone = models.ForeignKey(ShippingZone, on_delete=models.CASCADE, related_name="methods")
    name = models.CharField(_("name"), max_length=100)
    carrier = models.CharField(_("carrier"), max_length=100, blank=True)
    currency = models.CharField(
        _("price currency"), max_length=3, choices=currency_choices(), default="VND"
    )
    volumetric_divisor = models.PositiveIntegerField(
        _("volumetric divisor (cm³ per kg)"),
        default=5000,
        help_text=_("Volumetric weight in kg = length × width × height in cm ÷ this number."),
    )
    max_weight_g = models.PositiveIntegerField(_("maximum parcel weight (g)"))
    days_min = models.PositiveSmallIntegerField(_("delivery days, fastest"))
    days_max = models.PositiveSmallIntegerField(_("delivery days, slowest"))
    is_active = models.BooleanField(_("active"), default=True)
    position = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("shipping method")
        verbose_name_plural = _("shipping methods")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(days_max__gte=models.F("days_min")),
                name="shipping_method_days_ordered",
            ),
            models.CheckConstraint(
                condition=models.Q(volumetric_divisor__gt=0), name="shipping_divisor_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} → {self.zone}"


class ShippingRate(models.Model):
    """Price of a parcel whose chargeable weight is at most `up_to_g` (the smallest bracket
    that fits applies)."""

    method = models.ForeignKey(ShippingMethod, on_delete=models.CASCADE, related_name="rates")
    up_to_g = models.PositiveIntegerField(_("up to (g)"))
    price = models.DecimalField(_("price"), max_digits=19, decimal_places=4)

    class Meta:
        ordering = ["up_to_g"]
        verbose_name = _("shipping rate")
        verbose_name_plural = _("shipping rates")
        constraints = [
            models.UniqueConstraint(fields=["method", "up_to_g"], name="shipping_rate_bracket"),
            models.CheckConstraint(condition=models.Q(price__gte=0), name="shipping_rate_price"),
        ]

    def __str__(self) -> str:
        return f"≤ {self.up_to_g} g: {self.price}"
