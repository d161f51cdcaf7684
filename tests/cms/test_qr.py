import pytest

from cms.models import StoryPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected_language", "prefix"),
    [
        ("ja,en;q=0.5", "ja", "ja"),
        ("vi-VN,vi;q=0.9", "vi", "vi"),
        ("en-GB", "en", "en"),
        # No French story: the English one, under the French prefix (French interface).
        ("fr-FR,fr;q=0.9", "en", "fr"),
        ("", "vi", "vi"),
    ],
)
def test_qr_url_redirects_to_the_story_in_the_scanners_language(
    client, shop, accept_language, expected_language, prefix
):
    product = shop[0]
    response = client.get(f"/en/q/{product.pk}/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    expected = StoryPage.objects.get(product=product, locale__language_code=expected_language)
    assert response["Location"] == f"/{prefix}/" + expected.url.split("/", 2)[2]
    assert "Accept-Language" in response["Vary"]


def test_qr_url_for_an_unknown_product_is_404(client, shop):
    # LocaleMiddleware first tries the language-prefixed path; that is a 404 too.
    assert client.get("/en/q/999999/", follow=True).status_code == 404


@pytest.mark.parametrize(
    ("fmt", "content_type", "magic"),
    [("png", "image/png", b"\x89PNG"), ("svg", "image/svg+xml", b"<?xml")],
)
def test_qr_label_downloads(client, shop, fmt, content_type, magic):
    response = client.get(f"/en/q/{shop[0].pk}/label.{fmt}")
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response.content.startswith(magic)


def test_qr_label_encodes_the_short_url(client, shop):
    svg = client.get(f"/en/q/{shop[0].pk}/label.svg").content
    assert len(svg) > 500  # a real QR code, not an empty image
    assert client.get(f"/en/q/{shop[0].pk}/label.gif").status_code == 404


def test_label_sheet_is_for_staff_only(client, shop, admin_user):
    producer_id = shop[0].producer_id
    assert client.get(f"/en/q/sheet/{producer_id}/").status_code == 302  # to the login page
    client.force_login(admin_user)
    response = client.get(f"/en/q/sheet/{producer_id}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="label"') == len(shop)
    assert "cms/qr-sheet.css" in html  # A4 print rules, no inline style (CSP)
    assert f"/en/q/{shop[0].pk}/" in html


def test_label_sheet_is_refused_to_another_producers_artisan(client, shop, django_user_model):
    from shop.permissions import artisan_group_ensure
    from tests.factories import ProducerFactory

    own = ProducerFactory()
    artisan = django_user_model.objects.create_user("artisan-a", password="x")
    artisan.groups.add(artisan_group_ensure())
    own.editors.add(artisan)
    client.force_login(artisan)
    assert client.get(f"/en/q/sheet/{own.pk}/").status_code == 200
    response = client.get(f"/en/q/sheet/{shop[0].producer_id}/")
    assert response.status_code == 403
    assert shop[0].name_vi.encode() not in response.content


def test_label_sheet_is_refused_to_an_admin_user_without_a_producer(
    client, shop, django_user_model
):
    from shop.permissions import artisan_group_ensure

    artisan = django_user_model.objects.create_user("artisan-none", password="x")
    artisan.groups.add(artisan_group_ensure())
    client.force_login(artisan)
    assert client.get(f"/en/q/sheet/{shop[0].producer_id}/").status_code == 403


def test_label_sheet_is_open_to_shop_staff(client, shop, django_user_model):
    from shop.permissions import shop_staff_group_ensure

    staff = django_user_model.objects.create_user("staff", password="x")
    staff.groups.add(shop_staff_group_ensure())
    client.force_login(staff)
    assert client.get(f"/en/q/sheet/{shop[0].producer_id}/").status_code == 200
