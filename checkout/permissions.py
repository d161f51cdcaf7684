"""The checkout's part of the shop's roles (shop/permissions.py has the groups).

Shop managers ("Shop staff") edit the checkout's rules — shipping zones, methods and rates,
carriers, duty rules and export restrictions, the exporter on the customs papers — and look at
the Stripe webhook log. Fulfilment and artisans get none of it.
"""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.db import transaction

from shop.permissions import (
    artisan_group_ensure,
    fulfilment_group_ensure,
    model_permissions_get,
    shop_staff_group_ensure,
)

FULL = ("add", "change", "delete", "view")


def _rule_models() -> list:
    from checkout.models import (
        DutyFee,
        DutyRate,
        DutyRule,
        DutyTariff,
        ExportDocumentKind,
        Exporter,
        ExportRestriction,
        ShippingMethod,
        ShippingRate,
        ShippingZone,
    )

    return [
        ShippingZone,
        ShippingMethod,
        ShippingRate,
        DutyRule,
        DutyTariff,
        DutyRate,
        DutyFee,
        ExportRestriction,
        ExportDocumentKind,
        Exporter,
    ]


@transaction.atomic
def shop_managers_checkout_grant(group: Group | None = None) -> Group:
    """Give the shop managers' group the checkout's rules and the webhook log. Idempotent."""
    from checkout.models import WebhookEvent

    group = group or shop_staff_group_ensure()
    permissions = model_permissions_get(WebhookEvent, ("view",))
    for model in _rule_models():
        permissions += model_permissions_get(model, FULL)
    group.permissions.add(*permissions)
    return group


def shop_roles_ensure() -> dict[str, Group]:
    """Every role's group, complete: managers, fulfilment, artisans (by group name)."""
    groups = [
        shop_managers_checkout_grant(shop_staff_group_ensure()),
        fulfilment_group_ensure(),
        artisan_group_ensure(),
    ]
    return {group.name: group for group in groups}
