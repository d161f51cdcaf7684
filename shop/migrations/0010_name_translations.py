"""Names of categories, producers and variants in every content language (issue 14).

`name` stays the Vietnamese source; `name_translations` holds the other languages. A category's
English name moves from its own column into the JSON (`{"en": …}`) and the column goes: one
place for every translation. Going back writes the English name into the column again.
"""

from django.db import migrations, models

import shop.models.names


def english_into_translations(apps, schema_editor):
    Category = apps.get_model("shop", "Category")
    changed = []
    for category in Category.objects.only("pk", "name_en", "name_translations"):
        if category.name_en.strip():
            category.name_translations = {
                **(category.name_translations or {}),
                "en": category.name_en.strip(),
            }
            changed.append(category)
    Category.objects.bulk_update(changed, ["name_translations"], batch_size=500)


def english_out_of_translations(apps, schema_editor):
    Category = apps.get_model("shop", "Category")
    changed = []
    for category in Category.objects.only("pk", "name", "name_translations"):
        # The column was required: without an English name, the Vietnamese one stands in.
        category.name_en = (category.name_translations or {}).get("en") or category.name
        changed.append(category)
    Category.objects.bulk_update(changed, ["name_en"], batch_size=500)


def _translations_field():
    return models.JSONField(
        blank=True,
        default=dict,
        validators=[shop.models.names.validate_name_translations],
        verbose_name="name in other languages",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("shop", "0009_producer_portrait"),
    ]

    operations = [
        migrations.AddField(
            model_name="category", name="name_translations", field=_translations_field()
        ),
        migrations.AddField(
            model_name="producer", name="name_translations", field=_translations_field()
        ),
        migrations.AddField(
            model_name="productvariant", name="name_translations", field=_translations_field()
        ),
        migrations.RunPython(english_into_translations, english_out_of_translations),
        migrations.AlterModelOptions(
            name="category",
            options={
                "ordering": ["position", "name"],
                "verbose_name": "category",
                "verbose_name_plural": "categories",
            },
        ),
        # A default first, so that going back can add the column to existing rows again.
        migrations.AlterField(
            model_name="category",
            name="name_en",
            field=models.CharField(default="", max_length=150, verbose_name="name (English)"),
        ),
        migrations.RemoveField(model_name="category", name="name_en"),
    ]
