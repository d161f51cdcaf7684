"""The Nu HTML Checker (npm vnu-jar, Java) for tests that validate rendered HTML."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def vnu_require() -> None:
    """Skip without the checker on a developer's machine; fail under CI=true."""
    if VNU.exists() and shutil.which("java") is not None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(
            "CI=true: the Nu HTML checker must run (make test installs vnu-jar; Java is needed)"
        )
    pytest.skip("vnu-jar or java missing (run `npm install`)")


def vnu_errors(paths) -> list[str]:
    """The checker's errors over these HTML files, as `file:line: message`."""
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--exit-zero-always", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    return [
        f"{m.get('url', '').rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error"
    ]
