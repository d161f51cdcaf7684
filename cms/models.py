"""Wagtail pages: home, product listings, producers and their product stories, articles.

Tree (one per locale): Home › Listing pages, Makers › Producer › Story, News › Article.
Story pages sit under their producer's page so that page permissions on a producer's subtree
are exactly "an artisan edits their own producer's pages and product stories".
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import StoryStreamBlock
from cms.contexts.home import home_context
from cms.contexts.listing import listing_context
from cms.contexts.producer import producer_context
from cms.contexts.story import story_context
from cms.forms import ProducerPageForm, StoryPageForm
from cms.routing import StorefrontPage, page_by_url_path, page_in_chain_languages


def _page_link(model_name: str) -> models.OneToOneField:
    """The parent link to Page, with a reverse accessor a host's own page types cannot clash
    with (every `wagtail start` site has a `home.HomePage`, whose accessor is `homepage`)."""
    return models.OneToOneField(
        Page,
        on_delete=models.CASCADE,
        parent_link=True,
        auto_created=True,
        primary_key=True,
        serialize=False,
        related_name=f"langnghe_{model_name}",
    )


class HomePage(StorefrontPage):
    """The shop's front page in one locale."""

    page_ptr = _page_link("homepage")

    intro = RichTextField(_("introduction"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("hero_image")]
    subpage_types = ["cms.ListingPage", "cms.ProducerIndexPage", "cms.ArticleIndexPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        # One lookup by URL path instead of a query per path segment (constant queries
        # however deep a story sits); anything it cannot resolve takes Wagtail's way.
        if path_components:
            found = page_by_url_path(self, path_components)
            if found is not None:
                return found
        try:
            return super().route(request, path_components)
        except Http404:
            # Not in this language's tree: another language's page at that path, served
            # under this prefix (a page not translated yet; see cms.routing).
            found = page_in_chain_languages(self, path_components) if path_components else None
            if found is None:
                raise
            return found

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(home_context(page=self, request=request))
        # The ways into the shop and the latest news: this page's own tree. Lazy: read only
        # when the template's fragment (keyed by the catalogue version, which any page's
        # publish moves) is not stored.
        context["sections"] = ListingPage.objects.child_of(self).live().specific().order_by("path")
        context["news"] = (
            ArticlePage.objects.live().filter(locale_id=self.locale_id).order_by("-date")[:3]
        )
        return context


class ListingPage(StorefrontPage):
    """A product listing: one shop category (and its children), or every product when empty."""

    page_ptr = _page_link("listingpage")

    category = models.ForeignKey(
        "shop.Category",
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Leave empty to list every product."),
    )
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("category"), FieldPanel("intro")]
    parent_page_types = ["cms.HomePage", "cms.ListingPage"]
    subpage_types = ["cms.ListingPage"]

    class Meta:
        verbose_name = _("product listing page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listing_context(page=self, request=request))
        return context


class ProducerIndexPage(StorefrontPage):
    """The makers: every producer page of the locale."""

    page_ptr = _page_link("producerindexpage")

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.ProducerPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("producer index page")


class ProducerPage(StorefrontPage):
    """An artisan's or cooperative's profile; their product stories are its children."""

    page_ptr = _page_link("producerpage")

    producer = models.ForeignKey(
        "shop.Producer", verbose_name=_("producer"), on_delete=models.PROTECT, related_name="+"
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(StoryStreamBlock(), blank=True, verbose_name=_("profile"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("producer"),
        FieldPanel("hero_image"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["cms.ProducerIndexPage"]
    subpage_types = ["cms.StoryPage"]
    base_form_class = ProducerPageForm

    class Meta:
        verbose_name = _("producer page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(producer_context(page=self, request=request))
        return context


class StoryPage(StorefrontPage):
    """A product's page: its cultural story and the buy box. Commercial facts stay in `shop`."""

    page_ptr = _page_link("storypage")

    product = models.ForeignKey(
        "shop.Product", verbose_name=_("product"), on_delete=models.PROTECT, related_name="+"
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences for listings and search.")
    )
    body = StreamField(StoryStreamBlock(), blank=True, verbose_name=_("story"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("product"),
        FieldPanel("hero_image"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("locale_id"),
    ]
    parent_page_types = ["cms.ProducerPage"]
    subpage_types: list[str] = []
    base_form_class = StoryPageForm

    class Meta:
        verbose_name = _("story page")

    def clean(self) -> None:
        super().clean()
        # One story per product per language (`locale` lives on Page, so no DB constraint).
        others = StoryPage.objects.filter(product_id=self.product_id, locale_id=self.locale_id)
        if self.product_id and others.exclude(pk=self.pk).exists():
            raise ValidationError(
                {"product": _("This product already has a story page in this language.")}
            )

    @cached_property
    def ocop_stars(self) -> int | None:
        return self.product.ocop_stars

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(story_context(page=self, request=request))
        return context


class ArticleIndexPage(StorefrontPage):
    """News: trade fairs, craft-village festivals."""

    page_ptr = _page_link("articleindexpage")

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.ArticlePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = (
            ArticlePage.objects.child_of(self).live().order_by("-date").select_related("hero_image")
        )
        return context


class ArticlePage(StorefrontPage):
    """A news article."""

    page_ptr = _page_link("articlepage")

    date = models.DateField(_("date"))
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(StoryStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("hero_image"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["cms.ArticleIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("article")


class SearchDocument(models.Model):
    """What the shop's search reads of one live page: its display title and summary, and its
    text normalised by `cms.search.search_normalise` (accents, đ and case folded), kept by
    `cms.search` when pages are published, unpublished or deleted (CASCADE).

    On PostgreSQL the migration adds a `vector` column (weighted tsvector, for ranking) and GIN
    indexes on it and on `text` (pg_trgm, for substring and near-word matches); the model does
    not name them, so the same model runs on SQLite, which matches `text` with LIKE.
    """

    page = models.OneToOneField(Page, on_delete=models.CASCADE, primary_key=True, related_name="+")
    language = models.CharField(max_length=20, db_index=True)
    translation_key = models.UUIDField(db_index=True)
    kind = models.CharField(max_length=20)
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    title_normalised = models.TextField()
    text = models.TextField()

    def __str__(self) -> str:
        return f"{self.title} [{self.language}]"
