from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable
from wagtail.search import index

from shop.models.names import name_translations_field

hs_code_validator = RegexValidator(
    r"^\d{6}(\d{2}){0,2}$",
    _("An HS code has 6, 8 or 10 digits, without dots or spaces (e.g. 691200 or 69120000)."),
)


class Category(index.Indexed, models.Model):
    """A node of the catalogue's category tree (ceramics, bamboo & rattan, food …)."""

    name = models.CharField(_("name (Vietnamese)"), max_length=150)
    name_translations = name_translations_field()
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    position = models.PositiveIntegerField(_("position"), default=0)

    search_fields = [index.SearchField("name"), index.SearchField("names_text")]

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self) -> str:
        # The admin's path, in the admin's language where written, else Vietnamese (the
        # shopper-facing chain is shop.names.name_for, which the models do not import).
        language = get_language()
        return " › ".join(
            c.name_translations.get(language) or c.name for c in self.ancestors(include_self=True)
        )

    def names_text(self) -> str:
        """Every translation of the name, for the search index."""
        return " ".join(self.name_translations.values())

    def ancestors(self, *, include_self: bool = False) -> list["Category"]:
        """The path from the root down to this category."""
        chain = [self] if include_self else []
        node, seen = self.parent, {self.pk}
        while node is not None and node.pk not in seen:
            chain.insert(0, node)
            seen.add(node.pk)
            node = node.parent
        return chain

    def clean(self) -> None:
        node = self.parent
        while node is not None:
            if self.pk is not None and node.pk == self.pk:
                raise ValidationError({"parent": _("A category cannot be inside itself.")})
            node = node.parent


class InventoryPolicy(models.TextChoices):
    TRACKED = "tracked", _("Sold from stock")
    MADE_TO_ORDER = "made_to_order", _("Made to order (lead time, no stock)")


class Product(index.Indexed, ClusterableModel):
    """A product as customs and the warehouse know it; its story lives in the CMS."""

    producer = models.ForeignKey(
        "shop.Producer",
        verbose_name=_("producer"),
        on_delete=models.PROTECT,
        related_name="products",
    )
    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.PROTECT, related_name="products"
    )
    name_vi = models.CharField(_("internal name (Vietnamese)"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    customs_description = models.CharField(
        _("customs description (English)"),
        max_length=255,
        help_text=_("Plain description for CN23 and invoices, e.g. 'Glazed ceramic tea set'."),
    )
    hs_code = models.CharField(_("HS code"), max_length=10, validators=[hs_code_validator])
    country_of_origin = CountryField(_("country of origin"), default="VN")
    materials = models.CharField(_("materials"), max_length=255, blank=True)
    ocop_stars = models.PositiveSmallIntegerField(
        _("OCOP stars"),
        null=True,
        blank=True,
        validators=[MinValueValidator(3), MaxValueValidator(5)],
    )
    inventory_policy = models.CharField(
        _("inventory policy"),
        max_length=20,
        choices=InventoryPolicy.choices,
        default=InventoryPolicy.TRACKED,
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    search_fields = [
        index.SearchField("name_vi"),
        index.FilterField("producer"),
        index.SearchField("customs_description"),
        index.AutocompleteField("name_vi"),
        index.FilterField("hs_code"),
        index.FilterField("is_active"),
        index.FilterField("producer_id"),
        index.FilterField("category_id"),
        index.FilterField("inventory_policy"),
        index.FilterField("ocop_stars"),
    ]

    class Meta:
        ordering = ["name_vi"]
        verbose_name = _("product")
        verbose_name_plural = _("products")
        # What shoppers see without review (shop/permissions.py): staff's, not artisans'.
        permissions = [
            (
                "manage_sales",
                _("Can put products on sale, certify them and change prices on sale"),
            )
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ocop_stars__isnull=True)
                | models.Q(ocop_stars__gte=3, ocop_stars__lte=5),
                name="product_ocop_stars_3_to_5",
            ),
        ]

    def __str__(self) -> str:
        return self.name_vi

    @property
    def is_made_to_order(self) -> bool:
        return self.inventory_policy == InventoryPolicy.MADE_TO_ORDER


class ProductVariant(Orderable):
    """A sellable version of a product (colour, size, glaze …) with its own SKU and weight."""

    product = ParentalKey(
        Product, verbose_name=_("product"), on_delete=models.CASCADE, related_name="variants"
    )
    sku = models.CharField(_("SKU"), max_length=64, unique=True)
    name = models.CharField(
        _("variant label"), max_length=200, blank=True, help_text=_("e.g. 'Blue glaze, 25 cm'")
    )
    name_translations = name_translations_field()
    attributes = models.JSONField(
        _("attributes"),
        default=dict,
        blank=True,
        help_text=_('e.g. {"colour": "celadon", "size": "25 cm", "glaze": "crackle"}'),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The photo the story page shows when a shopper picks this variant."),
    )
    net_weight_g = models.PositiveIntegerField(_("net weight (g)"))
    gross_weight_g = models.PositiveIntegerField(_("gross weight, packed (g)"))
    length_mm = models.PositiveIntegerField(_("packed length (mm)"))
    width_mm = models.PositiveIntegerField(_("packed width (mm)"))
    height_mm = models.PositiveIntegerField(_("packed height (mm)"))
    base_price = models.DecimalField(
        _("base price"),
        max_digits=19,
        decimal_places=4,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("In the shop's base currency (VND by default)."),
    )
    lead_time_days = models.PositiveSmallIntegerField(
        _("lead time (days)"),
        null=True,
        blank=True,
        help_text=_("For made-to-order products: days needed to make it."),
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta(Orderable.Meta):
        verbose_name = _("variant")
        verbose_name_plural = _("variants")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(gross_weight_g__gte=models.F("net_weight_g")),
                name="variant_gross_weight_at_least_net",
            ),
            models.CheckConstraint(
                condition=models.Q(base_price__gte=0), name="variant_base_price_not_negative"
            ),
        ]

    def __str__(self) -> str:
        label = f" – {self.name}" if self.name else ""
        return f"{self.sku}{label}"

    def clean(self) -> None:
        errors = {}
        weights = (self.net_weight_g, self.gross_weight_g)
        if None not in weights and self.gross_weight_g < self.net_weight_g:
            errors["gross_weight_g"] = _("The packed weight cannot be below the net weight.")
        product = getattr(self, "product", None)
        if product is not None and product.is_made_to_order and not self.lead_time_days:
            errors["lead_time_days"] = _("A made-to-order variant needs a lead time in days.")
        if errors:
            raise ValidationError(errors)


class ProductImage(Orderable):
    """A photo of a product, from the Wagtail image library."""

    product = ParentalKey(Product, on_delete=models.CASCADE, related_name="images")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("product image")
        verbose_name_plural = _("product images")
