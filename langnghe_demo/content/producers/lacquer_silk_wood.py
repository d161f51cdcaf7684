"""Producer pages: Hạ Thái lacquer, Vạn Phúc silk and Sơn Đồng carving.

Keyed by producer slug (catalogue/producers.py), then language code: the producer page's
title, a plain-text intro and its body blocks. Vietnamese is the original.
"""

MAP_HA_THAI = "https://www.openstreetmap.org/?mlat=20.887&mlon=105.853#map=15/20.887/105.853"
MAP_SON_DONG = "https://www.openstreetmap.org/?mlat=21.043&mlon=105.706#map=15/21.043/105.706"

PRODUCERS: dict[str, dict[str, dict]] = {
    "son-mai-ha-thai-duc-thinh": {
        "vi": {
            "title": "Xưởng Sơn mài Đức Thịnh Hạ Thái",
            "intro": (
                "Xưởng của nghệ nhân Trần Đức Thịnh ở làng sơn mài Hạ Thái, làm sơn mài truyền "
                "thống bằng sơn ta Phú Thọ, vỏ trứng, khảm trai và vàng bạc quỳ. OCOP 4 sao "
                "năm 2021."
            ),
            "body": [
                (
                    "text",
                    "<p>Nghệ nhân Trần Đức Thịnh học nghề từ năm mười sáu tuổi trong xưởng của "
                    "bác ruột, nơi ông mài sơn suốt ba năm trước khi được cầm bút vẽ. Ngày nay "
                    "xưởng có tám thợ, vẫn làm theo cách cũ: cốt gỗ bó vải, sơn ta nhiều lớp, "
                    "mỗi lớp ủ trong buồng ẩm rồi mài nước bằng tay. Một sản phẩm mất từ ba "
                    "tuần đến ba tháng.</p><p>Xưởng làm hộp, khay, bộ lót cốc và nhận vẽ tranh "
                    "sơn mài theo đề tài của khách; khách đến Hạ Thái có thể xem thợ làm và "
                    "thử mài một tấm sơn nhỏ.</p>",
                ),
                (
                    "village",
                    {
                        "village": "Làng sơn mài Hạ Thái",
                        "text": (
                            "Hạ Thái, xã Duyên Thái, Thường Tín, cách trung tâm Hà Nội khoảng "
                            "20 km về phía nam, là làng sơn mài nổi tiếng nhất miền Bắc."
                        ),
                        "map_url": MAP_HA_THAI,
                    },
                ),
            ],
        },
        "en": {
            "title": "Đức Thịnh Lacquer Workshop, Hạ Thái",
            "intro": (
                "Artisan Trần Đức Thịnh's workshop in the lacquer village of Hạ Thái, making "
                "traditional lacquerware with Phú Thọ natural lacquer, eggshell, "
                "mother-of-pearl and gold and silver leaf. OCOP 4 stars (2021)."
            ),
            "body": [
                (
                    "text",
                    "<p>Artisan Trần Đức Thịnh started at sixteen in his uncle's workshop, "
                    "where he sanded lacquer for three years before he was allowed to pick up "
                    "a brush. Today the workshop has eight craftsmen who still work the old "
                    "way: a cloth-bound wooden core, many coats of natural lacquer, each cured "
                    "in a humid cabinet and wet-sanded by hand. One piece takes from three "
                    "weeks to three months.</p><p>The workshop makes boxes, trays and coaster "
                    "sets and paints lacquer pictures to commission; visitors to Hạ Thái can "
                    "watch the craftsmen and try sanding a small lacquer panel themselves.</p>",
                ),
                (
                    "village",
                    {
                        "village": "Hạ Thái lacquer village",
                        "text": (
                            "Hạ Thái, in Duyên Thái commune, Thường Tín, about 20 km south of "
                            "central Hà Nội, is the best-known lacquer village of northern "
                            "Vietnam."
                        ),
                        "map_url": MAP_HA_THAI,
                    },
                ),
            ],
        },
        "ja": {
            "title": "ハータイ・ドゥックティン漆工房",
            "intro": (
                "漆器の村ハータイにある職人チャン・ドゥック・ティン氏の工房。フート産の天然漆、"
                "卵殻、螺鈿、金銀箔を使った伝統的な漆器をつくります。2021年OCOP 4つ星認定。"
            ),
            "body": [
                (
                    "text",
                    "<p>チャン・ドゥック・ティン氏は16歳で叔父の工房に入り、筆を持たせてもらう"
                    "までの3年間、ひたすら漆を研ぎました。現在、工房には8人の職人がいて、今も昔"
                    "ながらの方法で仕事をしています。布を巻いた木地に天然漆を何層も塗り、一層ご"
                    "とに湿気のある室で乾かし、手で水研ぎします。一点の完成までに3週間から3か月"
                    "かかります。</p><p>箱、トレー、コースターセットのほか、ご希望の題材で漆絵"
                    "も制作します。ハータイを訪れれば職人の仕事を見学し、小さな漆板の研ぎ出しを"
                    "体験することもできます。</p>",
                ),
                (
                    "village",
                    {
                        "village": "ハータイ漆器村",
                        "text": (
                            "ハノイ中心部から南へ約20 km、トゥオンティンのズエンタイ村にあるハ"
                            "ータイは、北部で最もよく知られた漆器の村です。"
                        ),
                        "map_url": MAP_HA_THAI,
                    },
                ),
            ],
        },
    },
    "det-lua-phuc-hung-van-phuc": {
        "vi": {
            "title": "Cơ sở Dệt lụa Phúc Hưng Vạn Phúc",
            "intro": (
                "Cơ sở gia đình dệt lụa tơ tằm trên khung Jacquard theo hoa văn truyền thống "
                "Vạn Phúc: lụa vân, sa, the. Một phần sản phẩm nhuộm màu tự nhiên. OCOP 4 sao "
                "năm 2022."
            ),
            "body": [
                (
                    "text",
                    "<p>Nhà bà Đỗ Thị Hưng có sáu khung dệt Jacquard, tiếng thoi chạy từ sáng "
                    "đến tối trong con ngõ nhỏ sau đình làng Vạn Phúc. Bà giữ những tấm bìa "
                    "đục lỗ điều khiển khung dệt — mỗi tấm là một hoa văn cũ của làng — và "
                    "cùng con gái phục dựng cách nhuộm màu tự nhiên bằng củ nâu, lá chàm và vỏ "
                    "cây.</p><p>Cơ sở bán khăn, cà vạt và lụa tấm, nhận dệt theo màu và khổ "
                    "riêng cho nhà may áo dài và nhà thiết kế.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Khách mua lụa Vạn Phúc ở phố cổ nhiều khi không biết đó có phải "
                            "lụa làng hay không. Vì thế mỗi tấm lụa nhà tôi đều ghi rõ nơi dệt "
                            "và người dệt."
                        ),
                        "name": "Đỗ Thị Hưng",
                        "role": "Chủ cơ sở",
                    },
                ),
            ],
        },
        "en": {
            "title": "Phúc Hưng Silk Weaving Workshop, Vạn Phúc",
            "intro": (
                "A family workshop weaving mulberry silk on Jacquard looms in Vạn Phúc's "
                "traditional patterns — cloud silk, gauze and sheer silk — some of it dyed "
                "with natural dyes. OCOP 4 stars (2022)."
            ),
            "body": [
                (
                    "text",
                    "<p>Đỗ Thị Hưng's house has six Jacquard looms, and the shuttles run from "
                    "morning to night in a small lane behind Vạn Phúc's communal house. She "
                    "keeps the punched cards that drive the looms — each one an old village "
                    "pattern — and with her daughter she has revived natural dyeing with củ "
                    "nâu yam, indigo leaves and tree bark.</p><p>The workshop sells scarves, "
                    "ties and silk by the length, and weaves to custom colours and widths for "
                    "áo dài tailors and designers.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "People buying “Vạn Phúc silk” in the Old Quarter often can't tell "
                            "whether it really comes from the village. That's why every length "
                            "of our silk says where it was woven and by whom."
                        ),
                        "name": "Đỗ Thị Hưng",
                        "role": "Owner",
                    },
                ),
            ],
        },
        "ja": {
            "title": "ヴァンフック・フックフン絹織物工房",
            "intro": (
                "ヴァンフック村の伝統文様で、ジャカード織機を使って絹を織る家族経営の工房。雲紋"
                "絹、紗、羅を織り、一部は天然染料で染めています。2022年OCOP 4つ星認定。"
            ),
            "body": [
                (
                    "text",
                    "<p>ドー・ティ・フンさんの家には6台のジャカード織機があり、ヴァンフック村の"
                    "集会所裏の小道で朝から晩まで杼の音が響きます。彼女は織機を動かす紋紙を大切"
                    "に保管しています。一枚一枚が村に伝わる古い文様です。娘とともに、ソメモノイ"
                    "モ（クーナウ）、藍の葉、樹皮を使った天然染めも復活させました。</p><p>工房"
                    "ではスカーフ、ネクタイ、反物を販売し、アオザイの仕立て屋やデザイナー向けに"
                    "色や幅を指定した別織りも承ります。</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "旧市街で「ヴァンフックの絹」を買う人の多くは、それが本当に村の絹か"
                            "どうか分かりません。だからうちの絹には、どこで誰が織ったかを必ず記"
                            "しています。"
                        ),
                        "name": "ドー・ティ・フン",
                        "role": "工房主",
                    },
                ),
            ],
        },
    },
    "tac-tuong-son-dong-van-tuyen": {
        "vi": {
            "title": "Xưởng tạc tượng Văn Tuyến Sơn Đồng",
            "intro": (
                "Xưởng của nghệ nhân Nguyễn Văn Tuyến ở làng tạc tượng Sơn Đồng, làm tượng, "
                "con rối nước và đồ gỗ mỹ nghệ từ gỗ mít, gỗ sung, đục tỉa và sơn son thếp "
                "vàng hoàn toàn bằng tay. OCOP 3 sao năm 2023."
            ),
            "body": [
                (
                    "text",
                    "<p>Nguyễn Văn Tuyến là đời thứ năm trong một gia đình thợ tạc Sơn Đồng. "
                    "Xưởng của anh từng tạc và tu bổ tượng cho nhiều đình chùa ở đồng bằng Bắc "
                    "Bộ; những năm gần đây, anh làm thêm con rối nước cho các phường rối và "
                    "khay, đồ gỗ gia dụng từ những tấm gỗ mít còn lại.</p><p>Mọi công đoạn, từ "
                    "pha phôi, đục, tỉa đến sơn son thếp vàng, đều làm bằng tay. Với tượng đặt "
                    "riêng, xưởng gửi ảnh từng giai đoạn để khách theo dõi.</p>",
                ),
                (
                    "village",
                    {
                        "village": "Làng nghề tạc tượng Sơn Đồng",
                        "text": (
                            "Sơn Đồng, Hoài Đức, cách trung tâm Hà Nội khoảng 20 km về phía "
                            "tây, là làng tạc tượng và sơn son thếp vàng lâu đời nhất vùng."
                        ),
                        "map_url": MAP_SON_DONG,
                    },
                ),
            ],
        },
        "en": {
            "title": "Văn Tuyến Carving Workshop, Sơn Đồng",
            "intro": (
                "Artisan Nguyễn Văn Tuyến's workshop in the statue-carving village of Sơn "
                "Đồng, making statues, water puppets and wooden crafts from jackfruit and fig "
                "wood, carved and finished in red lacquer and gold entirely by hand. OCOP 3 "
                "stars (2023)."
            ),
            "body": [
                (
                    "text",
                    "<p>Nguyễn Văn Tuyến is the fifth generation of a Sơn Đồng carving family. "
                    "His workshop has carved and restored statues for many pagodas and "
                    "communal houses in the Red River Delta; in recent years he has also made "
                    "water puppets for puppet troupes, and trays and household woodwork from "
                    "leftover jackfruit boards.</p><p>Every step, from roughing out and "
                    "carving to red lacquer and gold leaf, is done by hand. For commissioned "
                    "statues, the workshop sends photographs at each stage so you can follow "
                    "the work.</p>",
                ),
                (
                    "village",
                    {
                        "village": "Sơn Đồng statue-carving village",
                        "text": (
                            "Sơn Đồng, in Hoài Đức about 20 km west of central Hà Nội, is the "
                            "region's oldest village of statue carvers and "
                            "red-lacquer-and-gold finishers."
                        ),
                        "map_url": MAP_SON_DONG,
                    },
                ),
            ],
        },
        "ja": {
            "title": "ソンドン・ヴァントゥエン彫刻工房",
            "intro": (
                "彫像の村ソンドンにある職人グエン・ヴァン・トゥエン氏の工房。ジャックフルーツと"
                "イチジクの木で仏像、水上人形、木工品をつくり、彫りから朱漆金箔仕上げまですべて"
                "手作業で行います。2023年OCOP 3つ星認定。"
            ),
            "body": [
                (
                    "text",
                    "<p>グエン・ヴァン・トゥエン氏は、ソンドンの彫刻一家の五代目です。工房はこ"
                    "れまで紅河デルタの多くの寺院や集会所の像を彫り、修復してきました。近年は人"
                    "形劇団のための水上人形や、余ったジャックフルーツ材を使ったトレーや日用の木"
                    "工品もつくっています。</p><p>木取り、彫り、仕上げ彫りから朱漆金箔まで、す"
                    "べての工程が手作業です。オーダーの像では、工程ごとに写真をお送りして進み具"
                    "合をご覧いただけます。</p>",
                ),
                (
                    "village",
                    {
                        "village": "ソンドン彫像の村",
                        "text": (
                            "ハノイ中心部から西へ約20 km、ホアイドゥックのソンドン村は、この地"
                            "方で最も古い彫像と朱漆金箔の村です。"
                        ),
                        "map_url": MAP_SON_DONG,
                    },
                ),
            ],
        },
    },
}
