"""Orders get a random reference (shown instead of the primary key, which reveals how many
orders the shop takes) and the shopper's time zone. Existing orders get a reference each and
no time zone (their pages fall back to the destination's main zone)."""

import secrets

from django.db import migrations, models

import shop.models.orders

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # frozen here: Crockford's base32


def _reference() -> str:
    chars = "".join(secrets.choice(ALPHABET) for _ in range(10))
    return f"LN-{chars[:5]}-{chars[5:]}"


def references_fill(apps, schema_editor):
    Order = apps.get_model("shop", "Order")  # noqa: N806
    used = set(Order.objects.exclude(reference=None).values_list("reference", flat=True))
    batch = []
    for order in Order.objects.filter(reference=None).only("pk").iterator(chunk_size=2000):
        reference = _reference()
        while reference in used:
            reference = _reference()
        used.add(reference)
        order.reference = reference
        batch.append(order)
        if len(batch) == 2000:
            Order.objects.bulk_update(batch, ["reference"])
            batch = []
    Order.objects.bulk_update(batch, ["reference"])


class Migration(migrations.Migration):
    dependencies = [
        ("shop", "0007_host_neutral"),
    ]

    operations = [
        migrations.AddField(
            model_name="order",
            name="reference",
            field=models.CharField(editable=False, max_length=20, null=True, verbose_name="reference"),
        ),
        migrations.RunPython(references_fill, migrations.RunPython.noop, elidable=True),
        migrations.AlterField(
            model_name="order",
            name="reference",
            field=models.CharField(
                default=shop.models.orders.new_order_reference,
                editable=False,
                max_length=20,
                unique=True,
                verbose_name="reference",
            ),
        ),
        migrations.AddField(
            model_name="order",
            name="time_zone",
            field=models.CharField(blank=True, max_length=64, verbose_name="time zone"),
        ),
    ]
