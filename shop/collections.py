"""Each producer's own Wagtail collection for its images and documents.

Wagtail scopes image and document permissions by collection and group, so a producer gets a
collection ("Producers › <name>") and a group holding add, change and choose on it alone, whose
members are the producer's editors (`Producer.editors`). Artisans hold nothing on the root
collection: they see, choose and attach only their own producers' files.
"""

from __future__ import annotations

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission

PRODUCERS_COLLECTION = "Producers"
FILE_ACTIONS = ("add", "change", "choose")


def _producers_root() -> Collection:
    # Wagtail's migration makes the root; a flushed database (transactional tests, a host's
    # `flush`) has none, and a producer must still be savable.
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    found = root.get_children().filter(name=PRODUCERS_COLLECTION).first()
    return found or root.add_child(name=PRODUCERS_COLLECTION)


@transaction.atomic
def producer_collection(*, producer) -> Collection:
    """The producer's collection, created (with its group's permissions) on first use."""
    producer.refresh_from_db(fields=["collection"])
    if producer.collection_id:
        return producer.collection
    collection = _producers_root().add_child(name=f"{producer.name} ({producer.pk})")
    type(producer).objects.filter(pk=producer.pk).update(collection=collection)
    producer.collection = collection
    producer_files_group_sync(producer=producer)
    return collection


def images_choosable_by(user):
    """The images `user` may choose: Wagtail's collection permissions (artisans: their
    producers' collections)."""
    from wagtail.images import get_image_model
    from wagtail.permissions import policy_registry

    policy = policy_registry.get_by_type(get_image_model())
    return policy.instances_user_has_any_permission_for(user, ["choose"])


def _file_permissions() -> list[Permission]:
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    found = []
    for model in (get_image_model(), get_document_model()):
        label = model._meta.app_label
        codenames = [f"{action}_{model._meta.model_name}" for action in FILE_ACTIONS]
        found += Permission.objects.filter(content_type__app_label=label, codename__in=codenames)
    return found


def producer_files_group_sync(*, producer) -> Group:
    """The producer's files group: add/change/choose on its collection; members = editors."""
    group, _created = Group.objects.get_or_create(name=f"Producer files: {producer.pk}")
    collection = producer.collection or producer_collection(producer=producer)
    for permission in _file_permissions():
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )
    group.user_set.set(producer.editors.all())
    return group


def producer_editors_changed(*, instance, action: str, **_kwargs) -> None:
    """m2m_changed receiver for `Producer.editors`: keep the files group's members in step."""
    if action in {"post_add", "post_remove", "post_clear"}:
        Producer = apps.get_model("shop", "Producer")
        if isinstance(instance, Producer):
            producer_files_group_sync(producer=instance)
        else:  # the user side: user.producers.add(...)
            for producer in instance.producers.all():
                producer_files_group_sync(producer=producer)


def producer_saved(*, instance, created: bool, raw: bool = False, **_kwargs) -> None:
    """post_save receiver: a new producer gets its collection (and files group) at once."""
    if created and not raw:
        transaction.on_commit(lambda: producer_collection(producer=instance))
