"""A form renderer that writes Django's plain widgets in Python.

Django draws every widget through its template engine: an input includes its attributes'
template, a select includes one template per option. On the checkout's address page (a dozen
fields and a country list) that cost more than the rest of the page. `FastWidgetRenderer`
writes the same HTML as Django's stock widget templates (tests compare the two) for inputs,
text areas and selects, and leaves every other template — Wagtail's widgets, radio lists, a
project's own overrides of a widget template name — to the template engine.

Enabled by `FORM_RENDERER = "config.forms.FastWidgetRenderer"`; a project that overrides
Django's widget templates (`django/forms/widgets/…`) keeps the default renderer instead.
"""

from __future__ import annotations

from django.forms.renderers import DjangoTemplates
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime

WIDGETS = "django/forms/widgets/"
# Templates that are nothing but `{% include "django/forms/widgets/input.html" %}`.
INPUTS = {
    f"{WIDGETS}{name}.html"
    for name in (
        "input",
        "text",
        "email",
        "number",
        "hidden",
        "password",
        "url",
        "tel",
        "search",
        "date",
        "datetime",
        "time",
        "color",
    )
}


def _shown(value) -> str:
    # `{{ value }}` without `|stringformat:'s'`: localised, as the template engine shows it.
    return conditional_escape(localize(template_localtime(value)))


def _attrs(attrs: dict) -> str:
    # attrs.html: False leaves the attribute out, True writes it bare.
    return "".join(
        f" {conditional_escape(name)}"
        if value is True
        else f' {conditional_escape(name)}="{conditional_escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def _input(widget: dict) -> str:
    value = widget["value"]
    shown = "" if value is None else f' value="{conditional_escape(value)}"'
    return (
        f'<input type="{conditional_escape(widget["type"])}" '
        f'name="{conditional_escape(widget["name"])}"{shown}{_attrs(widget["attrs"])}>'
    )


def _textarea(widget: dict) -> str:
    value = _shown(widget["value"]) if widget["value"] else ""
    name = conditional_escape(widget["name"])
    return f'<textarea name="{name}"{_attrs(widget["attrs"])}>\n{value}</textarea>'


def _option(option: dict) -> str:
    return (
        f'<option value="{conditional_escape(option["value"])}"{_attrs(option["attrs"])}>'
        f"{_shown(option['label'])}</option>"
    )


def _select(widget: dict) -> str:
    parts = [f'<select name="{conditional_escape(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{_shown(group_name)}">')
        for option in options:
            if option["template_name"] != f"{WIDGETS}select_option.html":
                return ""  # a custom option template: let the template engine draw it all
            parts.append(f"\n  {_option(option)}\n")
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


WRITERS = {
    **dict.fromkeys(INPUTS, _input),
    f"{WIDGETS}textarea.html": _textarea,
    f"{WIDGETS}select.html": _select,
}


class FastWidgetRenderer(DjangoTemplates):
    """Django's template renderer, with the stock widgets written in Python."""

    def render(self, template_name, context, request=None):
        writer = WRITERS.get(template_name)
        if writer is not None and "widget" in context:
            html = writer(context["widget"])
            if html:
                return mark_safe(html.strip())  # noqa: S308 (every value above is escaped)
        return super().render(template_name, context, request=request)
