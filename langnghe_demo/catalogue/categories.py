"""Demo catalogue: the category tree (slug, children); positions follow the order written here.

Names, in every language, are in `names.CATEGORY_NAMES`.
"""

CATEGORIES: list[tuple[str, list[str]]] = [
    ("gom-su", []),
    ("may-tre-dan", []),
    ("son-mai", []),
    ("lua-det-may", []),
    ("do-go", []),
    ("thuc-pham", ["trai-cay-say", "mat-ong", "tra"]),
    ("thao-duoc-my-pham", []),
    ("tram-huong-nhang", []),
]
