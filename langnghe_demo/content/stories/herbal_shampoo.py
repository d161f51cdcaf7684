"""Product stories: herbal shampoos from Lục Nam (Công ty TNHH Thảo mộc Mộc Lan).

Keyed by product slug (catalogue/products*.py), then language code. The Vietnamese entry is
the original; the other languages translate it block for block (same block types in the same
order). Makers quoted are fictional, named as in catalogue/producers.py.
"""

MAP_LUC_NAM = "https://www.openstreetmap.org/?mlat=21.218&mlon=106.473#map=13/21.218/106.473"

STORIES: dict[str, dict[str, dict]] = {
    "dau-goi-bo-ket-thao-moc": {
        "vi": {
            "title": "Dầu gội bồ kết thảo mộc Mộc Lan",
            "summary": (
                "Dầu gội nấu từ quả bồ kết, vỏ bưởi, hương nhu và cỏ mần trầu theo bài gội đầu "
                "của phụ nữ vùng núi Lục Nam. Không paraben, không silicone. OCOP 4 sao."
            ),
            "body": [
                (
                    "text",
                    "<p>Chiều ba mươi Tết, nhiều nhà ở miền Bắc vẫn đun một nồi nước bồ kết để "
                    "gội đầu, “gội sạch chuyện cũ” trước năm mới. Nước bồ kết tạo bọt nhẹ, làm "
                    "sạch tóc mà không làm khô da đầu.</p><p>Dầu gội Mộc Lan giữ bài gội ấy: "
                    "<b>bồ kết, vỏ bưởi, hương nhu và cỏ mần trầu</b> trồng ở vùng dược liệu "
                    "Lục Nam được nấu thành nước cốt, rồi phối với chất tạo bọt gốc thực vật "
                    "để dễ dùng hằng ngày. Không paraben, không silicone; mùi thơm là mùi thảo "
                    "mộc thật.</p><p><b>Cách dùng:</b> lắc đều, xoa lên tóc ướt, để 2–3 phút "
                    "rồi xả sạch. Cặn lắng dưới đáy chai là cặn thảo dược tự nhiên. Tránh để "
                    "dầu gội dây vào mắt; đậy kín, tránh nắng, dùng trong 12 tháng sau khi "
                    "mở.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Nồi nước gội của bà",
                        "steps": [
                            {
                                "title": "Nướng bồ kết",
                                "text": "Quả bồ kết khô được nướng trên than cho thơm và giòn vỏ.",
                                "duration": "30 phút",
                            },
                            {
                                "title": "Nấu nước cốt",
                                "text": (
                                    "Bồ kết, vỏ bưởi, hương nhu, cỏ mần trầu được đun liu riu "
                                    "lấy nước cốt đậm."
                                ),
                                "duration": "6–8 giờ",
                            },
                            {
                                "title": "Lọc và phối",
                                "text": (
                                    "Nước cốt được lọc kỹ, phối với chất tạo bọt gốc thực vật "
                                    "theo tỉ lệ cố định."
                                ),
                                "duration": "1 ngày",
                            },
                            {
                                "title": "Kiểm nghiệm và đóng chai",
                                "text": (
                                    "Mỗi mẻ được lấy mẫu kiểm nghiệm vi sinh trước khi đóng "
                                    "chai, dán tem truy xuất."
                                ),
                                "duration": "5–7 ngày",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Bà ngoại tôi gội đầu bằng bồ kết đến năm tám mươi tuổi, tóc vẫn "
                            "đen. Tôi chỉ muốn con gái tôi và khách hàng được gội đúng cái mùi "
                            "ấy, mà không phải đun nồi nước mỗi tối."
                        ),
                        "name": "Lê Thị Lan",
                        "role": "Giám đốc Công ty TNHH Thảo mộc Mộc Lan",
                    },
                ),
                (
                    "village",
                    {
                        "village": "Vùng dược liệu Lục Nam",
                        "text": (
                            "Xã Trường Sơn, Lục Nam, nằm giữa đồi núi phía đông Bắc Ninh "
                            "(trước đây Bắc Giang), nơi nhiều hộ trồng và hái cây thuốc nam từ "
                            "lâu đời."
                        ),
                        "map_url": MAP_LUC_NAM,
                    },
                ),
            ],
        },
        "en": {
            "title": "Mộc Lan herbal soap-pod shampoo",
            "summary": (
                "A shampoo brewed from soap pods, pomelo peel, clove basil and goosegrass to "
                "the hair-washing recipe of the women of the Lục Nam hills. No parabens, no "
                "silicones. OCOP 4 stars."
            ),
            "body": [
                (
                    "text",
                    "<p>On the last afternoon of the lunar year, many families in northern "
                    "Vietnam still boil a pot of soap-pod water to wash their hair, “washing "
                    "away the old year” before Tết. Water of <i>bồ kết</i> pods foams gently "
                    "and cleans the hair without drying the scalp.</p><p>Mộc Lan shampoo keeps "
                    "that recipe: <b>soap pods, pomelo peel, hương nhu (clove basil) and "
                    "goosegrass</b> grown in the Lục Nam herb-growing area are simmered into a "
                    "strong decoction, then blended with plant-based cleansers for easy "
                    "everyday use. No parabens, no silicones; the scent is that of the real "
                    "herbs.</p><p><b>How to use:</b> shake well, massage into wet hair, leave "
                    "2–3 minutes and rinse thoroughly. Sediment at the bottom is natural "
                    "herbal matter. Avoid contact with eyes; close tightly, keep out of the "
                    "sun and use within 12 months of opening.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Grandmother's hair-washing pot",
                        "steps": [
                            {
                                "title": "Toasting the pods",
                                "text": (
                                    "Dried soap pods are toasted over charcoal until fragrant "
                                    "and crisp."
                                ),
                                "duration": "30 minutes",
                            },
                            {
                                "title": "Brewing the decoction",
                                "text": (
                                    "Soap pods, pomelo peel, clove basil and goosegrass are "
                                    "simmered gently into a strong decoction."
                                ),
                                "duration": "6–8 hours",
                            },
                            {
                                "title": "Straining and blending",
                                "text": (
                                    "The decoction is finely strained and blended with "
                                    "plant-based cleansers in fixed proportions."
                                ),
                                "duration": "1 day",
                            },
                            {
                                "title": "Testing and bottling",
                                "text": (
                                    "Every batch is sampled for microbiological testing before "
                                    "bottling and a traceability label."
                                ),
                                "duration": "5–7 days",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "My grandmother washed her hair with soap pods until she was "
                            "eighty and it was still black. I just want my daughter and our "
                            "customers to have that same scent, without boiling a pot every "
                            "evening."
                        ),
                        "name": "Lê Thị Lan",
                        "role": "Director, Mộc Lan Herbal Company",
                    },
                ),
                (
                    "village",
                    {
                        "village": "Lục Nam herb country",
                        "text": (
                            "Trường Sơn commune, Lục Nam, lies among the hills of eastern Bắc "
                            "Ninh (formerly Bắc Giang), where families have grown and gathered "
                            "medicinal plants for generations."
                        ),
                        "map_url": MAP_LUC_NAM,
                    },
                ),
            ],
        },
        "ja": {
            "title": "モックラン 皂莢（ボーケット）ハーブシャンプー",
            "summary": (
                "皂莢（ボーケット）の実、ザボンの皮、クローブバジル、オヒシバを煮出した、ルック"
                "ナム山地の女性たちの洗髪のレシピによるシャンプー。パラベン・シリコン不使用。"
                "OCOP 4つ星認定。"
            ),
            "body": [
                (
                    "text",
                    "<p>旧暦の大晦日の午後、北部ベトナムでは今も多くの家庭が皂莢（ボーケット）"
                    "の煮汁を沸かして髪を洗い、新年を前に「古い年を洗い流し」ます。ボーケットの"
                    "煮汁はやさしく泡立ち、頭皮を乾燥させずに髪を洗い上げます。</p><p>モックラ"
                    "ンのシャンプーはそのレシピを受け継いでいます。ルックナムの薬草産地で育てた"
                    "<b>ボーケット、ザボンの皮、フオンニュー（クローブバジル）、オヒシバ</b>を"
                    "濃く煮出し、毎日使いやすいよう植物由来の洗浄成分と合わせました。パラベン・"
                    "シリコン不使用。香りは本物のハーブの香りです。</p><p><b>使い方：</b>よく振"
                    "ってから濡れた髪になじませ、2〜3分置いてよくすすいでください。底にたまる沈"
                    "殿は天然のハーブ成分です。目に入らないようご注意ください。しっかり閉めて直"
                    "射日光を避け、開封後12か月以内にお使いください。</p>",
                ),
                (
                    "process",
                    {
                        "title": "祖母の洗髪鍋",
                        "steps": [
                            {
                                "title": "ボーケットをあぶる",
                                "text": (
                                    "乾燥したボーケットの実を炭火で香ばしく、さやがぱりっとする"
                                    "まであぶります。"
                                ),
                                "duration": "30分",
                            },
                            {
                                "title": "煮出す",
                                "text": (
                                    "ボーケット、ザボンの皮、クローブバジル、オヒシバを弱火でじ"
                                    "っくり煮出します。"
                                ),
                                "duration": "6〜8時間",
                            },
                            {
                                "title": "こしと配合",
                                "text": (
                                    "煮汁を細かくこし、植物由来の洗浄成分と決まった割合で合わせ"
                                    "ます。"
                                ),
                                "duration": "1日",
                            },
                            {
                                "title": "検査と充填",
                                "text": (
                                    "ロットごとに微生物検査をしてからボトルに詰め、トレーサビリ"
                                    "ティのラベルを貼ります。"
                                ),
                                "duration": "5〜7日",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "祖母は80歳までボーケットで髪を洗い、髪は黒いままでした。娘やお客様"
                            "にも、毎晩鍋を沸かさなくても、あの香りで髪を洗ってほしいんです。"
                        ),
                        "name": "レー・ティ・ラン",
                        "role": "モックラン・ハーブ社 代表",
                    },
                ),
                (
                    "village",
                    {
                        "village": "ルックナムの薬草産地",
                        "text": (
                            "ルックナムのチュオンソン村はバクニン省（旧バクザン省）東部の丘陵地"
                            "にあり、古くから薬草を育て、摘んできた家々が暮らしています。"
                        ),
                        "map_url": MAP_LUC_NAM,
                    },
                ),
            ],
        },
    },
    "dau-goi-vo-buoi": {
        "vi": {
            "title": "Dầu gội vỏ bưởi Mộc Lan",
            "summary": (
                "Dầu gội từ vỏ bưởi xanh và bồ kết, hương bưởi tươi mát, theo kinh nghiệm dân "
                "gian giúp tóc chắc khỏe. Không paraben, không silicone. OCOP 4 sao."
            ),
            "body": [
                (
                    "text",
                    "<p>Mùa bưởi, các bà các mẹ miền Bắc không bao giờ vứt vỏ: vỏ được phơi "
                    "khô để đun nước gội, vì theo kinh nghiệm dân gian, tinh dầu vỏ bưởi giúp "
                    "tóc chắc và bớt gãy rụng. Dầu gội vỏ bưởi của Mộc Lan dùng <b>vỏ bưởi "
                    "xanh</b> — loại vỏ nhiều tinh dầu nhất — cùng một phần nước bồ kết để làm "
                    "sạch dịu nhẹ.</p><p>Mùi thơm là mùi bưởi tươi thật, không dùng hương liệu "
                    "tổng hợp; chất tạo bọt có nguồn gốc thực vật, không paraben, không "
                    "silicone. Dầu gội hợp với tóc dầu và da đầu hay bết vào mùa "
                    "nóng.</p><p>Lắc đều trước khi dùng, massage da đầu 2–3 phút rồi xả sạch. "
                    "Tránh dây vào mắt. Đậy kín, để nơi thoáng mát, dùng trong 12 tháng sau "
                    "khi mở.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Mỗi mùa bưởi, công ty thu mua vỏ từ các nhà vườn quanh xã. Trước "
                            "đây họ bỏ đi, giờ vỏ bưởi thành thêm một khoản thu cho bà con."
                        ),
                        "name": "Lê Thị Lan",
                        "role": "Giám đốc Công ty TNHH Thảo mộc Mộc Lan",
                    },
                ),
            ],
        },
        "en": {
            "title": "Mộc Lan pomelo-peel shampoo",
            "summary": (
                "A shampoo of green pomelo peel and soap pods with a fresh citrus scent, which "
                "folk tradition says strengthens hair. No parabens, no silicones. OCOP 4 stars."
            ),
            "body": [
                (
                    "text",
                    "<p>In pomelo season, grandmothers and mothers in northern Vietnam never "
                    "throw the peel away: it is dried and boiled for washing hair, because "
                    "folk tradition holds that pomelo-peel oil makes hair stronger and less "
                    "prone to breaking. Mộc Lan's pomelo shampoo uses <b>green pomelo peel</b> "
                    "— the peel richest in essential oil — with some soap-pod decoction for "
                    "gentle cleansing.</p><p>The scent is real fresh pomelo with no synthetic "
                    "fragrance; the cleansers are plant-derived, with no parabens or "
                    "silicones. It suits oily hair and scalps that feel heavy in hot "
                    "weather.</p><p>Shake before use, massage into the scalp for 2–3 minutes "
                    "and rinse well. Avoid contact with eyes. Close tightly, keep somewhere "
                    "cool and airy, and use within 12 months of opening.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Every pomelo season we buy peel from the growers around the "
                            "commune. They used to throw it away; now the peel brings them a "
                            "little extra income."
                        ),
                        "name": "Lê Thị Lan",
                        "role": "Director, Mộc Lan Herbal Company",
                    },
                ),
            ],
        },
    },
}
