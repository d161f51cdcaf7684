"""Demo shipping data (filled in with the shipping rules)."""

from shop.demo.loader import DemoContext


def step_shipping(ctx: DemoContext) -> None:
    """Upsert the demo shipping data."""
