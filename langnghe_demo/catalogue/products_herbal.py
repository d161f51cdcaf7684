"""Demo products: herbal cosmetics, incense and agarwood.

Agarwood comes from Aquilaria trees, listed in CITES Appendix II: whether a product may enter a
country, and with which permit, is decided per destination by `checkout/duties.py`, not here.
"""

from decimal import Decimal

from langnghe_demo.catalogue import producers as p
from langnghe_demo.catalogue.records import TRACKED, variant

HERBAL: list[dict] = [
    {
        "slug": "dau-goi-bo-ket-thao-moc",
        "producer": p.MOC_LAN,
        "category": "thao-duoc-my-pham",
        "name_vi": "Dầu gội bồ kết thảo mộc",
        "customs_description": "Herbal shampoo with soap-pod (Gleditsia) extract",
        "hs_code": "330510",
        "materials": "Soap pod (bồ kết), grapefruit peel, Vietnamese balm, plant surfactants",
        "ocop_stars": 4,
        "inventory_policy": TRACKED,
        "variants": [
            variant(
                "ML-SHAMPOO-BK-300",
                {"volume": "300 ml"},
                net_g=320,
                gross_g=400,
                dims_mm=(70, 50, 200),
                price=Decimal("135000"),
            ),
            variant(
                "ML-SHAMPOO-BK-500",
                {"volume": "500 ml"},
                net_g=530,
                gross_g=640,
                dims_mm=(80, 60, 240),
                price=Decimal("195000"),
            ),
        ],
    },
    {
        "slug": "dau-goi-vo-buoi",
        "producer": p.MOC_LAN,
        "category": "thao-duoc-my-pham",
        "name_vi": "Dầu gội vỏ bưởi",
        "customs_description": "Herbal shampoo with pomelo peel extract",
        "hs_code": "330510",
        "materials": "Pomelo peel, soap pod, plant surfactants",
        "ocop_stars": 4,
        "inventory_policy": TRACKED,
        "variants": [
            variant(
                "ML-SHAMPOO-BUOI-300",
                {"volume": "300 ml"},
                net_g=320,
                gross_g=400,
                dims_mm=(70, 50, 200),
                price=Decimal("145000"),
            ),
        ],
    },
    {
        "slug": "tinh-chat-vo-buoi-duong-toc",
        "producer": p.MOC_LAN,
        "category": "thao-duoc-my-pham",
        "name_vi": "Tinh chất vỏ bưởi dưỡng tóc",
        "customs_description": "Hair tonic with pomelo peel essential oil",
        "hs_code": "330590",
        "materials": "Pomelo peel essential oil, distilled water, plant glycerine",
        "ocop_stars": 3,
        "inventory_policy": TRACKED,
        "variants": [
            variant(
                "ML-TONIC-BUOI-100",
                {"volume": "100 ml"},
                net_g=110,
                gross_g=200,
                dims_mm=(60, 60, 150),
                price=Decimal("120000"),
            ),
        ],
    },
    {
        "slug": "xa-phong-thao-duoc-thu-cong",
        "producer": p.MOC_LAN,
        "category": "thao-duoc-my-pham",
        "name_vi": "Xà phòng thảo dược thủ công",
        "customs_description": "Toilet soap in bars, cold-process, with herbs",
        "hs_code": "340111",
        "materials": "Coconut oil, olive oil, soap pod, Vietnamese balm, turmeric",
        "ocop_stars": 3,
        "inventory_policy": TRACKED,
        "variants": [
            variant(
                "ML-SOAP-100",
                {"weight": "100 g", "pieces": "1"},
                net_g=100,
                gross_g=130,
                dims_mm=(95, 65, 35),
                price=Decimal("55000"),
            ),
            variant(
                "ML-SOAP-3X100",
                {"weight": "3 × 100 g", "pieces": "3"},
                net_g=300,
                gross_g=400,
                dims_mm=(210, 75, 40),
                price=Decimal("150000"),
            ),
        ],
    },
]

AGARWOOD: list[dict] = [
    {
        "slug": "vong-tay-tram-huong",
        "producer": p.PHUC_TRACH,
        "category": "tram-huong-nhang",
        "name_vi": "Vòng tay trầm hương",
        "customs_description": "Bracelet of agarwood beads (cultivated Aquilaria crassna)",
        "hs_code": "442090",
        "materials": "Agarwood (cultivated Aquilaria crassna), elastic cord",
        "ocop_stars": 3,
        "inventory_policy": TRACKED,
        "variants": [
            variant(
                "PT-BRACELET-8",
                {"bead": "8 mm", "beads": "22"},
                net_g=20,
                gross_g=150,
                dims_mm=(110, 110, 50),
                price=Decimal("1500000"),
            ),
            variant(
                "PT-BRACELET-10",
                {"bead": "10 mm", "beads": "19"},
                net_g=28,
                gross_g=160,
                dims_mm=(110, 110, 50),
                price=Decimal("2200000"),
            ),
            variant(
                "PT-BRACELET-12",
                {"bead": "12 mm", "beads": "16"},
                net_g=36,
                gross_g=170,
                dims_mm=(110, 110, 50),
                price=Decimal("3200000"),
            ),
        ],
    },
    {
        "slug": "nhang-tram-khong-tam",
        "producer": p.PHUC_TRACH,
        "category": "tram-huong-nhang",
        "name_vi": "Nhang trầm hương không tăm",
        "customs_description": "Agarwood incense sticks, bamboo-free",
        "hs_code": "330741",
        "materials": "Agarwood powder, litsea bark binder",
        "ocop_stars": 3,
        "inventory_policy": TRACKED,
        "variants": [
            variant(
                "PT-INCENSE-100",
                {"weight": "100 g", "length": "20 cm"},
                net_g=100,
                gross_g=180,
                dims_mm=(230, 50, 50),
                price=Decimal("250000"),
            ),
        ],
    },
    {
        "slug": "nu-tram-huong",
        "producer": p.PHUC_TRACH,
        "category": "tram-huong-nhang",
        "name_vi": "Nụ trầm hương",
        "customs_description": "Agarwood incense cones",
        "hs_code": "330741",
        "materials": "Agarwood powder, litsea bark binder",
        "ocop_stars": 3,
        "inventory_policy": TRACKED,
        "variants": [
            variant(
                "PT-CONE-100",
                {"weight": "100 g", "pieces": "about 80"},
                net_g=100,
                gross_g=190,
                dims_mm=(110, 110, 60),
                price=Decimal("220000"),
            ),
        ],
    },
    {
        "slug": "tram-huong-mieng",
        "producer": p.PHUC_TRACH,
        "category": "tram-huong-nhang",
        "name_vi": "Trầm hương miếng xông",
        "customs_description": "Agarwood chips for burning (cultivated Aquilaria crassna)",
        "hs_code": "121190",
        "materials": "Agarwood (cultivated Aquilaria crassna)",
        "ocop_stars": None,
        "inventory_policy": TRACKED,
        "variants": [
            variant(
                "PT-CHIPS-50",
                {"weight": "50 g", "grade": "standard"},
                net_g=50,
                gross_g=130,
                dims_mm=(120, 90, 40),
                price=Decimal("650000"),
            ),
        ],
    },
]

PRODUCTS: list[dict] = [*HERBAL, *AGARWOOD]
