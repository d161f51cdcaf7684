"""Duties, import taxes and export restrictions, per destination, as dated data.

`duties_quote` estimates what the destination charges on a parcel from the `DutyRule` valid on
the order date; `sale_restriction` (the seam the storefront's buy box calls),
`lines_restrictions_check` and `export_notice` answer whether a product may go to a country.

Simplifications, deliberate and shown to shoppers as estimates under DAP:
- One order is one parcel.
- Thresholds are compared with the goods value only (the sum of line totals, without shipping
  or insurance), as the EU (€150 "intrinsic value"), Japan and Korea mostly do for personal
  low-value imports. At or below a threshold is exempt.
- Japan values personal imports at 60 % of the retail price; we use the full price, so the
  estimate errs high.
- Duty is ad valorem by HS prefix (the longest matching prefix wins, among the rule's own
  rates and those of the tariff it shares with other rules); specific duties (per kg)
  and preferential rates under trade agreements (EVFTA, UKVFTA, CPTPP…) are not modelled.
- VAT/GST is charged on goods + shipping + duty + customs fees (the EU VAT Directive's taxable
  amount on import includes duties and charges).
- Export restrictions concern goods leaving their country of origin: none applies when the
  destination is the product's country of origin (a domestic sale).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from babel.numbers import format_percent
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from django_countries.fields import Country

from checkout.cache import rules_cached
from checkout.documents import (
    document_kinds,
    document_label,
    documents_lead_days,
    documents_slowest_first,
)
from checkout.models import (
    DocumentKind,
    DutyRule,
    ExportRestriction,
    FeeKind,
    RestrictionKind,
)
from shop.models import Category, Market, Product
from shop.money import Money, babel_locale, money_chargeable, money_format, money_quantize
from shop.pricing import rate_get

# What the import tax is called where "VAT" would puzzle the shopper.
_TAX_LABELS = {
    "JP": gettext_lazy("Consumption tax (%(rate)s)"),
    "AU": gettext_lazy("GST (%(rate)s)"),
    "NZ": gettext_lazy("GST (%(rate)s)"),
    "SG": gettext_lazy("GST (%(rate)s)"),
    "CA": gettext_lazy("GST (%(rate)s)"),
}
_VAT_LABEL = gettext_lazy("VAT (%(rate)s)")

_NOTICES = {
    DocumentKind.CITES_PERMIT: gettext_lazy(
        "Ships with a CITES export permit, which we arrange before dispatch; allow extra days."
    ),
    DocumentKind.FDA_PRIOR_NOTICE: gettext_lazy(
        "We file prior notice with the US Food and Drug Administration before dispatch; "
        "allow an extra day."
    ),
    DocumentKind.PHYTOSANITARY: gettext_lazy(
        "Ships with a phytosanitary certificate, which we arrange before dispatch; "
        "allow extra days."
    ),
}


# --- duties -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DutiableLine:
    """One order line as customs sees it: HS code, line total (order currency), quantity."""

    hs_code: str
    value: Money
    quantity: int


@dataclass(frozen=True)
class DutiesQuote:
    """Duties and import taxes on one parcel, in the order currency.

    `mode` is the market's: DDP (collected at checkout) or DAP (estimate, paid on delivery).
    `unknown` means no rule covers the destination: the checkout says duties may apply.
    """

    total: Money
    parts: tuple[tuple[str, Money], ...]
    mode: str
    rule: DutyRule | None = None
    customs_id: str = ""
    below_de_minimis_duty: bool = False
    below_de_minimis_tax: bool = False
    unknown: bool = False
    source: str = ""
    source_date: dt.date | None = None

    def breakdown(self) -> list[dict[str, str]]:
        """The parts as JSON-ready rows (for `Order.duties_breakdown`)."""
        return [
            {"label": label, "amount": str(amount.amount), "currency": amount.code}
            for label, amount in self.parts
        ]


def _today() -> dt.date:
    return timezone.localdate()


def _code(country: object) -> str:
    return str(getattr(country, "code", country) or "").upper()


def _dated(on: dt.date, *, optional_start: bool = False) -> Q:
    start = Q(valid_from__lte=on)
    if optional_start:
        start |= Q(valid_from__isnull=True)
    return start & (Q(valid_until__isnull=True) | Q(valid_until__gte=on))


def duty_rule_get(*, country: str, on: dt.date) -> DutyRule | None:
    """The rule covering `country` on `on` (the latest `valid_from` wins), rates and fees
    prefetched."""
    code = _code(country)

    def compute() -> DutyRule | None:
        rules = (
            DutyRule.objects.filter(_dated(on), countries__contains=code)
            .order_by("-valid_from", "-pk")
            .select_related("tariff")
            .prefetch_related("rates", "fees", "tariff__rates")
        )
        # `contains` on the comma-separated codes is a prefilter; the code list decides.
        return next((r for r in rules if code in {c.code for c in r.countries}), None)

    return rules_cached("duty-rule", (code, on), compute)


def _within(value: Decimal, threshold: Decimal | None) -> bool:
    return threshold is not None and value <= threshold


def _percent(rate: Decimal) -> str:
    return format_percent(rate / 100, locale=babel_locale(), decimal_quantization=False)


def _duty_rate(rule: DutyRule, hs_code: str) -> Decimal:
    """The longest matching prefix among the rule's rates and its tariff's; on a tie the rule's
    own rate wins (a country's exception to a shared tariff)."""
    shared = rule.tariff.rates.all() if rule.tariff_id else ()
    candidates = [
        (len(r.hs_prefix), 1, r.rate) for r in rule.rates.all() if hs_code.startswith(r.hs_prefix)
    ]
    candidates += [(len(r.hs_prefix), 0, r.rate) for r in shared if hs_code.startswith(r.hs_prefix)]
    if not candidates:
        return rule.default_duty_rate
    return max(candidates)[2]


def _fee_parts(
    rule: DutyRule, lines: Sequence[DutiableLine], currency: str, duty_exempt: bool, on: dt.date
) -> list[tuple[str, Money]]:
    parts = []
    for fee in rule.fees.all():
        if fee.only_up_to_de_minimis and not duty_exempt:
            continue
        count = len({line.hs_code[:6] for line in lines})
        unit = Money(fee.amount, rule.currency)
        unit_text = money_format(money_quantize(unit), locale=babel_locale())
        if fee.kind == FeeKind.PER_DISTINCT_HS6:
            label = ngettext(
                "Customs fee: %(amount)s × %(count)d HS code",
                "Customs fee: %(amount)s × %(count)d HS codes",
                count,
            ) % {"amount": unit_text, "count": count}
        else:
            count = 1
            label = _("Customs fee: %(amount)s per parcel") % {"amount": unit_text}
        rate = rate_get(from_currency=rule.currency, to_currency=currency, on=on).value
        amount = money_chargeable(Money(fee.amount * count * rate, currency))
        if count and amount.amount:
            parts.append((label, amount))
    return parts


def duties_quote(
    *,
    country: str,
    market: Market,
    lines: Sequence[DutiableLine],
    shipping: Money,
    on: dt.date | None = None,
) -> DutiesQuote:
    """Duties, customs fees and import VAT/GST on one parcel to `country`, in the order currency
    (that of `shipping` and the lines), each part rounded to what the currency can be charged
    in (`shop.money.money_chargeable`), so their sum can be charged too.

    Raises `shop.pricing.MissingExchangeRate` when the rule's currency cannot be reached.
    """
    on = on or _today()
    currency = shipping.code
    if any(line.value.code != currency for line in lines):
        raise ValueError("Duty lines and shipping must be in the order currency.")
    zero = Money(0, currency)
    rule = duty_rule_get(country=country, on=on)
    if rule is None:
        return DutiesQuote(total=zero, parts=(), mode=market.duties_mode, unknown=True)
    goods = sum((line.value for line in lines), zero)
    to_rule = rate_get(from_currency=currency, to_currency=rule.currency, on=on).value
    # Customs compare in whole minor units; unrounded, an inverse rate can tip €150 over.
    goods_in_rule = money_quantize(Money(goods.amount * to_rule, rule.currency)).amount
    duty_exempt = _within(goods_in_rule, rule.de_minimis_duty)
    tax_exempt = _within(goods_in_rule, rule.de_minimis_tax)
    parts: list[tuple[str, Money]] = []
    duty = zero
    if not duty_exempt:
        raw = sum((line.value.amount * _duty_rate(rule, line.hs_code) for line in lines), 0)
        duty = money_chargeable(Money(Decimal(raw) / 100, currency))
        if duty.amount:
            parts.append((_("Import duty"), duty))
    parts += _fee_parts(rule, lines, currency, duty_exempt, on)
    if not tax_exempt and rule.vat_rate:
        base = goods + shipping + sum((amount for _label, amount in parts), zero)
        vat = money_chargeable(base * (rule.vat_rate / 100))
        label = _TAX_LABELS.get(_code(country), _VAT_LABEL) % {"rate": _percent(rule.vat_rate)}
        parts.append((str(label), vat))
    return DutiesQuote(
        total=sum((amount for _label, amount in parts), zero),
        parts=tuple(parts),
        mode=market.duties_mode,
        rule=rule,
        customs_id=rule.customs_id,
        below_de_minimis_duty=duty_exempt,
        below_de_minimis_tax=tax_exempt,
        source=rule.source,
        source_date=rule.source_date,
    )


def customs_id_required(*, country: str, on: dt.date | None = None) -> str:
    """The customs ID the shopper must give for `country` ("pccc" for Korea), or ""."""
    rule = duty_rule_get(country=country, on=on or _today())
    return rule.customs_id if rule else ""


# --- export restrictions ------------------------------------------------------------------------


def _category_parents() -> dict[int, int | None]:
    return dict(Category.objects.values_list("pk", "parent_id"))


def _category_chain(category_id: int | None, parents: dict[int, int | None]) -> set[int]:
    chain: set[int] = set()
    while category_id is not None and category_id not in chain:
        chain.add(category_id)
        category_id = parents.get(category_id)
    return chain


def _matches(restriction: ExportRestriction, product: Product, categories: set[int]) -> bool:
    if restriction.product_id is not None:
        return restriction.product_id == product.pk
    if restriction.category_id is not None:
        return restriction.category_id in categories
    return product.hs_code.startswith(restriction.hs_prefix)


def _restrictions_on(on: dt.date) -> list[ExportRestriction]:
    """Every restriction in force on `on` (a short table, cached until a rule changes)."""
    return rules_cached(
        "restrictions",
        (on,),
        lambda: list(
            ExportRestriction.objects.filter(_dated(on, optional_start=True)).order_by("pk")
        ),
    )


def _restrictions_by_product(
    products: Iterable[Product], country: str, on: dt.date
) -> dict[int, list[ExportRestriction]]:
    """Restrictions per product id, in two queries at most whatever the number of products."""
    code = _code(country)
    exported = [p for p in products if _code(p.country_of_origin) != code]
    if not code or not exported:
        return {}
    ids = {p.pk for p in exported}
    rows = [
        r
        for r in _restrictions_on(on)
        if (r.product_id is None or r.product_id in ids)
        and (not r.countries or code in {c.code for c in r.countries})
    ]
    parents = (
        rules_cached("category-parents", (), _category_parents)
        if any(r.category_id for r in rows)
        else {}
    )
    result = {}
    for product in exported:
        categories = _category_chain(product.category_id, parents) if parents else set()
        result[product.pk] = [r for r in rows if _matches(r, product, categories)]
    return result


def export_restrictions(
    *, product: Product, country: str, on: dt.date | None = None
) -> list[ExportRestriction]:
    """Restrictions on sending `product` to `country` on `on`: by product, by its category or an
    ancestor, or by HS prefix; restrictions with no countries apply to every destination."""
    return _restrictions_by_product([product], country, on or _today()).get(product.pk, [])


def _product_name(product: Product) -> str:
    # The storefront names products by their story page; callers that have it pass it in.
    if (get_language() or "").startswith("vi"):
        return product.name_vi
    return product.customs_description or product.name_vi


def _refusal(restriction: ExportRestriction, name: str, country: str) -> str:
    return _("%(product)s cannot be sent to %(country)s: %(reason)s") % {
        "product": name,
        "country": Country(code=_code(country)).name,
        "reason": restriction.get_reason_display(),
    }


def _prohibition(restrictions: list[ExportRestriction]) -> ExportRestriction | None:
    return next((r for r in restrictions if r.kind == RestrictionKind.PROHIBITED), None)


def _documents(restrictions: Iterable[ExportRestriction], *, delaying: bool = False) -> set[str]:
    """Codes of the documents `restrictions` ask for (only those whose time counts in the
    delivery estimate if `delaying`)."""
    return {
        r.document_id
        for r in restrictions
        if r.kind == RestrictionKind.DOCUMENT and (r.delays_delivery or not delaying)
    }


def _document_notice(kind: str) -> str:
    if kind in _NOTICES:  # the kinds Langnghe installs have their own wording
        return str(_NOTICES[kind])
    found = document_kinds().get(kind)
    days = found.lead_days if found else 0
    values = {"document": document_label(kind), "days": days}
    if not days:
        return _("We arrange the export document it needs (%(document)s) before dispatch.") % values
    return (
        ngettext(
            "We arrange the export document it needs (%(document)s) before dispatch; allow "
            "%(days)d extra day.",
            "We arrange the export document it needs (%(document)s) before dispatch; allow "
            "%(days)d extra days.",
            days,
        )
        % values
    )


def _notice(restrictions: list[ExportRestriction]) -> str | None:
    kinds = documents_slowest_first(_documents(restrictions))
    return " ".join(_document_notice(kind) for kind in kinds) or None


def sale_restriction(
    *,
    product: Product,
    country: str | None,
    product_name: str | None = None,
    on: dt.date | None = None,
) -> str | None:
    """Why `product` cannot be shipped to `country`, in the shopper's language, or None.

    `product_name` is the name the shopper sees (the story page title); without it the
    Vietnamese name (for Vietnamese) or the customs description is used.
    """
    return export_advice(product=product, country=country, product_name=product_name, on=on)[0]


def export_notice(
    *, product: Product, country: str | None, on: dt.date | None = None
) -> str | None:
    """What the shopper should know about documents the shipment needs, or None."""
    return export_advice(product=product, country=country, on=on)[1]


def export_advice(
    *,
    product: Product,
    country: str | None,
    product_name: str | None = None,
    on: dt.date | None = None,
) -> tuple[str | None, str | None]:
    """(refusal, document notice) for the buy box, from one lookup of the restrictions."""
    if not country:
        return None, None
    restrictions = export_restrictions(product=product, country=country, on=on)
    prohibition = _prohibition(restrictions)
    refusal = None
    if prohibition is not None:
        refusal = _refusal(prohibition, product_name or _product_name(product), country)
    return refusal, _notice(restrictions)


def lines_export_notices(
    *, products: Iterable[Product], country: str, on: dt.date | None = None
) -> dict[int, str]:
    """Document notices per product id for a cart or review page (two queries at most)."""
    found = _restrictions_by_product(list(products), country, on or _today())
    notices = {pk: _notice(restrictions) for pk, restrictions in found.items()}
    return {pk: notice for pk, notice in notices.items() if notice}


def lines_restrictions_check(
    *, lines: Sequence[tuple[Product, str]], country: str, on: dt.date | None = None
) -> list[str]:
    """Refusal messages for the (product, shopper-facing name) lines that cannot go to
    `country`; empty when the order may ship. Two queries at most."""
    found = _restrictions_by_product([p for p, _name in lines], country, on or _today())
    messages = []
    for product, name in lines:
        prohibition = _prohibition(found.get(product.pk, []))
        if prohibition is not None:
            messages.append(_refusal(prohibition, name or _product_name(product), country))
    return messages


def lines_required_documents(
    *, products: Iterable[Product], country: str, on: dt.date | None = None
) -> dict[int, str]:
    """The export document each product needs for `country` (product id → kind code),
    for the order snapshot; products needing none are left out. Two queries at most."""
    found = _restrictions_by_product(list(products), country, on or _today())
    documents = {}
    for product_id, restrictions in found.items():
        # An order line keeps one document: the slowest to obtain.
        kinds = documents_slowest_first(_documents(restrictions))
        if kinds:
            documents[product_id] = kinds[0]
    return documents


def lines_document_days(
    *, products: Iterable[Product], country: str, on: dt.date | None = None
) -> int:
    """The days the slowest export document these products need for `country` adds before
    dispatch, counting only restrictions that say so (none once the rule cache is warm)."""
    found = _restrictions_by_product(list(products), country, on or _today())
    return documents_lead_days(
        kind for restrictions in found.values() for kind in _documents(restrictions, delaying=True)
    )
