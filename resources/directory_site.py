"""What the resource directory needs once its index pages exist (run by home.structure.ensure_site):
moderation of public proposals, the editorial groups' page permissions, and editors' access to
the correction reports. Idempotent."""

from django.contrib.auth.models import Group, Permission

from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

from portal.notifications import CONTRIBUTORS_GROUP, EDITORS_GROUP

# Created by the practices app's migration; looked up by name so either app can be installed first.
REVIEW_WORKFLOW_NAME = "Révision éditoriale"

GROUP_PERMISSIONS = {
    EDITORS_GROUP: ("add_page", "change_page", "publish_page"),
    CONTRIBUTORS_GROUP: ("add_page", "change_page"),
}


def review_workflow():
    return Workflow.objects.filter(name=REVIEW_WORKFLOW_NAME, active=True).first()


def configure_directory(home):
    from .models import ResourceIndexPage

    indexes = list(ResourceIndexPage.objects.all())
    workflow = review_workflow()
    permissions = {
        p.codename: p
        for p in Permission.objects.filter(
            content_type__app_label="wagtailcore",
            codename__in={c for codes in GROUP_PERMISSIONS.values() for c in codes},
        )
    }
    # Editors handle the readers' correction reports (the notification links to the report).
    editors = Group.objects.filter(name=EDITORS_GROUP).first()
    if editors is not None:
        editors.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="resources",
                codename__in=("view_correctionreport", "change_correctionreport"),
            )
        )
    for index_page in indexes:
        if workflow is not None:
            WorkflowPage.objects.get_or_create(page=index_page, defaults={"workflow": workflow})
        for group_name, codenames in GROUP_PERMISSIONS.items():
            group = Group.objects.filter(name=group_name).first()
            if group is None:
                continue
            for codename in codenames:
                if codename in permissions:
                    GroupPagePermission.objects.get_or_create(
                        group=group, page=index_page, permission=permissions[codename]
                    )
