"""Wagtail pages. The home page is here; story, listing, producer and article pages follow."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from cms.catalogue import catalogue_sections


class HomePage(Page):
    """The shop's front page in one locale: an introduction and the catalogue."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_sections(request=request, language=get_language()))
        return context
