"""Product stories: agarwood incense sticks and cones from Hương Khê (Cơ sở Trầm hương Phúc Trạch).

Keyed by product slug (catalogue/products*.py), then language code. The Vietnamese entry is
the original; the other languages translate it block for block (same block types in the same
order). Makers quoted are fictional, named as in catalogue/producers.py.
"""

STORIES: dict[str, dict[str, dict]] = {
    "nhang-tram-khong-tam": {
        "vi": {
            "title": "Nhang trầm hương không tăm Phúc Trạch",
            "summary": (
                "Nhang làm thủ công từ bột trầm hương dó bầu trồng ở Hương Khê (Hà Tĩnh) và "
                "keo bời lời, không tăm tre, không hóa chất tạo mùi. Ống 100 g, que 20 cm."
            ),
            "body": [
                (
                    "text",
                    "<p>Trầm hương không phải là một loại gỗ, mà là vết thương đã lành của cây "
                    "dó bầu. Khi thân cây bị tổn thương, cây tiết nhựa để tự bảo vệ; qua nhiều "
                    "năm, nhựa thấm vào thớ gỗ thành những mảng trầm sẫm màu, thơm ngọt khi "
                    "đốt. Ở Hương Khê, gia đình chị Trần Thị Mai trồng dó bầu trong vườn nhà, "
                    "<b>tạo trầm trên cây hơn mười năm</b> rồi mới khai thác.</p><p>Nhang được "
                    "se tay từ bột trầm và <b>keo bời lời</b> — bột vỏ cây bời lời, chất kết "
                    "dính tự nhiên — không dùng tăm tre, nên khi đốt chỉ có mùi trầm, ít khói, "
                    "tàn trắng mịn. Mỗi que 20 cm cháy khoảng 40 phút.</p><p>Trầm hương thuộc "
                    "Phụ lục II của Công ước CITES. Vườn dó của cơ sở đã đăng ký với Cơ quan "
                    "quản lý CITES Việt Nam; việc sản phẩm được gửi đến nước bạn hay không, và "
                    "cần giấy tờ gì, sẽ hiện ở bước thanh toán.</p><p>Đốt trên bát hoặc đế "
                    "chống cháy, nơi thoáng khí; để xa tầm tay trẻ em.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Từ cây dó đến que nhang",
                        "steps": [
                            {
                                "title": "Tạo trầm",
                                "text": (
                                    "Cây dó bầu trên bảy năm tuổi được tạo vết thương để cây "
                                    "tiết nhựa, rồi để tích trầm nhiều năm."
                                ),
                                "duration": "hơn 10 năm",
                            },
                            {
                                "title": "Tách trầm và nghiền bột",
                                "text": (
                                    "Gỗ có trầm được đục tách khỏi phần gỗ trắng, phơi khô và "
                                    "nghiền mịn."
                                ),
                                "duration": "1–2 tuần",
                            },
                            {
                                "title": "Se nhang",
                                "text": (
                                    "Bột trầm trộn keo bời lời và nước, se tay thành que dài 20 cm."
                                ),
                                "duration": "1 ngày",
                            },
                            {
                                "title": "Phơi và ủ hương",
                                "text": (
                                    "Nhang được hong khô tự nhiên rồi ủ trong hộp kín cho "
                                    "hương dịu lại."
                                ),
                                "duration": "2–3 tuần",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Cây dó trồng hôm nay thì phải đến đời con mới có trầm tốt. Nghề "
                            "này dạy người ta biết chờ."
                        ),
                        "name": "Trần Thị Mai",
                        "role": "Chủ cơ sở Trầm hương Phúc Trạch",
                    },
                ),
            ],
        },
        "en": {
            "title": "Phúc Trạch bamboo-free agarwood incense",
            "summary": (
                "Incense hand-rolled from the powder of agarwood grown in Hương Khê (Hà Tĩnh) "
                "and litsea bark, with no bamboo core and no synthetic fragrance. 100 g tube, "
                "20 cm sticks."
            ),
            "body": [
                (
                    "text",
                    "<p>Agarwood is not a kind of wood but the healed wound of the Aquilaria "
                    "tree. When the trunk is injured, the tree produces resin to protect "
                    "itself; over years the resin soaks into the grain, forming dark patches "
                    "of agarwood that smell sweet when burned. In Hương Khê, Trần Thị Mai's "
                    "family grows Aquilaria in their garden and <b>lets agarwood form on the "
                    "living tree for more than ten years</b> before harvesting.</p><p>The "
                    "incense is rolled by hand from agarwood powder and <b>litsea bark</b> — a "
                    "natural binder — with no bamboo core, so it burns with nothing but the "
                    "scent of agarwood, little smoke and fine white ash. Each 20 cm stick "
                    "burns for about 40 minutes.</p><p>Agarwood is listed in Appendix II of "
                    "CITES. The family's plantation is registered with the CITES Management "
                    "Authority of Vietnam; whether this product can be sent to your country, "
                    "and with which documents, is shown at checkout.</p><p>Burn in a bowl or "
                    "on a heat-proof holder in a ventilated room, out of reach of children.</p>",
                ),
                (
                    "process",
                    {
                        "title": "From tree to incense stick",
                        "steps": [
                            {
                                "title": "Inducing agarwood",
                                "text": (
                                    "Trees more than seven years old are wounded so they "
                                    "produce resin, then left for years to build agarwood."
                                ),
                                "duration": "more than 10 years",
                            },
                            {
                                "title": "Separating and grinding",
                                "text": (
                                    "The resinous wood is chiselled away from the pale wood, "
                                    "dried and finely ground."
                                ),
                                "duration": "1–2 weeks",
                            },
                            {
                                "title": "Rolling",
                                "text": (
                                    "Agarwood powder is mixed with litsea bark and water and "
                                    "rolled by hand into 20 cm sticks."
                                ),
                                "duration": "1 day",
                            },
                            {
                                "title": "Drying and maturing",
                                "text": (
                                    "The sticks air-dry naturally, then rest in closed boxes "
                                    "so the scent mellows."
                                ),
                                "duration": "2–3 weeks",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "An Aquilaria tree planted today gives good agarwood only in our "
                            "children's time. This craft teaches you to wait."
                        ),
                        "name": "Trần Thị Mai",
                        "role": "Owner, Phúc Trạch Agarwood",
                    },
                ),
            ],
        },
        "ja": {
            "title": "フックチャック 竹芯なし沈香線香",
            "summary": (
                "ハティン省フオンケーで育てた沈香樹の粉と、ボイロイ（クスノキ科ハマビワ属）の樹"
                "皮の粉だけで手づくりした線香。竹芯なし、合成香料不使用。100 g筒入り、長さ20 cm"
                "。"
            ),
            "body": [
                (
                    "text",
                    "<p>沈香は木の種類ではなく、ジンコウ（アキラリア）の木が癒やした傷あとで"
                    "す。幹が傷つくと木は身を守るために樹脂を出し、長い年月をかけて樹脂が木目に"
                    "染み込み、焚くと甘く香る黒い沈香の部分になります。フオンケーのチャン・ティ"
                    "・マイさんの家族は庭でジンコウの木を育て、<b>生きた木の上で10年以上かけて"
                    "沈香を育ててから</b>収穫します。</p><p>線香は、沈香の粉と<b>ボイロイ（クス"
                    "ノキ科ハマビワ属）の樹皮の粉</b>（日本の線香のタブ粉にあたる天然のつなぎ）"
                    "を合わせて手で練り上げたもので、竹芯を使いません。そのため焚くと沈香の香り"
                    "だけが立ち、煙が少なく、灰は白く細かです。20 cmの1本で約40分燃えます。"
                    "</p><p>沈香はワシントン条約（CITES）附属書IIに掲載されています。この家族の"
                    "植林地はベトナムのCITES管理当局に登録されています。お届け先の国へ送れるか"
                    "どうか、どの書類が必要かは、ご購入手続きの画面に表示されます。</p><p>香炉"
                    "や耐熱の台の上で、換気のよい部屋で焚いてください。お子様の手の届かない所に"
                    "置いてください。</p>",
                ),
                (
                    "process",
                    {
                        "title": "木から線香まで",
                        "steps": [
                            {
                                "title": "沈香を育てる",
                                "text": (
                                    "樹齢7年以上の木に傷をつけて樹脂を出させ、何年もかけて沈香"
                                    "を蓄えさせます。"
                                ),
                                "duration": "10年以上",
                            },
                            {
                                "title": "切り分けと粉砕",
                                "text": (
                                    "樹脂の染みた部分を白い木部からのみで削り分け、乾かして細か"
                                    "く挽きます。"
                                ),
                                "duration": "1〜2週間",
                            },
                            {
                                "title": "練りと成形",
                                "text": (
                                    "沈香の粉に樹皮の粉と水を混ぜ、手で20 cmの線香に成形します。"
                                ),
                                "duration": "1日",
                            },
                            {
                                "title": "乾燥と熟成",
                                "text": (
                                    "自然乾燥させたあと、密閉した箱で寝かせて香りをまろやかにし"
                                    "ます。"
                                ),
                                "duration": "2〜3週間",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "今日植えたジンコウの木が良い沈香をつけるのは、子どもの代になってか"
                            "ら。この仕事は待つことを教えてくれます。"
                        ),
                        "name": "チャン・ティ・マイ",
                        "role": "フックチャック沈香工房 主",
                    },
                ),
            ],
        },
    },
    "nu-tram-huong": {
        "vi": {
            "title": "Nụ trầm hương Phúc Trạch",
            "summary": (
                "Nụ trầm làm thủ công từ bột trầm hương và keo bời lời, hộp 100 g khoảng 80 "
                "nụ, mỗi nụ cháy 15–20 phút."
            ),
            "body": [
                (
                    "text",
                    "<p>Nụ trầm là cách đốt trầm gọn nhất cho những căn phòng nhỏ: một nụ hình "
                    "chóp cháy trong 15–20 phút, đủ cho hương lan khắp phòng khách hay phòng "
                    "đọc sách, rồi tắt mà không để lại mùi khói nặng. Người Việt hay đốt nụ "
                    "trầm khi pha trà mời khách, hay trước bàn thờ ngày rằm, mùng "
                    "một.</p><p>Nụ được nặn tay từ cùng loại <b>bột trầm và keo bời lời</b> "
                    "như nhang không tăm của cơ sở, phơi khô tự nhiên trong bóng râm. Hộp 100 "
                    "g có khoảng 80 nụ.</p><p>Trầm hương thuộc Phụ lục II của Công ước CITES. "
                    "Vườn dó của cơ sở đã đăng ký với Cơ quan quản lý CITES Việt Nam; việc sản "
                    "phẩm được gửi đến nước bạn hay không, và cần giấy tờ gì, sẽ hiện ở bước "
                    "thanh toán.</p><p>Đặt nụ trên đế chống cháy hoặc lư hương có cát, châm "
                    "lửa ở đỉnh, đợi ngọn lửa tắt cho nụ âm ỉ tỏa hương. Không để nụ đang cháy "
                    "ở nơi không có người.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Nặn nụ trầm",
                        "steps": [
                            {
                                "title": "Trộn bột",
                                "text": (
                                    "Bột trầm mịn được trộn với keo bời lời và một ít nước sạch."
                                ),
                                "duration": "1 giờ",
                            },
                            {
                                "title": "Nặn chóp",
                                "text": "Từng nụ được nặn tay hoặc ép khuôn hình chóp nhỏ.",
                                "duration": "1 ngày",
                            },
                            {
                                "title": "Phơi âm can",
                                "text": (
                                    "Nụ được hong khô trong bóng râm để không nứt và giữ hương."
                                ),
                                "duration": "1–2 tuần",
                            },
                        ],
                    },
                ),
            ],
        },
        "en": {
            "title": "Phúc Trạch agarwood incense cones",
            "summary": (
                "Hand-made cones of agarwood powder and litsea bark; a 100 g box holds about "
                "80 cones, each burning for 15–20 minutes."
            ),
            "body": [
                (
                    "text",
                    "<p>Cones are the neatest way to burn agarwood in a small room: one cone "
                    "burns for 15–20 minutes, enough to scent a sitting room or study, then "
                    "goes out without leaving a heavy smell of smoke. Vietnamese often light a "
                    "cone when making tea for guests, or at the family altar on the full and "
                    "new moon.</p><p>The cones are shaped by hand from the same <b>agarwood "
                    "powder and litsea bark</b> as the workshop's bamboo-free incense, and "
                    "dried naturally in the shade. A 100 g box holds about 80 "
                    "cones.</p><p>Agarwood is listed in Appendix II of CITES. The family's "
                    "plantation is registered with the CITES Management Authority of Vietnam; "
                    "whether this product can be sent to your country, and with which "
                    "documents, is shown at checkout.</p><p>Set the cone on a heat-proof dish "
                    "or a censer filled with sand, light the tip, and once the flame dies let "
                    "it smoulder. Never leave a burning cone unattended.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Making the cones",
                        "steps": [
                            {
                                "title": "Mixing",
                                "text": (
                                    "Fine agarwood powder is mixed with litsea bark and a "
                                    "little clean water."
                                ),
                                "duration": "1 hour",
                            },
                            {
                                "title": "Shaping",
                                "text": (
                                    "Each cone is shaped by hand or pressed in a small conical "
                                    "mould."
                                ),
                                "duration": "1 day",
                            },
                            {
                                "title": "Drying in the shade",
                                "text": (
                                    "The cones dry in the shade so they do not crack and keep "
                                    "their scent."
                                ),
                                "duration": "1–2 weeks",
                            },
                        ],
                    },
                ),
            ],
        },
    },
}
