"""The rendered storefront is valid HTML (Nu HTML Checker, from the npm package vnu-jar)."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from cms.models import HomePage, ListingPage, ProducerPage, StoryPage

ROOT = Path(__file__).resolve().parents[2]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

pytestmark = pytest.mark.django_db


def vnu_available() -> bool:
    ready = VNU.exists() and shutil.which("java") is not None
    if not ready and os.environ.get("CI") == "true":
        pytest.fail(
            "CI=true: the Nu HTML checker must run (make test installs vnu-jar; Java is needed)"
        )
    return ready


def test_rendered_pages_are_valid_html(client, shop, tmp_path):
    if not vnu_available():
        pytest.skip("vnu-jar or java missing (run `npm install`)")
    files = []
    for language in ("vi", "en", "ja"):
        for model, filters in (
            (HomePage, {}),
            (ListingPage, {"category__isnull": True}),
            (ListingPage, {"category__isnull": False}),
            (StoryPage, {}),
            (ProducerPage, {}),
        ):
            page = model.objects.filter(locale__language_code=language, **filters).first()
            response = client.get(page.url, {"min_price": "abc"} if model is ListingPage else {})
            assert response.status_code == 200
            path = tmp_path / f"{language}-{model.__name__}-{len(files)}.html"
            path.write_bytes(response.content)
            files.append(str(path))
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        f"{m.get('url', '').rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error"
    ]
    assert errors == []
