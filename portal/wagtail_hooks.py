from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.models import MRC, AgeGroup, Need, Organization, PendingNotification, Region, Sector


class TermViewSet(SnippetViewSet):
    list_display = ["name_fr", "name_en", "slug", "sort_order"]
    search_fields = ["name_fr", "name_en", "slug"]
    ordering = ["sort_order", "name_fr"]


def term_viewset(model_, icon_):
    return type(
        f"{model_.__name__}ViewSet",
        (TermViewSet,),
        {
            "model": model_,
            "icon": icon_,
            "panels": [
                FieldPanel("name_fr"),
                FieldPanel("name_en"),
                FieldPanel("slug"),
                FieldPanel("description"),
                FieldPanel("sort_order"),
                *([FieldPanel("all_ages")] if model_ is AgeGroup else []),
            ],
        },
    )


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["code", "name_fr"]
    ordering = ["code"]
    panels = [FieldPanel("code", read_only=True), FieldPanel("name_fr"), FieldPanel("name_en")]


class MRCViewSet(SnippetViewSet):
    model = MRC
    icon = "site"
    list_display = ["code", "name_fr", "region", "kind"]
    list_filter = ["region", "kind"]
    search_fields = ["name_fr", "code"]
    ordering = ["region__code", "name_fr"]
    panels = [
        FieldPanel("code", read_only=True),
        FieldPanel("name_fr"),
        FieldPanel("name_en"),
        FieldPanel("region", read_only=True),
        FieldPanel("kind", read_only=True),
    ]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "tag"
    menu_order = 300
    items = (
        term_viewset(Sector, "tag"),
        term_viewset(AgeGroup, "group"),
        term_viewset(Need, "help"),
        RegionViewSet,
        MRCViewSet,
    )


class OrganizationViewSet(SnippetViewSet):
    model = Organization
    icon = "group"
    menu_label = _("Organizations")
    menu_order = 290
    add_to_admin_menu = True
    list_display = ["name", "kind", "mrc"]
    list_filter = ["kind"]
    search_fields = ["name"]


register_snippet(TaxonomyGroup)
register_snippet(OrganizationViewSet)


class SeeOrDiscardOnly(ModelPermissionPolicy):
    """Unsent notifications are written by the site, not by people: one can read them and, to
    give one up, delete it."""

    def user_has_permission(self, user, action):
        return action in ("view", "delete") and super().user_has_permission(user, action)


class PendingNotificationViewSet(ModelViewSet):
    """Emails to the editors not sent yet (portal/notifications.py); empty when all is well."""

    model = PendingNotification
    icon = "mail"
    menu_label = _("Unsent notifications")
    add_to_settings_menu = True
    inspect_view_enabled = True
    list_display = ["subject", "created_at", "attempts", "last_error"]
    form_fields = ["subject", "body"]


register_permission_policy(PendingNotification, SeeOrDiscardOnly(PendingNotification))


@hooks.register("register_admin_viewset")
def register_pending_notifications():
    return PendingNotificationViewSet("unsent_notifications")


@hooks.register("construct_page_chooser_queryset")
def hide_other_peoples_drafts(pages, request):
    """Wagtail's page chooser (browse and search) lists the whole tree to anyone in the admin.
    Unpublished pages are shown only under the pages the user has rights on, so a coordinator
    never sees another table's draft page, nor a contributor a proposal outside the sections.
    A live page stays choosable; Wagtail shows it by its latest draft title, so a pending rename
    of a live page is visible (docs/security.md). Path prefixes, so the admin search backends can
    filter on them too."""
    user = request.user
    if user.is_superuser:
        return pages
    visible = Q(live=True)
    for permission in PagePermissionPolicy().get_cached_permissions_for_user(user):
        visible |= Q(path__startswith=permission.page.path)
    return pages.filter(visible)
