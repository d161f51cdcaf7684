from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from shop.models.names import name_translations_field


class ProducerKind(models.TextChoices):
    ARTISAN = "artisan", _("Artisan")
    HOUSEHOLD = "household", _("Household business")
    COOPERATIVE = "cooperative", _("Cooperative")
    ENTERPRISE = "enterprise", _("Enterprise")


class Producer(index.Indexed, models.Model):
    """An artisan, household, cooperative or enterprise that makes and sells products.

    Places are free text: Vietnam merged provinces in 2025 and address datasets lag behind.
    """

    name = models.CharField(_("name"), max_length=200)
    name_translations = name_translations_field()
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=ProducerKind.choices)
    craft_village = models.CharField(_("craft village"), max_length=200, blank=True)
    commune = models.CharField(_("commune / ward"), max_length=200, blank=True)
    district = models.CharField(_("district"), max_length=200, blank=True)
    province = models.CharField(_("province / city"), max_length=200, blank=True)
    description = models.TextField(_("short description (Vietnamese)"), blank=True)

    ocop_stars = models.PositiveSmallIntegerField(
        _("OCOP stars"),
        null=True,
        blank=True,
        validators=[MinValueValidator(3), MaxValueValidator(5)],
        help_text=_("Highest OCOP rating held by the producer (3 to 5 stars)."),
    )
    ocop_year = models.PositiveSmallIntegerField(
        _("OCOP certification year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2018), MaxValueValidator(2100)],
    )
    ocop_certificate_number = models.CharField(
        _("OCOP certificate number"), max_length=100, blank=True
    )

    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)

    editors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("editors"),
        blank=True,
        related_name="producers",
        help_text=_("Wagtail users who may edit this producer's pages and products."),
    )

    portrait = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("portrait"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The maker, the workshop or the village: shown on the producer's page."),
    )

    # Its images and documents (shop/collections.py): artisans reach only their producers'.
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    search_fields = [
        index.SearchField("name"),
        index.SearchField("names_text"),
        index.FilterField("id"),
        index.SearchField("craft_village"),
        index.SearchField("province"),
        index.AutocompleteField("name"),
        index.FilterField("kind"),
        index.FilterField("province"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("producer")
        verbose_name_plural = _("producers")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ocop_stars__isnull=True)
                | models.Q(ocop_stars__gte=3, ocop_stars__lte=5),
                name="producer_ocop_stars_3_to_5",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def names_text(self) -> str:
        """Every translation of the name, for the search index."""
        return " ".join(self.name_translations.values())

    @property
    def place(self) -> str:
        """The producer's place as one line, village first."""
        parts = [self.craft_village, self.commune, self.district, self.province]
        return ", ".join(part for part in parts if part)
