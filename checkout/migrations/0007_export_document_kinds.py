"""Export document kinds become staff data (`ExportDocumentKind`): the three Langnghe knew are
installed with their names in the seven languages, the CN23 box they go to and the days they
take; restrictions point at a kind by its code (the same column), and may say whether the
document's days count in the delivery estimate. Orders keep the code as text, unchanged."""

import shop.models.names
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("checkout", "0006_duty_tariffs_shared"),
        ("shop", "0015_order_document_expiry_file"),
    ]

    operations = [
        migrations.CreateModel(
            name="ExportDocumentKind",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "code",
                    models.SlugField(
                        help_text="Kept on orders that need this document; it cannot change once saved.",
                        max_length=40,
                        unique=True,
                        verbose_name="code",
                    ),
                ),
                ("name", models.CharField(max_length=150, verbose_name="name")),
                (
                    "name_translations",
                    models.JSONField(
                        blank=True,
                        default=dict,
                        validators=[shop.models.names.validate_name_translations],
                        verbose_name="name in other languages",
                    ),
                ),
                (
                    "cn23_box",
                    models.CharField(
                        choices=[
                            ("licence", "Licence (box 12)"),
                            ("certificate", "Certificate (box 13)"),
                            ("other", "Comments (box 11)"),
                        ],
                        default="other",
                        max_length=20,
                        verbose_name="on the CN23",
                    ),
                ),
                (
                    "lead_days",
                    models.PositiveSmallIntegerField(
                        default=0,
                        help_text="Added to the delivery time shoppers are shown where an export restriction says so.",
                        verbose_name="days it takes to obtain",
                    ),
                ),
            ],
            options={
                "verbose_name": "export document kind",
                "verbose_name_plural": "export document kinds",
                "ordering": ["-lead_days", "code"],
            },
        ),
        migrations.RemoveConstraint(
            model_name="exportrestriction",
            name="export_restriction_document_named",
        ),
        migrations.AddField(
            model_name="exportrestriction",
            name="delays_delivery",
            field=models.BooleanField(
                default=True,
                help_text="Shoppers are shown the delivery time plus the days the document takes.",
                verbose_name="the document's time counts in the delivery estimate",
            ),
        ),
        migrations.AlterField(
            model_name="exportrestriction",
            name="document",
            field=models.CharField(
                blank=True, max_length=40, null=True, verbose_name="document required"
            ),
        ),
    ]
