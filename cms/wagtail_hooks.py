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
from django.http import Http404
from django.urls import path
from django.views.defaults import permission_denied
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Page
from wagtail.permissions import policy_registry, register_permission_policy

from cms.admin_dashboard import artisan_dashboard_panels
from cms.admin_translations import page_translation_send_view
from cms.permissions import (
    ProducerScopedPagePermissionPolicy,
    page_editable_by,
    pages_choosable_by,
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


@hooks.register("construct_page_chooser_queryset")
def producer_scope_page_chooser(pages, request):
    """Page choosers (browse and search) show artisans no other producer's drafts."""
    if user_is_shop_wide(request.user):
        return pages
    return pages.filter(pk__in=pages_choosable_by(request.user).values("pk"))


def _files_visible_to(user, model):
    """The images or documents `user` may choose or change: Wagtail's collection permissions
    (artisans: their producers' collections only, shop/collections.py)."""
    policy = policy_registry.get_by_type(model)
    return policy.instances_user_has_any_permission_for(user, ["choose", "change"])


class ScopedImagesAdminAPIViewSet(ImagesAdminAPIViewSet):
    """The admin API's images, narrowed to the collections the user may work in."""

    def get_queryset(self):
        visible = _files_visible_to(self.request.user, get_image_model())
        return super().get_queryset().filter(pk__in=visible.values("pk"))


class ScopedDocumentsAdminAPIViewSet(DocumentsAdminAPIViewSet):
    """The admin API's documents, narrowed to the collections the user may work in."""

    def get_queryset(self):
        visible = _files_visible_to(self.request.user, get_document_model())
        return super().get_queryset().filter(pk__in=visible.values("pk"))


# After Wagtail's own registrations (order 0), so these replace them.
@hooks.register("construct_admin_api", order=100)
def producer_scope_admin_api(router):
    router.register_endpoint("images", ScopedImagesAdminAPIViewSet)
    router.register_endpoint("documents", ScopedDocumentsAdminAPIViewSet)


def _without_inaccessible(action_class):
    """`action_class`, but its confirmation page does not list (by name) the objects the user
    may not act on: for an artisan those are other producers' pages, products and files."""

    class Scoped(action_class):
        def get_actionable_objects(self):
            objects, extra = super().get_actionable_objects()
            if not user_is_shop_wide(self.request.user):
                extra = {**extra, "items_with_no_access": []}
            return objects, extra

    Scoped.__name__ = Scoped.__qualname__ = f"Scoped{action_class.__name__}"
    return Scoped


@hooks.register("register_admin_urls")
def producer_scope_bulk_actions():
    """Register, after every app's own (order 1000), a scoped copy of each bulk action: the
    registry keeps the last class registered for a model and action. Adds no URLs."""
    for action_class in list(hooks.get_hooks("register_bulk_action")):
        if not action_class.__name__.startswith("Scoped"):
            hooks.register("register_bulk_action", _without_inaccessible(action_class), order=1000)
    return []


def document_is_published(document) -> bool:
    """Whether a live page links the document (Wagtail's reference index knows who does)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, ReferenceIndex

    linking = ReferenceIndex.get_references_to(document).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    ids = [int(pk) for pk in linking.values_list("object_id", flat=True)]
    return Page.objects.live().filter(pk__in=ids).exists()


@hooks.register("before_serve_document")
def documents_private_unless_published(document, request):
    """A document is served to those who may work with its collection (staff, its producer's
    editors) and, once a live page links it, to everyone; otherwise it does not exist (404):
    export permits and certificates uploaded for staff are never public by accident."""
    if request.user.is_authenticated:
        allowed = _files_visible_to(request.user, get_document_model())
        if allowed.filter(pk=document.pk).exists():
            return None
    if document_is_published(document):
        return None
    raise Http404


hooks.register("construct_homepage_panels", artisan_dashboard_panels)


@hooks.register("register_admin_urls")
def page_translation_send_url():
    return [
        path(
            "langnghe/pages/<int:page_id>/send-for-translation/",
            page_translation_send_view,
            name="langnghe_page_translation_send",
        )
    ]
