"""Refunding, cancelling and anonymising an order need their own permission ("manage_order"),
and sales figures theirs ("view_sales").

Groups that could act on orders before ("change_order") keep everything they could do: they
get both. Staff then narrow it (e.g. the "Fulfilment" group never has them).
"""

from django.db import migrations

NAME = "Can refund, cancel and anonymise orders"
SALES = "Can see sales figures and the sales report"


def manage_permission_grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")  # noqa: N806
    Permission = apps.get_model("auth", "Permission")  # noqa: N806
    ContentType = apps.get_model("contenttypes", "ContentType")  # noqa: N806
    groups = Group.objects.filter(
        permissions__codename="change_order", permissions__content_type__app_label="shop"
    ).distinct()
    if not groups.exists():
        return  # a new database: post_migrate creates the permission
    content_type, _ = ContentType.objects.get_or_create(app_label="shop", model="order")
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )[0]
        for codename, name in (("manage_order", NAME), ("view_sales", SALES))
    ]
    for group in groups:
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("shop", "0013_order_line_net_weight"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="order",
            options={
                "ordering": ["-created_at"],
                "permissions": [("manage_order", NAME), ("view_sales", SALES)],
                "verbose_name": "order",
                "verbose_name_plural": "orders",
            },
        ),
        migrations.RunPython(manage_permission_grant, migrations.RunPython.noop, elidable=True),
    ]
