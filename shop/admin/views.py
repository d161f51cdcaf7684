"""Admin views that enforce per-object permissions and keep stock counts safe.

Wagtail's generic views check model-level permissions only; the snippet views here also ask
the model's registered permission policy about the listed or opened object, which is how an
artisan is kept to their producers' products (see `shop.permissions`).
"""

from django.core.exceptions import PermissionDenied
from wagtail.admin.views import generic
from wagtail.permissions import policy_registry
from wagtail.search.backends import get_search_backend
from wagtail.search.index import class_is_indexed
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.snippets.views import snippets

from shop.inventory import StockCountError


class PolicyScopedListingMixin:
    """A listing of only the objects the model's permission policy allows this user."""

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        allowed = policy_registry.get_by_type(self.model).instances_user_has_any_permission_for(
            self.request.user, self.any_permission_required
        )
        return queryset.filter(pk__in=allowed.values("pk"))


class ScopedIndexView(PolicyScopedListingMixin, snippets.IndexView):
    """Lists only the objects the permission policy allows this user.

    Search runs on the whole model and the hits are then kept in the filtered listing: the
    search backends refuse querysets filtered on fields that are not `index.FilterField`
    (Wagtail issue #6616), and both the list filters and the producer scope are such filters.
    """

    def search_queryset(self, queryset):
        if not (
            self.is_searching and class_is_indexed(queryset.model) and self.search_backend_name
        ):
            return super().search_queryset(queryset)
        backend = get_search_backend(self.search_backend_name)
        model = queryset.model
        search = backend.autocomplete if model.get_autocomplete_search_fields() else backend.search
        hits = search(
            self.search_query,
            model._default_manager.only("pk"),
            fields=self.search_fields,
            order_by_relevance=False,
        )
        return queryset.filter(pk__in=[hit.pk for hit in hits])


class InstancePermissionMixin:
    """Refuses an object the model's permission policy does not allow this user, e.g. another
    producer's product for an artisan. Wagtail turns the refusal into a redirect to the admin
    dashboard with "Sorry, you do not have permission to access this area."."""

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        if self.permission_required:
            actions = [self.permission_required]
        else:
            actions = list(self.any_permission_required or ["view"])
        policy = policy_registry.get_by_type(self.model)
        if not policy.user_has_any_permission_for_instance(self.request.user, actions, instance):
            raise PermissionDenied
        return instance


class ScopedEditView(InstancePermissionMixin, snippets.EditView):
    pass


class ScopedDeleteView(InstancePermissionMixin, snippets.DeleteView):
    pass


class ScopedHistoryView(InstancePermissionMixin, snippets.HistoryView):
    pass


class ScopedUsageView(InstancePermissionMixin, snippets.UsageView):
    pass


class ScopedInspectView(InstancePermissionMixin, snippets.InspectView):
    pass


def _choosable(view):
    policy = policy_registry.get_by_type(view.model_class)
    return policy.instances_user_has_any_permission_for(view.request.user, ["view", "change"])


# The policy narrows by `producer` (or `id`): both are search FilterFields, so the chooser's
# search runs on the narrowed queryset.
class ScopedChooseView(snippet_chooser.ChooseView):
    def get_object_list(self):
        return _choosable(self)


class ScopedChooseResultsView(snippet_chooser.ChooseResultsView):
    def get_object_list(self):
        return _choosable(self)


class ScopedChosenView(snippet_chooser.SnippetChosenView):
    def get_object(self, pk):
        return _choosable(self).get(pk=pk)


class ScopedSnippetChooserViewSet(snippet_chooser.SnippetChooserViewSet):
    """The snippet chooser (and "chosen" lookup) asks the permission policy too, so an
    artisan never sees another producer's product, active or not, in a chooser."""

    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView


class ScopedViewSetMixin:
    """For a `SnippetViewSet` whose model has a per-object permission policy."""

    chooser_viewset_class = ScopedSnippetChooserViewSet

    index_view_class = ScopedIndexView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    inspect_view_class = ScopedInspectView
    # snippets.CopyView already checks the object against the policy.


class StockCountErrorMixin:
    """A count refused while saving (an order allocated units after the form was validated)
    re-shows the form with the reason on `quantity` instead of failing with a 500."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except StockCountError as error:
            form.add_error("quantity", str(error))
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)


class StockIndexView(PolicyScopedListingMixin, generic.IndexView):
    """Stock rows the policy allows: every row for staff, their products' rows for an artisan."""


class StockCreateView(StockCountErrorMixin, generic.CreateView):
    pass


class StockEditView(InstancePermissionMixin, StockCountErrorMixin, generic.EditView):
    pass


class StockHistoryView(InstancePermissionMixin, generic.HistoryView):
    pass


class StockUsageView(InstancePermissionMixin, generic.UsageView):
    pass
