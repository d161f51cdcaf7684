"""Identical rate sets already stored (the EU's, copied into each member state's rule) become
one tariff each; groups that could edit duty rates get the tariff permissions."""

from django.db import migrations


def rates_share(apps, schema_editor):
    """Rules whose rates by HS prefix are the same set (e.g. the EU's, copied into each member
    state's rule) get one tariff holding those rates; every rule keeps the same duty."""
    DutyRule = apps.get_model("checkout", "DutyRule")  # noqa: N806
    DutyRate = apps.get_model("checkout", "DutyRate")  # noqa: N806
    DutyTariff = apps.get_model("checkout", "DutyTariff")  # noqa: N806
    groups: dict[frozenset, list] = {}
    for rule in DutyRule.objects.order_by("name", "pk"):
        rates = frozenset(DutyRate.objects.filter(rule=rule).values_list("hs_prefix", "rate"))
        if rates:
            groups.setdefault(rates, []).append(rule)
    for number, (rates, rules) in enumerate(
        sorted((g for g in groups.items() if len(g[1]) > 1), key=lambda g: g[1][0].name), 1
    ):
        name = f"Shared rates {number}: {rules[0].name} and {len(rules) - 1} more"[:150]
        tariff = DutyTariff.objects.create(
            name=name,
            notes="Made from identical rates on upgrade: " + "; ".join(r.name for r in rules),
        )
        for prefix, rate in sorted(rates):
            DutyRate.objects.create(tariff=tariff, hs_prefix=prefix, rate=rate)
        DutyRate.objects.filter(rule__in=rules).delete()
        DutyRule.objects.filter(pk__in=[r.pk for r in rules]).update(tariff=tariff)


def tariff_permissions_grant(apps, schema_editor):
    """Groups that could edit duty rates may edit the tariffs that now hold shared rates."""
    Group = apps.get_model("auth", "Group")  # noqa: N806
    Permission = apps.get_model("auth", "Permission")  # noqa: N806
    ContentType = apps.get_model("contenttypes", "ContentType")  # noqa: N806
    groups = Group.objects.filter(
        permissions__codename="change_dutyrate", permissions__content_type__app_label="checkout"
    ).distinct()
    if not groups.exists():
        return  # a new database: post_migrate creates the permissions
    content_type, _ = ContentType.objects.get_or_create(app_label="checkout", model="dutytariff")
    for group in groups:
        held = set(
            group.permissions.filter(content_type__model="dutyrate").values_list(
                "codename", flat=True
            )
        )
        for action in ("add", "change", "delete", "view"):
            if f"{action}_dutyrate" not in held:
                continue
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_dutytariff",
                defaults={"name": f"Can {action} tariff"},
            )
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("checkout", "0005_duty_tariffs"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(rates_share, migrations.RunPython.noop),
        migrations.RunPython(tariff_permissions_grant, migrations.RunPython.noop, elidable=True),
    ]
