"""docs/performance.md: each benchmark owns one `## ` section and rewrites only that one."""

from __future__ import annotations

import re
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DOCS_FILE = BASE_DIR / "docs" / "performance.md"


def docs_section_write(title: str, section: str, *, intro: str = "# Performance\n") -> None:
    """Replace the section headed `title` (`## …`) with `section`, or append it; `intro`
    starts the file when it does not exist yet."""
    text = DOCS_FILE.read_text() if DOCS_FILE.exists() else intro
    pattern = re.compile(rf"^{re.escape(title)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _match: section + "\n", text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    DOCS_FILE.parent.mkdir(parents=True, exist_ok=True)
    DOCS_FILE.write_text(text.rstrip("\n") + "\n")
    print(f"Wrote the “{title.removeprefix('## ')}” section of {DOCS_FILE.relative_to(BASE_DIR)}.")
