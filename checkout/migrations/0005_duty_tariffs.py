"""Tariffs: duty rates by HS prefix that several duty rules share (the EU's rates were copied
into each of its rules). The schema; 0006 moves identical rate sets into tariffs (data and
schema changes in separate migrations, as PostgreSQL requires)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("checkout", "0004_exporter"),
    ]

    operations = [
        migrations.CreateModel(
            name="DutyTariff",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=150, unique=True, verbose_name="name")),
                ("source", models.URLField(blank=True, max_length=500, verbose_name="source")),
                (
                    "source_date",
                    models.DateField(blank=True, null=True, verbose_name="source checked on"),
                ),
                ("notes", models.TextField(blank=True, verbose_name="notes")),
            ],
            options={
                "verbose_name": "tariff",
                "verbose_name_plural": "tariffs",
                "ordering": ["name"],
            },
        ),
        migrations.AlterModelOptions(
            name="dutyrate",
            options={
                "ordering": ["hs_prefix"],
                "verbose_name": "duty rate",
                "verbose_name_plural": "duty rates",
            },
        ),
        migrations.AlterField(
            model_name="dutyrate",
            name="rule",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="rates",
                to="checkout.dutyrule",
                verbose_name="rule",
            ),
        ),
        migrations.AddField(
            model_name="dutyrate",
            name="tariff",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="rates",
                to="checkout.dutytariff",
                verbose_name="tariff",
            ),
        ),
        migrations.AddField(
            model_name="dutyrule",
            name="tariff",
            field=models.ForeignKey(
                blank=True,
                help_text="A tariff whose rates by HS prefix this rule applies. The rule's own rates win for the same or a longer prefix.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="rules",
                to="checkout.dutytariff",
                verbose_name="shared duty rates",
            ),
        ),
        migrations.AddConstraint(
            model_name="dutyrate",
            constraint=models.UniqueConstraint(
                fields=("tariff", "hs_prefix"), name="duty_rate_unique_tariff_prefix"
            ),
        ),
        migrations.AddConstraint(
            model_name="dutyrate",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("rule__isnull", True), ("tariff__isnull", True), _connector="XOR"
                ),
                name="duty_rate_in_rule_or_tariff",
                violation_error_message="Choose either a rule or a tariff for this rate (one of them, not both).",
            ),
        ),
    ]
