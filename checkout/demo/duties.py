"""Demo duties data (filled in with the duties rules)."""

from shop.demo.loader import DemoContext


def step_duties(ctx: DemoContext) -> None:
    """Upsert the demo duties data."""
