"""Page permissions in the admin: artisans work on their own producer's pages only.

The rule is `cms.permissions.page_editable_by` (itself `shop.permissions.producers_editable_by`
mapped onto the page tree), applied twice:

* the permission policy registered here clips every Wagtail page permission check (edit,
  create, delete, copy, move, preview, view draft, revisions, history, bulk actions, explorer,
  action menus), so Wagtail refuses on its own: the admin's usual "Sorry, you do not have
  permission" redirect to the dashboard (403 for XMLHttpRequest / JSON requests);
* the hooks below answer 403 for the page actions whose views run hooks, should a page
  permission ever be granted wider than the policy expects (or the policy be removed).
"""

from django.core.exceptions import PermissionDenied
from django.views.defaults import permission_denied
from wagtail import hooks
from wagtail.models import Page
from wagtail.permissions import register_permission_policy

from cms.permissions import (
    ProducerScopedPagePermissionPolicy,
    page_editable_by,
    pages_editable_by,
    pages_explorable_by,
)
from shop.permissions import user_is_shop_wide

# Policy first: Wagtail refuses a policy once it has handed out a default one for the model.
register_permission_policy(Page, ProducerScopedPagePermissionPolicy())


def _forbidden(request):
    """A 403 response: hook responses go straight to the browser (a raised PermissionDenied
    would become Wagtail's redirect to the dashboard)."""
    return permission_denied(request, PermissionDenied())


def _require_editable(request, *pages):
    """403 unless the user may work on every one of `pages`; None lets the view go on."""
    for page in pages:
        if page is None or not page_editable_by(request.user, page):
            return _forbidden(request)
    return None


def _is_producer_page(page) -> bool:
    from cms.models import ProducerPage

    return issubclass(page.specific_class or Page, ProducerPage)


@hooks.register("before_edit_page")
def producer_scope_before_edit(request, page):
    return _require_editable(request, page)


@hooks.register("before_create_page")
def producer_scope_before_create(request, parent_page, page_class):
    return _require_editable(request, parent_page)


@hooks.register("before_delete_page")
def producer_scope_before_delete(request, page):
    # A producer's own page is part of the site's structure: staff remove it, not artisans.
    if _is_producer_page(page) and not user_is_shop_wide(request.user):
        return _forbidden(request)
    return _require_editable(request, page)


@hooks.register("before_copy_page")
def producer_scope_before_copy(request, page):
    destination_id = request.POST.get("new_parent_page")
    if destination_id:
        destination = Page.objects.filter(pk=destination_id).first()
        return _require_editable(request, page, destination)
    return _require_editable(request, page)


@hooks.register("before_move_page")
def producer_scope_before_move(request, page, destination):
    return _require_editable(request, page, destination)


@hooks.register("before_unpublish_page")
def producer_scope_before_unpublish(request, page):
    return _require_editable(request, page)


@hooks.register("before_convert_alias_page")
def producer_scope_before_convert_alias(request, page):
    return _require_editable(request, page)


@hooks.register("before_bulk_action")
def producer_scope_before_bulk_action(request, action_type, objects, action_class_instance):
    model = getattr(action_class_instance, "model", None)
    if not (isinstance(model, type) and issubclass(model, Page)):
        return None
    if user_is_shop_wide(request.user):
        return None
    ids = {page.pk for page in objects}
    if pages_editable_by(request.user).filter(pk__in=ids).count() != len(ids):
        return _forbidden(request)
    return None


@hooks.register("construct_explorer_page_queryset")
def producer_scope_explorer(parent_page, pages, request):
    """Artisans see their producers' pages and the way down to them, nothing else."""
    if user_is_shop_wide(request.user):
        return pages
    return pages.filter(pk__in=pages_explorable_by(request.user).values("pk"))
