"""Artisans count their own products' stock: the "Artisans" group gets the stock row permissions
(add, change, view) and may view warehouses. The stock policy keeps each artisan to their
producers' rows (shop.permissions.ScopedLimitedPermissionPolicy)."""

from django.db import migrations

ARTISANS = "Artisans"
GRANTS = {"stock": ("add", "change", "view"), "warehouse": ("view",)}


def artisans_stock_grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")  # noqa: N806
    Permission = apps.get_model("auth", "Permission")  # noqa: N806
    ContentType = apps.get_model("contenttypes", "ContentType")  # noqa: N806
    group = Group.objects.filter(name=ARTISANS).first()
    if group is None:
        return  # a new database: shop_roles_ensure() (or the demo) creates the group
    for model, actions in GRANTS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="shop", model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("shop", "0015_order_document_expiry_file"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(artisans_stock_grant, migrations.RunPython.noop, elidable=True),
    ]
