"""Coordinators edit their own table and its action plans, nothing else.

Creating a table creates (or reuses) the group `Coordination — <title>` with admin access and, on
that table's page only, the rights to change and publish it and to add pages under it (plans:
the only page type a table accepts). Page permissions apply to the page and its descendants, so
the coordinators can edit every plan of their table and no other page. Editors then add accounts
to the group in the standard user admin. A table and its translations share one group, found
through the table's translation key, so renaming a table does not orphan its coordinators."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import GroupPagePermission

from portal.notifications import EDITORS_GROUP

COORDINATION_PREFIX = "Coordination — "
TABLE_PERMISSIONS = ("add_page", "change_page", "publish_page")
EDITOR_INDEX_PERMISSIONS = ("add_page", "change_page", "publish_page")
GROUP_NAME_MAX = Group._meta.get_field("name").max_length


def coordination_group_name(title):
    return f"{COORDINATION_PREFIX}{title}"[:GROUP_NAME_MAX]


def page_permissions(codenames):
    found = {
        p.codename: p
        for p in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=codenames
        )
    }
    return [found[codename] for codename in codenames if codename in found]


def admin_access_permission():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


def coordination_group_for(table):
    """The group of this table's other translations, else the group named after its title."""
    existing = (
        Group.objects.filter(
            name__startswith=COORDINATION_PREFIX,
            page_permissions__page__translation_key=table.translation_key,
        )
        .exclude(page_permissions__page=table)
        .first()
    )
    if existing is not None:
        return existing
    group, _created = Group.objects.get_or_create(name=coordination_group_name(table.title))
    return group


@transaction.atomic
def ensure_coordination_group(table):
    group = coordination_group_for(table)
    group.permissions.add(admin_access_permission())
    for permission in page_permissions(TABLE_PERMISSIONS):
        GroupPagePermission.objects.get_or_create(group=group, page=table, permission=permission)
    return group


def on_table_saved(sender, instance, created, raw=False, **kwargs):
    # Covers the admin's create view, translations and pages made in code (seed_demo, tests):
    # they all insert the page through Model.save().
    if created and not raw:
        ensure_coordination_group(instance)


def give_editors_the_registry(home):
    """Site hook: editors manage the registries (create tables, edit any of them)."""
    from resources.models import ConcertationTableIndexPage

    group = Group.objects.filter(name=EDITORS_GROUP).first()
    if group is None:
        return
    permissions = page_permissions(EDITOR_INDEX_PERMISSIONS)
    for index_page in ConcertationTableIndexPage.objects.all():
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(
                group=group, page=index_page, permission=permission
            )


def coordinated_tables(user):
    """The tables this user edits through a coordination group (not as an editor or admin)."""
    from resources.models import ConcertationTablePage

    if not user.is_authenticated:
        return ConcertationTablePage.objects.none()
    return (
        ConcertationTablePage.objects.filter(
            group_permissions__group__in=user.groups.filter(name__startswith=COORDINATION_PREFIX)
        )
        .distinct()
        .select_related("locale")
        .order_by("title", "locale__language_code")
    )
