"""Small constructors that keep the demo data files short and their records uniform.

They only shape plain dicts whose keys are model field names; nothing here touches the database.
"""

from decimal import Decimal

TRACKED = "tracked"
MADE_TO_ORDER = "made_to_order"


def variant(
    sku: str,
    attributes: dict[str, str],
    *,
    net_g: int,
    gross_g: int,
    dims_mm: tuple[int, int, int],
    price: Decimal,
    lead_time_days: int | None = None,
) -> dict:
    """A `ProductVariant` record: weights in grams, packed length × width × height in mm,
    base price in VND. Its label in every language is in `names.VARIANT_NAMES`."""
    if not isinstance(price, Decimal):
        raise TypeError(f"{sku}: prices are Decimal, never float.")
    if gross_g < net_g:
        raise ValueError(f"{sku}: packed weight below net weight.")
    length, width, height = dims_mm
    return {
        "sku": sku,
        "attributes": attributes,
        "net_weight_g": net_g,
        "gross_weight_g": gross_g,
        "length_mm": length,
        "width_mm": width,
        "height_mm": height,
        "base_price": price,
        "lead_time_days": lead_time_days,
    }
