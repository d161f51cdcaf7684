"""Product stories: Thanh Hà dried lychee (Hợp tác xã Vải thiều Thanh Sơn).

Keyed by product slug (catalogue/products*.py), then language code. The Vietnamese entry is
the original; the other languages translate it block for block (same block types in the same
order). Makers quoted are fictional, named as in catalogue/producers.py.
"""

STORIES: dict[str, dict[str, dict]] = {
    "vai-thieu-say-kho-thanh-ha": {
        "vi": {
            "title": "Vải thiều sấy khô Thanh Hà",
            "summary": (
                "Vải thiều Thanh Hà chín cây, hái tháng 6 và sấy nguyên quả ngay trong ngày, "
                "không đường, không chất bảo quản. Cùi dày, màu cánh gián, vị ngọt đậm. OCOP 3 "
                "sao."
            ),
            "body": [
                (
                    "text",
                    "<p>Ở thôn Thúy Lâm, xã Thanh Sơn, vẫn còn <b>cây vải tổ</b> gần hai trăm "
                    "tuổi. Người làng kể rằng năm 1870, cụ Hoàng Văn Cơm được ăn một loại vải "
                    "ngon trong bữa tiệc với thương nhân người Hoa ở Hải Phòng, mang ba hạt về "
                    "gieo; một cây cho quả thơm ngọt khác thường. Vì giống vải đến từ Thiều "
                    "Châu, người ta gọi là <i>vải thiều</i>. Từ cây ấy, vải được chiết cành ra "
                    "khắp Thanh Hà.</p><p>Hợp tác xã Thanh Sơn hái vải chín cây vào tháng 6 và "
                    "đưa vào lò sấy ngay trong ngày. Sấy chậm, vỏ ngả nâu giòn, cùi khô lại "
                    "thành màu cánh gián, ngọt đậm.</p><p>Bóc vỏ ăn như hạt dẻ, pha trà hoặc "
                    "nấu chè. Bảo quản nơi khô mát, buộc kín túi sau khi mở; dùng trong 12 "
                    "tháng.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Một ngày hái, ba ngày sấy",
                        "steps": [
                            {
                                "title": "Hái sáng sớm",
                                "text": (
                                    "Vải được hái khi chín đều, cắt cành ngay trên vườn và chở "
                                    "về xưởng trong buổi sáng."
                                ),
                                "duration": "nửa ngày",
                            },
                            {
                                "title": "Chọn và rửa",
                                "text": "Loại quả nứt, dập; rửa sạch, để ráo và cắt cuống.",
                                "duration": "vài giờ",
                            },
                            {
                                "title": "Sấy chậm",
                                "text": (
                                    "Vải được sấy trong lò nhiệt, đảo đều nhiều lượt cho cùi "
                                    "khô đều đến tận hạt."
                                ),
                                "duration": "khoảng 3 ngày",
                            },
                            {
                                "title": "Để nguội và đóng gói",
                                "text": (
                                    "Vải nguội tự nhiên, được kiểm tra độ ẩm rồi đóng túi zip "
                                    "hoặc hộp quà."
                                ),
                                "duration": "1 ngày",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Mùa vải chỉ có một tháng, cả xã thức trắng. Sấy ngay trong ngày "
                            "thì cùi mới giữ được vị ngọt của quả tươi, để qua đêm là mất."
                        ),
                        "name": "Phạm Văn Khánh",
                        "role": "Giám đốc Hợp tác xã Vải thiều Thanh Sơn",
                    },
                ),
            ],
        },
        "en": {
            "title": "Dried Thanh Hà lychees",
            "summary": (
                "Tree-ripened Thanh Hà lychees, picked in June and dried whole the same day, "
                "with no sugar or preservatives. Thick, amber-brown flesh with a deep "
                "sweetness. OCOP 3 stars."
            ),
            "body": [
                (
                    "text",
                    "<p>In Thúy Lâm hamlet, Thanh Sơn commune, the <b>“ancestor lychee "
                    "tree”</b> still stands, nearly two hundred years old. Villagers tell how "
                    "in 1870 Mr Hoàng Văn Cơm tasted an exceptional lychee at a banquet with "
                    "Chinese merchants in Hải Phòng and brought home three seeds; one tree "
                    "bore unusually fragrant, sweet fruit. Because the variety came from Thiều "
                    "Châu, it was called <i>vải thiều</i>. Cuttings from that tree spread "
                    "across Thanh Hà.</p><p>The Thanh Sơn cooperative picks the lychees ripe "
                    "from the tree in June and puts them in the drying oven the same day. "
                    "Dried slowly, the shell turns brown and brittle and the flesh becomes "
                    "amber and intensely sweet.</p><p>Crack the shell and eat them like "
                    "chestnuts, or add them to tea or sweet soups. Store cool and dry, reseal "
                    "after opening, and eat within 12 months.</p>",
                ),
                (
                    "process",
                    {
                        "title": "One day picking, three days drying",
                        "steps": [
                            {
                                "title": "Picking at dawn",
                                "text": (
                                    "Fully ripe bunches are cut in the orchard and taken to "
                                    "the drying house the same morning."
                                ),
                                "duration": "half a day",
                            },
                            {
                                "title": "Sorting and washing",
                                "text": (
                                    "Split or bruised fruit is removed; the rest is washed, "
                                    "drained and de-stemmed."
                                ),
                                "duration": "a few hours",
                            },
                            {
                                "title": "Slow drying",
                                "text": (
                                    "The lychees are dried in a heat oven and turned many "
                                    "times so the flesh dries evenly down to the seed."
                                ),
                                "duration": "about 3 days",
                            },
                            {
                                "title": "Cooling and packing",
                                "text": (
                                    "The fruit cools naturally, its moisture is checked, and "
                                    "it is packed in zip bags or gift boxes."
                                ),
                                "duration": "1 day",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Lychee season lasts only a month and the whole commune works "
                            "through the night. Dry them the same day and the flesh keeps the "
                            "sweetness of fresh fruit; leave them overnight and it's gone."
                        ),
                        "name": "Phạm Văn Khánh",
                        "role": "Director, Thanh Sơn Lychee Cooperative",
                    },
                ),
            ],
        },
        "ja": {
            "title": "タインハー産 ドライライチ",
            "summary": (
                "6月に樹上で完熟したタインハーのライチを摘み、その日のうちに丸ごと乾燥。砂糖・"
                "保存料不使用。厚い果肉は琥珀色で、濃厚な甘さ。OCOP 3つ星認定。"
            ),
            "body": [
                (
                    "text",
                    "<p>タインソン村トゥイラム集落には、樹齢200年近い<b>「ライチの祖木」</b>が"
                    "今も立っています。1870年、ホアン・ヴァン・コム翁がハイフォンで華僑の商人と"
                    "の宴席で格別においしいライチを味わい、種を3つ持ち帰って蒔いたところ、1本が"
                    "際立って香り高く甘い実をつけたと伝えられています。品種が韶州（ティエウチャ"
                    "ウ）から来たことから<i>「ヴァイ・ティエウ」</i>と呼ばれ、この木から取り木"
                    "でタインハー全体に広まりました。</p><p>タインソン協同組合では、6月に樹上で"
                    "熟したライチを摘み、その日のうちに乾燥室へ入れます。ゆっくり乾かすと殻は茶"
                    "色くもろくなり、果肉は琥珀色に変わって甘みが凝縮します。</p><p>殻を割って"
                    "甘栗のように召し上がるほか、お茶や甘味に加えても。涼しく乾いた場所で保存"
                    "し、開封後は口を閉じて12か月以内にお召し上がりください。</p>",
                ),
                (
                    "process",
                    {
                        "title": "摘み取り1日、乾燥3日",
                        "steps": [
                            {
                                "title": "早朝の収穫",
                                "text": (
                                    "熟した房を果樹園で切り取り、その朝のうちに乾燥所へ運びます。"
                                ),
                                "duration": "半日",
                            },
                            {
                                "title": "選別と洗浄",
                                "text": (
                                    "割れや傷のある実を除き、洗って水を切り、枝を切り落とします。"
                                ),
                                "duration": "数時間",
                            },
                            {
                                "title": "低温でじっくり乾燥",
                                "text": (
                                    "熱風乾燥室で、種の周りまで均一に乾くよう何度も返しながら乾"
                                    "かします。"
                                ),
                                "duration": "約3日",
                            },
                            {
                                "title": "冷却と包装",
                                "text": (
                                    "自然に冷まして水分を確かめ、ジップ袋やギフト箱に詰めます。"
                                ),
                                "duration": "1日",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "ライチの季節はひと月だけで、村中が夜通し働きます。その日のうちに乾"
                            "かせば果肉に生の実の甘さが残りますが、一晩置けば失われてしまうんで"
                            "す。"
                        ),
                        "name": "ファム・ヴァン・カイン",
                        "role": "タインソン・ライチ協同組合 理事長",
                    },
                ),
            ],
        },
    },
    "cui-vai-say-deo": {
        "vi": {
            "title": "Cùi vải thiều sấy dẻo Thanh Hà",
            "summary": (
                "Cùi vải thiều Thanh Hà bóc vỏ, bỏ hạt, sấy dẻo ở nhiệt độ thấp, không thêm "
                "đường. Ăn vặt, trộn sữa chua, ngũ cốc hay pha trà."
            ),
            "body": [
                (
                    "text",
                    "<p>Vải khô nguyên quả ngon nhưng phải bóc vỏ, bỏ hạt. Cùi vải sấy dẻo là "
                    "cách các chị em trong Hợp tác xã Thanh Sơn làm cho món quà quê tiện hơn: "
                    "vải chín được bóc tay, khoét hạt, rồi sấy ở nhiệt độ thấp hơn vải nguyên "
                    "quả để cùi vẫn dẻo, trong, màu hổ phách, ngọt tự nhiên và thơm mùi vải "
                    "tươi.</p><p>Không thêm đường, không chất bảo quản — vị ngọt hoàn toàn từ "
                    "quả vải thiều. Túi 200 g có khóa zip, tiện mang theo. Ăn trực tiếp như "
                    "nho khô, trộn sữa chua, granola, hoặc thả vài miếng vào ấm trà "
                    "xanh.</p><p>Sau khi mở, đóng kín túi và để nơi khô mát; trời nồm ẩm nên "
                    "cất tủ lạnh. Dùng trong 6 tháng kể từ ngày sản xuất.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Bóc tay từng quả",
                        "steps": [
                            {
                                "title": "Bóc và bỏ hạt",
                                "text": (
                                    "Vải chín được bóc vỏ bằng tay, khoét hạt, giữ cùi nguyên "
                                    "miếng."
                                ),
                                "duration": "nửa ngày",
                            },
                            {
                                "title": "Sấy nhiệt thấp",
                                "text": (
                                    "Cùi vải được sấy ở nhiệt độ thấp cho đến khi dẻo, không "
                                    "còn dính tay."
                                ),
                                "duration": "khoảng 20 giờ",
                            },
                            {
                                "title": "Đóng túi",
                                "text": (
                                    "Cùi vải để nguội, được cân và đóng túi zip ngay trong ngày."
                                ),
                                "duration": "vài giờ",
                            },
                        ],
                    },
                ),
            ],
        },
        "en": {
            "title": "Soft-dried Thanh Hà lychee flesh",
            "summary": (
                "Thanh Hà lychee flesh, peeled and pitted by hand and soft-dried at low heat "
                "with no added sugar. A snack, or for yoghurt, granola and tea."
            ),
            "body": [
                (
                    "text",
                    "<p>Whole dried lychees are delicious, but you have to shell and pit them. "
                    "Soft-dried lychee flesh is how the women of the Thanh Sơn cooperative "
                    "made this village treat easier: ripe lychees are peeled by hand and "
                    "pitted, then dried at a lower temperature than whole fruit so the flesh "
                    "stays chewy and translucent, amber-coloured, naturally sweet and fragrant "
                    "with fresh lychee.</p><p>No added sugar, no preservatives — all the "
                    "sweetness comes from the fruit. The 200 g pouch has a zip seal for taking "
                    "along. Eat it like raisins, stir into yoghurt or granola, or drop a few "
                    "pieces into a pot of green tea.</p><p>Reseal after opening and keep cool "
                    "and dry; in humid weather keep it in the fridge. Best within 6 months of "
                    "production.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Peeled by hand, one by one",
                        "steps": [
                            {
                                "title": "Peeling and pitting",
                                "text": (
                                    "Ripe lychees are peeled by hand and the seed removed, "
                                    "keeping the flesh whole."
                                ),
                                "duration": "half a day",
                            },
                            {
                                "title": "Low-heat drying",
                                "text": (
                                    "The flesh is dried at low heat until soft and no longer "
                                    "sticky."
                                ),
                                "duration": "about 20 hours",
                            },
                            {
                                "title": "Packing",
                                "text": (
                                    "Once cool, the pieces are weighed and packed into zip "
                                    "pouches the same day."
                                ),
                                "duration": "a few hours",
                            },
                        ],
                    },
                ),
            ],
        },
    },
}
