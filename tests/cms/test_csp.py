"""cms/csp.py and the project's policies: every page carries a Content-Security-Policy and a
Permissions-Policy; the storefront allows no inline script or style; the admin gets its own."""

import re

import pytest
from django.urls import reverse

from cms.models import StoryPage

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {
        name: rest for name, *rest in (part.split() for part in policy.split(";") if part.strip())
    }


def test_the_storefront_allows_no_inline_script_or_style(client, shop):
    page = StoryPage.objects.get(locale__language_code="en", product=shop[0])
    response = client.get(page.url)
    policy = directives(response)
    assert policy["script-src"][0] == "'self'"
    assert "'unsafe-inline'" not in policy["script-src"] + policy["style-src"]
    assert not any(source.startswith("'nonce-") for source in policy["script-src"])
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    html = response.content.decode()
    # Only data blocks (JSON-LD) may be inline: nothing a browser would run.
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag or 'type="application/ld+json"' in tag or "application/json" in tag
    assert "<style" not in html and " style=" not in html


def test_the_pay_page_may_load_stripe_js_and_its_frames(client, shop):
    response = client.get(reverse("checkout:cart"))
    policy = directives(response)
    assert "https://js.stripe.com" in policy["script-src"]
    assert "https://js.stripe.com" in policy["frame-src"]
    assert "https://api.stripe.com" in policy["connect-src"]


def test_the_admin_has_its_own_policy(client, admin_user):
    client.force_login(admin_user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    policy = directives(response)
    assert "blob:" in policy["img-src"]
    assert policy["object-src"] == ["'none'"]
    # The page preview is the admin framing itself; no other site may frame it.
    assert policy["frame-ancestors"] == ["'self'"]


@pytest.mark.parametrize("path", ["/en/", "/admin/login/", "/sitemap.xml"])
def test_every_response_switches_off_unused_browser_features(client, shop, path):
    response = client.get(path)
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "usb=()"):
        assert feature in permissions
    assert 'payment=(self "https://js.stripe.com")' in permissions
    assert "Content-Security-Policy" in response
