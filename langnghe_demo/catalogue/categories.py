"""Demo catalogue: the category tree (Vietnamese name, English name, slug).

Each entry is (slug, name, name_en, children); positions follow the order written here.
"""

CATEGORIES: list[tuple[str, str, str, list[tuple[str, str, str]]]] = [
    ("gom-su", "Gốm sứ", "Ceramics", []),
    ("may-tre-dan", "Mây tre đan", "Bamboo & rattan", []),
    ("son-mai", "Sơn mài", "Lacquerware", []),
    ("lua-det-may", "Lụa & dệt may", "Silk & textiles", []),
    ("do-go", "Đồ gỗ", "Woodwork", []),
    (
        "thuc-pham",
        "Thực phẩm",
        "Food",
        [
            ("trai-cay-say", "Trái cây sấy", "Dried fruit"),
            ("mat-ong", "Mật ong", "Honey"),
            ("tra", "Trà", "Tea"),
        ],
    ),
    ("thao-duoc-my-pham", "Thảo dược & mỹ phẩm", "Herbal & cosmetics", []),
    ("tram-huong-nhang", "Trầm hương & nhang", "Incense & agarwood", []),
]
