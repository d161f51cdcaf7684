from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from shop.money import currency_choices


class DutyRule(models.Model):
    """Import rules of one or more destination countries, valid over a date range.

    The rule valid on the order date applies; staff add a new dated rule when the law changes
    (e.g. the US ended its de minimis on 2025-08-29) instead of editing history.
    """

    name = models.CharField(_("name"), max_length=150)
    countries = CountryField(_("countries"), multiple=True)
    valid_from = models.DateField(_("valid from"))
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    currency = models.CharField(
        _("currency of thresholds and fees"), max_length=3, choices=currency_choices()
    )
    de_minimis_duty = models.DecimalField(
        _("duty-free up to"),
        max_digits=19,
        decimal_places=4,
        null=True,
        blank=True,
        help_text=_(
            "Goods value at or below which no duty is due. Empty: duty from the first unit."
        ),
    )
    de_minimis_tax = models.DecimalField(
        _("tax-free up to"),
        max_digits=19,
        decimal_places=4,
        null=True,
        blank=True,
        help_text=_("Goods value at or below which no VAT/GST is due. Empty: tax always due."),
    )
    vat_rate = models.DecimalField(_("VAT/GST rate (%)"), max_digits=6, decimal_places=3, default=0)
    default_duty_rate = models.DecimalField(
        _("duty rate when no HS prefix matches (%)"), max_digits=6, decimal_places=3, default=0
    )
    customs_id = models.CharField(
        _("customs ID the shopper must give"),
        max_length=20,
        blank=True,
        choices=[("", _("none")), ("pccc", _("Korea: personal customs clearance code (PCCC)"))],
    )
    source = models.URLField(_("source"), max_length=500)
    source_date = models.DateField(_("source checked on"))
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["name", "-valid_from"]
        verbose_name = _("duty rule")
        verbose_name_plural = _("duty rules")

    def __str__(self) -> str:
        return f"{self.name} (from {self.valid_from})"


class DutyRate(models.Model):
    """Duty rate for goods whose HS code starts with `hs_prefix` (the longest prefix wins)."""

    rule = models.ForeignKey(DutyRule, on_delete=models.CASCADE, related_name="rates")
    hs_prefix = models.CharField(_("HS code prefix"), max_length=10)
    rate = models.DecimalField(_("duty rate (%)"), max_digits=6, decimal_places=3)

    class Meta:
        ordering = ["hs_prefix"]
        constraints = [
            models.UniqueConstraint(fields=["rule", "hs_prefix"], name="duty_rate_unique_prefix")
        ]

    def __str__(self) -> str:
        return f"{self.hs_prefix}: {self.rate} %"


class FeeKind(models.TextChoices):
    PER_DISTINCT_HS6 = "per_hs6", _("per distinct 6-digit HS code")
    PER_PARCEL = "per_parcel", _("per parcel")


class DutyFee(models.Model):
    """A fixed customs fee, e.g. the EU's €3 per distinct HS6 code on low-value parcels."""

    rule = models.ForeignKey(DutyRule, on_delete=models.CASCADE, related_name="fees")
    name = models.CharField(_("name"), max_length=150)
    kind = models.CharField(_("charged"), max_length=20, choices=FeeKind.choices)
    amount = models.DecimalField(_("amount"), max_digits=19, decimal_places=4)
    only_up_to_de_minimis = models.BooleanField(
        _("only on parcels within the duty-free threshold"), default=True
    )

    def __str__(self) -> str:
        return self.name


class RestrictionKind(models.TextChoices):
    PROHIBITED = "prohibited", _("prohibited")
    DOCUMENT = "document", _("allowed with a document")


class RestrictionReason(models.TextChoices):
    CITES = "cites", _("It contains a species protected under CITES.")
    FOOD = "food", _("Food imports need prior notice to the destination's food authority.")
    PLANT = "plant", _("Plant material needs a phytosanitary certificate.")
    ANIMAL = "animal", _("Animal products are not admitted by the destination.")
    NATIONAL = "national", _("The destination does not admit this kind of goods.")


class DocumentKind(models.TextChoices):
    CITES_PERMIT = "cites_permit", _("CITES export permit")
    FDA_PRIOR_NOTICE = "fda_prior_notice", _("FDA prior notice")
    PHYTOSANITARY = "phytosanitary", _("Phytosanitary certificate")


def document_label(kind: str) -> str:
    """A document kind's name in the active language (the stored code when it is unknown)."""
    return str(dict(DocumentKind.choices).get(kind, kind))


class ExportRestriction(models.Model):
    """What may not be sent (or only with a document) to some destinations.

    Matches a product, a category (and its children) or an HS-code prefix; empty `countries`
    means every destination.
    """

    product = models.ForeignKey(
        "shop.Product",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="export_restrictions",
    )
    category = models.ForeignKey(
        "shop.Category",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="export_restrictions",
    )
    hs_prefix = models.CharField(_("HS code prefix"), max_length=10, blank=True)
    countries = CountryField(_("destinations"), multiple=True, blank=True)
    kind = models.CharField(_("restriction"), max_length=20, choices=RestrictionKind.choices)
    reason = models.CharField(_("reason"), max_length=20, choices=RestrictionReason.choices)
    document = models.CharField(
        _("document required"), max_length=40, blank=True, choices=DocumentKind.choices
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    source = models.URLField(_("source"), max_length=500, blank=True)
    notes = models.TextField(_("notes for staff"), blank=True)

    class Meta:
        verbose_name = _("export restriction")
        verbose_name_plural = _("export restrictions")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(product=None, category=None, hs_prefix=""),
                name="export_restriction_has_target",
            ),
            models.CheckConstraint(
                condition=~models.Q(kind="document", document=""),
                name="export_restriction_document_named",
            ),
        ]

    def __str__(self) -> str:
        target = self.product or self.category or f"HS {self.hs_prefix}"
        return f"{target}: {self.get_kind_display()}"
