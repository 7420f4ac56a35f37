"""The "Administrateurs" group: the only non-superusers who manage accounts and groups.

Editors publish content; managing accounts is kept apart because it is full power (whoever
edits groups or users can grant any right, Wagtail's administrator flag included)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ADMINISTRATORS = "Administrateurs"
ACCOUNT_PERMISSIONS = [
    f"{action}_{model}"
    for model in ("user", "group")
    for action in ("add", "change", "delete", "view")
]


def create_group(apps, schema_editor):
    # On a fresh database Django creates model permissions only after every migration: make
    # the auth app's now.
    auth = apps.get_app_config("auth")
    auth.models_module = True  # a migration's app stub has no models module of its own
    create_permissions(auth, apps=apps, verbosity=0, using=schema_editor.connection.alias)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=ADMINISTRATORS)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="auth", codename__in=ACCOUNT_PERMISSIONS
        ),
        *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"),
    )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=ADMINISTRATORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0004_pending_notifications"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
