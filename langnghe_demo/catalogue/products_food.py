"""Demo products: dried fruit, honey and tea.

Dried lychee is HS 0813.40 ("other" dried fruit: heading 0813 has no .90 subheading). Green tea in
packs of at most 3 kg is 0902.10; black tea in such packs is 0902.30.
"""

from decimal import Decimal

from langnghe_demo.catalogue import producers as p
from langnghe_demo.catalogue.records import TRACKED, variant

DRIED_FRUIT: list[dict] = [
    {
        "slug": "vai-thieu-say-kho-thanh-ha",
        "producer": p.THANH_HA,
        "category": "trai-cay-say",
        "name_vi": "Vải thiều sấy khô Thanh Hà",
        "customs_description": "Dried lychees in shell, no added sugar",
        "hs_code": "081340",
        "materials": "Thanh Hà lychee (Litchi chinensis)",
        "ocop_stars": 3,
        "inventory_policy": TRACKED,
        "variants": [
            variant(
                "TH-VAI-SAY-500",
                {"weight": "500 g", "pack": "zip bag"},
                net_g=500,
                gross_g=620,
                dims_mm=(250, 180, 90),
                price=Decimal("120000"),
            ),
            variant(
                "TH-VAI-SAY-1KG",
                {"weight": "1 kg", "pack": "gift box"},
                net_g=1000,
                gross_g=1180,
                dims_mm=(300, 220, 110),
                price=Decimal("230000"),
            ),
        ],
    },
    {
        "slug": "cui-vai-say-deo",
        "producer": p.THANH_HA,
        "category": "trai-cay-say",
        "name_vi": "Cùi vải sấy dẻo",
        "customs_description": "Dried lychee flesh, soft-dried, no added sugar",
        "hs_code": "081340",
        "materials": "Thanh Hà lychee flesh",
        "ocop_stars": 3,
        "inventory_policy": TRACKED,
        "variants": [
            variant(
                "TH-CUI-VAI-200",
                {"weight": "200 g", "pack": "stand-up pouch"},
                net_g=200,
                gross_g=270,
                dims_mm=(200, 140, 50),
                price=Decimal("95000"),
            ),
        ],
    },
]

HONEY: list[dict] = [
    {
        "slug": "mat-ong-hoa-vai-luc-ngan",
        "producer": p.LUC_NGAN,
        "category": "mat-ong",
        "name_vi": "Mật ong hoa vải Lục Ngạn",
        "customs_description": "Natural honey, lychee blossom",
        "hs_code": "040900",
        "materials": "Lychee blossom honey (Apis cerana and Apis mellifera)",
        "ocop_stars": 4,
        "inventory_policy": TRACKED,
        "variants": [
            variant(
                "LN-HONEY-VAI-500",
                {"volume": "500 ml", "weight": "700 g", "pack": "glass jar"},
                net_g=700,
                gross_g=1050,
                dims_mm=(90, 90, 190),
                price=Decimal("180000"),
            ),
            variant(
                "LN-HONEY-VAI-1L",
                {"volume": "1 l", "weight": "1.4 kg", "pack": "glass jar"},
                net_g=1400,
                gross_g=1950,
                dims_mm=(110, 110, 250),
                price=Decimal("340000"),
            ),
        ],
    },
    {
        "slug": "mat-ong-hoa-rung-luc-ngan",
        "producer": p.LUC_NGAN,
        "category": "mat-ong",
        "name_vi": "Mật ong hoa rừng Lục Ngạn",
        "customs_description": "Natural honey, wildflower",
        "hs_code": "040900",
        "materials": "Wildflower honey (Apis cerana)",
        "ocop_stars": 3,
        "inventory_policy": TRACKED,
        "variants": [
            variant(
                "LN-HONEY-RUNG-500",
                {"volume": "500 ml", "weight": "700 g", "pack": "glass jar"},
                net_g=700,
                gross_g=1050,
                dims_mm=(90, 90, 190),
                price=Decimal("220000"),
            ),
        ],
    },
]

TEA: list[dict] = [
    {
        "slug": "che-bup-tan-cuong",
        "producer": p.TAN_CUONG,
        "category": "tra",
        "name_vi": "Chè búp Tân Cương",
        "customs_description": "Green tea, loose leaf, in packs of 3 kg or less",
        "hs_code": "090210",
        "materials": "Green tea leaves (Camellia sinensis)",
        "ocop_stars": 4,
        "inventory_policy": TRACKED,
        "variants": [
            variant(
                "TC-TEA-BUP-100",
                {"weight": "100 g", "pack": "vacuum pouch in paper box"},
                net_g=100,
                gross_g=180,
                dims_mm=(160, 110, 70),
                price=Decimal("95000"),
            ),
            variant(
                "TC-TEA-BUP-200",
                {"weight": "200 g", "pack": "vacuum pouch in paper box"},
                net_g=200,
                gross_g=330,
                dims_mm=(190, 130, 80),
                price=Decimal("180000"),
            ),
        ],
    },
    {
        "slug": "tra-dinh-tan-cuong-hop-thiec",
        "producer": p.TAN_CUONG,
        "category": "tra",
        "name_vi": "Trà đinh Tân Cương hộp thiếc",
        "customs_description": "Green tea, top-grade buds, tin of 100 g",
        "hs_code": "090210",
        "materials": "Green tea buds (Camellia sinensis)",
        "ocop_stars": 4,
        "inventory_policy": TRACKED,
        "variants": [
            variant(
                "TC-TEA-DINH-100",
                {"weight": "100 g", "pack": "tin"},
                net_g=100,
                gross_g=260,
                dims_mm=(110, 110, 140),
                price=Decimal("480000"),
            ),
        ],
    },
    {
        "slug": "hong-tra-thai-nguyen",
        "producer": p.TAN_CUONG,
        "category": "tra",
        "name_vi": "Hồng trà Thái Nguyên",
        "customs_description": "Black tea, loose leaf, in packs of 3 kg or less",
        "hs_code": "090230",
        "materials": "Black tea leaves (Camellia sinensis)",
        "ocop_stars": 3,
        "inventory_policy": TRACKED,
        "variants": [
            variant(
                "TC-TEA-HONG-100",
                {"weight": "100 g", "pack": "kraft paper box"},
                net_g=100,
                gross_g=170,
                dims_mm=(160, 110, 70),
                price=Decimal("150000"),
            ),
        ],
    },
]

PRODUCTS: list[dict] = [*DRIED_FRUIT, *HONEY, *TEA]
