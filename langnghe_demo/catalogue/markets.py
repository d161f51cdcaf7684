"""Demo markets (destination countries, currency, language, rounding, duties mode) and a few
explicit market prices.

Vietnam is domestic: no import duties, so DDP is simply "the price is the price". Japan and South
Korea are DAP (duties estimated at checkout, paid on delivery); the others collect at checkout.
"""

from decimal import Decimal

# The euro area: 20 members plus Bulgaria, which adopted the euro on 2026-01-01.
EURO_AREA = [
    "AT", "BE", "BG", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PT", "SI", "SK",
]  # fmt: skip

MARKETS: list[dict] = [
    {
        "slug": "vietnam",
        "name": "Vietnam",
        "countries": ["VN"],
        "currency": "VND",
        "default_language": "vi",
        "rounding_rule": "nearest_1000",
        "duties_mode": "DDP",
        "is_default": False,
    },
    {
        "slug": "united-states",
        "name": "United States",
        "countries": ["US"],
        "currency": "USD",
        "default_language": "en",
        "rounding_rule": "ceil_99",
        "duties_mode": "DDP",
        "is_default": True,
    },
    {
        "slug": "euro-area",
        "name": "Euro area",
        "countries": EURO_AREA,
        "currency": "EUR",
        "default_language": "en",
        "rounding_rule": "ceil_99",
        "duties_mode": "DDP",
        "is_default": False,
    },
    {
        "slug": "japan",
        "name": "Japan",
        "countries": ["JP"],
        "currency": "JPY",
        "default_language": "ja",
        "rounding_rule": "ceil_100",
        "duties_mode": "DAP",
        "is_default": False,
    },
    {
        "slug": "south-korea",
        "name": "South Korea",
        "countries": ["KR"],
        "currency": "KRW",
        "default_language": "ko",
        "rounding_rule": "ceil_1000",
        "duties_mode": "DAP",
        "is_default": False,
    },
    {
        "slug": "united-kingdom",
        "name": "United Kingdom",
        "countries": ["GB"],
        "currency": "GBP",
        "default_language": "en",
        "rounding_rule": "ceil_99",
        "duties_mode": "DDP",
        "is_default": False,
    },
]

# (SKU, market slug, amount in the market's currency): round shelf prices set by staff.
MARKET_PRICES: list[tuple[str, str, Decimal]] = [
    ("BT-TEA-LAM-6", "japan", Decimal("12800")),
    ("BT-TEA-LAM-6", "united-states", Decimal("59.00")),
    ("PT-BRACELET-8", "united-states", Decimal("55.00")),
]
