"""The sales report in the admin (Reports → Sales): goods sold per month, market, currency and
producer, in the order's currency and the base currency, as a table, one bar chart and a CSV
file. The figures come from `shop.reports.sales_report`."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext, pgettext_lazy

from checkout.admin.order_actions import amount_text
from shop.conf import langnghe_setting
from shop.reports import SalesRow, sales_report

CHART_HEIGHT = 160  # px of the tallest bar
BAR_STEP = 48  # px from one month's bar to the next
MONTHS_SHOWN = 12


class SalesFilterForm(forms.Form):
    """The days the report covers (by default the last twelve months)."""

    date_from = forms.DateField(label=pgettext_lazy("sales report", "From"), required=False)
    date_to = forms.DateField(label=pgettext_lazy("sales report", "To"), required=False)

    def clean(self):
        data = super().clean()
        today = timezone.localdate()
        first = (today.replace(day=1) - dt.timedelta(days=31 * (MONTHS_SHOWN - 1))).replace(day=1)
        data["date_from"] = data.get("date_from") or first
        data["date_to"] = data.get("date_to") or today
        if data["date_from"] > data["date_to"]:
            raise forms.ValidationError(_("The first day comes after the last."))
        if (data["date_to"] - data["date_from"]).days > 366 * 5:
            raise forms.ValidationError(_("Choose at most five years."))
        return data


def _chart(rows: list[SalesRow]) -> list[dict]:
    """One bar per month: the base-currency total, scaled to CHART_HEIGHT."""
    months: dict[dt.date, Decimal] = {}
    for row in rows:
        months[row.month] = months.get(row.month, Decimal(0)) + row.base_amount
    top = max(months.values(), default=Decimal(0)) or Decimal(1)
    base = langnghe_setting("LANGNGHE_BASE_CURRENCY")
    bars = []
    for index, (month, amount) in enumerate(sorted(months.items())):
        height = int(amount / top * CHART_HEIGHT)
        bars.append(
            {
                "month": month,
                "x": index * BAR_STEP + 4,
                "y": CHART_HEIGHT - height + 8,
                "height": height,
                "amount": amount_text(amount, base),
            }
        )
    return bars


def _csv(rows: list[SalesRow], form: SalesFilterForm) -> HttpResponse:
    base = langnghe_setting("LANGNGHE_BASE_CURRENCY")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    name = f"sales-{form.cleaned_data['date_from']}-{form.cleaned_data['date_to']}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    writer = csv.writer(response)
    writer.writerow(
        [
            pgettext("sales report", "Month"),
            _("Market"),
            _("Currency"),
            _("Producer"),
            _("Orders"),
            _("Units"),
            _("Sales (order currency)"),
            _("Sales (%(currency)s)") % {"currency": base},
        ]
    )
    for row in rows:
        writer.writerow(
            [
                row.month.strftime("%Y-%m"),
                row.market,
                row.currency,
                row.producer,
                len(row.orders),
                row.units,
                row.amount,
                row.base_amount.quantize(Decimal(1)),
            ]
        )
    return response


def sales_report_view(request):
    """The report for managers (`shop.view_sales`); `?format=csv` downloads it."""
    if not request.user.has_perm("shop.view_sales"):
        raise PermissionDenied
    form = SalesFilterForm(request.GET or None)
    if request.GET and not form.is_valid():
        return TemplateResponse(
            request, "checkout/admin/sales_report.html", {"form": form, "rows": []}, status=400
        )
    if not request.GET:
        form = SalesFilterForm({})
        form.is_valid()
    rows = sales_report(
        date_from=form.cleaned_data["date_from"], date_to=form.cleaned_data["date_to"]
    )
    if request.GET.get("format") == "csv":
        return _csv(rows, form)
    base = langnghe_setting("LANGNGHE_BASE_CURRENCY")
    for row in rows:
        row.amount_text = amount_text(row.amount, row.currency)
        row.base_text = amount_text(row.base_amount, base)
    context = {
        "form": form,
        "rows": rows,
        "chart": (chart := _chart(rows)),
        "chart_width": len(chart) * BAR_STEP,
        "chart_height": CHART_HEIGHT + 40,
        "label_y": CHART_HEIGHT + 28,
        "base_currency": base,
        "csv_query": request.GET.urlencode(),
    }
    return TemplateResponse(request, "checkout/admin/sales_report.html", context)
