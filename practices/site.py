"""What the practice and story sections need once their index pages exist (run at the end of
home.structure.ensure_site): the editorial workflow and the editorial groups' page permissions.
Idempotent."""

from django.contrib.auth.models import Group, Permission

from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

from portal.notifications import CONTRIBUTORS_GROUP, EDITORS_GROUP

# Created by migration 0002; the resources app attaches the same workflow to its sections.
REVIEW_WORKFLOW_NAME = "Révision éditoriale"

# Contributors draft and submit; only editors publish (and can take a page out of a lock).
GROUP_PERMISSIONS = {
    EDITORS_GROUP: ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
    CONTRIBUTORS_GROUP: ("add_page", "change_page"),
}


def review_workflow():
    return Workflow.objects.filter(name=REVIEW_WORKFLOW_NAME, active=True).first()


def configure_sections(home):
    from .models import CaseStoryIndexPage, PracticeIndexPage

    indexes = [*PracticeIndexPage.objects.all(), *CaseStoryIndexPage.objects.all()]
    workflow = review_workflow()
    permissions = {
        permission.codename: permission
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore",
            codename__in={code for codes in GROUP_PERMISSIONS.values() for code in codes},
        )
    }
    groups = {group.name: group for group in Group.objects.filter(name__in=GROUP_PERMISSIONS)}
    for index_page in indexes:
        if workflow is not None:
            WorkflowPage.objects.get_or_create(page=index_page, defaults={"workflow": workflow})
        for group_name, codenames in GROUP_PERMISSIONS.items():
            group = groups.get(group_name)
            if group is None:
                continue
            for codename in codenames:
                if codename in permissions:
                    GroupPagePermission.objects.get_or_create(
                        group=group, page=index_page, permission=permissions[codename]
                    )
