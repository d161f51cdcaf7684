"""Order lines keep the net weight customs papers declare; lines placed before take their
variant's current net weight (the best record there is), lines without a variant stay 0."""

from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def net_weights_fill(apps, schema_editor):
    OrderLine = apps.get_model("shop", "OrderLine")  # noqa: N806
    ProductVariant = apps.get_model("shop", "ProductVariant")  # noqa: N806
    weight = ProductVariant.objects.filter(pk=OuterRef("variant_id")).values("net_weight_g")
    OrderLine.objects.filter(variant__isnull=False).update(net_weight_g=Subquery(weight))


class Migration(migrations.Migration):
    dependencies = [
        ("shop", "0012_shipments"),
    ]

    operations = [
        migrations.AddField(
            model_name="orderline",
            name="net_weight_g",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.RunPython(net_weights_fill, migrations.RunPython.noop, elidable=True),
    ]
