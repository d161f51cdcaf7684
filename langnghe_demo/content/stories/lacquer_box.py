"""Product stories: Hạ Thái mother-of-pearl jewellery box (Sơn mài Đức Thịnh).

Keyed by product slug (catalogue/products*.py), then language code. The Vietnamese entry is
the original; the other languages translate it block for block (same block types in the same
order). Makers quoted are fictional, named as in catalogue/producers.py.
"""

MAP_HA_THAI = "https://www.openstreetmap.org/?mlat=20.887&mlon=105.853#map=15/20.887/105.853"

STORIES: dict[str, dict[str, dict]] = {
    "hop-trang-suc-son-mai-kham-trai": {
        "vi": {
            "title": "Hộp trang sức sơn mài khảm trai Hạ Thái",
            "summary": (
                "Hộp đựng trang sức cốt gỗ, phủ sơn ta nhiều lớp, khảm xà cừ bằng tay tại "
                "xưởng nghệ nhân Trần Đức Thịnh, làng sơn mài Hạ Thái. Màu đen hoặc son đỏ. "
                "OCOP 4 sao."
            ),
            "body": [
                (
                    "text",
                    "<p>Sơn mài Việt Nam dùng <b>sơn ta</b> — nhựa cây sơn trồng ở Phú Thọ — "
                    "chứ không phải sơn công nghiệp. Nhựa sơn khô lại trong không khí ẩm, "
                    "thành một lớp cứng, bóng sâu như mặt nước. Ở làng Hạ Thái, chiếc hộp này "
                    "được làm từ cốt gỗ bọc vải, phủ hơn mười lớp sơn.</p><p>Nắp hộp khảm "
                    "những mảnh xà cừ cắt từ vỏ trai, vỏ ốc, ghép thành cành hoa. Sau lớp sơn "
                    "cuối, người thợ mài cho hoa văn hiện ra ngang mặt sơn rồi đánh bóng bằng "
                    "lòng bàn tay. Hộp có màu đen hoặc son đỏ, lòng lót nhung.</p><p><b>Bảo "
                    "quản:</b> lau bằng khăn mềm khô; tránh nắng gắt, nguồn nhiệt và ngâm "
                    "nước.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Hơn mười lớp sơn",
                        "steps": [
                            {
                                "title": "Bó cốt",
                                "text": (
                                    "Cốt gỗ được bó vải màn ở các mối ghép, trát hỗn hợp sơn "
                                    "và đất cho kín."
                                ),
                                "duration": "1 tuần",
                            },
                            {
                                "title": "Phủ và mài sơn",
                                "text": (
                                    "Từng lớp sơn ta được quét, ủ trong buồng ẩm cho khô, rồi "
                                    "mài nước."
                                ),
                                "duration": "2–3 tuần",
                            },
                            {
                                "title": "Khảm trai",
                                "text": (
                                    "Xà cừ được cưa, mài thành từng cánh hoa và gắn lên nắp "
                                    "bằng sơn."
                                ),
                                "duration": "3–4 ngày",
                            },
                            {
                                "title": "Mài hiện và đánh bóng",
                                "text": (
                                    "Phủ sơn kín hoa văn, mài cho xà cừ hiện lên, đánh bóng "
                                    "bằng tay."
                                ),
                                "duration": "1 tuần",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Sơn ta không vội được. Trời hanh thì sơn không khô, trời nồm thì "
                            "khô nhanh quá. Làm nghề này ba mươi năm, tôi vẫn phải xem trời "
                            "mỗi sáng."
                        ),
                        "name": "Trần Đức Thịnh",
                        "role": "Nghệ nhân, chủ xưởng Sơn mài Đức Thịnh",
                    },
                ),
                (
                    "village",
                    {
                        "village": "Làng sơn mài Hạ Thái",
                        "text": (
                            "Hạ Thái thuộc xã Duyên Thái, Thường Tín, cách Hà Nội khoảng 20 km "
                            "về phía nam. Làng nổi tiếng cả nước với đồ sơn mài và tranh sơn "
                            "mài."
                        ),
                        "map_url": MAP_HA_THAI,
                    },
                ),
            ],
        },
        "en": {
            "title": "Mother-of-pearl lacquer jewellery box from Hạ Thái",
            "summary": (
                "A wooden jewellery box coated in many layers of natural lacquer and inlaid by "
                "hand with mother-of-pearl, from artisan Trần Đức Thịnh's workshop in the "
                "lacquer village of Hạ Thái. Black or vermilion. OCOP 4 stars."
            ),
            "body": [
                (
                    "text",
                    "<p>Vietnamese lacquer uses <b>sơn ta</b> — the sap of lacquer trees grown "
                    "in Phú Thọ — not industrial paint. The sap hardens in humid air into a "
                    "tough layer with a gloss as deep as still water. In Hạ Thái, this box "
                    "starts as a cloth-wrapped wooden core and receives more than ten coats of "
                    "lacquer.</p><p>The lid is inlaid with pieces of mother-of-pearl cut from "
                    "mussel and snail shells and set as a flowering branch. After the final "
                    "coat the lacquerer sands until the pattern comes up level with the "
                    "surface, then polishes it with the palm of the hand. In black or "
                    "vermilion, lined with velvet.</p><p><b>Care:</b> wipe with a soft dry "
                    "cloth; keep away from strong sun, heat and water.</p>",
                ),
                (
                    "process",
                    {
                        "title": "More than ten coats",
                        "steps": [
                            {
                                "title": "Binding the core",
                                "text": (
                                    "The joints of the wooden core are wrapped in muslin and "
                                    "sealed with a paste of lacquer and clay."
                                ),
                                "duration": "1 week",
                            },
                            {
                                "title": "Coating and sanding",
                                "text": (
                                    "Each coat of natural lacquer is brushed on, cured in a "
                                    "humid cabinet, then wet-sanded."
                                ),
                                "duration": "2–3 weeks",
                            },
                            {
                                "title": "Mother-of-pearl inlay",
                                "text": (
                                    "The shell is sawn and ground into petals and set into the "
                                    "lid with lacquer."
                                ),
                                "duration": "3–4 days",
                            },
                            {
                                "title": "Revealing and polishing",
                                "text": (
                                    "Lacquer covers the inlay, is sanded back until the pearl "
                                    "appears, and is polished by hand."
                                ),
                                "duration": "1 week",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Natural lacquer cannot be hurried. In dry weather it won't cure; "
                            "in damp weather it cures too fast. After thirty years in this "
                            "craft I still check the sky every morning."
                        ),
                        "name": "Trần Đức Thịnh",
                        "role": "Artisan, owner of the Đức Thịnh lacquer workshop",
                    },
                ),
                (
                    "village",
                    {
                        "village": "Hạ Thái lacquer village",
                        "text": (
                            "Hạ Thái is in Duyên Thái commune, Thường Tín, about 20 km south "
                            "of Hà Nội. It is famous across Vietnam for lacquerware and "
                            "lacquer paintings."
                        ),
                        "map_url": MAP_HA_THAI,
                    },
                ),
            ],
        },
        "ja": {
            "title": "ハータイ村の螺鈿漆塗りジュエリーボックス",
            "summary": (
                "木地に天然漆を何層も塗り重ね、螺鈿を手で嵌め込んだジュエリーボックス。漆器の村"
                "ハータイ、チャン・ドゥック・ティン氏の工房製。黒または朱。OCOP 4つ星認定。"
            ),
            "body": [
                (
                    "text",
                    "<p>ベトナムの漆器に使うのは工業塗料ではなく、フート省で育つ漆の木の樹液<b>"
                    "「ソンタ」</b>です。樹液は湿った空気の中で固まり、静かな水面のような深い艶"
                    "をもつ丈夫な層になります。ハータイ村では、布を巻いた木地にこの漆を10回以上"
                    "塗り重ねます。</p><p>蓋には、二枚貝や巻貝の殻から切り出した螺鈿を花の枝の"
                    "形に嵌め込んでいます。最後の一層の後、文様が漆面と平らになるまで研ぎ出し、"
                    "手のひらで磨き上げます。色は黒と朱の2色、内側はベルベット張りです。"
                    "</p><p><b>お手入れ：</b>柔らかい乾いた布で拭いてください。強い日差し、熱、"
                    "水を避けてください。</p>",
                ),
                (
                    "process",
                    {
                        "title": "10回以上の塗り重ね",
                        "steps": [
                            {
                                "title": "木地固め",
                                "text": (
                                    "木地の継ぎ目に布を巻き、漆と土を混ぜたもので目止めをします。"
                                ),
                                "duration": "1週間",
                            },
                            {
                                "title": "塗りと研ぎ",
                                "text": (
                                    "天然漆を一層ずつ塗り、湿気のある室で乾かしてから水研ぎします。"
                                ),
                                "duration": "2〜3週間",
                            },
                            {
                                "title": "螺鈿を嵌める",
                                "text": "貝を糸鋸で切り、花びらの形に研いで、漆で蓋に貼ります。",
                                "duration": "3〜4日",
                            },
                            {
                                "title": "研ぎ出しと磨き",
                                "text": (
                                    "漆で文様を覆い、貝が現れるまで研ぎ出して、手で磨き上げます。"
                                ),
                                "duration": "1週間",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "天然の漆は急がせることができません。乾いた天気では固まらず、湿っぽ"
                            "い日には早く固まりすぎる。この仕事を30年続けていても、毎朝空を見る"
                            "んです。"
                        ),
                        "name": "チャン・ドゥック・ティン",
                        "role": "職人、ドゥックティン漆工房 主",
                    },
                ),
                (
                    "village",
                    {
                        "village": "ハータイ漆器村",
                        "text": (
                            "ハータイ村はトゥオンティンのズエンタイ村にあり、ハノイから南へ約"
                            "20 km。漆器と漆絵で国内に広く知られています。"
                        ),
                        "map_url": MAP_HA_THAI,
                    },
                ),
            ],
        },
    },
}
