"""Producers, categories and products: snippets, so CMS pages can choose them."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.panels.base import get_form_for_model
from wagtail.admin.ui.tables import BooleanColumn, UpdatedAtColumn
from wagtail.snippets.views.snippets import SnippetViewSet

from shop.admin.forms import (
    CategoryForm,
    JSONObjectTextarea,
    ProducerForm,
    ProductForm,
    VariantForm,
)
from shop.admin.names import name_panels
from shop.admin.views import ScopedIndexView, ScopedViewSetMixin
from shop.models import Category, Producer, Product


class ProducerViewSet(ScopedViewSetMixin, SnippetViewSet):
    """Producers; an artisan sees only the ones listing them as editors."""

    model = Producer
    icon = "group"
    menu_label = _("Producers")
    inspect_view_enabled = True
    list_display = ["name", "kind", "craft_village", "province", "ocop_stars", UpdatedAtColumn()]
    list_filter = ["kind", "province", "ocop_stars"]
    panels = [
        MultiFieldPanel(
            [
                *name_panels(),
                FieldPanel("slug"),
                FieldPanel("kind"),
                FieldPanel("description"),
                FieldPanel("portrait"),
            ],
            heading=_("Producer"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("craft_village"),
                FieldPanel("commune"),
                FieldPanel("district"),
                FieldPanel("province"),
            ],
            heading=_("Place"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("ocop_stars"),
                FieldPanel("ocop_year"),
                FieldPanel("ocop_certificate_number"),
            ],
            heading=_("OCOP certification"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("website"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("editors", widget=forms.CheckboxSelectMultiple),
    ]
    edit_handler = ObjectList(panels, base_form_class=ProducerForm)


class CategoryViewSet(SnippetViewSet):
    """The category tree."""

    model = Category
    icon = "list-ul"
    menu_label = _("Categories")
    index_view_class = ScopedIndexView  # for its search, which copes with list filters
    list_display = ["name", "parent", "position"]
    list_filter = ["parent"]
    edit_handler = ObjectList(
        [
            *name_panels(heading=_("Names")),
            FieldPanel("slug"),
            FieldPanel("parent"),
            FieldPanel("position"),
        ],
        base_form_class=CategoryForm,
    )


MANAGE_SALES = "shop.manage_sales"


class VariantInlinePanel(InlinePanel):
    """The variants' inline forms map the label's translations (`VariantForm`)."""

    def get_form_options(self):
        options = super().get_form_options()
        formset = options["formsets"][self.relation_name]
        child = self.child_edit_handler.get_form_options()
        # Wagtail builds the child form class itself when it defers "required" on fields;
        # build it the same way, from VariantForm.
        formset["form"] = get_form_for_model(
            self.db_field.related_model,
            form_class=VariantForm,
            defer_required_on_fields=child.get("defer_required_on_fields", []),
        )
        return options


class ProductViewSet(ScopedViewSetMixin, SnippetViewSet):
    """Products with their variants and photos; an artisan sees only their producers'."""

    model = Product
    icon = "pick"
    menu_label = _("Products")
    list_display = [
        "name_vi",
        "producer",
        "category",
        "inventory_policy",
        "ocop_stars",
        BooleanColumn("is_active", label=_("Active")),
        UpdatedAtColumn(),
    ]
    list_filter = ["producer", "category", "inventory_policy", "is_active", "ocop_stars"]
    edit_handler = ObjectList(
        [
            # Plain selects: ProductForm narrows the producers to the artisan's own, which a
            # snippet chooser (listing every producer) would not show.
            FieldPanel("producer", widget=forms.Select),
            FieldPanel("category", widget=forms.Select),
            FieldPanel("name_vi"),
            FieldPanel("slug"),
            MultiFieldPanel(
                [
                    FieldPanel("customs_description"),
                    FieldPanel("hs_code"),
                    FieldPanel("country_of_origin"),
                    FieldPanel("materials"),
                ],
                heading=_("Customs"),
            ),
            # A certification and putting a product on sale are staff's (shop.permissions).
            FieldPanel("ocop_stars", permission=MANAGE_SALES),
            FieldPanel("inventory_policy"),
            FieldPanel("is_active", permission=MANAGE_SALES),
            VariantInlinePanel(
                "variants",
                heading=_("Variants"),
                label=_("Variant"),
                panels=[
                    FieldPanel("sku"),
                    *name_panels(heading=_("Variant label")),
                    FieldPanel("attributes", widget=JSONObjectTextarea(attrs={"rows": 2})),
                    FieldPanel("image"),
                    FieldPanel("net_weight_g"),
                    FieldPanel("gross_weight_g"),
                    FieldPanel("length_mm"),
                    FieldPanel("width_mm"),
                    FieldPanel("height_mm"),
                    FieldPanel("base_price"),
                    FieldPanel("lead_time_days"),
                    FieldPanel("is_active", permission=MANAGE_SALES),
                ],
            ),
            InlinePanel(
                "images",
                heading=_("Photos"),
                label=_("Photo"),
                panels=[FieldPanel("image"), FieldPanel("caption")],
            ),
        ],
        base_form_class=ProductForm,
    )

    def get_queryset(self, request):
        # Category names print their whole path; fetch the parents with the rows.
        return Product.objects.select_related("producer", "category", "category__parent")
