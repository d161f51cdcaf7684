"""Names of categories, producers and variants in every content language (issue 14)."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from shop.models import Category, ProductVariant
from shop.names import name_for
from tests.factories import CategoryFactory, ProducerFactory, UserFactory, VariantFactory
from tests.shop.test_admin import edit_post_data, product_post_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="admin", is_superuser=True, is_staff=True))
    return client


# --- name_for: the shopper's language, the configured fallbacks, then Vietnamese ---------------


def test_the_shoppers_language_comes_first():
    producer = ProducerFactory(name="Hợp tác xã Gốm", name_translations={"ko": "도자기 협동조합"})
    assert name_for(obj=producer, language="ko") == "도자기 협동조합"


def test_a_missing_translation_falls_back_to_english_then_vietnamese(settings):
    settings.LANGNGHE_CONTENT_FALLBACKS = ("en", "vi")
    both = CategoryFactory(name="Gốm sứ", name_translations={"en": "Ceramics"})
    vietnamese_only = CategoryFactory(name="Mây tre đan", name_translations={})
    assert name_for(obj=both, language="de") == "Ceramics"
    assert name_for(obj=vietnamese_only, language="de") == "Mây tre đan"
    assert name_for(obj=both, language="vi") == "Gốm sứ"


def test_the_fallback_chain_follows_the_setting(settings):
    settings.LANGNGHE_CONTENT_FALLBACKS = ("ja", "en")
    category = CategoryFactory(name="Gốm sứ", name_translations={"en": "Ceramics", "ja": "陶磁器"})
    assert name_for(obj=category, language="ko") == "陶磁器"


def test_the_active_language_is_the_default():
    variant = VariantFactory(name="Bộ 6 chén", name_translations={"fr": "Service de 6 tasses"})
    with translation.override("fr"):
        assert name_for(obj=variant) == "Service de 6 tasses"


def test_names_cost_no_query(django_assert_num_queries):
    variant = VariantFactory(name="Nhỏ", name_translations={"ko": "소"})
    variant = ProductVariant.objects.get(pk=variant.pk)
    with django_assert_num_queries(0):
        assert name_for(obj=variant, language="ko") == "소"


# --- the model's rule ------------------------------------------------------------------------


def test_an_unknown_language_is_refused():
    category = CategoryFactory.build(name="Gốm sứ", slug="gom", name_translations={"xx": "?"})
    with pytest.raises(ValidationError) as refused:
        category.full_clean()
    assert "name_translations" in refused.value.message_dict


@pytest.mark.parametrize("value", [{"vi": "Gốm sứ"}, {"en": ""}, {"en": 3}, ["en"]])
def test_the_source_language_blank_names_and_non_objects_are_refused(value):
    category = CategoryFactory.build(name="Gốm sứ", slug="gom", name_translations=value)
    with pytest.raises(ValidationError):
        category.full_clean()


# --- the admin: one field per language --------------------------------------------------------


def _category_data(**fields):
    data = {"name": "Gốm sứ", "slug": "gom-su", "parent": "", "position": "0"}
    data.update(fields)
    return data


def test_the_category_form_shows_a_field_per_language_labelled_with_its_name(admin_client):
    with translation.override("en"):
        html = admin_client.get(reverse("wagtailsnippets_shop_category:add")).content.decode()
    for field in ("name_en", "name_ja", "name_ko", "name_fr", "name_de", "name_zh_hans"):
        assert f'name="{field}"' in html
    # The admin speaks its user's language (Vietnamese after another test set it): the
    # language names are as LANGUAGES writes them either way.
    assert "(日本語)" in html and "(Tiếng Việt)" in html
    assert 'lang="ko"' in html


def test_the_category_form_saves_the_translations(admin_client):
    response = admin_client.post(
        reverse("wagtailsnippets_shop_category:add"),
        _category_data(name_en="Ceramics", name_ko="도자기", name_zh_hans="陶瓷", name_de=" "),
    )
    assert response.status_code == 302
    category = Category.objects.get(slug="gom-su")
    assert category.name_translations == {"en": "Ceramics", "ko": "도자기", "zh-hans": "陶瓷"}


def test_editing_shows_the_saved_translations_and_clearing_one_removes_it(admin_client):
    category = CategoryFactory(name="Gốm sứ", name_translations={"en": "Ceramics", "ja": "陶磁器"})
    url = reverse("wagtailsnippets_shop_category:edit", args=[category.pk])
    data = edit_post_data(admin_client, url, name_ja="")
    assert data["name_en"] == "Ceramics"
    assert admin_client.post(url, data).status_code == 302
    category.refresh_from_db()
    assert category.name_translations == {"en": "Ceramics"}


def test_an_empty_vietnamese_name_is_refused(admin_client):
    response = admin_client.post(
        reverse("wagtailsnippets_shop_category:add"), _category_data(name="", name_en="Ceramics")
    )
    assert response.status_code == 200
    assert "name" in response.context["form"].errors
    assert not Category.objects.exists()


def test_an_unknown_language_posted_to_the_form_is_not_saved(admin_client):
    response = admin_client.post(
        reverse("wagtailsnippets_shop_category:add"),
        _category_data(name_xx="?", name_en="Ceramics"),
    )
    assert response.status_code == 302
    assert Category.objects.get().name_translations == {"en": "Ceramics"}


def test_the_producer_form_saves_the_translations(admin_client):
    producer = ProducerFactory(name="Hợp tác xã Gốm Lam")
    url = reverse("wagtailsnippets_shop_producer:edit", args=[producer.pk])
    data = edit_post_data(
        admin_client, url, name_ko="Lam 도자기 협동조합", name_fr="Coopérative Lam"
    )
    assert admin_client.post(url, data).status_code == 302
    producer.refresh_from_db()
    assert producer.name_translations == {"ko": "Lam 도자기 협동조합", "fr": "Coopérative Lam"}


def test_the_variant_inline_form_saves_the_label_in_every_language(admin_client):
    data = product_post_data(
        ProducerFactory(), CategoryFactory(), name="Bộ 6 chén", name_en="Set of 6 cups",
        name_ja="6客セット", name_ko="6잔 세트",
    )  # fmt: skip
    response = admin_client.post(reverse("wagtailsnippets_shop_product:add"), data)
    assert response.status_code == 302
    variant = ProductVariant.objects.get(sku="AM-CHEN-01")
    assert variant.name == "Bộ 6 chén"
    assert variant.name_translations == {"en": "Set of 6 cups", "ja": "6客セット", "ko": "6잔 세트"}


def test_a_variant_label_translated_without_its_vietnamese_is_refused(admin_client):
    data = product_post_data(ProducerFactory(), CategoryFactory(), name="", name_en="Set of 6")
    response = admin_client.post(reverse("wagtailsnippets_shop_product:add"), data)
    assert response.status_code == 200
    assert not ProductVariant.objects.exists()
