from wagtail.admin.forms import WagtailAdminModelForm


class TermForm(WagtailAdminModelForm):
    """A term's slug is set once: facets, URLs and exports rely on it never changing."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and "slug" in self.fields:
            self.fields["slug"].disabled = True
