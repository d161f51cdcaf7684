"""Producer pages: Thanh Hà lychee, Lục Ngạn honey and Tân Cương tea.

Keyed by producer slug (catalogue/producers.py), then language code: the producer page's
title, a plain-text intro and its body blocks. Vietnamese is the original.
"""

MAP_TAN_CUONG = "https://www.openstreetmap.org/?mlat=21.567&mlon=105.756#map=14/21.567/105.756"
MAP_THANH_HA = "https://www.openstreetmap.org/?mlat=20.918&mlon=106.405#map=14/20.918/106.405"

PRODUCERS: dict[str, dict[str, dict]] = {
    "htx-vai-thieu-thanh-son-thanh-ha": {
        "vi": {
            "title": "Hợp tác xã Vải thiều Thanh Sơn",
            "intro": (
                "52 hộ thành viên trồng vải thiều Thanh Hà theo quy trình VietGAP ở xã Thanh "
                "Sơn, quê hương cây vải tổ. Vải sấy ngay trong ngày hái, không chất bảo quản. "
                "OCOP 3 sao năm 2023."
            ),
            "body": [
                (
                    "text",
                    "<p>Thanh Sơn là xã có cây vải tổ ở thôn Thúy Lâm, nơi giống vải thiều bắt "
                    "đầu lan ra cả vùng Thanh Hà. Hợp tác xã gom vải của 52 hộ thành viên, tất "
                    "cả canh tác theo VietGAP với sổ ghi chép phân bón, thuốc bảo vệ thực vật "
                    "và ngày hái cho từng vườn.</p><p>Mùa vải chỉ kéo dài khoảng một tháng, từ "
                    "cuối tháng 5 đến cuối tháng 6. Hợp tác xã đầu tư lò sấy nhiệt để sấy vải "
                    "ngay trong ngày hái, giữ vị ngọt đậm và màu cùi nâu cánh gián, và bán vải "
                    "khô, cùi vải sấy dẻo quanh năm.</p>",
                ),
                (
                    "village",
                    {
                        "village": "Vùng vải thiều Thanh Hà",
                        "text": (
                            "Thanh Hà, nay thuộc thành phố Hải Phòng (trước đây tỉnh Hải "
                            "Dương), là vùng vải thiều nổi tiếng nhất Việt Nam."
                        ),
                        "map_url": MAP_THANH_HA,
                    },
                ),
            ],
        },
        "en": {
            "title": "Thanh Sơn Lychee Cooperative",
            "intro": (
                "52 member households growing Thanh Hà lychees to VietGAP standards in Thanh "
                "Sơn commune, home of the ancestor lychee tree. Lychees are dried the day they "
                "are picked, with no preservatives. OCOP 3 stars (2023)."
            ),
            "body": [
                (
                    "text",
                    "<p>Thanh Sơn is the commune of the ancestor lychee tree in Thúy Lâm "
                    "hamlet, from which the vải thiều variety spread across Thanh Hà. The "
                    "cooperative pools the fruit of 52 member households, all farming to "
                    "VietGAP, with a record of fertiliser, crop protection and picking dates "
                    "for each orchard.</p><p>Lychee season lasts only about a month, from late "
                    "May to late June. The cooperative has invested in heat-drying ovens so "
                    "the fruit is dried on the day it is picked, keeping its deep sweetness "
                    "and amber flesh, and sells dried lychees and soft-dried lychee flesh all "
                    "year round.</p>",
                ),
                (
                    "village",
                    {
                        "village": "Thanh Hà lychee country",
                        "text": (
                            "Thanh Hà, now part of Hải Phòng city (formerly Hải Dương "
                            "province), is Vietnam's most famous lychee-growing area."
                        ),
                        "map_url": MAP_THANH_HA,
                    },
                ),
            ],
        },
        "ja": {
            "title": "タインソン・ライチ協同組合",
            "intro": (
                "ライチの祖木があるタインソン村で、52世帯の組合員がVietGAP基準に沿ってタインハ"
                "ー・ライチを栽培。摘んだその日に乾燥させ、保存料は使いません。2023年OCOP 3つ星"
                "認定。"
            ),
            "body": [
                (
                    "text",
                    "<p>タインソン村には、ヴァイ・ティエウ種がタインハー全域に広まる起点となっ"
                    "たトゥイラム集落のライチの祖木があります。組合は52世帯の組合員の果実を集め"
                    "ており、全員がVietGAPに沿って栽培し、果樹園ごとに肥料、農薬、収穫日を記録"
                    "しています。</p><p>ライチの季節は5月末から6月末までの約1か月だけ。組合は熱"
                    "風乾燥室に投資し、摘んだ日のうちに乾燥させて濃い甘さと琥珀色の果肉を保ち、"
                    "ドライライチとソフトドライの果肉を一年中販売しています。</p>",
                ),
                (
                    "village",
                    {
                        "village": "タインハーのライチ産地",
                        "text": (
                            "現在はハイフォン市（旧ハイズオン省）に属するタインハーは、ベトナム"
                            "で最も有名なライチの産地です。"
                        ),
                        "map_url": MAP_THANH_HA,
                    },
                ),
            ],
        },
    },
    "htx-ong-mat-phuong-son-luc-ngan": {
        "vi": {
            "title": "Hợp tác xã Ong mật Phượng Sơn",
            "intro": (
                "Hơn 1.200 đàn ong nuôi giữa những đồi vải Lục Ngạn. Chỉ khai thác mật đã vít "
                "nắp, lọc lạnh, không pha đường, độ ẩm dưới 20%. OCOP 4 sao năm 2022."
            ),
            "body": [
                (
                    "text",
                    "<p>Hợp tác xã Phượng Sơn được lập bởi những người nuôi ong đã theo mùa "
                    "hoa vải Lục Ngạn hơn hai mươi năm. Các thành viên nuôi ong ngoại để lấy "
                    "mật hoa vải vào tháng 3–4, và giữ những đàn ong nội trong thùng gỗ ở chân "
                    "rừng cho mật hoa rừng.</p><p>Mỗi mẻ mật được đo độ ẩm, ghi ngày quay và "
                    "vườn khai thác, in trên tem truy xuất dán trên lọ. Hợp tác xã không nhập "
                    "mật từ nơi khác về đóng chai.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Nuôi ong là nghề xem hoa, xem trời. Năm nào mưa đúng lúc vải ra "
                            "hoa là cả làng thở dài, vì ong không bay được."
                        ),
                        "name": "Hoàng Văn Lợi",
                        "role": "Giám đốc Hợp tác xã",
                    },
                ),
            ],
        },
        "en": {
            "title": "Phượng Sơn Beekeeping Cooperative",
            "intro": (
                "More than 1,200 colonies kept among the lychee hills of Lục Ngạn. Only capped "
                "honey is extracted, cold-filtered, never mixed with sugar, below 20% "
                "moisture. OCOP 4 stars (2022)."
            ),
            "body": [
                (
                    "text",
                    "<p>The Phượng Sơn cooperative was founded by beekeepers who have followed "
                    "the Lục Ngạn lychee bloom for more than twenty years. Members keep "
                    "European honeybees for lychee honey in March and April, and colonies of "
                    "native bees in wooden hives at the forest edge for wildflower "
                    "honey.</p><p>Every batch is tested for moisture, and its extraction date "
                    "and orchard are printed on the traceability label on the jar. The "
                    "cooperative never buys in honey from elsewhere to bottle.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Beekeeping means watching the flowers and the sky. In a year when "
                            "it rains just as the lychees bloom, the whole village sighs, "
                            "because the bees can't fly."
                        ),
                        "name": "Hoàng Văn Lợi",
                        "role": "Director of the cooperative",
                    },
                ),
            ],
        },
        "ja": {
            "title": "フオンソン養蜂協同組合",
            "intro": (
                "ルックガンのライチの丘で1,200群以上のミツバチを飼育。蜜蓋のかかった蜜だけを採"
                "り、非加熱ろ過、砂糖の混入なし、水分20％未満。2022年OCOP 4つ星認定。"
            ),
            "body": [
                (
                    "text",
                    "<p>フオンソン協同組合は、20年以上ルックガンのライチの開花を追ってきた養蜂"
                    "家たちが設立しました。組合員は3〜4月のライチ蜂蜜のためにセイヨウミツバチを"
                    "飼い、百花蜜のために森のふもとの木の巣箱でトウヨウミツバチを飼っています。"
                    "</p><p>ロットごとに水分を測り、採蜜日と果樹園を瓶のトレーサビリティラベル"
                    "に印字しています。他の産地の蜂蜜を仕入れて瓶詰めすることは一切ありません。"
                    "</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "養蜂は花と空を見る仕事です。ライチが咲くちょうどその時に雨が降る年"
                            "は、村中がため息をつきます。ミツバチが飛べませんから。"
                        ),
                        "name": "ホアン・ヴァン・ロイ",
                        "role": "組合理事長",
                    },
                ),
            ],
        },
    },
    "htx-tra-suong-mai-tan-cuong": {
        "vi": {
            "title": "Hợp tác xã Trà Sương Mai Tân Cương",
            "intro": (
                "Chè trung du hái một tôm hai lá vào sáng sớm, sao bằng chảo gang trên bếp củi "
                "theo cách làm truyền thống của vùng chè Tân Cương. OCOP 4 sao năm 2023."
            ),
            "body": [
                (
                    "text",
                    "<p>Cái tên Sương Mai — “sương buổi sớm” — nhắc giờ hái chè của các thành "
                    "viên: từ năm giờ sáng, khi sương còn đọng trên búp. Hợp tác xã do chị Vũ "
                    "Thị Hạnh điều hành, gồm các hộ có nương chè trung du lâu năm trên những "
                    "đồi quanh xã Tân Cương.</p><p>Chè được sao trong ngày bằng chảo gang trên "
                    "bếp củi; hợp tác xã chỉ dùng máy vò cho các mẻ lớn, còn trà đinh vẫn sao "
                    "và vò hoàn toàn bằng tay. Khách có thể đến thăm vào mùa chè, từ tháng 3 "
                    "đến tháng 10.</p>",
                ),
                (
                    "village",
                    {
                        "village": "Vùng chè Tân Cương",
                        "text": (
                            "Tân Cương, phía tây thành phố Thái Nguyên, được gọi là vùng “đệ "
                            "nhất danh trà” của Việt Nam."
                        ),
                        "map_url": MAP_TAN_CUONG,
                    },
                ),
            ],
        },
        "en": {
            "title": "Sương Mai Tân Cương Tea Cooperative",
            "intro": (
                "Midland tea plucked at dawn as a bud and two leaves and pan-fired in cast "
                "iron over wood fires, the traditional way of the Tân Cương tea country. OCOP "
                "4 stars (2023)."
            ),
            "body": [
                (
                    "text",
                    "<p>The name Sương Mai — “morning dew” — recalls when the members pick: "
                    "from five in the morning, while the dew still sits on the buds. The "
                    "cooperative is run by Vũ Thị Hạnh and brings together families with "
                    "long-established midland tea gardens on the hills around Tân Cương "
                    "commune.</p><p>Tea is fired the same day in cast-iron pans over wood "
                    "fires; the cooperative uses a rolling machine only for large batches, and "
                    "its nail tea is still fired and rolled entirely by hand. Visitors are "
                    "welcome in the tea season, from March to October.</p>",
                ),
                (
                    "village",
                    {
                        "village": "Tân Cương tea country",
                        "text": (
                            "Tân Cương, west of Thái Nguyên city, is known in Vietnam as the "
                            "home of the “first among famous teas”."
                        ),
                        "map_url": MAP_TAN_CUONG,
                    },
                ),
            ],
        },
        "ja": {
            "title": "タンクオン・スオンマイ茶協同組合",
            "intro": (
                "早朝に一芯二葉で摘んだ中部丘陵地の茶を、タンクオン伝統の薪火の鉄鍋で炒り上げま"
                "す。2023年OCOP 4つ星認定。"
            ),
            "body": [
                (
                    "text",
                    "<p>スオンマイとは「朝露」のこと。組合員が茶を摘む時間にちなんだ名前で、朝5"
                    "時、芽にまだ露が残るうちに摘み始めます。組合はヴー・ティ・ハインさんが運営"
                    "し、タンクオン村周辺の丘に古くからの茶畑をもつ家々が集まっています。"
                    "</p><p>お茶はその日のうちに薪火の鉄鍋で炒ります。揉捻機を使うのは大きなロ"
                    "ットだけで、芽茶（チャー・ディン）は今もすべて手で炒り、手で揉みます。茶の"
                    "季節の3月から10月には見学も歓迎しています。</p>",
                ),
                (
                    "village",
                    {
                        "village": "タンクオンの茶産地",
                        "text": (
                            "タイグエン市の西にあるタンクオンは、ベトナムで「第一の銘茶」の里と"
                            "して知られています。"
                        ),
                        "map_url": MAP_TAN_CUONG,
                    },
                ),
            ],
        },
    },
}
