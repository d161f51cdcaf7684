"""Demo producers: fictional workshops and cooperatives in real craft villages.

Keys are `shop.models.Producer` fields; `slug` is the natural key; names, in every language, are
in `names.PRODUCER_NAMES`. Places are written as people
say them today. Vietnam's 2025 reform merged provinces (Hải Dương into Hải Phòng, Bắc Giang into
Bắc Ninh) and abolished the district level, so the old district names are kept as the place most
buyers and labels still use, and merged provinces say where they came from. Phone numbers and
e-mail addresses are fictional (`.example` domains).
"""

BAT_TRANG = "htx-gom-su-lam-thuy-bat-trang"
PHU_VINH = "may-tre-dan-trong-nghia-phu-vinh"
THANH_HA = "htx-vai-thieu-thanh-son-thanh-ha"
LUC_NGAN = "htx-ong-mat-phuong-son-luc-ngan"
PHUC_TRACH = "tram-huong-phuc-trach-huong-khe"
MOC_LAN = "cong-ty-thao-moc-moc-lan"
HA_THAI = "son-mai-ha-thai-duc-thinh"
VAN_PHUC = "det-lua-phuc-hung-van-phuc"
SON_DONG = "tac-tuong-son-dong-van-tuyen"
TAN_CUONG = "htx-tra-suong-mai-tan-cuong"

PRODUCERS: list[dict] = [
    {
        "slug": BAT_TRANG,
        "kind": "cooperative",
        "craft_village": "Làng gốm Bát Tràng",
        "commune": "xã Bát Tràng",
        "district": "huyện Gia Lâm",
        "province": "Hà Nội",
        "ocop_stars": 4,
        "ocop_year": 2023,
        "ocop_certificate_number": "OCOP-HN-2023-0412",
        "contact_name": "Nguyễn Thị Thu Hằng",
        "phone": "+84 24 3874 0412",
        "email": "lienhe@gomlamthuy.example",
        "website": "",
        "description": (
            "Hợp tác xã của 38 hộ thợ gốm làng Bát Tràng, chuyên đồ gốm men lam vẽ tay và men "
            "rạn cổ. Xương gốm được tạo hình bằng bàn xoay và khuôn thạch cao, vẽ tay từng nét "
            "rồi nung ở khoảng 1.250–1.300 °C. Mỗi sản phẩm có tem mã QR để truy xuất nguồn gốc."
        ),
    },
    {
        "slug": PHU_VINH,
        "kind": "household",
        "craft_village": "Làng mây tre đan Phú Vinh",
        "commune": "xã Phú Nghĩa",
        "district": "huyện Chương Mỹ",
        "province": "Hà Nội",
        "ocop_stars": 4,
        "ocop_year": 2022,
        "ocop_certificate_number": "OCOP-HN-2022-1187",
        "contact_name": "Nguyễn Trọng Nghĩa",
        "phone": "+84 912 000 187",
        "email": "trongnghia.phuvinh@example.com",
        "website": "",
        "description": (
            "Ba thế hệ trong gia đình cùng đan mây, tre giang ở làng Phú Vinh. Sợi mây được "
            "chẻ, vót và phơi nắng tự nhiên, sấy chống mốc trước khi đan. Nhận đan theo kích "
            "thước và mẫu riêng cho khách sạn, cửa hàng nội thất."
        ),
    },
    {
        "slug": THANH_HA,
        "kind": "cooperative",
        "craft_village": "Vùng vải thiều Thanh Hà",
        "commune": "xã Thanh Sơn",
        "district": "huyện Thanh Hà",
        "province": "Hải Phòng (trước đây Hải Dương)",
        "ocop_stars": 3,
        "ocop_year": 2023,
        "ocop_certificate_number": "OCOP-HD-2023-0158",
        "contact_name": "Phạm Văn Khánh",
        "phone": "+84 220 3000 158",
        "email": "htx.thanhson@example.com",
        "website": "",
        "description": (
            "52 hộ thành viên trồng vải thiều Thanh Hà theo quy trình VietGAP. Vải chín được "
            "hái vào tháng 6, sấy ngay trong ngày bằng lò sấy nhiệt để giữ vị ngọt đậm và màu "
            "cùi nâu cánh gián, không dùng chất bảo quản."
        ),
    },
    {
        "slug": LUC_NGAN,
        "kind": "cooperative",
        "craft_village": "Vùng vải Lục Ngạn",
        "commune": "xã Phượng Sơn",
        "district": "huyện Lục Ngạn",
        "province": "Bắc Ninh (trước đây Bắc Giang)",
        "ocop_stars": 4,
        "ocop_year": 2022,
        "ocop_certificate_number": "OCOP-BG-2022-0093",
        "contact_name": "Hoàng Văn Lợi",
        "phone": "+84 204 3000 093",
        "email": "ongmat.phuongson@example.com",
        "website": "",
        "description": (
            "Hơn 1.200 đàn ong được nuôi giữa những đồi vải Lục Ngạn. Mật hoa vải khai thác vào "
            "tháng 3–4, chỉ lấy mật đã vít nắp, lọc lạnh, không pha đường; độ ẩm dưới 20%."
        ),
    },
    {
        "slug": PHUC_TRACH,
        "kind": "household",
        "craft_village": "",
        "commune": "xã Phúc Trạch",
        "district": "huyện Hương Khê",
        "province": "Hà Tĩnh",
        "ocop_stars": 3,
        "ocop_year": 2024,
        "ocop_certificate_number": "OCOP-HT-2024-0231",
        "contact_name": "Trần Thị Mai",
        "phone": "+84 239 3000 231",
        "email": "tramhuong.phuctrach@example.com",
        "website": "",
        "description": (
            "Trầm hương từ cây dó bầu trồng trong vườn nhà ở Hương Khê, tạo trầm trên cây hơn "
            "mười năm. Nhang và nụ trầm làm thủ công từ bột trầm và keo bời lời, không tăm tre, "
            "không hóa chất tạo mùi. Vườn dó đã đăng ký với Cơ quan quản lý CITES Việt Nam."
        ),
    },
    {
        "slug": MOC_LAN,
        "kind": "enterprise",
        "craft_village": "",
        "commune": "xã Trường Sơn",
        "district": "huyện Lục Nam",
        "province": "Bắc Ninh (trước đây Bắc Giang)",
        "ocop_stars": 4,
        "ocop_year": 2023,
        "ocop_certificate_number": "OCOP-BG-2023-0214",
        "contact_name": "Lê Thị Lan",
        "phone": "+84 204 3000 214",
        "email": "cskh@thaomocmoclan.example",
        "website": "",
        "description": (
            "Dầu gội và xà phòng nấu từ quả bồ kết, vỏ bưởi, hương nhu và cỏ mần trầu trồng ở "
            "vùng dược liệu Lục Nam, theo bài thuốc gội đầu của phụ nữ vùng núi. Không chứa "
            "paraben, không silicone."
        ),
    },
    {
        "slug": HA_THAI,
        "kind": "artisan",
        "craft_village": "Làng sơn mài Hạ Thái",
        "commune": "xã Duyên Thái",
        "district": "huyện Thường Tín",
        "province": "Hà Nội",
        "ocop_stars": 4,
        "ocop_year": 2021,
        "ocop_certificate_number": "OCOP-HN-2021-0776",
        "contact_name": "Trần Đức Thịnh",
        "phone": "+84 913 000 776",
        "email": "sonmai.ducthinh@example.com",
        "website": "",
        "description": (
            "Xưởng của nghệ nhân Trần Đức Thịnh, làm sơn mài truyền thống bằng sơn ta Phú Thọ, "
            "vỏ trứng, khảm trai và vàng bạc quỳ. Mỗi lớp sơn được ủ rồi mài nước nhiều lần; một "
            "sản phẩm mất từ ba tuần đến ba tháng."
        ),
    },
    {
        "slug": VAN_PHUC,
        "kind": "household",
        "craft_village": "Làng lụa Vạn Phúc",
        "commune": "phường Vạn Phúc",
        "district": "quận Hà Đông",
        "province": "Hà Nội",
        "ocop_stars": 4,
        "ocop_year": 2022,
        "ocop_certificate_number": "OCOP-HN-2022-0539",
        "contact_name": "Đỗ Thị Hưng",
        "phone": "+84 24 3000 0539",
        "email": "luaphuchung@example.com",
        "website": "",
        "description": (
            "Dệt lụa tơ tằm trên khung dệt Jacquard theo hoa văn truyền thống của làng Vạn Phúc: "
            "lụa vân, sa, the. Một phần sản phẩm nhuộm màu tự nhiên từ củ nâu, lá chàm và vỏ cây."
        ),
    },
    {
        "slug": SON_DONG,
        "kind": "artisan",
        "craft_village": "Làng nghề tạc tượng Sơn Đồng",
        "commune": "xã Sơn Đồng",
        "district": "huyện Hoài Đức",
        "province": "Hà Nội",
        "ocop_stars": 3,
        "ocop_year": 2023,
        "ocop_certificate_number": "OCOP-HN-2023-0921",
        "contact_name": "Nguyễn Văn Tuyến",
        "phone": "+84 983 000 921",
        "email": "tactuong.vantuyen@example.com",
        "website": "",
        "description": (
            "Sơn Đồng nổi tiếng với nghề tạc tượng và sơn son thếp vàng. Xưởng tạc tượng, con rối "
            "nước và đồ gỗ mỹ nghệ từ gỗ mít, gỗ sung; mọi công đoạn từ đục, tỉa đến sơn son "
            "thếp vàng đều làm bằng tay."
        ),
    },
    {
        "slug": TAN_CUONG,
        "kind": "cooperative",
        "craft_village": "Vùng chè Tân Cương",
        "commune": "xã Tân Cương",
        "district": "thành phố Thái Nguyên",
        "province": "Thái Nguyên",
        "ocop_stars": 4,
        "ocop_year": 2023,
        "ocop_certificate_number": "OCOP-TN-2023-0347",
        "contact_name": "Vũ Thị Hạnh",
        "phone": "+84 208 3000 347",
        "email": "trasuongmai@example.com",
        "website": "",
        "description": (
            "Chè trung du hái một tôm hai lá vào sáng sớm, sao bằng chảo gang trên bếp củi theo "
            "cách làm truyền thống của vùng chè Tân Cương. Búp chè xoăn nhỏ, nước xanh vàng, vị "
            "chát dịu và hậu ngọt."
        ),
    },
]
