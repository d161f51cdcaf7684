"""Product stories: Vạn Phúc silk scarf (Cơ sở Dệt lụa Phúc Hưng).

Keyed by product slug (catalogue/products*.py), then language code. The Vietnamese entry is
the original; the other languages translate it block for block (same block types in the same
order). Makers quoted are fictional, named as in catalogue/producers.py.
"""

MAP_VAN_PHUC = "https://www.openstreetmap.org/?mlat=20.98&mlon=105.774#map=16/20.98/105.774"

STORIES: dict[str, dict[str, dict]] = {
    "khan-lua-van-phuc": {
        "vi": {
            "title": "Khăn lụa tơ tằm Vạn Phúc",
            "summary": (
                "Khăn 100% lụa tơ tằm dệt tại làng lụa Vạn Phúc (Hà Đông), màu chàm nhuộm lá "
                "tự nhiên, hồng sen hoặc ngà. Khăn dài 180 × 55 cm hoặc khăn vuông 90 × 90 cm. "
                "OCOP 4 sao."
            ),
            "body": [
                (
                    "text",
                    "<p>Người Hà Nội xưa nói “lụa Hà Đông” là nói lụa Vạn Phúc. Làng dệt bên "
                    "bờ sông Nhuệ tôn bà tổ nghề dệt làm Thành hoàng, và kể rằng nghề lụa đã "
                    "có ở đây hơn một nghìn năm. Thời Pháp thuộc, lụa Vạn Phúc từng được mang "
                    "sang giới thiệu ở các hội chợ bên Pháp.</p><p>Chiếc khăn này dệt từ 100% "
                    "tơ tằm trên khung Jacquard của cơ sở Phúc Hưng, sợi mảnh nên khăn nhẹ và "
                    "rủ mềm. Bản <b>màu chàm</b> được nhuộm bằng lá chàm ngâm ủ, nhúng đi "
                    "nhúng lại nhiều lần để lên màu xanh sâu; bản hồng sen và ngà nhuộm thuốc "
                    "nhuộm không chứa kim loại nặng.</p><p><b>Bảo quản:</b> giặt tay bằng nước "
                    "lạnh với dầu gội hoặc xà phòng trung tính, không vắt xoắn, phơi trong "
                    "bóng râm; là ở nhiệt độ thấp, lót khăn mỏng.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Từ sợi tơ đến tấm khăn",
                        "steps": [
                            {
                                "title": "Chuẩn bị tơ",
                                "text": "Tơ tằm được ngâm, đánh ống, mắc sợi dọc lên khung.",
                                "duration": "2 ngày",
                            },
                            {
                                "title": "Dệt",
                                "text": (
                                    "Khung Jacquard dệt tấm lụa mỏng, thợ canh từng đường sợi đứt."
                                ),
                                "duration": "1 ngày",
                            },
                            {
                                "title": "Nhuộm chàm",
                                "text": (
                                    "Lụa được nhúng vào chum chàm, phơi ra cho lên màu, lặp "
                                    "lại nhiều lần."
                                ),
                                "duration": "5–7 ngày",
                            },
                            {
                                "title": "Se tua và là",
                                "text": (
                                    "Hai đầu khăn được se tua bằng tay, khăn được giặt, là "
                                    "phẳng và gấp."
                                ),
                                "duration": "nửa ngày",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Lụa thật thì mát tay và có tiếng sột soạt khe khẽ khi vò. Tôi vẫn "
                            "dặn khách: cứ cầm lên mà áp vào má, lụa tơ tằm sẽ tự nói."
                        ),
                        "name": "Đỗ Thị Hưng",
                        "role": "Chủ cơ sở Dệt lụa Phúc Hưng",
                    },
                ),
                (
                    "village",
                    {
                        "village": "Làng lụa Vạn Phúc",
                        "text": (
                            "Vạn Phúc nay là một phường của Hà Đông, cách Hồ Gươm khoảng 10 "
                            "km, vẫn rộn tiếng khung dệt của các xưởng gia đình."
                        ),
                        "map_url": MAP_VAN_PHUC,
                    },
                ),
            ],
        },
        "en": {
            "title": "Vạn Phúc mulberry silk scarf",
            "summary": (
                "A 100% mulberry silk scarf woven in the silk village of Vạn Phúc (Hà Đông), "
                "in natural leaf indigo, lotus pink or ivory. Long 180 × 55 cm or square 90 × "
                "90 cm. OCOP 4 stars."
            ),
            "body": [
                (
                    "text",
                    "<p>When old Hanoians spoke of “Hà Đông silk”, they meant Vạn Phúc silk. "
                    "The weaving village on the Nhuệ River worships the woman who founded its "
                    "craft as its guardian spirit, and says silk has been woven here for more "
                    "than a thousand years. In the colonial era, Vạn Phúc silk was shown at "
                    "fairs in France.</p><p>This scarf is woven from 100% mulberry silk on the "
                    "Phúc Hưng workshop's Jacquard looms. The fine yarn makes it light and "
                    "softly draping. The <b>indigo</b> version is dyed with fermented indigo "
                    "leaves, dipped again and again to build a deep blue; the lotus pink and "
                    "ivory use dyes free of heavy metals.</p><p><b>Care:</b> hand-wash in cold "
                    "water with shampoo or a neutral soap, do not wring, dry in the shade; "
                    "iron on low under a thin cloth.</p>",
                ),
                (
                    "process",
                    {
                        "title": "From silk thread to scarf",
                        "steps": [
                            {
                                "title": "Preparing the silk",
                                "text": (
                                    "The raw silk is soaked, wound onto bobbins and the warp "
                                    "is set up on the loom."
                                ),
                                "duration": "2 days",
                            },
                            {
                                "title": "Weaving",
                                "text": (
                                    "The Jacquard loom weaves the fine silk while the weaver "
                                    "watches for every broken thread."
                                ),
                                "duration": "1 day",
                            },
                            {
                                "title": "Indigo dyeing",
                                "text": (
                                    "The silk is dipped in the indigo vat and aired to let the "
                                    "colour develop, many times over."
                                ),
                                "duration": "5–7 days",
                            },
                            {
                                "title": "Fringing and pressing",
                                "text": (
                                    "The fringes are twisted by hand; the scarf is washed, "
                                    "pressed and folded."
                                ),
                                "duration": "half a day",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Real silk feels cool and whispers when you crumple it. I always "
                            "tell customers: hold it against your cheek, and the silk will "
                            "speak for itself."
                        ),
                        "name": "Đỗ Thị Hưng",
                        "role": "Owner, Phúc Hưng silk weaving workshop",
                    },
                ),
                (
                    "village",
                    {
                        "village": "Vạn Phúc silk village",
                        "text": (
                            "Vạn Phúc, now a ward of Hà Đông about 10 km from Hoàn Kiếm Lake, "
                            "still echoes with the clatter of family looms."
                        ),
                        "map_url": MAP_VAN_PHUC,
                    },
                ),
            ],
        },
        "ja": {
            "title": "ヴァンフック村のシルクスカーフ",
            "summary": (
                "絹の村ヴァンフック（ハドン）で織られた絹100％のスカーフ。天然の藍染め、蓮のピ"
                "ンク、アイボリーの3色。ロング180 × 55 cm、スクエア90 × 90 cm。OCOP 4つ星認定。"
            ),
            "body": [
                (
                    "text",
                    "<p>昔のハノイの人々が「ハドンの絹」と言えば、それはヴァンフックの絹のこと"
                    "でした。ニュエ川沿いの織物の村では、機織りを伝えた女性の祖を村の守り神とし"
                    "て祀り、千年以上前からここで絹が織られてきたと伝えています。フランス統治時"
                    "代には、ヴァンフックの絹がフランスの博覧会でも紹介されました。</p><p>この"
                    "スカーフは、フックフン工房のジャカード織機で絹100％の糸から織り上げたもの"
                    "です。細い糸で織るため軽く、しなやかに垂れます。<b>藍色</b>は発酵させた藍"
                    "の葉で染め、何度も浸して深い青に仕上げます。蓮のピンクとアイボリーは重金属"
                    "を含まない染料を使っています。</p><p><b>お手入れ：</b>シャンプーか中性石け"
                    "んを使い、冷水で手洗いしてください。絞らずに日陰で干し、アイロンは低温で当"
                    "て布をしてください。</p>",
                ),
                (
                    "process",
                    {
                        "title": "絹糸からスカーフへ",
                        "steps": [
                            {
                                "title": "糸の準備",
                                "text": "生糸を水に浸してボビンに巻き、経糸を織機に掛けます。",
                                "duration": "2日",
                            },
                            {
                                "title": "機織り",
                                "text": (
                                    "ジャカード織機で薄い絹を織り、織り手が糸切れを一本ずつ見守"
                                    "ります。"
                                ),
                                "duration": "1日",
                            },
                            {
                                "title": "藍染め",
                                "text": (
                                    "藍甕に浸しては空気にさらして発色させることを、何度も繰り返"
                                    "します。"
                                ),
                                "duration": "5〜7日",
                            },
                            {
                                "title": "房よりとプレス",
                                "text": "両端の房を手でより、洗ってアイロンをかけ、たたみます。",
                                "duration": "半日",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "本物の絹はひんやりとして、握るとかすかにさらさらと音がします。お客"
                            "様にはいつも、頬に当ててみてくださいと言うんです。絹が自分で語って"
                            "くれますから。"
                        ),
                        "name": "ドー・ティ・フン",
                        "role": "フックフン絹織物工房 主",
                    },
                ),
                (
                    "village",
                    {
                        "village": "ヴァンフック絹の村",
                        "text": (
                            "ホアンキエム湖から約10 km、現在はハドンの一地区となったヴァンフッ"
                            "クには、今も家族経営の工房の機織りの音が響いています。"
                        ),
                        "map_url": MAP_VAN_PHUC,
                    },
                ),
            ],
        },
    },
}
