"""StreamField blocks for product stories, producer profiles and articles."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class CaptionedImageBlock(blocks.StructBlock):
    """One photo with a caption and the photographer's credit."""

    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=255)
    credit = blocks.CharBlock(label=_("photo credit"), required=False, max_length=255)

    class Meta:
        icon = "image"
        template = "cms/blocks/captioned_image.html"


class GalleryBlock(blocks.StructBlock):
    """A row of photos: the workshop, the materials, the finished piece."""

    title = blocks.CharBlock(label=_("title"), required=False, max_length=255)
    images = blocks.ListBlock(CaptionedImageBlock(), label=_("images"), min_num=1)

    class Meta:
        icon = "image"
        label = _("Image gallery")
        template = "cms/blocks/gallery.html"


class MakerQuoteBlock(blocks.StructBlock):
    """The maker's own words, in quotation, with who said it."""

    quote = blocks.TextBlock(label=_("quote"))
    name = blocks.CharBlock(label=_("name"), max_length=200)
    role = blocks.CharBlock(label=_("role"), required=False, max_length=200)
    photo = ImageChooserBlock(label=_("portrait"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Maker quote")
        template = "cms/blocks/maker_quote.html"


class ProcessStepBlock(blocks.StructBlock):
    """One step of making the product (e.g. throwing, glazing, firing)."""

    title = blocks.CharBlock(label=_("step"), max_length=200)
    text = blocks.TextBlock(label=_("what happens"))
    duration = blocks.CharBlock(label=_("how long it takes"), required=False, max_length=100)
    image = ImageChooserBlock(label=_("image"), required=False)


class CraftProcessBlock(blocks.StructBlock):
    """The craft process as ordered steps."""

    title = blocks.CharBlock(label=_("title"), required=False, max_length=255)
    steps = blocks.ListBlock(ProcessStepBlock(), label=_("steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Craft process")
        template = "cms/blocks/craft_process.html"


class VillageNoteBlock(blocks.StructBlock):
    """Where the craft comes from: the village, its history and a map link."""

    village = blocks.CharBlock(label=_("village"), max_length=200)
    text = blocks.TextBlock(label=_("note"))
    map_url = blocks.URLBlock(label=_("map link"), required=False)
    latitude = blocks.DecimalBlock(
        label=_("latitude"), required=False, max_digits=9, decimal_places=6
    )
    longitude = blocks.DecimalBlock(
        label=_("longitude"), required=False, max_digits=9, decimal_places=6
    )

    class Meta:
        icon = "site"
        label = _("Village / map note")
        template = "cms/blocks/village_note.html"


class StoryStreamBlock(blocks.StreamBlock):
    """The body of a story page, producer page or article."""

    text = blocks.RichTextBlock(
        label=_("text"), features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
    )
    image = CaptionedImageBlock()
    gallery = GalleryBlock()
    quote = MakerQuoteBlock()
    process = CraftProcessBlock()
    video = EmbedBlock(label=_("video"), icon="media", template="cms/blocks/video.html")
    village = VillageNoteBlock()
