"""Product stories: Lục Ngạn honey (Hợp tác xã Ong mật Phượng Sơn).

Keyed by product slug (catalogue/products*.py), then language code. The Vietnamese entry is
the original; the other languages translate it block for block (same block types in the same
order). Makers quoted are fictional, named as in catalogue/producers.py.
"""

STORIES: dict[str, dict[str, dict]] = {
    "mat-ong-hoa-vai-luc-ngan": {
        "vi": {
            "title": "Mật ong hoa vải Lục Ngạn",
            "summary": (
                "Mật ong hoa vải khai thác tháng 3–4 giữa những đồi vải Lục Ngạn, chỉ lấy mật "
                "đã vít nắp, lọc lạnh, không pha đường, độ ẩm dưới 20%. OCOP 4 sao."
            ),
            "body": [
                (
                    "text",
                    "<p>Cuối tháng Hai, khi cả vùng Lục Ngạn phủ trắng hoa vải, những người "
                    "nuôi ong của Hợp tác xã Phượng Sơn chuyển thùng ong vào giữa các vườn. "
                    "Trong ba, bốn tuần hoa nở, đàn ong chỉ lấy mật từ hoa vải, làm ra loại "
                    "mật màu vàng nhạt như rơm, thơm mùi vải chín và ngọt thanh.</p><p>Hợp tác "
                    "xã <b>chỉ quay những cầu mật đã vít nắp</b> — khi ong đã tự làm bay hơi "
                    "nước và đóng sáp lên mật chín — nên mật đặc, độ ẩm dưới 20%, không cần cô "
                    "đặc bằng nhiệt. Mật được lọc lạnh qua lưới mịn, để lắng cho bọt khí nổi "
                    "lên rồi mới đóng lọ thủy tinh.</p><p>Mật hoa vải có thể <b>kết tinh</b> "
                    "thành hạt mịn màu trắng khi trời lạnh: đó là dấu hiệu của mật thật. Muốn "
                    "mật lỏng lại, ngâm lọ trong nước ấm dưới 40 °C. Bảo quản ở nhiệt độ "
                    "phòng, dùng thìa khô. Không dùng cho trẻ dưới 12 tháng tuổi.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Một mùa mật hoa vải",
                        "steps": [
                            {
                                "title": "Đưa ong vào vườn",
                                "text": (
                                    "Giữa tháng Hai, khi hoa vải bắt đầu nở, thùng ong được "
                                    "đặt rải rác giữa các đồi vải."
                                ),
                                "duration": "1–2 ngày",
                            },
                            {
                                "title": "Ong làm mật",
                                "text": (
                                    "Ong lấy mật hoa, làm bay hơi nước và vít nắp sáp khi mật "
                                    "đã chín."
                                ),
                                "duration": "3–4 tuần",
                            },
                            {
                                "title": "Quay và lọc lạnh",
                                "text": (
                                    "Chỉ những cầu đã vít nắp được quay ly tâm; mật được lọc "
                                    "qua lưới mịn, không đun nóng."
                                ),
                                "duration": "1 ngày",
                            },
                            {
                                "title": "Kiểm tra và đóng lọ",
                                "text": (
                                    "Đo độ ẩm, để lắng cho bọt khí nổi lên rồi đóng lọ thủy "
                                    "tinh, dán tem truy xuất."
                                ),
                                "duration": "3–5 ngày",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Người ta hỏi sao mật của tôi đông đặc lại khi trời rét. Tôi bảo: "
                            "mật thật mới kết tinh, mật pha đường thì mùa nào cũng lỏng như "
                            "nhau."
                        ),
                        "name": "Hoàng Văn Lợi",
                        "role": "Giám đốc Hợp tác xã Ong mật Phượng Sơn",
                    },
                ),
            ],
        },
        "en": {
            "title": "Lục Ngạn lychee blossom honey",
            "summary": (
                "Lychee blossom honey harvested in March and April among the lychee hills of "
                "Lục Ngạn: capped honey only, cold-filtered, nothing added, moisture below "
                "20%. OCOP 4 stars."
            ),
            "body": [
                (
                    "text",
                    "<p>In late February, when the whole of Lục Ngạn turns white with lychee "
                    "blossom, the beekeepers of the Phượng Sơn cooperative move their hives "
                    "into the orchards. For the three or four weeks the trees are in flower, "
                    "the bees forage almost only on lychee, making a honey as pale as straw, "
                    "scented with ripe lychee and cleanly sweet.</p><p>The cooperative <b>only "
                    "extracts capped frames</b> — honey the bees have ripened themselves and "
                    "sealed with wax — so it is thick, below 20% moisture, and needs no heat "
                    "to thicken it. The honey is cold-filtered through a fine mesh and left to "
                    "settle so the air bubbles rise before it goes into glass "
                    "jars.</p><p>Lychee honey may <b>crystallise</b> into fine white grains in "
                    "cold weather: a sign of real honey. To make it runny again, stand the jar "
                    "in warm water below 40 °C. Store at room temperature and use a dry spoon. "
                    "Not suitable for infants under 12 months.</p>",
                ),
                (
                    "process",
                    {
                        "title": "One lychee-honey season",
                        "steps": [
                            {
                                "title": "Hives to the orchards",
                                "text": (
                                    "In mid-February, as the lychee trees begin to flower, "
                                    "hives are set out across the orchard hills."
                                ),
                                "duration": "1–2 days",
                            },
                            {
                                "title": "The bees at work",
                                "text": (
                                    "The bees gather nectar, evaporate its water and cap the "
                                    "honey with wax once it is ripe."
                                ),
                                "duration": "3–4 weeks",
                            },
                            {
                                "title": "Extracting and cold-filtering",
                                "text": (
                                    "Only capped frames are spun in the extractor; the honey "
                                    "is strained through fine mesh with no heating."
                                ),
                                "duration": "1 day",
                            },
                            {
                                "title": "Testing and jarring",
                                "text": (
                                    "Moisture is measured, the honey settles so bubbles rise, "
                                    "then it is jarred in glass and labelled for traceability."
                                ),
                                "duration": "3–5 days",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "People ask why my honey sets solid in cold weather. I tell them: "
                            "only real honey crystallises; honey mixed with syrup stays runny "
                            "in every season."
                        ),
                        "name": "Hoàng Văn Lợi",
                        "role": "Director, Phượng Sơn Beekeeping Cooperative",
                    },
                ),
            ],
        },
        "ja": {
            "title": "ルックガン産 ライチの花の蜂蜜",
            "summary": (
                "ルックガンのライチの丘で3〜4月に採れるライチの花の蜂蜜。蜜蓋のかかった完熟蜜だ"
                "けを非加熱でろ過し、無添加、水分20％未満。OCOP 4つ星認定。"
            ),
            "body": [
                (
                    "text",
                    "<p>2月の終わり、ルックガン一帯がライチの白い花に覆われると、フオンソン協同"
                    "組合の養蜂家たちは巣箱を果樹園の中へ移します。花が咲く3、4週間、ミツバチは"
                    "ほとんどライチの花だけから蜜を集め、麦わらのように淡い色で、熟したライチの"
                    "香りがする、すっきりとした甘さの蜂蜜をつくります。</p><p>組合では<b>蜜蓋の"
                    "かかった巣枠だけ</b>を採蜜します。ミツバチ自身が水分を飛ばし、蝋で封をした"
                    "完熟蜜なので濃厚で、水分は20％未満。加熱して濃縮する必要がありません。細か"
                    "い網で非加熱ろ過し、気泡が浮き上がるまで静置してからガラス瓶に詰めます。"
                    "</p><p>ライチの蜂蜜は寒いと白く細かい粒に<b>結晶</b>することがあります。こ"
                    "れは本物の蜂蜜のしるしです。液状に戻すには、40 °C未満のぬるま湯に瓶ごと浸"
                    "けてください。常温で保存し、乾いたスプーンをお使いください。1歳未満の乳児"
                    "には与えないでください。</p>",
                ),
                (
                    "process",
                    {
                        "title": "ライチ蜂蜜のひと季節",
                        "steps": [
                            {
                                "title": "巣箱を果樹園へ",
                                "text": (
                                    "2月中旬、ライチの花が咲き始めると、巣箱を丘の果樹園のあち"
                                    "こちに置きます。"
                                ),
                                "duration": "1〜2日",
                            },
                            {
                                "title": "ミツバチの仕事",
                                "text": (
                                    "ミツバチが花蜜を集めて水分を飛ばし、熟した蜜に蝋で蓋をします。"
                                ),
                                "duration": "3〜4週間",
                            },
                            {
                                "title": "採蜜と非加熱ろ過",
                                "text": (
                                    "蜜蓋のかかった巣枠だけを遠心分離機にかけ、加熱せずに細かい"
                                    "網でこします。"
                                ),
                                "duration": "1日",
                            },
                            {
                                "title": "検査と瓶詰め",
                                "text": (
                                    "水分を測り、気泡が浮くまで静置してからガラス瓶に詰め、トレ"
                                    "ーサビリティのラベルを貼ります。"
                                ),
                                "duration": "3〜5日",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "寒くなるとなぜ蜂蜜が固まるのかと聞かれます。本物の蜂蜜だから結晶す"
                            "るんです、と答えます。砂糖を混ぜた蜜は、どの季節でも同じようにさら"
                            "さらのままですから。"
                        ),
                        "name": "ホアン・ヴァン・ロイ",
                        "role": "フオンソン養蜂協同組合 理事長",
                    },
                ),
            ],
        },
    },
    "mat-ong-hoa-rung-luc-ngan": {
        "vi": {
            "title": "Mật ong hoa rừng Lục Ngạn",
            "summary": (
                "Mật ong nội từ hoa rừng trên các đồi núi phía đông Lục Ngạn, màu hổ phách "
                "sẫm, vị đậm, hậu hơi đắng. Mỗi mùa một hương vị."
            ),
            "body": [
                (
                    "text",
                    "<p>Khác với mật hoa vải, mật hoa rừng do <b>ong nội</b> (Apis cerana) — "
                    "giống ong bản địa nhỏ con, chịu rét và quen với rừng núi Việt Nam — làm "
                    "ra từ hàng chục loài hoa dại, cây rừng trên những sườn đồi phía đông Lục "
                    "Ngạn. Ong được nuôi trong thùng gỗ đặt ở chân rừng, mỗi năm chỉ khai thác "
                    "một đến hai vụ, sản lượng ít hơn ong ngoại nhiều lần.</p><p>Mật có màu hổ "
                    "phách sẫm, vị ngọt đậm, hậu hơi đắng và the nhẹ, mùi thay đổi theo mùa "
                    "hoa: vụ xuân thơm hơn, vụ hè đậm hơn. Người Lục Ngạn hay pha mật hoa rừng "
                    "với nước ấm và gừng, chanh khi trời trở lạnh.</p><p>Mật không pha đường, "
                    "không đun nóng, có thể kết tinh khi trời rét. Bảo quản ở nhiệt độ phòng, "
                    "tránh nắng. Không dùng cho trẻ dưới 12 tháng tuổi.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Ong nội hiền nhưng khó tính, thùng đặt sai chỗ là cả đàn bỏ đi. "
                            "Nuôi được nó thì mật thơm mùi cả khu rừng."
                        ),
                        "name": "Hoàng Văn Lợi",
                        "role": "Giám đốc Hợp tác xã Ong mật Phượng Sơn",
                    },
                ),
            ],
        },
        "en": {
            "title": "Lục Ngạn wildflower honey",
            "summary": (
                "Honey from native bees foraging on wild flowers in the hills east of Lục "
                "Ngạn: dark amber, rich, with a faintly bitter finish. Every season tastes "
                "different."
            ),
            "body": [
                (
                    "text",
                    "<p>Unlike the lychee honey, this wildflower honey is made by <b>native "
                    "Asian honeybees</b> (Apis cerana) — small, cold-hardy bees at home in "
                    "Vietnam's hills and forests — from dozens of kinds of wild flowers and "
                    "forest trees on the slopes east of Lục Ngạn. The bees live in wooden "
                    "hives at the forest edge and are harvested only once or twice a year, "
                    "yielding many times less than European honeybees.</p><p>The honey is dark "
                    "amber and richly sweet, with a slightly bitter, cooling finish, and its "
                    "aroma follows the flowers: the spring harvest is more fragrant, the "
                    "summer one deeper. In Lục Ngạn people stir it into warm water with ginger "
                    "or lime when the weather turns cold.</p><p>Nothing added and never "
                    "heated, it may crystallise in cold weather. Store at room temperature, "
                    "out of the sun. Not suitable for infants under 12 months.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Native bees are gentle but fussy: put the hive in the wrong place "
                            "and the whole colony leaves. Keep them well and their honey "
                            "smells of the entire forest."
                        ),
                        "name": "Hoàng Văn Lợi",
                        "role": "Director, Phượng Sơn Beekeeping Cooperative",
                    },
                ),
            ],
        },
    },
}
