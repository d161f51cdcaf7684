"""Who may edit which pages: artisans their own producer's pages, shop staff the whole site.

The rule "who may edit which producer" lives in `shop.permissions` (`Producer.editors`,
`producers_editable_by`, `user_is_shop_wide`); this module only maps it onto the page tree:
a producer's pages are its `ProducerPage` (in every locale) and everything below it (its
product `StoryPage`s).

Three layers, all derived from that one rule:

* Wagtail group page permissions (`artisan_page_permissions_ensure`): "Artisans" may add and
  change pages under every locale's `ProducerIndexPage` but not publish (their changes go
  through the moderation workflow); "Shop staff" add, change and publish on every `HomePage`
  and approve in that workflow.
* `ProducerScopedPagePermissionPolicy` (registered for `Page` in `cms.wagtail_hooks`): for
  users who are not shop-wide, every group page permission is clipped to the subtrees of their
  producers' pages, so every Wagtail check (edit, preview, view draft, revisions, history,
  bulk actions, explorer, choosers…) follows the rule, not only the views that run hooks.
* the hooks in `cms.wagtail_hooks` refuse with 403 what `page_editable_by` refuses.

Page models are imported inside the functions: the admin hooks import this module early.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured
from django.db import models, transaction
from django.db.models import Q
from wagtail.permission_policies.pages import PagePermissionPolicy

from shop.permissions import (
    SHOP_STAFF,
    artisan_group_ensure,
    producers_editable_by,
    shop_staff_group_ensure,
    user_is_shop_wide,
)

# Wagtail page permission types (wagtail.models.PAGE_PERMISSION_TYPES). There is no "view":
# reading pages in the admin follows from add/change; publishing is staff's, via moderation.
ARTISAN_PAGE_ACTIONS = ("add", "change")
STAFF_PAGE_ACTIONS = ("add", "change", "publish")

STAFF_WORKFLOW_NAME = "Staff approval"
STAFF_TASK_NAME = "Shop staff approval"


# -- Scope: which pages belong to the producers a user edits ---------------------------------


def _producer_pages_of(user) -> models.QuerySet:
    """The user's producers' `ProducerPage`s, in every locale (not for shop-wide users)."""
    from cms.models import ProducerPage

    return ProducerPage.objects.filter(producer__in=producers_editable_by(user))


def _ancestor_paths(path: str) -> list[str]:
    """Tree paths of a page and of all its ancestors (treebeard: fixed-width steps)."""
    from wagtail.models import Page

    return [path[:end] for end in range(Page.steplen, len(path) + 1, Page.steplen)]


def page_editable_by(user, page) -> bool:
    """May this user work on this page at all (Wagtail's page permissions say which actions)?

    Shop-wide users (superusers, "Shop staff") may work on every page; everyone else only on
    their producers' `ProducerPage`s (any locale) and the pages below them. One query.
    """
    if user_is_shop_wide(user):
        return True
    if not (user.is_authenticated and user.is_active) or not getattr(page, "path", None):
        return False
    return _producer_pages_of(user).filter(path__in=_ancestor_paths(page.path)).exists()


def pages_editable_by(user) -> models.QuerySet:
    """Every page `page_editable_by(user, page)` accepts, as a page queryset."""
    from wagtail.models import Page

    if user_is_shop_wide(user):
        return Page.objects.all()
    paths = list(_producer_pages_of(user).values_list("path", flat=True))
    if not (user.is_authenticated and user.is_active) or not paths:
        return Page.objects.none()
    scope = Q()
    for path in paths:
        scope |= Q(path__startswith=path)
    return Page.objects.filter(scope)


def pages_explorable_by(user) -> models.QuerySet:
    """`pages_editable_by(user)` plus their ancestors, so the explorer can reach them."""
    from wagtail.models import Page

    if user_is_shop_wide(user):
        return Page.objects.all()
    paths = list(_producer_pages_of(user).values_list("path", flat=True))
    if not (user.is_authenticated and user.is_active) or not paths:
        return Page.objects.none()
    scope = Q(path__in={ancestor for path in paths for ancestor in _ancestor_paths(path)})
    for path in paths:
        scope |= Q(path__startswith=path)
    return Page.objects.filter(scope)


def pages_choosable_by(user) -> models.QuerySet:
    """What a page chooser may list: `pages_explorable_by(user)`, plus any page whose admin
    title is its public one (live, no unpublished changes). Another producer's draft, or the
    draft title of its live page, never shows."""
    from wagtail.models import Page

    if user_is_shop_wide(user):
        return Page.objects.all()
    public = Q(live=True, has_unpublished_changes=False)
    return Page.objects.filter(public | Q(pk__in=pages_explorable_by(user).values("pk")))


# -- Group page permissions and the moderation workflow --------------------------------------


def _page_permissions(actions) -> list[Permission]:
    from wagtail.models import Page

    codenames = {f"{action}_page" for action in actions}
    content_type = ContentType.objects.get_for_model(Page)
    found = list(Permission.objects.filter(content_type=content_type, codename__in=codenames))
    missing = codenames - {permission.codename for permission in found}
    if missing:
        raise ImproperlyConfigured(
            f"Permissions {sorted(missing)} do not exist yet; run `manage.py migrate` first."
        )
    return found


def _grant_pages(group: Group, pages, permissions: list[Permission]) -> None:
    from wagtail.models import GroupPagePermission

    for page in pages:
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def _workflows_for_producer_pages():
    """The active workflows that moderate producer pages: the one each `ProducerIndexPage`
    inherits and any assigned further down; the root's when there is no index page yet."""
    from wagtail.models import Page, Workflow

    from cms.models import ProducerIndexPage

    indexes = list(ProducerIndexPage.objects.all())
    workflows = {}
    for page in indexes or [Page.get_first_root_node()]:
        workflow = page.get_workflow()
        if workflow is not None:
            workflows[workflow.pk] = workflow
    if indexes:
        below = Q()
        for index in indexes:
            below |= Q(workflow_pages__page__path__startswith=index.path)
        for workflow in Workflow.objects.filter(below, active=True).distinct():
            workflows[workflow.pk] = workflow
    return list(workflows.values())


@transaction.atomic
def staff_approval_workflow_ensure(staff: Group | None = None) -> list:
    """Make sure a workflow moderates producer pages and that "Shop staff" may approve in it.

    Wagtail's migrations assign "Moderators approval" to the root page: staff join its group
    approval tasks. Without any workflow, "Staff approval" (one task for "Shop staff") is
    assigned to the root page. Returns the workflows concerned. Safe to call again.
    """
    from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

    staff = staff or shop_staff_group_ensure()
    workflows = _workflows_for_producer_pages()
    if not workflows:
        workflow, _created = Workflow.objects.get_or_create(
            name=STAFF_WORKFLOW_NAME, defaults={"active": True}
        )
        if not workflow.active:
            workflow.active = True
            workflow.save(update_fields=["active"])
        WorkflowPage.objects.update_or_create(
            page=Page.get_first_root_node(), defaults={"workflow": workflow}
        )
        workflows = [workflow]
    for workflow in workflows:
        tasks = [
            task
            for task in workflow.tasks.filter(active=True).specific()
            if isinstance(task, GroupApprovalTask)
        ]
        if not tasks:
            task, _created = GroupApprovalTask.objects.get_or_create(name=STAFF_TASK_NAME)
            WorkflowTask.objects.get_or_create(
                workflow=workflow,
                task=task,
                defaults={"sort_order": workflow.workflow_tasks.count()},
            )
            tasks = [task]
        for task in tasks:
            task.groups.add(staff)
    return workflows


@transaction.atomic
def artisan_page_permissions_ensure() -> None:
    """Grant the page permissions of "Artisans" and "Shop staff", and the moderation workflow.

    Artisans: add and change under every locale's `ProducerIndexPage` (narrowed to their own
    producers' pages by `ProducerScopedPagePermissionPolicy` and the hooks), never publish.
    Shop staff: add, change and publish on every locale's `HomePage`, and approve in the
    workflow. Call it after building pages (and again after adding a locale). Idempotent.
    """
    from cms.models import HomePage, ProducerIndexPage

    artisans = artisan_group_ensure()
    staff = shop_staff_group_ensure()
    _grant_pages(artisans, ProducerIndexPage.objects.all(), _page_permissions(ARTISAN_PAGE_ACTIONS))
    _grant_pages(staff, HomePage.objects.all(), _page_permissions(STAFF_PAGE_ACTIONS))
    staff_approval_workflow_ensure(staff)


# -- The page permission policy ----------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class ScopedPagePermission:
    """A group page permission moved down onto one of the user's producer pages.

    Quacks like `GroupPagePermission` (`page`, `page_id`, `permission`, `group_id`) and is
    hashable (Wagtail puts permissions in sets), which an unsaved model instance is not.
    """

    page: models.Model
    permission: Permission
    group_id: int

    @property
    def page_id(self) -> int:
        return self.page.pk


class ProducerScopedPagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page permissions, clipped to the user's producers' pages unless shop-wide.

    A permission granted on a page above one of the user's `ProducerPage`s (such as the
    artisans' on `ProducerIndexPage`) applies to that producer page and below only; one granted
    at or below it stays; any other is dropped (fail closed: a new group with page permissions
    is scoped too).
    """

    permission_cache_name = "_producer_scoped_page_permission_cache"
    _explorable_root_instance_cache_name = "_producer_scoped_explorable_root_page_cache"

    def get_all_permissions_for_user(self, user):
        permissions = super().get_all_permissions_for_user(user)
        if user.is_superuser or user_is_shop_wide(user) or not permissions:
            return permissions
        from wagtail.models import Page

        scope = list(Page.objects.filter(pk__in=_producer_pages_of(user).values("pk")))
        clipped: dict[tuple[int, int], object] = {}
        for permission in permissions:
            path = permission.page.path
            if any(path.startswith(page.path) for page in scope):
                clipped.setdefault((permission.page_id, permission.permission_id), permission)
                continue
            for page in scope:
                if page.path.startswith(path):
                    clipped.setdefault(
                        (page.pk, permission.permission_id),
                        ScopedPagePermission(
                            page=page,
                            permission=permission.permission,
                            group_id=permission.group_id,
                        ),
                    )
        return list(clipped.values())

    def users_with_any_permission_for_instance(self, actions, instance, include_superusers=True):
        from cms.models import ProducerPage
        from shop.models import Producer

        users = super().users_with_any_permission_for_instance(
            actions, instance, include_superusers
        )
        producers = ProducerPage.objects.filter(path__in=_ancestor_paths(instance.path)).values(
            "producer_id"
        )
        editors = Producer.editors.through.objects.filter(producer_id__in=producers).values(
            "user_id"
        )
        return users.filter(
            Q(is_superuser=True) | Q(groups__name=SHOP_STAFF) | Q(pk__in=editors)
        ).distinct()
