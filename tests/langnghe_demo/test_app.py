"""The demo is an app of its own: the library's apps never import it, and it is not in the wheel."""

import ast
import tomllib
from pathlib import Path

from django.apps import apps
from django.utils import translation

ROOT = Path(__file__).resolve().parents[2]
LIBRARY_APPS = ("shop", "checkout", "cms")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_module_under_shop_checkout_or_cms_imports_langnghe_demo():
    offenders = []
    files = [path for app in LIBRARY_APPS for path in (ROOT / app).rglob("*.py")]
    assert len(files) > 50  # the walk did find the apps
    for path in files:
        text = path.read_text(encoding="utf-8")
        if any(m.split(".")[0] == "langnghe_demo" for m in imported_modules(path)):
            offenders.append(str(path.relative_to(ROOT)))
        elif "langnghe_demo" in text and "import" in text:
            # importlib / string imports: any mention next to an import is suspect.
            offenders.extend(
                f"{path.relative_to(ROOT)}:{number}"
                for number, line in enumerate(text.splitlines(), 1)
                if "langnghe_demo" in line
            )
    assert offenders == []


def test_the_apps_no_longer_hold_demo_packages():
    for app in LIBRARY_APPS:
        assert not (ROOT / app / "demo").exists(), app
    assert not (ROOT / "cms" / "demo.py").exists()
    assert not (ROOT / "cms" / "demo_content").exists()


def test_the_demo_app_is_installed_in_the_reference_project_but_not_packaged():
    config = apps.get_app_config("langnghe_demo")
    with translation.override("en"):  # the name is translated for the admin
        assert str(config.verbose_name) == "Demo data"
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    include = pyproject["tool"]["setuptools"]["packages"]["find"]["include"]
    assert include == ["shop*", "cms*", "checkout*"]
    assert not any("demo" in glob for glob in pyproject["tool"]["setuptools"]["package-data"]["*"])
