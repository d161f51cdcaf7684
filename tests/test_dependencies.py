"""The apps depend on each other in one direction: shop <- checkout <- cms.

Imports go down only (checkout may import shop, cms may import both); no app imports the
reference project (`config`) or the demo data (`langnghe_demo`); templates and static files
follow the same rule.
"""

import ast
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
FORBIDDEN = {
    "shop": {"checkout", "cms", "config", "langnghe_demo"},
    "checkout": {"cms", "config", "langnghe_demo"},
    "cms": {"config", "langnghe_demo"},
}


def _imported_tops(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    tops = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            tops |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            tops.add(node.module.split(".")[0])
    return tops


@pytest.mark.parametrize("app", sorted(FORBIDDEN))
def test_an_app_imports_only_the_apps_below_it(app):
    wrong = {
        str(path.relative_to(ROOT)): sorted(_imported_tops(path) & FORBIDDEN[app])
        for path in (ROOT / app).rglob("*.py")
    }
    assert {name: tops for name, tops in wrong.items() if tops} == {}


@pytest.mark.parametrize("app", ["shop", "checkout"])
def test_an_apps_templates_use_nothing_of_the_apps_above_it(app):
    above = FORBIDDEN[app] - {"config", "langnghe_demo"}
    found = []
    for path in (ROOT / app / "templates").rglob("*.html"):
        text = path.read_text()
        for other in above:
            if f"'{other}/" in text or f'"{other}/' in text or f"{other}_tags" in text:
                found.append(f"{path.relative_to(ROOT)} uses {other}")
    assert found == []


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_graph() -> dict[str, set[str]]:
    """Module -> the project modules it imports (at any depth: a function-level import is a
    dependency too)."""
    paths = [
        p for app in FORBIDDEN for p in (ROOT / app).rglob("*.py") if "migrations" not in p.parts
    ]
    modules = {_module_name(path): path for path in paths}
    graph = {}
    for name, path in modules.items():
        targets = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                candidates = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                candidates = [alias.name for alias in node.names]
            else:
                continue
            targets |= {c for c in candidates if c in modules and c != name}
        graph[name] = targets
    return graph


def test_no_two_modules_import_each_other_in_a_cycle():
    graph = _import_graph()
    cycles = set()

    def visit(node, stack, on_stack, done):
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target in on_stack:
                cycles.add(" -> ".join(stack[stack.index(target) :] + [target]))
            elif target not in done:
                visit(target, stack, on_stack, done)
        on_stack.discard(node)
        stack.pop()
        done.add(node)

    done: set[str] = set()
    for module in sorted(graph):
        if module not in done:
            visit(module, [], set(), done)
    assert sorted(cycles) == []
