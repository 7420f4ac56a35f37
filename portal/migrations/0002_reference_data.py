from django.db import migrations


def load(apps, schema_editor):
    from portal.taxonomy_defaults import load_taxonomy_defaults
    from portal.territories import load_territories

    load_territories(apps.get_model("portal", "Region"), apps.get_model("portal", "MRC"))
    load_taxonomy_defaults(
        apps.get_model("portal", "Sector"),
        apps.get_model("portal", "AgeGroup"),
        apps.get_model("portal", "Need"),
    )


class Migration(migrations.Migration):
    dependencies = [("portal", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
