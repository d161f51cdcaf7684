"""The "Duties & export rules" admin menu: duty rules with their rates and fees, and export
restrictions. Rates and fees have their own views because DutyRule is not a ClusterableModel.

The group is registered by the checkout's wagtail_hooks (`register_snippet(DutiesViewSetGroup)`).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from checkout.models import (
    DutyFee,
    DutyRate,
    DutyRule,
    DutyTariff,
    ExportDocumentKind,
    ExportRestriction,
)
from shop.admin.forms import names_form_class
from shop.admin.names import name_panels

RULES_HELP = _(
    "When the law changes, add a new rule from the date it applies and give the old one a "
    "'valid until' date, so orders placed before keep the rule they were quoted with."
)

TARIFF_HELP = _(
    "A tariff holds duty rates by HS prefix that several rules apply, so a rate changed here "
    "changes for every country whose rule names this tariff. Add its rates under 'Duty rates by "
    "HS code'."
)
RATE_HELP = _(
    "A rate belongs to a tariff (shared by every rule that names it) or to one rule (an "
    "exception for that rule's countries, which wins over the tariff's rate for the same prefix)."
)


class DutyRuleViewSet(ModelViewSet):
    """Import rules per destination, dated: thresholds, VAT/GST, default duty, customs ID."""

    model = DutyRule
    name = "checkout_dutyrule"
    url_prefix = "checkout/duty-rules"
    icon = "doc-full"
    menu_label = _("Duty rules")
    search_fields = ["name", "notes"]
    search_backend_name = None
    list_display = [
        "name",
        "valid_from",
        "valid_until",
        "tariff",
        "currency",
        "de_minimis_duty",
        "de_minimis_tax",
        "vat_rate",
        "customs_id",
        "source_date",
    ]
    list_filter = ["currency", "tariff", "customs_id", "valid_from"]
    panels = [
        HelpPanel(content=RULES_HELP),
        FieldPanel("name"),
        FieldPanel("countries"),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
        FieldPanel("currency"),
        FieldRowPanel([FieldPanel("de_minimis_duty"), FieldPanel("de_minimis_tax")]),
        FieldRowPanel([FieldPanel("vat_rate"), FieldPanel("default_duty_rate")]),
        FieldPanel("tariff"),
        FieldPanel("customs_id"),
        FieldRowPanel([FieldPanel("source"), FieldPanel("source_date")]),
        FieldPanel("notes"),
    ]


class DutyTariffViewSet(ModelViewSet):
    """Tariffs: duty rates by HS prefix shared by several rules (e.g. the EU's 27 countries)."""

    model = DutyTariff
    name = "checkout_dutytariff"
    url_prefix = "checkout/tariffs"
    icon = "list-ul"
    menu_label = _("Tariffs (shared rates)")
    search_fields = ["name", "notes"]
    search_backend_name = None
    list_display = ["name", "source_date"]
    panels = [
        HelpPanel(content=TARIFF_HELP),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("source"), FieldPanel("source_date")]),
        FieldPanel("notes"),
    ]


class DutyRateViewSet(ModelViewSet):
    """Duty rates by HS-code prefix, of one rule or of a tariff that rules share (the longest
    matching prefix wins)."""

    model = DutyRate
    name = "checkout_dutyrate"
    url_prefix = "checkout/duty-rates"
    icon = "decimal"
    menu_label = _("Duty rates by HS code")
    search_fields = ["hs_prefix", "rule__name", "tariff__name"]
    search_backend_name = None
    list_display = ["hs_prefix", "rate", "tariff", "rule"]
    list_filter = ["tariff", "rule"]
    panels = [
        HelpPanel(content=RATE_HELP),
        FieldRowPanel([FieldPanel("tariff"), FieldPanel("rule")]),
        FieldRowPanel([FieldPanel("hs_prefix"), FieldPanel("rate")]),
    ]

    def get_index_view_kwargs(self, **kwargs):
        queryset = DutyRate.objects.select_related("rule", "tariff")
        return super().get_index_view_kwargs(queryset=queryset, **kwargs)


class DutyFeeViewSet(ModelViewSet):
    """Fixed customs fees of a rule, per distinct HS6 code or per parcel (in its currency)."""

    model = DutyFee
    name = "checkout_dutyfee"
    url_prefix = "checkout/duty-fees"
    icon = "tag"
    menu_label = _("Customs fees")
    search_fields = ["name", "rule__name"]
    search_backend_name = None
    list_display = [
        "name",
        "rule",
        "kind",
        "amount",
        BooleanColumn("only_up_to_de_minimis", label=_("Only within threshold")),
    ]
    list_filter = ["kind", "rule"]
    panels = [
        FieldPanel("rule"),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("amount")]),
        FieldPanel("only_up_to_de_minimis"),
    ]

    def get_index_view_kwargs(self, **kwargs):
        queryset = DutyFee.objects.select_related("rule")
        return super().get_index_view_kwargs(queryset=queryset, **kwargs)


class ExportRestrictionViewSet(ModelViewSet):
    """Products, categories or HS prefixes that may not go (or only with a document) to some
    destinations."""

    model = ExportRestriction
    name = "checkout_exportrestriction"
    url_prefix = "checkout/export-restrictions"
    icon = "warning"
    menu_label = _("Export restrictions")
    search_fields = ["hs_prefix", "product__name_vi", "category__name", "notes"]
    search_backend_name = None
    list_display = ["__str__", "kind", "reason", "document", "valid_from", "valid_until"]
    list_filter = ["kind", "reason", "document"]
    panels = [
        HelpPanel(
            content=_(
                "Choose one target: a product, a category (its subcategories included) or an "
                "HS-code prefix. Leave destinations empty to apply to every destination."
            )
        ),
        FieldRowPanel([FieldPanel("product"), FieldPanel("category"), FieldPanel("hs_prefix")]),
        FieldPanel("countries"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("reason"), FieldPanel("document")]),
        FieldPanel("delays_delivery"),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
        FieldPanel("source"),
        FieldPanel("notes"),
    ]

    def get_index_view_kwargs(self, **kwargs):
        queryset = ExportRestriction.objects.select_related("product", "category__parent")
        return super().get_index_view_kwargs(queryset=queryset, **kwargs)


_KindNamesForm = names_form_class("_KindNamesForm", max_length=150)


class ExportDocumentKindForm(_KindNamesForm):
    """A kind's code is kept on orders: fixed once the kind is saved."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and "code" in self.fields:
            self.fields["code"].disabled = True


class ExportDocumentKindViewSet(ModelViewSet):
    """Kinds of export document (CITES permit, phytosanitary certificate…): names shoppers and
    customs read, the CN23 box, the days one takes."""

    model = ExportDocumentKind
    name = "checkout_exportdocumentkind"
    url_prefix = "checkout/export-documents"
    icon = "doc-full-inverse"
    menu_label = _("Export document kinds")
    search_fields = ["code", "name"]
    search_backend_name = None
    list_display = ["name", "code", "cn23_box", "lead_days"]
    list_filter = ["cn23_box"]

    edit_handler = ObjectList(
        [
            FieldPanel("code"),
            *name_panels(heading=_("Names")),
            FieldRowPanel([FieldPanel("cn23_box"), FieldPanel("lead_days")]),
        ],
        base_form_class=ExportDocumentKindForm,
    )


class DutiesViewSetGroup(SnippetViewSetGroup):
    """Everything staff keep about what destinations charge and admit."""

    menu_label = _("Duties & export rules")
    menu_icon = "globe"
    menu_order = 210
    items = (
        DutyRuleViewSet,
        DutyTariffViewSet,
        DutyRateViewSet,
        DutyFeeViewSet,
        ExportRestrictionViewSet,
        ExportDocumentKindViewSet,
    )
