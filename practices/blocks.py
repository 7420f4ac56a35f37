"""StreamField blocks of practice sheets and case stories."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class ImageWithAltBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    # Required: a picture nobody can describe to a screen-reader user is not shared here.
    alt = blocks.CharBlock(
        label=_("alternative text"),
        max_length=255,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "practices/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("who said it"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "practices/blocks/quote.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    label = blocks.CharBlock(
        label=_("link text"), required=False, max_length=255, help_text=_("Defaults to its title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "practices/blocks/document.html"


class NarrativeBlock(blocks.StreamBlock):
    """The body of a practice description or a story."""

    heading = blocks.CharBlock(
        label=_("Heading"), icon="title", max_length=150, template="practices/blocks/heading.html"
    )
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "ol", "ul", "document-link"],
    )
    image = ImageWithAltBlock()
    quote = QuoteBlock()
    document = DocumentLinkBlock()


class IndicatorBlock(blocks.StructBlock):
    """One measured result: "Repas servis: 4 200 repas, 2023, registre de l'organisme"."""

    name = blocks.CharBlock(label=_("indicator"), max_length=150)
    value = blocks.CharBlock(label=_("value"), max_length=50)
    unit = blocks.CharBlock(label=_("unit"), required=False, max_length=50)
    period = blocks.CharBlock(label=_("period"), required=False, max_length=80)
    source = blocks.CharBlock(label=_("source"), required=False, max_length=255)

    class Meta:
        icon = "table"
        label = _("Indicator")


class AttachmentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    label = blocks.CharBlock(
        label=_("link text"), required=False, max_length=255, help_text=_("Defaults to its title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Attachment")
