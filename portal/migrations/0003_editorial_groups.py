from django.db import migrations


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name in ("Éditeurs", "Contributeurs"):
        group, _ = Group.objects.get_or_create(name=name)
        admin_access = Permission.objects.filter(
            content_type__app_label="wagtailadmin", codename="access_admin"
        ).first()
        if admin_access:
            group.permissions.add(admin_access)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0002_reference_data"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
