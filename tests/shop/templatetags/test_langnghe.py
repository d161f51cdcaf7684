"""shop/templatetags/langnghe.py: numbers grouped as the shopper's language writes them."""

from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation


def _render(source: str, **context) -> str:
    return Template("{% load langnghe %}" + source).render(Context(context))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "1,500"),
        ("fr", "1\u202f500"),
        ("de", "1.500"),
        ("vi", "1.500"),
        ("ja", "1,500"),
    ],
)
def test_a_count_is_grouped_by_babel_in_the_active_language(language, text):
    with translation.override(language):
        assert _render("{{ n|number }}", n=1500) == text


def test_decimals_and_blanks():
    with translation.override("fr"):
        assert _render("{{ n|number }}", n=Decimal("2.5")) == "2,5"
        assert _render("[{{ n|number }}]", n=None) == "[]"
        assert _render("{{ n|number }}", n="twelve") == "twelve"


def test_a_number_inside_a_translated_message_keeps_the_message():
    with translation.override("fr"):
        text = _render(
            "{% load i18n %}{% blocktranslate with min=a|number max=b|number %}"
            "Expected delivery in {{ min }}–{{ max }} days.{% endblocktranslate %}",
            a=1000,
            b=1200,
        )
    assert "1\u202f000" in text and "1\u202f200" in text
