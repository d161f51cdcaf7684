"""config/forms.py: the Python-written widgets are exactly Django's template-rendered ones."""

import datetime as dt
from decimal import Decimal

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

from config.forms import FastWidgetRenderer
from tests.checkout.flow import JP_ADDRESS, US_ADDRESS


class EveryWidget(forms.Form):
    name = forms.CharField(
        widget=forms.TextInput(
            attrs={"autocomplete": "name", "data-x": '"q" & <b>', "disabled": False}
        )
    )
    email = forms.EmailField(required=False)
    amount = forms.DecimalField(required=False, widget=forms.NumberInput(attrs={"step": "0.01"}))
    secret = forms.CharField(required=False, widget=forms.HiddenInput)
    when = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    colour = forms.ChoiceField(
        choices=[("", "—"), (1, "Red & <blue>"), ("g", gettext_lazy("Green")), (2.5, 2.5)],
        required=False,
    )
    grouped = forms.ChoiceField(
        choices=[("Asia", [("JP", "Japan"), ("KR", "Korea")]), ("EU", [("DE", "Germany")])],
        required=False,
    )
    many = forms.MultipleChoiceField(choices=[("a", "A"), ("b", mark_safe("<i>B</i>"))])


VALUES = [
    {},
    {
        "name": 'Ann <Lee> & "co"',
        "email": "a@b.c",
        "amount": "12.50",
        "secret": "x",
        "when": "2026-12-01",
        "note": "Line 1\n<Line 2>",
        "colour": "1",
        "grouped": "KR",
        "many": ["a", "b"],
    },
]


def _both(form_class, **kwargs):
    return (
        form_class(renderer=DjangoTemplates(), **kwargs),
        form_class(renderer=FastWidgetRenderer(), **kwargs),
    )


@pytest.mark.parametrize("data", VALUES)
@pytest.mark.parametrize("language", ["en", "de", "ja"])
def test_every_stock_widget_is_written_exactly_as_its_template_writes_it(data, language):
    with translation.override(language):
        for bound in (
            {"data": data} if data else {},
            {"initial": {"amount": Decimal("1234.5"), "when": dt.date(2026, 12, 1), "colour": 2.5}},
        ):
            slow, fast = _both(EveryWidget, **bound)
            for name in EveryWidget.base_fields:
                assert str(fast[name]) == str(slow[name]), name
            assert str(fast) == str(slow)


@pytest.mark.django_db
@pytest.mark.parametrize("address", [US_ADDRESS, JP_ADDRESS])
def test_the_address_forms_render_the_same(address):
    from checkout.forms_address import address_form_class

    form_class = address_form_class(country=address["country"])
    with translation.override("ja" if address is JP_ADDRESS else "en"):
        for kwargs in ({}, {"data": {**address, "postal_code": "x"}}):
            slow, fast = _both(form_class, **kwargs)
            assert [str(field) for field in fast] == [str(field) for field in slow]


def test_other_templates_are_left_to_the_template_engine():
    class Choice(forms.Form):
        pick = forms.ChoiceField(choices=[("a", "A"), ("b", "B")], widget=forms.RadioSelect)
        agree = forms.BooleanField()

    slow, fast = _both(Choice, data={"pick": "b"})
    assert str(fast["pick"]) == str(slow["pick"]) and 'type="radio"' in str(fast["pick"])
    assert str(fast["agree"]) == str(slow["agree"])
