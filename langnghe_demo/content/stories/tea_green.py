"""Product stories: Tân Cương green tea (Hợp tác xã Trà Sương Mai).

Keyed by product slug (catalogue/products*.py), then language code. The Vietnamese entry is
the original; the other languages translate it block for block (same block types in the same
order). Makers quoted are fictional, named as in catalogue/producers.py.
"""

STORIES: dict[str, dict[str, dict]] = {
    "che-bup-tan-cuong": {
        "vi": {
            "title": "Chè búp Tân Cương Thái Nguyên",
            "summary": (
                "Chè xanh Tân Cương hái một tôm hai lá, sao chảo gang trên bếp củi; cánh xoăn "
                "nhỏ, nước xanh vàng, chát dịu, hậu ngọt. OCOP 4 sao."
            ),
            "body": [
                (
                    "text",
                    "<p>Người Việt có câu “Chè Thái, gái Tuyên”: chè ngon nhất là chè Thái "
                    "Nguyên, và chè Thái Nguyên nổi tiếng nhất là chè Tân Cương. Theo lời các "
                    "cụ trong vùng, từ những năm 1920, ông Đội Năm đã mang giống chè từ Phú Hộ "
                    "(Phú Thọ) về trồng trên những đồi đất đỏ quanh đây.</p><p>Chè búp của Hợp "
                    "tác xã Sương Mai được hái <b>một tôm hai lá</b> — một búp non với hai lá "
                    "kề — lúc sớm tinh mơ, và sao ngay trong ngày bằng chảo gang trên bếp củi. "
                    "Cánh chè xoăn nhỏ như móc câu; nước pha xanh vàng, vị chát dịu rồi ngọt "
                    "hậu ở cuống họng.</p><p><b>Cách pha:</b> 5–7 g chè cho ấm 150 ml, nước "
                    "khoảng 80–85 °C. Tráng chè một lần thật nhanh, rồi hãm 30–60 giây; pha "
                    "được 3–4 nước. Bảo quản kín, tránh ánh sáng và mùi lạ.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Từ nương chè đến ấm trà",
                        "steps": [
                            {
                                "title": "Hái sáng sớm",
                                "text": (
                                    "Từ 5 giờ sáng, hái một tôm hai lá bằng tay, để trong sọt "
                                    "thoáng, không nén chặt."
                                ),
                                "duration": "khoảng 4 giờ",
                            },
                            {
                                "title": "Sao diệt men",
                                "text": (
                                    "Chè tươi được sao trong chảo gang nóng, đảo liên tục cho "
                                    "búp héo mềm."
                                ),
                                "duration": "15–20 phút",
                            },
                            {
                                "title": "Vò chè",
                                "text": (
                                    "Người thợ vò chè bằng tay trên nia cho cánh xoăn lại và "
                                    "tiết nhựa."
                                ),
                                "duration": "khoảng 20 phút",
                            },
                            {
                                "title": "Sao khô và lên hương",
                                "text": (
                                    "Sao lại nhiều lượt với lửa nhỏ dần, lượt cuối “lên hương” "
                                    "cho chè thơm cốm."
                                ),
                                "duration": "2–3 giờ",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Chè Tân Cương ngon là nhờ đất, nhưng giữ được cái ngon là nhờ tay "
                            "người sao. Lửa to một chút là chè khét, nhỏ một chút là chè ngái, "
                            "phải nghe tiếng chè trong chảo mà điều lửa."
                        ),
                        "name": "Vũ Thị Hạnh",
                        "role": "Giám đốc Hợp tác xã Trà Sương Mai",
                    },
                ),
            ],
        },
        "en": {
            "title": "Tân Cương green tea, Thái Nguyên",
            "summary": (
                "Tân Cương green tea, plucked as a bud and two leaves and pan-fired in cast "
                "iron over a wood fire: small curled leaves, a yellow-green liquor, gentle "
                "astringency and a sweet aftertaste. OCOP 4 stars."
            ),
            "body": [
                (
                    "text",
                    "<p>Vietnamese say “Thái Nguyên tea, Tuyên Quang girls”: the best tea is "
                    "from Thái Nguyên, and the most famous tea of Thái Nguyên is from Tân "
                    "Cương. Local elders tell how, in the 1920s, a man known as Đội Năm "
                    "brought tea plants from Phú Hộ in Phú Thọ and planted them on the red "
                    "hills here.</p><p>The Sương Mai cooperative plucks its tea as <b>one bud "
                    "and two leaves</b> at dawn, and fires it the same day in cast-iron pans "
                    "over wood fires. The leaves curl small like fish hooks; the liquor is "
                    "yellow-green, gently astringent, with a sweetness that rises in the "
                    "throat.</p><p><b>To brew:</b> 5–7 g for a 150 ml pot, water at about "
                    "80–85 °C. Rinse the leaves once very quickly, then steep for 30–60 "
                    "seconds; good for 3–4 infusions. Keep sealed, away from light and strong "
                    "smells.</p>",
                ),
                (
                    "process",
                    {
                        "title": "From hillside to teapot",
                        "steps": [
                            {
                                "title": "Plucking at dawn",
                                "text": (
                                    "From 5 a.m., a bud and two leaves are plucked by hand "
                                    "into airy baskets, never packed down."
                                ),
                                "duration": "about 4 hours",
                            },
                            {
                                "title": "Kill-green firing",
                                "text": (
                                    "The fresh leaf is tossed constantly in a hot cast-iron "
                                    "pan until soft and wilted."
                                ),
                                "duration": "15–20 minutes",
                            },
                            {
                                "title": "Rolling",
                                "text": (
                                    "The leaves are rolled by hand on a flat basket so they "
                                    "curl and release their juices."
                                ),
                                "duration": "about 20 minutes",
                            },
                            {
                                "title": "Drying and finishing",
                                "text": (
                                    "Several more firings over a gradually lower flame; the "
                                    "last one brings out the toasted-rice aroma."
                                ),
                                "duration": "2–3 hours",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Tân Cương tea is good because of the soil, but it stays good "
                            "because of the hands that fire it. A little too much heat and it "
                            "scorches, too little and it tastes green; you adjust the fire by "
                            "listening to the leaves in the pan."
                        ),
                        "name": "Vũ Thị Hạnh",
                        "role": "Director, Sương Mai Tea Cooperative",
                    },
                ),
            ],
        },
        "ja": {
            "title": "タイグエン省タンクオン産 緑茶",
            "summary": (
                "一芯二葉で摘み、薪火の鉄鍋で炒ったタンクオンの緑茶。細く縮れた茶葉、黄緑色の水"
                "色、穏やかな渋みと甘い余韻。OCOP 4つ星認定。"
            ),
            "body": [
                (
                    "text",
                    "<p>ベトナムには「茶ならタイ（グエン）、娘ならトゥエン（クアン）」という言"
                    "葉があります。最高のお茶はタイグエンのお茶、そしてタイグエンで最も名高いの"
                    "がタンクオンのお茶です。土地の古老によれば、1920年代にドイ・ナムと呼ばれた"
                    "人物がフートー省フーホーから茶の苗を持ち帰り、このあたりの赤土の丘に植えま"
                    "した。</p><p>スオンマイ協同組合では、夜明けに<b>一芯二葉</b>で手摘みし、そ"
                    "の日のうちに薪火の鉄鍋で炒ります。茶葉は釣り針のように細く縮れています。水"
                    "色は黄緑色で、穏やかな渋みのあと、のどの奥に甘みが戻ってきます。</p><p><b>"
                    "淹れ方：</b>150 mlの急須に5〜7 g、お湯は80〜85 °C程度。一度さっと湯通しし"
                    "て捨て、30〜60秒蒸らします。3〜4煎楽しめます。光と強いにおいを避けて密閉保"
                    "存してください。</p>",
                ),
                (
                    "process",
                    {
                        "title": "茶畑から急須まで",
                        "steps": [
                            {
                                "title": "早朝の茶摘み",
                                "text": (
                                    "朝5時から一芯二葉を手で摘み、押し込まずに通気のよいかごに"
                                    "入れます。"
                                ),
                                "duration": "約4時間",
                            },
                            {
                                "title": "殺青（釜炒り）",
                                "text": "熱した鉄鍋で生葉を休まず返し、しんなりするまで炒ります。",
                                "duration": "15〜20分",
                            },
                            {
                                "title": "揉捻",
                                "text": "平かごの上で手で揉み、茶葉を縮らせて成分を引き出します。",
                                "duration": "約20分",
                            },
                            {
                                "title": "乾燥と火入れ",
                                "text": (
                                    "火を少しずつ弱めながら何度も炒り、最後の火入れで香ばしい香"
                                    "りを引き出します。"
                                ),
                                "duration": "2〜3時間",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "タンクオンのお茶がおいしいのは土のおかげですが、そのおいしさを守る"
                            "のは炒る人の手です。火が少し強ければ焦げ、少し弱ければ青臭くなる。"
                            "鍋の中の茶葉の音を聞いて火を調えるんです。"
                        ),
                        "name": "ヴー・ティ・ハイン",
                        "role": "スオンマイ茶協同組合 理事長",
                    },
                ),
            ],
        },
    },
}
