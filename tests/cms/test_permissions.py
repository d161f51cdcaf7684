"""Page permissions: an artisan edits only their own producer's pages, staff approve, preview."""

import pytest
from django.contrib import messages
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    WorkflowPage,
)
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

import cms.wagtail_hooks  # noqa: F401  (registers the page permission policy)
from cms.forms import StoryPageForm
from cms.models import HomePage, ProducerIndexPage, ProducerPage, StoryPage
from cms.permissions import (
    artisan_page_permissions_ensure,
    page_editable_by,
    pages_editable_by,
)
from shop.permissions import ARTISANS, SHOP_STAFF
from tests.factories import MarketFactory, ProducerFactory, ProductFactory, UserFactory

pytestmark = pytest.mark.django_db


def _publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


class Tree:
    """Home › Makers › producer A › story A, producer B › story B (vi), A and B also in en."""

    def __init__(self):
        vi = Locale.objects.get(language_code="vi")
        en, _created = Locale.objects.get_or_create(language_code="en")
        Page.objects.filter(depth=2, slug="home").delete()
        root = Page.get_first_root_node()
        self.home = root.add_child(instance=HomePage(title="Làng Nghề", slug="vi", locale=vi))
        _publish(self.home)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": self.home},
        )
        self.index = self.home.add_child(instance=ProducerIndexPage(title="Nhà sản xuất"))
        _publish(self.index)
        self.producer_a, self.producer_b = ProducerFactory(), ProducerFactory()
        self.product_a = ProductFactory(producer=self.producer_a)
        self.product_a2 = ProductFactory(producer=self.producer_a)
        self.product_b = ProductFactory(producer=self.producer_b)
        self.page_a = self._producer_page(self.producer_a, "gom-a")
        self.page_b = self._producer_page(self.producer_b, "gom-b")
        self.story_a = self._story(self.page_a, self.product_a, "Ấm chén A")
        self.story_b = self._story(self.page_b, self.product_b, "Ấm chén B")
        # English: a translated branch per producer (drafts are enough for permissions).
        home_en = self.home.copy_for_translation(en)
        index_en = self.index.copy_for_translation(en)
        self.page_a_en = self.page_a.copy_for_translation(en)
        self.page_b_en = self.page_b.copy_for_translation(en)
        assert self.page_a_en.get_parent().pk == index_en.pk
        assert index_en.get_parent().pk == home_en.pk
        artisan_page_permissions_ensure()

    def _producer_page(self, producer, slug):
        page = self.index.add_child(
            instance=ProducerPage(title=producer.name, slug=slug, producer=producer)
        )
        return _publish(page)

    def _story(self, parent, product, title):
        page = parent.add_child(
            instance=StoryPage(title=title, slug=product.slug, product=product, summary="…")
        )
        return _publish(page)


@pytest.fixture
def tree():
    MarketFactory(
        name="Việt Nam", slug="vn", currency="VND", default_language="vi", is_default=True
    )
    return Tree()


@pytest.fixture
def artisan(tree):
    user = UserFactory(username="artisan")
    user.groups.add(Group.objects.get(name=ARTISANS))
    tree.producer_a.editors.add(user)
    return user


@pytest.fixture
def staff(tree):
    user = UserFactory(username="staff")
    user.groups.add(Group.objects.get(name=SHOP_STAFF))
    return user


@pytest.fixture
def superuser(tree):
    return UserFactory(username="admin", is_superuser=True, is_staff=True)


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def add_story_url(parent):
    return f"/admin/pages/add/cms/storypage/{parent.pk}/"


def edit_form_data(client, page, **changes):
    """The edit form as the browser would post it, with `changes` applied."""
    response = client.get(edit_url(page))
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    # The body's StreamField is drawn by JavaScript: post it as the (empty) stream it is.
    data.update(nested_form_data({"body": streamfield([])}))
    for key, value in changes.items():
        data[key] = value
    return data


# -- the rule ----------------------------------------------------------------------------------


def test_page_editable_by_follows_producer_editors(tree, artisan, staff, superuser):
    for page in (tree.page_a, tree.story_a, tree.page_a_en):
        assert page_editable_by(artisan, page)
    for page in (tree.page_b, tree.story_b, tree.page_b_en, tree.index, tree.home):
        assert not page_editable_by(artisan, page)
    for user in (staff, superuser):
        assert all(page_editable_by(user, page) for page in (tree.story_b, tree.home))
    assert set(pages_editable_by(artisan).values_list("pk", flat=True)) == {
        tree.page_a.pk,
        tree.story_a.pk,
        tree.page_a_en.pk,
    }


def test_artisan_page_permissions_are_granted_once_and_never_publish(tree):
    rows = set(GroupPagePermission.objects.values_list("group__name", "page", "permission"))
    count = GroupPagePermission.objects.count()
    artisan_page_permissions_ensure()
    assert GroupPagePermission.objects.count() == count
    assert set(GroupPagePermission.objects.values_list("group__name", "page", "permission")) == rows
    artisans = GroupPagePermission.objects.filter(group__name=ARTISANS)
    assert set(artisans.values_list("permission__codename", flat=True)) == {
        "add_page",
        "change_page",
    }
    assert set(artisans.values_list("page", flat=True)) == set(
        ProducerIndexPage.objects.values_list("pk", flat=True)
    )
    staff = GroupPagePermission.objects.filter(group__name=SHOP_STAFF)
    assert set(staff.values_list("permission__codename", flat=True)) == {
        "add_page",
        "change_page",
        "publish_page",
    }
    assert set(staff.values_list("page", flat=True)) == set(
        HomePage.objects.values_list("pk", flat=True)
    )


def test_producer_pages_are_moderated_and_staff_may_approve(tree):
    workflow = tree.story_a.get_workflow()
    assert workflow is not None
    assert WorkflowPage.objects.filter(workflow=workflow, page__depth=1).exists()
    tasks = [t for t in workflow.tasks.specific() if isinstance(t, GroupApprovalTask)]
    assert tasks
    assert all(t.groups.filter(name=SHOP_STAFF).exists() for t in tasks)
    groups_before = [set(t.groups.values_list("pk", flat=True)) for t in tasks]
    artisan_page_permissions_ensure()
    assert [set(t.groups.values_list("pk", flat=True)) for t in tasks] == groups_before


def test_a_staff_approval_workflow_is_created_when_there_is_none(tree):
    WorkflowPage.objects.all().delete()
    artisan_page_permissions_ensure()
    artisan_page_permissions_ensure()
    workflow = tree.story_a.get_workflow()
    assert workflow.name == "Staff approval"
    task = workflow.tasks.specific().get()
    assert list(task.groups.values_list("name", flat=True)) == [SHOP_STAFF]


# -- the admin ---------------------------------------------------------------------------------


def assert_refused(client, url, method="get", data=None):
    """Wagtail refuses a browser with its "no permission" redirect, and a script with 403."""
    send = getattr(client, method)
    response = send(url, data or {})
    assert response.status_code == 302, url
    assert response.url == "/admin/"
    assert messages.ERROR in {m.level for m in get_messages(response.wsgi_request)}
    response = send(url, data or {}, headers={"x-requested-with": "XMLHttpRequest"})
    assert response.status_code == 403, url


def test_artisan_edits_and_adds_only_under_their_own_producer(client, tree, artisan):
    client.force_login(artisan)
    assert client.get(edit_url(tree.story_a)).status_code == 200
    assert client.get(edit_url(tree.page_a)).status_code == 200
    assert client.get(edit_url(tree.page_a_en)).status_code == 200
    assert client.get(add_story_url(tree.page_a)).status_code == 200
    assert_refused(client, edit_url(tree.story_b))
    assert_refused(client, edit_url(tree.page_b))
    assert_refused(client, edit_url(tree.page_b_en))
    assert_refused(client, edit_url(tree.index))
    assert_refused(client, add_story_url(tree.page_b))
    assert_refused(client, f"/admin/pages/add/cms/producerpage/{tree.index.pk}/")


@pytest.mark.parametrize(
    "url",
    [
        "/admin/pages/{b}/edit/preview/",
        "/admin/pages/{b}/view_draft/",
        "/admin/pages/{b}/history/",
        "/admin/pages/{b}/delete/",
        "/admin/pages/{b}/copy/",
        "/admin/pages/{b}/move/",
        "/admin/pages/{b}/unpublish/",
    ],
)
def test_artisan_is_refused_every_other_view_of_another_producers_page(client, tree, artisan, url):
    client.force_login(artisan)
    assert_refused(client, url.format(b=tree.story_b.pk))


def test_artisan_cannot_post_an_edit_to_another_producers_page(client, tree, artisan, superuser):
    client.force_login(superuser)
    data = edit_form_data(client, tree.story_b, title="Hijacked")
    client.force_login(artisan)
    assert_refused(client, edit_url(tree.story_b), "post", data)
    data["action-publish"] = "action-publish"
    assert_refused(client, edit_url(tree.story_b), "post", data)
    story = StoryPage.objects.get(pk=tree.story_b.pk)
    assert story.title == "Ấm chén B"
    assert story.get_latest_revision().as_object().title == "Ấm chén B"


def test_artisan_bulk_delete_of_another_producers_page_is_refused(client, tree, artisan, staff):
    url = f"/admin/bulk/wagtailcore/page/delete/?id={tree.story_b.pk}"
    client.force_login(artisan)
    client.post(url)
    assert Page.objects.filter(pk=tree.story_b.pk).exists()
    client.force_login(staff)  # the same request from staff does delete it
    client.post(url)
    assert not Page.objects.filter(pk=tree.story_b.pk).exists()


def test_admin_home_and_explorer_work_for_artisans(client, tree, artisan):
    nobody = UserFactory(username="artisan-without-producer")
    nobody.groups.add(Group.objects.get(name=ARTISANS))
    for user in (artisan, nobody):
        client.force_login(user)
        assert client.get("/admin/").status_code == 200
    client.force_login(nobody)
    assert_refused(client, edit_url(tree.story_a))
    assert_refused(client, add_story_url(tree.page_a))


@pytest.fixture
def wagtail_page_permissions_only(monkeypatch):
    """Wagtail's own page policy instead of ours: the hooks alone must hold the line."""
    monkeypatch.setitem(policy_registry.values_by_class, Page, PagePermissionPolicy())


def test_hooks_answer_403_even_where_wagtail_permissions_allow(
    client, tree, artisan, wagtail_page_permissions_only
):
    client.force_login(artisan)
    # The artisans' group permissions on the index page would allow all of these.
    assert client.get(edit_url(tree.story_b)).status_code == 403
    assert client.get(edit_url(tree.page_b)).status_code == 403
    assert client.get(edit_url(tree.index)).status_code == 403
    assert client.get(add_story_url(tree.page_b)).status_code == 403
    assert client.get(f"/admin/pages/{tree.story_b.pk}/copy/").status_code == 403
    move = f"/admin/pages/{tree.story_a.pk}/move/{tree.page_b.pk}/confirm/"
    assert client.get(move).status_code == 403
    response = client.get(f"/admin/pages/{tree.index.pk}/")
    assert response.status_code == 200
    assert edit_url(tree.page_b) not in response.content.decode()
    # …and theirs still work.
    assert client.get(edit_url(tree.story_a)).status_code == 200
    assert client.get(add_story_url(tree.page_a)).status_code == 200


def test_hooks_refuse_deleting_a_producer_page_and_moving_out_of_scope(rf, tree, artisan, staff):
    from cms import wagtail_hooks

    request = rf.get("/")
    request.user = artisan
    assert wagtail_hooks.producer_scope_before_edit(request, tree.story_a) is None
    assert wagtail_hooks.producer_scope_before_delete(request, tree.story_a) is None
    assert wagtail_hooks.producer_scope_before_delete(request, tree.page_a).status_code == 403
    assert (
        wagtail_hooks.producer_scope_before_move(request, tree.story_a, tree.page_b).status_code
        == 403
    )
    request.user = staff
    assert wagtail_hooks.producer_scope_before_delete(request, tree.page_a) is None


def test_explorer_shows_the_artisan_only_their_producer(client, tree, artisan):
    client.force_login(artisan)
    response = client.get(f"/admin/pages/{tree.index.pk}/")
    assert response.status_code == 200
    content = response.content.decode()
    assert edit_url(tree.page_a) in content
    assert edit_url(tree.page_b) not in content
    assert tree.page_b.title not in content


@pytest.mark.parametrize("who", ["staff", "superuser"])
def test_staff_and_superusers_edit_every_producer(client, tree, who, request):
    client.force_login(request.getfixturevalue(who))
    for page in (tree.story_a, tree.story_b, tree.page_b, tree.index):
        assert client.get(edit_url(page)).status_code == 200
    assert client.get(add_story_url(tree.page_b)).status_code == 200


# -- drafts, moderation and preview ------------------------------------------------------------


def test_artisan_draft_is_not_public_and_publish_needs_approval(client, tree, artisan, staff):
    public_url = tree.story_a.get_url()
    response = client.get(public_url)
    assert response.status_code == 200
    assert "Ấm chén A" in response.content.decode()

    client.force_login(artisan)
    data = edit_form_data(client, tree.story_a, title="Ấm chén A mới")
    response = client.post(edit_url(tree.story_a), data)
    assert response.status_code == 302
    story = StoryPage.objects.get(pk=tree.story_a.pk)
    assert story.latest_revision.as_object().title == "Ấm chén A mới"
    assert story.has_unpublished_changes
    assert story.title == "Ấm chén A"

    # No publish permission: "publish" only saves another draft.
    data["action-publish"] = "action-publish"
    assert client.post(edit_url(tree.story_a), data).status_code == 302
    story.refresh_from_db()
    assert story.title == "Ấm chén A"
    assert story.has_unpublished_changes

    client.logout()
    content = client.get(public_url).content.decode()
    assert "Ấm chén A mới" not in content
    assert "Ấm chén A" in content

    # Submitting starts the moderation workflow; staff approve, which publishes.
    client.force_login(artisan)
    del data["action-publish"]
    data["action-submit"] = "action-submit"
    assert client.post(edit_url(tree.story_a), data).status_code == 302
    story.refresh_from_db()
    state = story.current_workflow_state
    assert state is not None
    assert story.title == "Ấm chén A"
    task_state = state.current_task_state

    approve_url = f"/admin/pages/workflow/action/{story.pk}/approve/{task_state.pk}/"
    assert_refused(client, approve_url, "post", {"comment": ""})
    story.refresh_from_db()
    assert story.title == "Ấm chén A"

    client.force_login(staff)
    response = client.post(approve_url, {"comment": ""})
    assert response.status_code in (200, 302)
    story.refresh_from_db()
    assert story.current_workflow_state is None
    assert story.title == "Ấm chén A mới"
    assert not story.has_unpublished_changes
    client.logout()
    assert "Ấm chén A mới" in client.get(public_url).content.decode()


def test_artisan_preview_shows_their_draft(client, tree, artisan):
    client.force_login(artisan)
    data = edit_form_data(client, tree.story_a, title="Bản nháp xem trước")
    preview_url = f"/admin/pages/{tree.story_a.pk}/edit/preview/"
    response = client.post(preview_url, data)
    assert response.status_code == 200
    assert response.json()["is_valid"] is True
    response = client.get(preview_url)
    assert response.status_code == 200
    assert "Bản nháp xem trước" in response.content.decode()
    # Previewing saves nothing.
    assert StoryPage.objects.get(pk=tree.story_a.pk).latest_revision.as_object().title == (
        "Ấm chén A"
    )


# -- the story form ----------------------------------------------------------------------------


def test_story_form_offers_only_the_producers_own_products(tree, artisan, staff):
    form_class = StoryPage.get_edit_handler().get_form_class()
    if not issubclass(form_class, StoryPageForm):  # until StoryPage.base_form_class is wired
        form_class = StoryPage.get_edit_handler().bind_to_model(StoryPage).get_form_class()
        form_class = type("WiredStoryPageForm", (StoryPageForm,), {"Meta": form_class.Meta})
    form = form_class(instance=StoryPage(), parent_page=tree.page_a, for_user=artisan)
    assert set(form.fields["product"].queryset) == {tree.product_a, tree.product_a2}
    with pytest.raises(ValidationError):
        form.fields["product"].clean(tree.product_b.pk)
    form = form_class(instance=StoryPage(), parent_page=tree.page_a, for_user=staff)
    assert tree.product_b in set(form.fields["product"].queryset)
