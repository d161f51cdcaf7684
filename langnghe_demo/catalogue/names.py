"""Demo names in every content language: categories, producers and variant labels.

`vi` is the source (the model's `name`); the others go into `name_translations`. Producers keep
their proper names with diacritics, and only the descriptive part is translated ("Hợp tác xã"
→ "Cooperative", 協同組合, 협동조합, Coopérative, Genossenschaft, 合作社).
"""

LANGUAGE_ORDER = ("vi", "en", "ja", "ko", "fr", "de", "zh-hans")


def _names(*texts: str) -> dict[str, str]:
    if len(texts) != len(LANGUAGE_ORDER):
        raise ValueError(f"{texts[0]}: one name per language {LANGUAGE_ORDER}.")
    return dict(zip(LANGUAGE_ORDER, texts, strict=True))


def _cm(size: str) -> dict[str, str]:
    """A label that is only a size in centimetres."""
    return _names(
        f"{size} cm", f"{size} cm", f"{size}cm", f"{size}cm", f"{size} cm", f"{size} cm",
        f"{size}厘米",
    )  # fmt: skip


def _grams(weight: str) -> dict[str, str]:
    return _names(
        f"{weight} g", f"{weight} g", f"{weight}g", f"{weight}g", f"{weight} g", f"{weight} g",
        f"{weight}克",
    )  # fmt: skip


def _ml(volume: str) -> dict[str, str]:
    return _names(
        f"{volume} ml", f"{volume} ml", f"{volume}ml", f"{volume}ml", f"{volume} ml",
        f"{volume} ml", f"{volume}毫升",
    )  # fmt: skip


def _diameter(size: str) -> dict[str, str]:
    return _names(
        f"Ø {size} cm", f"Ø {size} cm", f"直径{size}cm", f"지름 {size}cm", f"Ø {size} cm",
        f"Ø {size} cm", f"直径{size}厘米",
    )  # fmt: skip


def _beads(size: str) -> dict[str, str]:
    return _names(
        f"Hạt {size} mm", f"{size} mm beads", f"{size}mm玉", f"{size}mm 구슬",
        f"Perles de {size} mm", f"{size}-mm-Perlen", f"{size}毫米珠",
    )  # fmt: skip


def _with_size(colour: dict[str, str], size: dict[str, str]) -> dict[str, str]:
    """ "Colour, size" in each language's punctuation."""
    separators = {"ja": "、", "zh-hans": "，"}
    return {
        code: f"{colour[code]}{separators.get(code, ', ')}{size[code]}" for code in LANGUAGE_ORDER
    }


CATEGORY_NAMES: dict[str, dict[str, str]] = {
    "gom-su": _names("Gốm sứ", "Ceramics", "陶磁器", "도자기", "Céramique", "Keramik", "陶瓷"),
    "may-tre-dan": _names(
        "Mây tre đan", "Bamboo & rattan", "竹・籐細工", "대나무·등나무 공예",
        "Bambou et rotin", "Bambus & Rattan", "竹藤编织",
    ),
    "son-mai": _names("Sơn mài", "Lacquerware", "漆器", "칠기", "Laque", "Lackwaren", "漆器"),
    "lua-det-may": _names(
        "Lụa & dệt may", "Silk & textiles", "絹・織物", "실크·직물", "Soie et textiles",
        "Seide & Textilien", "丝绸与纺织品",
    ),
    "do-go": _names(
        "Đồ gỗ", "Woodwork", "木工品", "목공예", "Objets en bois", "Holzarbeiten", "木制品"
    ),
    "thuc-pham": _names(
        "Thực phẩm", "Food", "食品", "식품", "Alimentation", "Lebensmittel", "食品"
    ),
    "trai-cay-say": _names(
        "Trái cây sấy", "Dried fruit", "ドライフルーツ", "말린 과일", "Fruits séchés",
        "Trockenfrüchte", "果干",
    ),
    "mat-ong": _names("Mật ong", "Honey", "はちみつ", "꿀", "Miel", "Honig", "蜂蜜"),
    "tra": _names("Trà", "Tea", "お茶", "차", "Thé", "Tee", "茶叶"),
    "thao-duoc-my-pham": _names(
        "Thảo dược & mỹ phẩm", "Herbal & cosmetics", "ハーブ・化粧品", "허브·화장품",
        "Plantes et cosmétiques", "Kräuter & Kosmetik", "草本与化妆品",
    ),
    "tram-huong-nhang": _names(
        "Trầm hương & nhang", "Incense & agarwood", "沈香・お香", "침향·향",
        "Encens et bois d’agar", "Räucherwerk & Adlerholz", "沉香与线香",
    ),
}  # fmt: skip

PRODUCER_NAMES: dict[str, dict[str, str]] = {
    "htx-gom-su-lam-thuy-bat-trang": _names(
        "Hợp tác xã Gốm sứ Lam Thủy Bát Tràng",
        "Lam Thủy Bát Tràng Ceramics Cooperative",
        "Lam Thủy Bát Tràng 陶磁器協同組合",
        "Lam Thủy Bát Tràng 도자기 협동조합",
        "Coopérative de céramique Lam Thủy Bát Tràng",
        "Keramikgenossenschaft Lam Thủy Bát Tràng",
        "Lam Thủy Bát Tràng 陶瓷合作社",
    ),
    "may-tre-dan-trong-nghia-phu-vinh": _names(
        "Hộ kinh doanh Mây tre đan Trọng Nghĩa",
        "Trọng Nghĩa Bamboo & Rattan (family business)",
        "Trọng Nghĩa 竹・籐細工（家族経営）",
        "Trọng Nghĩa 대나무·등나무 공예(가족 사업장)",
        "Vannerie Trọng Nghĩa (entreprise familiale)",
        "Korbflechterei Trọng Nghĩa (Familienbetrieb)",
        "Trọng Nghĩa 竹藤编织（家庭作坊）",
    ),
    "htx-vai-thieu-thanh-son-thanh-ha": _names(
        "Hợp tác xã Vải thiều Thanh Sơn",
        "Thanh Sơn Lychee Cooperative",
        "Thanh Sơn ライチ協同組合",
        "Thanh Sơn 리치 협동조합",
        "Coopérative de litchis Thanh Sơn",
        "Litschi-Genossenschaft Thanh Sơn",
        "Thanh Sơn 荔枝合作社",
    ),
    "htx-ong-mat-phuong-son-luc-ngan": _names(
        "Hợp tác xã Ong mật Phượng Sơn",
        "Phượng Sơn Honey Cooperative",
        "Phượng Sơn 養蜂協同組合",
        "Phượng Sơn 양봉 협동조합",
        "Coopérative apicole Phượng Sơn",
        "Imkergenossenschaft Phượng Sơn",
        "Phượng Sơn 蜂蜜合作社",
    ),
    "tram-huong-phuc-trach-huong-khe": _names(
        "Cơ sở Trầm hương Phúc Trạch",
        "Phúc Trạch Agarwood Workshop",
        "Phúc Trạch 沈香工房",
        "Phúc Trạch 침향 공방",
        "Atelier de bois d’agar Phúc Trạch",
        "Adlerholz-Werkstatt Phúc Trạch",
        "Phúc Trạch 沉香工坊",
    ),
    "cong-ty-thao-moc-moc-lan": _names(
        "Công ty TNHH Thảo mộc Mộc Lan",
        "Mộc Lan Herbals Co., Ltd.",
        "Mộc Lan ハーブ有限会社",
        "Mộc Lan 허브 유한회사",
        "Plantes Mộc Lan SARL",
        "Mộc Lan Kräuter GmbH",
        "Mộc Lan 草本有限公司",
    ),
    "son-mai-ha-thai-duc-thinh": _names(
        "Xưởng Sơn mài Đức Thịnh Hạ Thái",
        "Đức Thịnh Hạ Thái Lacquer Workshop",
        "Đức Thịnh Hạ Thái 漆器工房",
        "Đức Thịnh Hạ Thái 칠기 공방",
        "Atelier de laque Đức Thịnh Hạ Thái",
        "Lackwerkstatt Đức Thịnh Hạ Thái",
        "Đức Thịnh Hạ Thái 漆器工坊",
    ),
    "det-lua-phuc-hung-van-phuc": _names(
        "Cơ sở Dệt lụa Phúc Hưng",
        "Phúc Hưng Silk Weaving",
        "Phúc Hưng 絹織物工房",
        "Phúc Hưng 실크 직조 공방",
        "Tissage de soie Phúc Hưng",
        "Seidenweberei Phúc Hưng",
        "Phúc Hưng 丝绸织造坊",
    ),
    "tac-tuong-son-dong-van-tuyen": _names(
        "Xưởng tạc tượng Văn Tuyến Sơn Đồng",
        "Văn Tuyến Sơn Đồng Wood Carving Workshop",
        "Văn Tuyến Sơn Đồng 木彫工房",
        "Văn Tuyến Sơn Đồng 목조각 공방",
        "Atelier de sculpture sur bois Văn Tuyến Sơn Đồng",
        "Holzschnitzwerkstatt Văn Tuyến Sơn Đồng",
        "Văn Tuyến Sơn Đồng 木雕工坊",
    ),
    "htx-tra-suong-mai-tan-cuong": _names(
        "Hợp tác xã Trà Sương Mai Tân Cương",
        "Sương Mai Tân Cương Tea Cooperative",
        "Sương Mai Tân Cương 茶協同組合",
        "Sương Mai Tân Cương 차 협동조합",
        "Coopérative de thé Sương Mai Tân Cương",
        "Teegenossenschaft Sương Mai Tân Cương",
        "Sương Mai Tân Cương 茶叶合作社",
    ),
}

_COBALT = _names("Men lam", "Cobalt blue", "染付", "청화", "Bleu de cobalt", "Kobaltblau", "青花")
_CRACKLE = _names("Men rạn", "Crackle", "貫入", "빙렬", "Craquelé", "Craquelé", "开片")
_BLACK = _names("Đen", "Black", "黒", "검정", "Noir", "Schwarz", "黑色")
_VERMILION = _names("Đỏ son", "Vermilion", "朱", "주홍", "Vermillon", "Zinnoberrot", "朱红")
_IVORY = _names("Trắng ngà", "Ivory", "アイボリー", "아이보리", "Ivoire", "Elfenbein", "象牙白")
_GILDED = _names(
    "sơn son thếp vàng", "lacquered and gilded", "漆塗り金箔仕上げ", "옻칠 및 금박",
    "laqué et doré", "lackiert und vergoldet", "髹漆贴金",
)  # fmt: skip


def _by_cm(width: str, height: str) -> dict[str, str]:
    return _cm(f"{width} × {height}")


VARIANT_NAMES: dict[str, dict[str, str]] = {
    "BT-TEA-LAM-6": _names(
        "Men lam, 6 chén", "Cobalt blue, 6 cups", "染付、湯呑み6客", "청화, 찻잔 6개",
        "Bleu de cobalt, 6 tasses", "Kobaltblau, 6 Tassen", "青花，6只茶杯",
    ),
    "BT-TEA-RAN-6": _names(
        "Men rạn cổ, 6 chén", "Antique crackle, 6 cups", "古貫入、湯呑み6客",
        "고풍 빙렬, 찻잔 6개", "Craquelé ancien, 6 tasses", "Antikes Craquelé, 6 Tassen",
        "仿古开片，6只茶杯",
    ),
    "BT-DIN-LAM-12": _names(
        "Men lam, 12 món", "Cobalt blue, 12 pieces", "染付、12点", "청화, 12피스",
        "Bleu de cobalt, 12 pièces", "Kobaltblau, 12 Teile", "青花，12件",
    ),
    "BT-MUG-HB-XANH": _names(
        "Xanh đại dương", "Ocean blue", "オーシャンブルー", "오션 블루", "Bleu océan",
        "Ozeanblau", "海洋蓝",
    ),
    "BT-MUG-HB-LUC": _names(
        "Xanh ngọc bích", "Jade green", "翡翠グリーン", "비취색", "Vert jade", "Jadegrün",
        "翡翠绿",
    ),
    "BT-MUG-HB-NAU": _names(
        "Nâu trà", "Tea brown", "茶褐色", "찻빛 갈색", "Brun thé", "Teebraun", "茶褐色"
    ),
    "BT-VASE-RAN-25": _with_size(_CRACKLE, _cm("25")),
    "BT-VASE-RAN-35": _with_size(_CRACKLE, _cm("35")),
    "BT-VASE-LB-80": _with_size(_COBALT, _cm("80")),
    "BT-VASE-LB-120": _with_size(_COBALT, _cm("120")),
    "BT-PLATE-LAM-30": _diameter("30"),
    "BT-PLATE-LAM-40": _diameter("40"),
    "PV-BASKET-S": _with_size(
        _names("Nhỏ", "Small", "S", "소", "Petit", "Klein", "小号"), _diameter("25")
    ),
    "PV-BASKET-M": _with_size(
        _names("Vừa", "Medium", "M", "중", "Moyen", "Mittel", "中号"), _diameter("32")
    ),
    "PV-BASKET-L": _with_size(
        _names("Lớn", "Large", "L", "대", "Grand", "Groß", "大号"), _diameter("40")
    ),
    "PV-TRAY-ROUND-35": _with_size(
        _names("Tròn", "Round", "丸形", "원형", "Rond", "Rund", "圆形"), _diameter("35")
    ),
    "PV-TRAY-RECT-45": _with_size(
        _names("Chữ nhật", "Rectangular", "長方形", "직사각형", "Rectangulaire", "Rechteckig",
               "长方形"),
        _by_cm("45", "30"),
    ),  # fmt: skip
    "PV-LAN-TRE": _with_size(
        _names("Tre tự nhiên", "Natural bamboo", "天然竹", "천연 대나무", "Bambou naturel",
               "Naturbambus", "天然竹"),
        _cm("36"),
    ),  # fmt: skip
    "PV-CHAIR-NAT": _names(
        "Màu tự nhiên", "Natural", "ナチュラル", "내추럴", "Naturel", "Natur", "原色"
    ),
    "PV-CHAIR-HONEY": _names(
        "Nâu mật ong", "Honey brown", "ハニーブラウン", "허니 브라운", "Brun miel",
        "Honigbraun", "蜜糖棕",
    ),
    "HT-BOX-TRAI-S-DEN": _with_size(_BLACK, _by_cm("15", "10")),
    "HT-BOX-TRAI-L-DEN": _with_size(_BLACK, _by_cm("25", "18")),
    "HT-BOX-TRAI-S-DO": _with_size(_VERMILION, _by_cm("15", "10")),
    "HT-COAST-6-DEN": _names(
        "Đen khảm vỏ trứng", "Black with eggshell", "黒・卵殻象嵌", "검정, 달걀껍데기 상감",
        "Noir à la coquille d’œuf", "Schwarz mit Eierschale", "黑色蛋壳镶嵌",
    ),
    "HT-COAST-6-DO": _names(
        "Đỏ son khảm vỏ trứng", "Vermilion with eggshell", "朱・卵殻象嵌",
        "주홍, 달걀껍데기 상감", "Vermillon à la coquille d’œuf", "Zinnoberrot mit Eierschale",
        "朱红蛋壳镶嵌",
    ),
    "HT-PAINT-40X60": _by_cm("40", "60"),
    "HT-PAINT-60X90": _by_cm("60", "90"),
    "HT-PAINT-80X120": _by_cm("80", "120"),
    "VP-SCARF-CHAM": _with_size(
        _names("Chàm", "Indigo", "藍", "쪽빛", "Indigo", "Indigo", "靛蓝"), _by_cm("180", "55")
    ),
    "VP-SCARF-SEN": _with_size(
        _names("Hồng sen", "Lotus pink", "蓮ピンク", "연꽃 분홍", "Rose lotus", "Lotusrosa",
               "莲花粉"),
        _by_cm("180", "55"),
    ),  # fmt: skip
    "VP-SCARF-NGA-VUONG": _names(
        "Trắng ngà, vuông 90 × 90 cm", "Ivory, square 90 × 90 cm",
        "アイボリー、正方形90 × 90cm", "아이보리, 정사각 90 × 90cm",
        "Ivoire, carré 90 × 90 cm", "Elfenbein, quadratisch 90 × 90 cm",
        "象牙白，方巾90 × 90厘米",
    ),
    "VP-TIE-NAVY": _names(
        "Xanh than", "Navy", "ネイビー", "네이비", "Bleu marine", "Marineblau", "藏青色"
    ),
    "VP-TIE-BURGUNDY": _names(
        "Đỏ rượu vang", "Burgundy", "バーガンディ", "버건디", "Bordeaux", "Bordeaux", "酒红色"
    ),
    "VP-FABRIC-VAN-NGA": _with_size(
        _IVORY, _names("2 m", "2 m", "2m", "2m", "2 m", "2 m", "2米")
    ),
    "VP-FABRIC-VAN-NAU": _names(
        "Nâu nhuộm củ nâu, 2 m", "Brown (củ nâu dye), 2 m", "茶色（củ nâu染め）、2m",
        "갈색(củ nâu 염색), 2m", "Brun (teinture au củ nâu), 2 m",
        "Braun (mit Củ nâu gefärbt), 2 m", "棕色（薯莨染），2米",
    ),
    "SD-PUPPET-TEU-30": _cm("30"),
    "SD-PUPPET-TEU-45": _cm("45"),
    "SD-STATUE-40": _with_size(_cm("40"), _GILDED),
    "SD-STATUE-60": _with_size(_cm("60"), _GILDED),
    "SD-TRAY-MIT-40": _by_cm("40", "28"),
    "TH-VAI-SAY-500": _names(
        "Túi 500 g", "500 g bag", "500g袋", "500g 봉지", "Sachet de 500 g", "500-g-Beutel",
        "500克袋装",
    ),
    "TH-VAI-SAY-1KG": _names(
        "Hộp quà 1 kg", "1 kg gift box", "1kgギフト箱", "1kg 선물 상자",
        "Coffret cadeau de 1 kg", "1-kg-Geschenkbox", "1公斤礼盒",
    ),
    "TH-CUI-VAI-200": _names(
        "Túi 200 g", "200 g pouch", "200gパウチ", "200g 파우치", "Sachet de 200 g",
        "200-g-Beutel", "200克袋装",
    ),
    "LN-HONEY-VAI-500": _names(
        "Hũ thủy tinh 500 ml", "500 ml glass jar", "500mlガラス瓶", "500ml 유리병",
        "Pot en verre de 500 ml", "500-ml-Glas", "500毫升玻璃瓶",
    ),
    "LN-HONEY-VAI-1L": _names(
        "Hũ thủy tinh 1 lít", "1 litre glass jar", "1リットルガラス瓶", "1리터 유리병",
        "Pot en verre d’un litre", "1-Liter-Glas", "1升玻璃瓶",
    ),
    "LN-HONEY-RUNG-500": _names(
        "Hũ thủy tinh 500 ml", "500 ml glass jar", "500mlガラス瓶", "500ml 유리병",
        "Pot en verre de 500 ml", "500-ml-Glas", "500毫升玻璃瓶",
    ),
    "TC-TEA-BUP-100": _grams("100"),
    "TC-TEA-BUP-200": _grams("200"),
    "TC-TEA-DINH-100": _names(
        "Hộp thiếc 100 g", "100 g tin", "100g缶", "100g 틴 케이스", "Boîte en métal de 100 g",
        "100-g-Dose", "100克铁罐",
    ),
    "TC-TEA-HONG-100": _grams("100"),
    "ML-SHAMPOO-BK-300": _ml("300"),
    "ML-SHAMPOO-BK-500": _ml("500"),
    "ML-SHAMPOO-BUOI-300": _ml("300"),
    "ML-TONIC-BUOI-100": _names(
        "Chai xịt 100 ml", "100 ml spray", "100mlスプレー", "100ml 스프레이",
        "Spray de 100 ml", "100-ml-Sprühflasche", "100毫升喷雾",
    ),
    "ML-SOAP-100": _names(
        "1 bánh, 100 g", "1 bar, 100 g", "1個、100g", "1개, 100g", "1 pain, 100 g",
        "1 Stück, 100 g", "1块，100克",
    ),
    "ML-SOAP-3X100": _names(
        "Hộp 3 bánh", "Box of 3 bars", "3個入り箱", "3개입 상자", "Boîte de 3 pains",
        "Schachtel mit 3 Stück", "3块装礼盒",
    ),
    "PT-BRACELET-8": _beads("8"),
    "PT-BRACELET-10": _beads("10"),
    "PT-BRACELET-12": _beads("12"),
    "PT-INCENSE-100": _names(
        "Ống 100 g, nén dài 20 cm", "100 g tube, 20 cm sticks", "100g筒、20cmスティック",
        "100g 통, 20cm 스틱", "Tube de 100 g, bâtonnets de 20 cm",
        "100-g-Röhre, 20-cm-Stäbchen", "100克筒装，20厘米线香",
    ),
    "PT-CONE-100": _names(
        "Hộp 100 g (khoảng 80 nụ)", "100 g box (about 80 cones)", "100g箱（約80個）",
        "100g 상자(약 80개)", "Boîte de 100 g (environ 80 cônes)",
        "100-g-Schachtel (etwa 80 Kegel)", "100克盒装（约80颗）",
    ),
    "PT-CHIPS-50": _grams("50"),
}  # fmt: skip


def source_and_translations(names: dict[str, str]) -> tuple[str, dict[str, str]]:
    """(the Vietnamese name, the others) for a model's `name` and `name_translations`."""
    return names["vi"], {code: text for code, text in names.items() if code != "vi"}
