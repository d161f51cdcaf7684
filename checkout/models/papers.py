from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class Exporter(models.Model):
    """Who sends the parcels, as the customs papers name them: the cooperative or household
    business and its tax code. The first one is used (the shop has one exporter)."""

    name = models.CharField(
        _("name"), max_length=200, help_text=_("e.g. Hợp tác xã Gốm sứ Bát Tràng")
    )
    address = models.TextField(
        _("address"), help_text=_("Street, commune, district and province, one per line.")
    )
    country = CountryField(_("country"), default="VN")
    phone = models.CharField(_("phone number"), max_length=30)
    email = models.EmailField(_("email"), blank=True)
    tax_id = models.CharField(
        _("tax code"), max_length=40, help_text=_("Vietnam's mã số thuế (MST) or the exporter's.")
    )
    signatory = models.CharField(
        _("signed by"),
        max_length=100,
        blank=True,
        help_text=_("The person who signs the commercial invoice and the CN23."),
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = _("exporter")
        verbose_name_plural = _("exporter")

    def __str__(self) -> str:
        return self.name

    @property
    def address_lines(self) -> list[str]:
        return [line.strip() for line in self.address.splitlines() if line.strip()]
