"""Demo shipping data: zones covering the demo markets, VNPost and DHL methods, weight brackets.

All prices are demo figures in VND, shaped like real export tariffs (EMS cheaper and slower,
express dearer and faster, Japan and Korea nearest) but not any carrier's published tariff.
"""

from decimal import ROUND_HALF_UP, Decimal

from django_countries import countries

from checkout.models import Exporter, ShippingMethod, ShippingRate, ShippingZone
from langnghe_demo.catalogue.markets import EURO_AREA
from langnghe_demo.context import DemoContext, _upsert
from shop.models import Carrier

DOMESTIC_ZONE = "Vietnam (domestic)"
REST_OF_WORLD = "Rest of world"

# Zone name → countries; "Rest of world" takes every country the others leave out.
ZONES: dict[str, list[str]] = {
    DOMESTIC_ZONE: ["VN"],
    "Japan": ["JP"],
    "South Korea": ["KR"],
    "North America": ["US", "CA"],
    "Europe": [*EURO_AREA, "GB", "CH", "NO", "CZ", "DK", "HU", "PL", "RO", "SE"],
    "Australia & New Zealand": ["AU", "NZ"],
}

# Bracket upper bounds (g) → price to Japan (VND); other zones scale these by ZONE_FACTORS.
EMS_TO_JAPAN: dict[int, Decimal] = {
    500: Decimal("350000"),
    1_000: Decimal("450000"),
    2_000: Decimal("650000"),
    5_000: Decimal("1100000"),
    10_000: Decimal("1900000"),
    20_000: Decimal("3400000"),
    30_000: Decimal("4800000"),
}
EXPRESS_TO_JAPAN: dict[int, Decimal] = {
    500: Decimal("950000"),
    1_000: Decimal("1200000"),
    2_000: Decimal("1650000"),
    5_000: Decimal("2900000"),
    10_000: Decimal("4800000"),
    20_000: Decimal("8400000"),
    30_000: Decimal("11800000"),
    50_000: Decimal("18500000"),
    70_000: Decimal("25500000"),
}
DOMESTIC: dict[int, Decimal] = {
    500: Decimal("25000"),
    1_000: Decimal("35000"),
    2_000: Decimal("50000"),
    5_000: Decimal("90000"),
    10_000: Decimal("150000"),
    20_000: Decimal("260000"),
    30_000: Decimal("370000"),
}
ZONE_FACTORS: dict[str, Decimal] = {
    "Japan": Decimal("1"),
    "South Korea": Decimal("0.9"),
    "North America": Decimal("1.5"),
    "Europe": Decimal("1.4"),
    "Australia & New Zealand": Decimal("1.3"),
    REST_OF_WORLD: Decimal("1.8"),
}

EMS = {
    "name": "VNPost EMS",
    "carrier": "VNPost",
    "volumetric_divisor": 6000,
    "max_weight_g": 30_000,
    "days_min": 5,
    "days_max": 10,
    "position": 10,
}
EXPRESS = {
    "name": "DHL Express",
    "carrier": "DHL",
    "volumetric_divisor": 5000,
    "max_weight_g": 70_000,
    "days_min": 2,
    "days_max": 4,
    "position": 20,
}
DOMESTIC_METHOD = {
    "name": "VNPost domestic",
    "carrier": "VNPost",
    "volumetric_divisor": 6000,
    "max_weight_g": 30_000,
    "days_min": 2,
    "days_max": 5,
    "position": 10,
}


def rest_of_world_countries() -> list[str]:
    """Every country code no other demo zone covers."""
    covered = {code for codes in ZONES.values() for code in codes}
    return sorted(country.code for country in countries if country.code not in covered)


def _scaled(prices: dict[int, Decimal], factor: Decimal) -> dict[int, Decimal]:
    thousand = Decimal(1000)
    return {
        grams: (price * factor / thousand).quantize(Decimal(1), ROUND_HALF_UP) * thousand
        for grams, price in prices.items()
    }


def _method_upsert(
    ctx: DemoContext, zone: ShippingZone, spec: dict, prices: dict[int, Decimal]
) -> None:
    values = {k: v for k, v in spec.items() if k != "name"}
    values.update(currency="VND", is_active=True)
    lookup = {"zone": zone, "name": spec["name"]}
    method = _upsert(ctx, "Shipping methods", ShippingMethod, lookup, values)
    for up_to_g, price in prices.items():
        lookup = {"method": method, "up_to_g": up_to_g}
        _upsert(ctx, "Shipping rates", ShippingRate, lookup, {"price": price})


# The carriers parcels leave with. DHL's tracking page takes the number in its query; the
# Vietnamese carriers' links are left for staff to fill in (Shipping → Carriers).
CARRIERS = {
    "EMS Vietnam": "",
    "Vietnam Post": "",
    "DHL Express": (
        "https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id={number}"
    ),
}


# The demo cooperative that sends the parcels, as the customs papers print it (invented tax code).
EXPORTER = {
    "name": "Hợp tác xã Làng nghề Việt (demo)",
    "address": "Thôn Giang Cao, xã Bát Tràng\nHuyện Gia Lâm, Hà Nội",
    "country": "VN",
    "phone": "+84 24 0000 0000",
    "email": "xuatkhau@langnghe.example",
    "tax_id": "0100000000",
    "signatory": "Nguyễn Thị Lan",
}


def step_shipping(ctx: DemoContext) -> None:
    """Zones for every demo market plus the rest of the world; EMS and DHL abroad, VNPost at
    home; the carriers staff choose when shipping. Upserted by natural key, so a second run
    changes nothing."""
    for name, tracking_url in CARRIERS.items():
        _upsert(ctx, "Carriers", Carrier, {"name": name}, {"tracking_url": tracking_url})
    if not Exporter.objects.exclude(name=EXPORTER["name"]).exists():  # staff's own stays
        _upsert(ctx, "Exporter", Exporter, {"name": EXPORTER["name"]}, EXPORTER)
    zones = {**ZONES, REST_OF_WORLD: rest_of_world_countries()}
    for name, codes in zones.items():
        zone = _upsert(ctx, "Shipping zones", ShippingZone, {"name": name}, {"countries": codes})
        if name == DOMESTIC_ZONE:
            _method_upsert(ctx, zone, DOMESTIC_METHOD, DOMESTIC)
            continue
        factor = ZONE_FACTORS[name]
        _method_upsert(ctx, zone, EMS, _scaled(EMS_TO_JAPAN, factor))
        _method_upsert(ctx, zone, EXPRESS, _scaled(EXPRESS_TO_JAPAN, factor))
