"""News article. Trade fair: the lychee-season trade connection fair in Thanh Hà.

One news article: slug, ISO date and per-language title, plain-text intro and body blocks.
Vietnamese is the original.
"""

ARTICLE: dict = {
    "slug": "phien-ket-noi-giao-thuong-mua-vai-thanh-ha-2026",
    "date": "2026-06-15",
    "vi": {
        "title": "Phiên kết nối giao thương mùa vải ở Thanh Hà: nông sản OCOP tìm khách xa",
        "intro": (
            "Giữa mùa vải chín, hơn 90 gian hàng nông sản và sản phẩm OCOP từ các tỉnh miền "
            "Bắc đã về xã Thanh Sơn, Thanh Hà để gặp nhà phân phối, nhà xuất khẩu và các sàn "
            "thương mại điện tử."
        ),
        "body": [
            (
                "text",
                "<p>Sáng 13/6, sân vận động xã Thanh Sơn rợp mái bạt xanh. Hợp tác xã Vải "
                "thiều Thanh Sơn cùng các hợp tác xã trong vùng tổ chức phiên kết nối giao "
                "thương mùa vải, với hơn 90 gian hàng: vải thiều tươi và sấy khô, chuối sấy, "
                "mật ong, dầu gội thảo dược, trầm hương, gốm và mây tre đan. Khoảng một phần "
                "ba số gian hàng trưng bày sản phẩm đạt OCOP từ 3 sao trở lên.</p><p>Phiên chợ "
                "tiếp nối tinh thần của sự kiện kết nối giao thương thủ công mỹ nghệ đầu tiên "
                "ở Thanh Hà, tổ chức tháng 11/2024 sau bão Yagi, khi gần 600 doanh nghiệp và "
                "hợp tác xã miền Bắc về đây tìm bạn hàng. Năm nay, ngoài các nhà phân phối từ "
                "Hà Nội, Hải Phòng và Bắc Ninh, có đại diện của hai nhà nhập khẩu Nhật Bản và "
                "Hàn Quốc cùng một số nhà bán hàng trên các sàn thương mại điện tử xuyên biên "
                "giới.</p><h2>Từ vườn vải đến kệ hàng nước ngoài</h2><p>Tại hội thảo bên lề, "
                "các nhà xuất khẩu chia sẻ kinh nghiệm đóng gói vải sấy để đi đường biển dài "
                "ngày, ghi nhãn bằng tiếng nước nhập khẩu và chuẩn bị hồ sơ truy xuất nguồn "
                "gốc. Nhiều hộ sản xuất lần đầu được hướng dẫn quay video giới thiệu sản phẩm "
                "để đăng lên mạng xã hội.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Bán vải tươi thì chỉ có một tháng. Vải sấy, cùi vải sấy dẻo thì bán "
                        "được quanh năm, đi được xa. Hôm nay chúng tôi gặp được khách Nhật "
                        "muốn nhận thử hai trăm hộp quà cho mùa quà tặng cuối năm."
                    ),
                    "name": "Phạm Văn Khánh",
                    "role": "Giám đốc Hợp tác xã Vải thiều Thanh Sơn",
                },
            ),
            (
                "text",
                "<p>Các hợp tác xã bán hàng trên Làng Nghề cũng có mặt: Hợp tác xã Ong mật "
                "Phượng Sơn mang mật hoa vải vụ mới từ Lục Ngạn, Công ty Thảo mộc Mộc Lan giới "
                "thiệu dầu gội bồ kết, và cơ sở Trầm hương Phúc Trạch mang nhang không tăm từ "
                "Hà Tĩnh. Ban tổ chức dự kiến duy trì phiên kết nối mỗi năm vào mùa vải.</p>",
            ),
        ],
    },
    "en": {
        "title": "Lychee-season trade fair in Thanh Hà: OCOP produce looks for distant buyers",
        "intro": (
            "At the height of the lychee harvest, more than 90 stands of farm produce and OCOP "
            "products from across northern Vietnam came to Thanh Sơn commune, Thanh Hà, to "
            "meet distributors, exporters and online marketplaces."
        ),
        "body": [
            (
                "text",
                "<p>On the morning of 13 June, Thanh Sơn's sports ground was covered in green "
                "awnings. The Thanh Sơn Lychee Cooperative and other cooperatives in the area "
                "held a lychee-season trade connection fair with more than 90 stands: fresh "
                "and dried lychees, dried bananas, honey, herbal shampoos, agarwood, ceramics "
                "and basketry. About a third of the stands showed products rated OCOP 3 stars "
                "or higher.</p><p>The fair follows in the footsteps of the first handicraft "
                "trade connection event in Thanh Hà, held in November 2024 after Typhoon Yagi, "
                "when nearly 600 businesses and cooperatives from the north came looking for "
                "partners. This year, besides distributors from Hà Nội, Hải Phòng and Bắc "
                "Ninh, there were representatives of a Japanese and a Korean importer and "
                "several cross-border online sellers.</p><h2>From the orchard to shelves "
                "abroad</h2><p>At a side seminar, exporters shared their experience of packing "
                "dried lychees for long sea journeys, labelling in the importing country's "
                "language and preparing traceability records. Many small producers were shown "
                "for the first time how to film short videos about their products for social "
                "media.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Fresh lychees sell for one month. Dried lychees and soft-dried lychee "
                        "flesh sell all year and travel far. Today we met a Japanese buyer who "
                        "wants to try two hundred gift boxes for the year-end gift season."
                    ),
                    "name": "Phạm Văn Khánh",
                    "role": "Director, Thanh Sơn Lychee Cooperative",
                },
            ),
            (
                "text",
                "<p>Cooperatives that sell on Langnghe were there too: the Phượng Sơn "
                "Beekeeping Cooperative brought this season's lychee honey from Lục Ngạn, Mộc "
                "Lan Herbal Company showed its soap-pod shampoo, and Phúc Trạch Agarwood "
                "brought bamboo-free incense from Hà Tĩnh. The organisers plan to hold the "
                "fair every year in lychee season.</p>",
            ),
        ],
    },
}
