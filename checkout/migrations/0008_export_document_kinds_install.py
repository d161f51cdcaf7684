"""The three export document kinds Langnghe knew as choices are installed as rows; restrictions
with no document get NULL instead of "" (0009 then makes the column a foreign key)."""

from django.db import migrations

from checkout.documents import INSTALLED_KINDS, document_kinds_install


def kinds_install(apps, schema_editor):
    Kind = apps.get_model("checkout", "ExportDocumentKind")  # noqa: N806
    Restriction = apps.get_model("checkout", "ExportRestriction")  # noqa: N806
    document_kinds_install(model=Kind)
    Restriction.objects.filter(document="").update(document=None)
    # A code stored by hand that is none of the three keeps working as a kind named by it.
    used = set(Restriction.objects.exclude(document=None).values_list("document", flat=True))
    for code in used - {kind[0] for kind in INSTALLED_KINDS}:
        Kind.objects.get_or_create(code=code, defaults={"name": code})


class Migration(migrations.Migration):
    dependencies = [("checkout", "0007_export_document_kinds")]

    operations = [migrations.RunPython(kinds_install, migrations.RunPython.noop)]
