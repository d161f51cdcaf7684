"""Demo warehouses and the stock count of every tracked variant in them.

`STOCK` maps a SKU to {warehouse code: units}. Made-to-order variants carry no stock and do not
appear here; a count of 0 means the shelf is empty, not that the variant is unknown.
"""

from langnghe_demo.catalogue import producers as p

BAT_TRANG = "kho-htx-bat-trang"
HA_NOI = "kho-tong-ha-noi"
THANH_HA = "kho-htx-thanh-son"

WAREHOUSES: list[dict] = [
    {
        "code": BAT_TRANG,
        "name": "Kho HTX Bát Tràng",
        "producer": p.BAT_TRANG,
        "country": "VN",
        "province": "Hà Nội",
        "address": "Xóm 3, thôn Giang Cao, xã Bát Tràng, huyện Gia Lâm, Hà Nội",
    },
    {
        "code": HA_NOI,
        "name": "Kho tổng Hà Nội",
        "producer": None,
        "country": "VN",
        "province": "Hà Nội",
        "address": "Số 18, ngõ 95 đường Cổ Linh, phường Long Biên, Hà Nội",
    },
    {
        "code": THANH_HA,
        "name": "Kho HTX Vải thiều Thanh Sơn",
        "producer": p.THANH_HA,
        "country": "VN",
        "province": "Hải Phòng (trước đây Hải Dương)",
        "address": "Thôn Hạ Vĩnh, xã Thanh Sơn, huyện Thanh Hà",
    },
]

STOCK: dict[str, dict[str, int]] = {
    # Bát Tràng ceramics: most at the co-op's own store, a few units in Hà Nội.
    "BT-TEA-LAM-6": {BAT_TRANG: 24, HA_NOI: 6},
    "BT-TEA-RAN-6": {BAT_TRANG: 12, HA_NOI: 2},
    "BT-DIN-LAM-12": {BAT_TRANG: 8},
    "BT-MUG-HB-XANH": {BAT_TRANG: 60, HA_NOI: 18},
    "BT-MUG-HB-LUC": {BAT_TRANG: 45, HA_NOI: 0},
    "BT-MUG-HB-NAU": {BAT_TRANG: 3},
    "BT-VASE-RAN-25": {BAT_TRANG: 15, HA_NOI: 4},
    "BT-VASE-RAN-35": {BAT_TRANG: 2},
    "BT-PLATE-LAM-30": {BAT_TRANG: 20},
    "BT-PLATE-LAM-40": {BAT_TRANG: 0, HA_NOI: 1},
    # Phú Vinh bamboo and rattan: light but bulky, kept in the shared store.
    "PV-BASKET-S": {HA_NOI: 30},
    "PV-BASKET-M": {HA_NOI: 22},
    "PV-BASKET-L": {HA_NOI: 9},
    "PV-TRAY-ROUND-35": {HA_NOI: 25},
    "PV-TRAY-RECT-45": {HA_NOI: 14},
    "PV-LAN-TRE": {HA_NOI: 40},
    # Hạ Thái lacquer.
    "HT-BOX-TRAI-S-DEN": {HA_NOI: 16},
    "HT-BOX-TRAI-L-DEN": {HA_NOI: 5},
    "HT-BOX-TRAI-S-DO": {HA_NOI: 0},
    "HT-COAST-6-DEN": {HA_NOI: 28},
    "HT-COAST-6-DO": {HA_NOI: 11},
    # Vạn Phúc silk.
    "VP-SCARF-CHAM": {HA_NOI: 35},
    "VP-SCARF-SEN": {HA_NOI: 27},
    "VP-SCARF-NGA-VUONG": {HA_NOI: 12},
    "VP-TIE-NAVY": {HA_NOI: 18},
    "VP-TIE-BURGUNDY": {HA_NOI: 3},
    "VP-FABRIC-VAN-NGA": {HA_NOI: 10},
    "VP-FABRIC-VAN-NAU": {HA_NOI: 6},
    # Sơn Đồng woodwork.
    "SD-PUPPET-TEU-30": {HA_NOI: 12},
    "SD-PUPPET-TEU-45": {HA_NOI: 2},
    "SD-TRAY-MIT-40": {HA_NOI: 7},
    # Thanh Hà dried lychee: at the co-op and in Hà Nội.
    "TH-VAI-SAY-500": {THANH_HA: 60, HA_NOI: 40},
    "TH-VAI-SAY-1KG": {THANH_HA: 30, HA_NOI: 15},
    "TH-CUI-VAI-200": {THANH_HA: 50},
    # Lục Ngạn honey, Tân Cương tea.
    "LN-HONEY-VAI-500": {HA_NOI: 48},
    "LN-HONEY-VAI-1L": {HA_NOI: 20},
    "LN-HONEY-RUNG-500": {HA_NOI: 0},
    "TC-TEA-BUP-100": {HA_NOI: 55},
    "TC-TEA-BUP-200": {HA_NOI: 32},
    "TC-TEA-DINH-100": {HA_NOI: 9},
    "TC-TEA-HONG-100": {HA_NOI: 24},
    # Mộc Lan herbal cosmetics.
    "ML-SHAMPOO-BK-300": {HA_NOI: 50},
    "ML-SHAMPOO-BK-500": {HA_NOI: 30},
    "ML-SHAMPOO-BUOI-300": {HA_NOI: 42},
    "ML-TONIC-BUOI-100": {HA_NOI: 26},
    "ML-SOAP-100": {HA_NOI: 60},
    "ML-SOAP-3X100": {HA_NOI: 25},
    # Phúc Trạch agarwood.
    "PT-BRACELET-8": {HA_NOI: 10},
    "PT-BRACELET-10": {HA_NOI: 5},
    "PT-BRACELET-12": {HA_NOI: 1},
    "PT-INCENSE-100": {HA_NOI: 40},
    "PT-CONE-100": {HA_NOI: 35},
    "PT-CHIPS-50": {HA_NOI: 8},
}
