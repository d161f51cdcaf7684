"""The design tokens' text and background pairs meet WCAG 2.x AA contrast (docs/design.md).

The pairs are read from shop/static/langnghe/site.css itself (its :root custom properties), so
a changed colour is checked as soon as it is written; a host overriding tokens can run the same
check on its own values with `contrast_ratio`.
"""

import re
from pathlib import Path

import pytest

CSS = Path(__file__).resolve().parents[2] / "shop" / "static" / "langnghe" / "site.css"

# (foreground, background, minimum): 4.5 for text, 3 for large text and UI components
# (focus rings, field borders, the header's focus ring).
PAIRS = [
    *[("--color-text", bg, 4.5) for bg in ("--color-bg", "--color-surface", "--color-surface-alt")],
    *[
        ("--color-text", bg, 4.5)
        for bg in ("--color-info-bg", "--color-success-bg", "--color-error-bg")
    ],
    *[
        ("--color-muted", bg, 4.5)
        for bg in ("--color-bg", "--color-surface", "--color-surface-alt")
    ],
    ("--color-on-brand", "--color-brand", 4.5),
    ("--color-on-brand", "--color-brand-hover", 4.5),
    ("--color-brand", "--color-on-brand", 4.5),  # the cart count badge
    ("--color-link", "--color-bg", 4.5),
    ("--color-link", "--color-surface", 4.5),
    ("--color-link", "--color-surface-alt", 4.5),
    ("--color-accent", "--color-surface", 4.5),
    ("--color-accent", "--color-surface-alt", 4.5),
    ("--color-error", "--color-surface", 4.5),
    ("--color-error", "--color-error-bg", 4.5),
    ("--color-success", "--color-success-bg", 4.5),
    ("--color-success", "--color-surface", 4.5),
    ("--color-warning", "--color-surface", 4.5),
    ("--color-star", "--color-surface", 4.5),
    ("--color-star", "--color-bg", 4.5),
    ("--color-field-border", "--color-surface", 3),
    ("--color-focus", "--color-bg", 3),
    ("--color-focus", "--color-surface", 3),
    ("--color-focus-on-brand", "--color-brand", 3),
]


def css_tokens(text: str) -> dict[str, str]:
    """The custom properties of the first :root rule, as written (`--name: value`)."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    root = re.search(r":root\s*\{(.*?)\}", text, re.S)
    assert root, "site.css has no :root rule"
    return {name: v.strip() for name, v in re.findall(r"(--[\w-]+)\s*:\s*([^;]+);", root[1])}


def _rgb(value: str) -> tuple[float, float, float]:
    hexa = re.fullmatch(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})", value.strip())
    assert hexa, f"colour tokens are hex colours, not {value!r}"
    digits = hexa[1] if len(hexa[1]) == 6 else "".join(c * 2 for c in hexa[1])
    return tuple(int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))


def _luminance(value: str) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _rgb(value))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2.x contrast ratio of two hex colours (1 to 21)."""
    light, dark = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_ratio_matches_known_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    # The OCOP stars' old colour, which this design replaced.
    assert contrast_ratio("#b8860b", "#ffffff") == pytest.approx(3.25, abs=0.01)


@pytest.mark.parametrize(("foreground", "background", "minimum"), PAIRS)
def test_token_pairs_meet_wcag_aa(foreground, background, minimum):
    tokens = css_tokens(CSS.read_text(encoding="utf-8"))
    ratio = contrast_ratio(tokens[foreground], tokens[background])
    assert ratio >= minimum, f"{foreground} on {background}: {ratio:.2f}:1 < {minimum}:1"
