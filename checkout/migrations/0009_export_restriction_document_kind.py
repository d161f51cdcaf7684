"""Restrictions point at an export document kind by its code (the same `document` column)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("checkout", "0008_export_document_kinds_install")]

    operations = [
        migrations.AlterField(
            model_name="exportrestriction",
            name="document",
            field=models.ForeignKey(
                blank=True,
                db_column="document",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="restrictions",
                to="checkout.exportdocumentkind",
                to_field="code",
                verbose_name="document required",
            ),
        ),
        migrations.AddConstraint(
            model_name="exportrestriction",
            constraint=models.CheckConstraint(
                condition=models.Q(("document__isnull", True), ("kind", "document"), _negated=True),
                name="export_restriction_document_named",
            ),
        ),
    ]
