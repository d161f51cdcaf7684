"""Producer pages: Bát Tràng potters and Phú Vinh weavers.

Keyed by producer slug (catalogue/producers.py), then language code: the producer page's
title, a plain-text intro and its body blocks. Vietnamese is the original.
"""

MAP_PHU_VINH = "https://www.openstreetmap.org/?mlat=20.944&mlon=105.684#map=15/20.944/105.684"

PRODUCERS: dict[str, dict[str, dict]] = {
    "htx-gom-su-lam-thuy-bat-trang": {
        "vi": {
            "title": "Hợp tác xã Gốm sứ Lam Thủy Bát Tràng",
            "intro": (
                "Hợp tác xã của 38 hộ thợ gốm làng Bát Tràng, chuyên gốm men lam vẽ tay và men "
                "rạn cổ. Sản phẩm đạt OCOP 4 sao năm 2023, mỗi món đều có tem QR truy xuất "
                "nguồn gốc."
            ),
            "body": [
                (
                    "text",
                    "<p>Lam Thủy ra đời khi các hộ thợ gốm trong xóm quyết định cùng nhau bán "
                    "hàng: khách buôn nước ngoài không thể ký hợp đồng với từng gia đình, "
                    "nhưng có thể ký với một hợp tác xã. Mỗi hộ vẫn giữ lò và xưởng của mình, "
                    "chia nhau công đoạn — nhà vuốt phôi, nhà vẽ, nhà nung — còn hợp tác xã lo "
                    "chất lượng, đóng gói và giấy tờ xuất khẩu.</p><p>Xương gốm được tạo hình "
                    "bằng bàn xoay và khuôn thạch cao, vẽ tay từng nét rồi nung ở 1.250–1.300 "
                    "°C. Hợp tác xã nhận làm hàng theo mẫu riêng cho nhà hàng và cửa hàng quà "
                    "tặng.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Gốm làng mình đẹp là nhờ mỗi nhà giữ một cái nghề riêng. Hợp tác "
                            "xã chỉ là cái cầu để những cái nghề ấy đi được xa hơn."
                        ),
                        "name": "Nguyễn Thị Thu Hằng",
                        "role": "Chủ nhiệm Hợp tác xã",
                    },
                ),
            ],
        },
        "en": {
            "title": "Lam Thủy Bát Tràng Ceramics Cooperative",
            "intro": (
                "A cooperative of 38 potter households in Bát Tràng, specialising in "
                "hand-painted cobalt-blue ware and antique crackle glaze. OCOP 4 stars (2023); "
                "every piece carries a QR label for traceability."
            ),
            "body": [
                (
                    "text",
                    "<p>Lam Thủy was founded when the potter families of one neighbourhood "
                    "decided to sell together: a foreign buyer cannot sign a contract with "
                    "every household, but can sign one with a cooperative. Each family still "
                    "runs its own kiln and workshop and takes its share of the work — one "
                    "throws, one paints, one fires — while the cooperative handles quality "
                    "control, packing and export paperwork.</p><p>Bodies are shaped on the "
                    "wheel and in plaster moulds, painted stroke by stroke by hand and fired "
                    "at 1,250–1,300 °C. The cooperative also makes custom designs for "
                    "restaurants and gift shops.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Our village's pottery is beautiful because every family keeps its "
                            "own skill. The cooperative is just the bridge that lets those "
                            "skills travel further."
                        ),
                        "name": "Nguyễn Thị Thu Hằng",
                        "role": "Chair of the cooperative",
                    },
                ),
            ],
        },
        "ja": {
            "title": "ラムトゥイ・バッチャン陶磁器協同組合",
            "intro": (
                "バッチャン村の陶工38世帯による協同組合。手描きの藍絵とアンティーク貫入釉を専門"
                "とします。2023年OCOP 4つ星認定、すべての製品に産地をたどれるQRラベル付き。"
            ),
            "body": [
                (
                    "text",
                    "<p>ラムトゥイは、ある地区の陶工の家々が一緒に販売しようと決めて生まれまし"
                    "た。海外の買い手は一軒一軒と契約を結ぶことはできませんが、協同組合となら契"
                    "約できます。各家は今も自分の窯と工房を持ち、ろくろ、絵付け、焼成と工程を分"
                    "担し、組合が品質管理、梱包、輸出書類を引き受けています。</p><p>生地はろく"
                    "ろと石膏型で成形し、一筆ずつ手で描いて1,250〜1,300 °Cで焼成します。レスト"
                    "ランやギフトショップ向けのオリジナルデザインも承ります。</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "村の焼き物が美しいのは、どの家もそれぞれの技を守っているからです。"
                            "組合は、その技をもっと遠くへ届けるための橋にすぎません。"
                        ),
                        "name": "グエン・ティ・トゥー・ハン",
                        "role": "組合代表",
                    },
                ),
            ],
        },
    },
    "may-tre-dan-trong-nghia-phu-vinh": {
        "vi": {
            "title": "Mây tre đan Trọng Nghĩa Phú Vinh",
            "intro": (
                "Hộ gia đình ba thế hệ cùng đan mây, tre giang ở làng Phú Vinh, Chương Mỹ. "
                "OCOP 4 sao năm 2022; nhận đan theo kích thước và mẫu riêng cho khách sạn, cửa "
                "hàng nội thất."
            ),
            "body": [
                (
                    "text",
                    "<p>Trong sân nhà anh Nguyễn Trọng Nghĩa, ông nội ngồi vót nan, bố mẹ đan "
                    "thân giỏ, còn vợ anh lo phần hoàn thiện và đóng gói. Sợi mây được chẻ, "
                    "vót và phơi nắng tự nhiên, sấy chống mốc trước khi đan, nên hàng đi "
                    "container đường biển dài ngày vẫn không bị mốc.</p><p>Ngoài giỏ, khay, "
                    "làn và ghế bành bán lẻ, xưởng còn đan chao đèn, vách ngăn và giỏ trang "
                    "trí theo bản vẽ cho khách sạn và cửa hàng nội thất; đơn đặt hàng được "
                    "tính thời gian theo từng mẫu.</p>",
                ),
                (
                    "village",
                    {
                        "village": "Làng mây tre đan Phú Vinh",
                        "text": (
                            "Phú Vinh thuộc xã Phú Nghĩa, Chương Mỹ, phía tây Hà Nội — một "
                            "trong những làng mây tre đan lâu đời và tinh xảo nhất miền Bắc."
                        ),
                        "map_url": MAP_PHU_VINH,
                    },
                ),
            ],
        },
        "en": {
            "title": "Trọng Nghĩa Rattan & Bamboo Weaving, Phú Vinh",
            "intro": (
                "Three generations of one family weaving rattan and giang bamboo in Phú Vinh, "
                "Chương Mỹ. OCOP 4 stars (2022); custom sizes and designs for hotels and "
                "interior shops."
            ),
            "body": [
                (
                    "text",
                    "<p>In Nguyễn Trọng Nghĩa's courtyard, his grandfather shaves strands, his "
                    "parents weave the bodies of the baskets, and his wife does the finishing "
                    "and packing. The rattan is split, shaved and sun-dried naturally, then "
                    "treated against mould before weaving, so goods stay mould-free even on "
                    "long sea voyages in a container.</p><p>Besides the baskets, trays, market "
                    "baskets and armchairs sold here, the workshop weaves lampshades, screens "
                    "and decorative baskets to drawings for hotels and interior shops; lead "
                    "times are quoted per design.</p>",
                ),
                (
                    "village",
                    {
                        "village": "Phú Vinh rattan and bamboo village",
                        "text": (
                            "Phú Vinh is in Phú Nghĩa commune, Chương Mỹ, west of Hà Nội — one "
                            "of the oldest and finest rattan and bamboo weaving villages in "
                            "northern Vietnam."
                        ),
                        "map_url": MAP_PHU_VINH,
                    },
                ),
            ],
        },
        "ja": {
            "title": "フーヴィン村 チョンギア籐竹工房",
            "intro": (
                "チュオンミーのフーヴィン村で、三世代の家族が籐とザン竹を編む工房。2022年OCOP 4"
                "つ星認定。ホテルやインテリアショップ向けに、サイズやデザインのオーダーも承りま"
                "す。"
            ),
            "body": [
                (
                    "text",
                    "<p>グエン・チョン・ギアさんの家の中庭では、祖父がひごを削り、両親がかごの"
                    "胴を編み、妻が仕上げと梱包を担当しています。籐は割いて削り、天日で自然乾燥"
                    "させ、編む前に防カビ処理をするので、長い船旅のコンテナ輸送でもカビが生えま"
                    "せん。</p><p>このショップで扱うかご、トレー、買い物かご、アームチェアのほ"
                    "か、ホテルやインテリアショップ向けに図面に合わせてランプシェード、間仕切"
                    "り、装飾かごも編んでいます。納期はデザインごとにお見積もりします。</p>",
                ),
                (
                    "village",
                    {
                        "village": "フーヴィン籐竹編み村",
                        "text": (
                            "フーヴィン村はハノイ西部チュオンミーのフーギア村にあり、北部で最も"
                            "古く、最も精緻な籐竹編みの村のひとつです。"
                        ),
                        "map_url": MAP_PHU_VINH,
                    },
                ),
            ],
        },
    },
}
