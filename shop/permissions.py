"""Who may do what with the shop in the Wagtail admin.

Three roles, each a group: "Shop staff" are the shop's managers and run the whole shop (refunds
included); "Fulfilment" see and ship orders and print their papers, nothing else; "Artisans"
edit the products of the producers that list them in `Producer.editors`. Django model
permissions say *what* a group may do; `ProducerScopedPermissionPolicy` narrows it to *which*
producers for everyone who is neither a superuser nor in "Shop staff" (fail closed: a new group
with product permissions is scoped too).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.apps import apps
from django.contrib.auth import get_permission_codename, get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured
from django.db import models, transaction
from django.db.models import Q
from wagtail.permission_policies.base import ModelPermissionPolicy

ARTISANS = "Artisans"
SHOP_STAFF = "Shop staff"  # the shop managers' role
FULFILMENT = "Fulfilment"

# Records of what happened to orders and stock: staff may look, never edit by hand.
VIEW_ONLY_MODELS = ("OrderLine", "OrderEvent", "OrderDocument", "Allocation", "Reservation")
# Orders have no edit form: "change" lets staff act on them (ship, record a document, refund,
# cancel) through the order admin, which calls shop/orders.py.
ACT_ONLY_MODELS = ("Order",)


def model_permissions_get(model: type[models.Model], actions: Iterable[str]) -> list[Permission]:
    """The permissions of `actions` ("view", "change" …) on `model`; refused before migrate."""
    codenames = {get_permission_codename(action, model._meta) for action in actions}
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    found = list(Permission.objects.filter(content_type=content_type, codename__in=codenames))
    missing = codenames - {permission.codename for permission in found}
    if missing:
        raise ImproperlyConfigured(
            f"Permissions {sorted(missing)} do not exist yet; run `manage.py migrate` first."
        )
    return found


def _admin_access() -> Permission:
    try:
        return Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    except Permission.DoesNotExist as error:
        raise ImproperlyConfigured(
            "wagtailadmin.access_admin does not exist yet; run `manage.py migrate` first."
        ) from error


def _grant_images(group: Group, actions: Iterable[str]) -> None:
    """Image permissions live on collections, not on the group: grant them on the root."""
    from wagtail.images import get_image_model
    from wagtail.models import Collection, GroupCollectionPermission

    root = Collection.get_first_root_node()
    for permission in model_permissions_get(get_image_model(), actions):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )


@transaction.atomic
def artisan_group_ensure() -> Group:
    """Create (or complete) the "Artisans" group. Safe to call again: it only adds what lacks.

    Artisans reach the admin, add/change/view products with their variants and photos (only
    their producers', see `ProducerScopedPermissionPolicy`), count their products' stock, and
    view their producers and the warehouses. Images
    and documents: nothing on the root collection (it would show every producer's files); each
    producer's editors work in that producer's own collection (`shop.collections`).
    """
    from wagtail.models import GroupCollectionPermission

    from shop.collections import producer_files_group_sync
    from shop.models import Producer, Product, ProductImage, ProductVariant, Stock, Warehouse

    group, _created = Group.objects.get_or_create(name=ARTISANS)
    permissions = [_admin_access()]
    for model in (Product, ProductVariant, ProductImage):
        permissions += model_permissions_get(model, ("add", "change", "view"))
    permissions += model_permissions_get(Producer, ("view",))
    # Their own products' stock counts (the policy keeps them to their producers' rows).
    permissions += model_permissions_get(Stock, ("add", "change", "view"))
    permissions += model_permissions_get(Warehouse, ("view",))
    group.permissions.add(*permissions)
    # Earlier versions granted images on the root collection: take that back.
    GroupCollectionPermission.objects.filter(group=group).delete()
    for producer in Producer.objects.all():
        producer_files_group_sync(producer=producer)
    return group


@transaction.atomic
def shop_staff_group_ensure() -> Group:
    """Create (or complete) the "Shop staff" group. Safe to call again: it only adds what lacks.

    Staff reach the admin, manage every shop model (orders: view and act; order lines, events,
    documents, allocations and reservations: view only) and upload, edit and choose images
    for product photos.
    """
    group, _created = Group.objects.get_or_create(name=SHOP_STAFF)
    permissions = [_admin_access()]
    for model in apps.get_app_config("shop").get_models():
        if model.__name__ in VIEW_ONLY_MODELS:
            actions: tuple[str, ...] = ("view",)
        elif model.__name__ in ACT_ONLY_MODELS:
            actions = ("view", "change")
        else:
            actions = ("add", "change", "delete", "view")
        permissions += model_permissions_get(model, actions)
    permissions += Permission.objects.filter(
        content_type__app_label="shop", codename__in=["manage_sales", "manage_order", "view_sales"]
    )
    group.permissions.add(*permissions)
    _grant_images(group, ("add", "change", "choose"))
    return group


@transaction.atomic
def fulfilment_group_ensure() -> Group:
    """Create (or complete) the "Fulfilment" group. Safe to call again: it only adds what lacks.

    Fulfilment reach the admin, see orders and act on them short of money and personal data
    (record a document, tell of a delay, ship, print the papers: no refund, cancel or
    anonymise), see an order's lines, timeline, documents and allocations, and the carriers.
    Products, prices, markets, stock counts and the shop's rules stay closed to them.
    """
    from shop.models import Allocation, Carrier, Order, OrderDocument, OrderEvent, OrderLine

    group, _created = Group.objects.get_or_create(name=FULFILMENT)
    permissions = [_admin_access(), *model_permissions_get(Order, ("view", "change"))]
    for model in (OrderLine, OrderEvent, OrderDocument, Allocation, Carrier):
        permissions += model_permissions_get(model, ("view",))
    group.permissions.add(*permissions)
    return group


def user_is_shop_wide(user) -> bool:
    """Superusers and "Shop staff" work on every producer; everyone else only on theirs."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    # Cached on the user object, which lives for one request: listings ask once per row.
    if not hasattr(user, "_shop_wide"):
        user._shop_wide = user.groups.filter(name=SHOP_STAFF).exists()
    return user._shop_wide


def producers_editable_by(user) -> models.QuerySet:
    """The producers whose products this user may work on."""
    from shop.models import Producer

    if user_is_shop_wide(user):
        return Producer.objects.all()
    if not (user.is_authenticated and user.is_active):
        return Producer.objects.none()
    return Producer.objects.filter(editors=user)


class ProducerScopedPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed to the producers a user edits unless they work shop-wide.

    `producer_field` names the model's foreign key to `Producer` ("producer" for `Product`), or
    the path to it ("variant__product__producer" for `Stock`); leave it None for `Producer`.
    """

    def __init__(self, model, *, producer_field: str | None = None) -> None:
        super().__init__(model)
        self.producer_field = producer_field

    def _producer_id(self, instance) -> int | None:
        if self.producer_field is None:
            return instance.pk
        *path, last = self.producer_field.split("__")
        for name in path:
            instance = getattr(instance, name, None)
            if instance is None:
                return None
        return getattr(instance, f"{last}_id")

    def _in_scope(self, user, instance) -> bool:
        if user_is_shop_wide(user):
            return True
        producer_id = self._producer_id(instance)
        return (
            producer_id is not None and producers_editable_by(user).filter(pk=producer_id).exists()
        )

    def user_has_permission_for_instance(self, user, action, instance) -> bool:
        return self.user_has_permission(user, action) and self._in_scope(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance) -> bool:
        return self.user_has_any_permission(user, actions) and self._in_scope(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        if user_is_shop_wide(user):
            return instances
        lookup = f"{self.producer_field}__in" if self.producer_field else "pk__in"
        return instances.filter(**{lookup: producers_editable_by(user).values("pk")})

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])

    def users_with_any_permission_for_instance(self, actions, instance):
        from shop.models import Producer

        editors = Producer.editors.through.objects.filter(
            producer_id=self._producer_id(instance)
        ).values("user_id")
        shop_wide = Q(is_superuser=True) | Q(groups__name=SHOP_STAFF)
        return (
            self.users_with_any_permission(actions).filter(shop_wide | Q(pk__in=editors)).distinct()
        )


class LimitedActionsPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, but only for `allowed_actions`, even for superusers.

    For records the admin must not create, edit or delete by hand (stock rows are deleted by
    nobody: stock changes go through `shop.inventory`; allocations and reservations are only
    looked at).
    """

    def __init__(self, model, *, allowed_actions: Iterable[str]) -> None:
        super().__init__(model)
        self.allowed_actions = frozenset(allowed_actions)

    def user_has_permission(self, user, action) -> bool:
        return action in self.allowed_actions and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        allowed = [action for action in actions if action in self.allowed_actions]
        if not allowed:
            return get_user_model().objects.none()
        return super().users_with_any_permission(allowed)


class ScopedLimitedPermissionPolicy(ProducerScopedPermissionPolicy, LimitedActionsPermissionPolicy):
    """Only `allowed_actions`, and for users who do not work shop-wide only on the rows of
    their producers (stock rows: an artisan counts their own products' stock)."""

    def __init__(self, model, *, producer_field: str, allowed_actions: Iterable[str]) -> None:
        ModelPermissionPolicy.__init__(self, model)
        self.producer_field = producer_field
        self.allowed_actions = frozenset(allowed_actions)
