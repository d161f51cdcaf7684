"""shop/branding.py and the `shop_name` tag: the host's name for its shop, never ours."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory, override_settings
from wagtail.models import Site

from shop.branding import FALLBACK_NAME, shop_name

pytestmark = pytest.mark.django_db


def test_the_setting_names_the_shop_wherever_it_is_shown():
    with override_settings(LANGNGHE_SHOP_NAME="Hợp tác xã Mây tre Phú Vinh"):
        assert shop_name() == "Hợp tác xã Mây tre Phú Vinh"


def test_without_the_setting_the_wagtail_sites_name_is_used():
    Site.objects.filter(is_default_site=True).update(site_name="Gốm Bát Tràng")
    with override_settings(LANGNGHE_SHOP_NAME=""):
        assert shop_name() == "Gốm Bát Tràng"
        request = RequestFactory().get("/", HTTP_HOST="localhost")
        assert shop_name(request=request) == "Gốm Bát Tràng"


def test_a_site_without_a_name_falls_back():
    Site.objects.update(site_name="")
    with override_settings(LANGNGHE_SHOP_NAME=""):
        assert shop_name() == FALLBACK_NAME


def test_the_tag_escapes_the_name():
    with override_settings(LANGNGHE_SHOP_NAME="<b>Mây</b> & tre"):
        html = Template("{% load langnghe %}{% shop_name %}").render(Context({}))
    assert html == "&lt;b&gt;Mây&lt;/b&gt; &amp; tre"


def test_a_renamed_site_is_seen_at_once_though_names_are_kept_per_process():
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Mây tre Phú Vinh"
    site.save()
    with override_settings(LANGNGHE_SHOP_NAME=""):
        assert shop_name() == "Mây tre Phú Vinh"
        site.site_name = "Gốm Chu Đậu"
        site.save()  # moves the sites version: the kept name is not used again
        assert shop_name() == "Gốm Chu Đậu"
