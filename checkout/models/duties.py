from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from shop.models.names import name_translations_field
from shop.money import currency_choices


class DutyTariff(models.Model):
    """Duty rates by HS prefix that several rules share, e.g. the EU's Common Customs Tariff,
    which every member state's rule applies (each with its own VAT)."""

    name = models.CharField(_("name"), max_length=150, unique=True)
    source = models.URLField(_("source"), max_length=500, blank=True)
    source_date = models.DateField(_("source checked on"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("tariff")
        verbose_name_plural = _("tariffs")

    def __str__(self) -> str:
        return self.name


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
    tariff = models.ForeignKey(
        DutyTariff,
        verbose_name=_("shared duty rates"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="rules",
        help_text=_(
            "A tariff whose rates by HS prefix this rule applies. The rule's own rates win for "
            "the same or a longer prefix."
        ),
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
    """Duty rate for goods whose HS code starts with `hs_prefix` (the longest prefix wins), in
    one rule or in a tariff that rules share."""

    rule = models.ForeignKey(
        DutyRule,
        verbose_name=_("rule"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="rates",
    )
    tariff = models.ForeignKey(
        DutyTariff,
        verbose_name=_("tariff"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="rates",
    )
    hs_prefix = models.CharField(_("HS code prefix"), max_length=10)
    rate = models.DecimalField(_("duty rate (%)"), max_digits=6, decimal_places=3)

    class Meta:
        ordering = ["hs_prefix"]
        constraints = [
            models.UniqueConstraint(fields=["rule", "hs_prefix"], name="duty_rate_unique_prefix"),
            models.UniqueConstraint(
                fields=["tariff", "hs_prefix"], name="duty_rate_unique_tariff_prefix"
            ),
            models.CheckConstraint(
                condition=models.Q(rule__isnull=True) ^ models.Q(tariff__isnull=True),
                name="duty_rate_in_rule_or_tariff",
                violation_error_message=_(
                    "Choose either a rule or a tariff for this rate (one of them, not both)."
                ),
            ),
        ]
        verbose_name = _("duty rate")
        verbose_name_plural = _("duty rates")

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
    """The kinds of export document Langnghe installs (migration checkout 0008) and has shopper
    notices for; staff add others as `ExportDocumentKind` rows."""

    CITES_PERMIT = "cites_permit", _("CITES export permit")
    FDA_PRIOR_NOTICE = "fda_prior_notice", _("FDA prior notice")
    PHYTOSANITARY = "phytosanitary", _("Phytosanitary certificate")


class Cn23Box(models.TextChoices):
    """Where the CN23 customs declaration lists a document of this kind."""

    LICENCE = "licence", _("Licence (box 12)")
    CERTIFICATE = "certificate", _("Certificate (box 13)")
    OTHER = "other", _("Comments (box 11)")


class ExportDocumentKind(models.Model):
    """A kind of document some goods need to leave the country (a CITES permit, a health
    certificate…): its name in every language, the CN23 box it goes to and how long it takes."""

    code = models.SlugField(
        _("code"),
        max_length=40,
        unique=True,
        help_text=_("Kept on orders that need this document; it cannot change once saved."),
    )
    name = models.CharField(_("name"), max_length=150)
    name_translations = name_translations_field()
    cn23_box = models.CharField(
        _("on the CN23"), max_length=20, choices=Cn23Box.choices, default=Cn23Box.OTHER
    )
    lead_days = models.PositiveSmallIntegerField(
        _("days it takes to obtain"),
        default=0,
        help_text=_(
            "Added to the delivery time shoppers are shown where an export restriction says so."
        ),
    )

    class Meta:
        ordering = ["-lead_days", "code"]
        verbose_name = _("export document kind")
        verbose_name_plural = _("export document kinds")

    def __str__(self) -> str:
        return self.name


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
    document = models.ForeignKey(
        ExportDocumentKind,
        verbose_name=_("document required"),
        to_field="code",
        db_column="document",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="restrictions",
    )
    delays_delivery = models.BooleanField(
        _("the document's time counts in the delivery estimate"),
        default=True,
        help_text=_("Shoppers are shown the delivery time plus the days the document takes."),
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
                condition=~models.Q(kind="document", document__isnull=True),
                name="export_restriction_document_named",
            ),
        ]

    def __str__(self) -> str:
        target = self.product or self.category or f"HS {self.hs_prefix}"
        return f"{target}: {self.get_kind_display()}"
