"""Product stories: Sơn Đồng water puppet (Xưởng tạc tượng Văn Tuyến).

Keyed by product slug (catalogue/products*.py), then language code. The Vietnamese entry is
the original; the other languages translate it block for block (same block types in the same
order). Makers quoted are fictional, named as in catalogue/producers.py.
"""

MAP_SON_DONG = "https://www.openstreetmap.org/?mlat=21.043&mlon=105.706#map=15/21.043/105.706"

STORIES: dict[str, dict[str, dict]] = {
    "con-roi-nuoc-chu-teu": {
        "vi": {
            "title": "Con rối nước chú Tễu Sơn Đồng",
            "summary": (
                "Chú Tễu — nhân vật mở màn của mọi buổi múa rối nước — tạc tay bằng gỗ sung, "
                "phủ sơn ta và màu khoáng tại xưởng Văn Tuyến, làng Sơn Đồng. Cao 30 cm hoặc "
                "45 cm."
            ),
            "body": [
                (
                    "text",
                    "<p>Múa rối nước sinh ra ở đồng bằng sông Hồng: tấm bia chùa Long Đọi dựng "
                    "năm 1121 đã tả một buổi diễn rối trên mặt nước. Người nghệ sĩ đứng ngâm "
                    "nửa người sau bức mành tre, điều khiển con rối bằng sào và dây giấu dưới "
                    "nước. Mở màn mỗi buổi diễn bao giờ cũng là <b>chú Tễu</b>: bụng tròn, "
                    "đóng khố, để chỏm tóc trái đào, miệng cười toe, vừa chào khán giả vừa "
                    "bông đùa chuyện làng.</p><p>Con rối này được tạc từ <b>gỗ sung</b> — gỗ "
                    "nhẹ, nổi trên nước, là loại gỗ truyền thống làm rối — rồi phủ sơn ta và "
                    "vẽ màu khoáng như rối diễn thật. Hai tay có khớp, có thể tạo dáng. Chú "
                    "Tễu để bày trên kệ, không phải đồ chơi cho trẻ nhỏ.</p><p>Lau bằng khăn "
                    "khô, tránh nắng gắt.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Tạc một chú Tễu",
                        "steps": [
                            {
                                "title": "Pha phôi",
                                "text": "Gỗ sung được phơi khô, cưa thành khối rồi đẽo dáng thô.",
                                "duration": "2 ngày",
                            },
                            {
                                "title": "Đục và tỉa",
                                "text": "Thợ đục bụng, tay, khố, rồi tỉa nét mặt cười và chỏm tóc.",
                                "duration": "3–4 ngày",
                            },
                            {
                                "title": "Sơn và vẽ",
                                "text": (
                                    "Phủ sơn lót, mài, rồi vẽ màu khoáng và phủ sơn bóng chống "
                                    "nước."
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
                            "Khắc mặt Tễu khó nhất là nụ cười. Cười to quá thì thành ngớ ngẩn, "
                            "cười ít quá thì mất cái tinh nghịch. Tễu phải cười như người làng "
                            "mình."
                        ),
                        "name": "Nguyễn Văn Tuyến",
                        "role": "Nghệ nhân, chủ xưởng tạc tượng Văn Tuyến",
                    },
                ),
                (
                    "village",
                    {
                        "village": "Làng nghề tạc tượng Sơn Đồng",
                        "text": (
                            "Sơn Đồng ở Hoài Đức, phía tây Hà Nội, là làng tạc tượng và sơn "
                            "son thếp vàng lâu đời; tượng Phật, hoành phi, câu đối và con rối "
                            "của làng có mặt ở nhiều đình chùa khắp miền Bắc."
                        ),
                        "map_url": MAP_SON_DONG,
                    },
                ),
            ],
        },
        "en": {
            "title": "Chú Tễu water puppet from Sơn Đồng",
            "summary": (
                "Chú Tễu — the character who opens every water-puppet show — hand-carved in "
                "fig wood, lacquered and painted with mineral pigments at the Văn Tuyến "
                "workshop in Sơn Đồng. 30 cm or 45 cm tall."
            ),
            "body": [
                (
                    "text",
                    "<p>Water puppetry was born in the Red River Delta: a stele at Long Đọi "
                    "pagoda, erected in 1121, already describes a puppet show on water. The "
                    "puppeteers stand waist-deep behind a bamboo screen and work the puppets "
                    "with poles and strings hidden under the surface. Every show opens with "
                    "<b>Chú Tễu</b>: round belly, loincloth, a single tuft of hair and a broad "
                    "grin, greeting the audience and joking about village life.</p><p>This "
                    "puppet is carved from <b>fig wood</b> — light enough to float, the "
                    "traditional puppet wood — then lacquered and painted with mineral colours "
                    "just like a stage puppet. The arms are jointed and can be posed. Tễu is "
                    "made for a shelf, not as a toy for small children.</p><p>Wipe with a dry "
                    "cloth and keep out of strong sun.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Carving a Tễu",
                        "steps": [
                            {
                                "title": "Roughing out",
                                "text": (
                                    "Dried fig wood is sawn into a block and hewn to a rough shape."
                                ),
                                "duration": "2 days",
                            },
                            {
                                "title": "Carving and detailing",
                                "text": (
                                    "The carver shapes belly, arms and loincloth, then the "
                                    "smiling face and tuft of hair."
                                ),
                                "duration": "3–4 days",
                            },
                            {
                                "title": "Lacquering and painting",
                                "text": (
                                    "A ground coat is applied and sanded, mineral colours are "
                                    "painted, and a waterproof gloss goes on."
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
                            "The hardest thing about carving Tễu is the smile. Too wide and he "
                            "looks foolish, too small and he loses his mischief. Tễu has to "
                            "smile like someone from our village."
                        ),
                        "name": "Nguyễn Văn Tuyến",
                        "role": "Artisan, owner of the Văn Tuyến carving workshop",
                    },
                ),
                (
                    "village",
                    {
                        "village": "Sơn Đồng statue-carving village",
                        "text": (
                            "Sơn Đồng, in Hoài Đức west of Hà Nội, is an old village of statue "
                            "carvers and red-lacquer-and-gold finishers; its Buddhas, carved "
                            "boards and puppets stand in pagodas and communal houses across "
                            "northern Vietnam."
                        ),
                        "map_url": MAP_SON_DONG,
                    },
                ),
            ],
        },
        "ja": {
            "title": "ソンドン村の水上人形「チュー・テウ」",
            "summary": (
                "水上人形劇の幕開けに必ず登場する人気者チュー・テウを、イチジクの木から手彫り"
                "し、漆と鉱物顔料で彩色。ソンドン村ヴァントゥエン工房製。高さ30 cmと45 cm。"
            ),
            "body": [
                (
                    "text",
                    "<p>水上人形劇は紅河デルタで生まれました。1121年に建てられたロンドイ寺の石"
                    "碑には、すでに水上での人形劇の様子が記されています。演者は竹の簾の後ろで腰"
                    "まで水に浸かり、水面下に隠した竿と糸で人形を操ります。どの公演も幕開けは"
                    "<b>チュー・テウ</b>。丸いお腹にふんどし姿、頭頂にひと房の髪、満面の笑みで"
                    "観客にあいさつし、村の暮らしを面白おかしく語ります。</p><p>この人形は、水"
                    "に浮くほど軽く、人形づくりに昔から使われてきた<b>イチジクの木</b>から彫り"
                    "出し、舞台用と同じように漆を塗り、鉱物顔料で彩色しています。腕は関節つきで"
                    "ポーズをつけられます。棚に飾るための作品で、小さなお子様のおもちゃではあり"
                    "ません。</p><p>乾いた布で拭き、強い日差しを避けてください。</p>",
                ),
                (
                    "process",
                    {
                        "title": "テウを彫る",
                        "steps": [
                            {
                                "title": "木取り",
                                "text": (
                                    "乾燥させたイチジクの木を塊に切り、おおまかな形に削ります。"
                                ),
                                "duration": "2日",
                            },
                            {
                                "title": "彫りと仕上げ彫り",
                                "text": (
                                    "お腹、腕、ふんどしを彫り、笑顔と髪の房を細かく彫り出します。"
                                ),
                                "duration": "3〜4日",
                            },
                            {
                                "title": "漆塗りと彩色",
                                "text": (
                                    "下塗りをして研ぎ、鉱物顔料で彩色して、防水の上塗りをします。"
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
                            "テウを彫るのでいちばん難しいのは笑顔です。笑いすぎると間の抜けた顔"
                            "になり、控えめすぎるといたずら心がなくなる。テウは私たちの村の人の"
                            "ように笑わなければ。"
                        ),
                        "name": "グエン・ヴァン・トゥエン",
                        "role": "職人、ヴァントゥエン彫刻工房 主",
                    },
                ),
                (
                    "village",
                    {
                        "village": "ソンドン彫像の村",
                        "text": (
                            "ハノイ西部ホアイドゥックのソンドン村は、彫像と朱漆金箔仕上げの古い"
                            "村です。村で作られた仏像や扁額、人形は北部各地の寺院や集会所に納め"
                            "られています。"
                        ),
                        "map_url": MAP_SON_DONG,
                    },
                ),
            ],
        },
    },
}
