"""Product stories: Bát Tràng flambé mug and crackle vase (HTX Gốm sứ Lam Thủy).

Keyed by product slug (catalogue/products*.py), then language code. The Vietnamese entry is
the original; the other languages translate it block for block (same block types in the same
order). Makers quoted are fictional, named as in catalogue/producers.py.
"""

MAP_BAT_TRANG = "https://www.openstreetmap.org/?mlat=20.975&mlon=105.913#map=15/20.975/105.913"

STORIES: dict[str, dict[str, dict]] = {
    "coc-men-hoa-bien": {
        "vi": {
            "title": "Cốc gốm men hỏa biến Bát Tràng 350 ml",
            "summary": (
                "Cốc gốm 350 ml phủ men hỏa biến: màu men do lửa quyết định nên không chiếc "
                "nào giống chiếc nào. Ba màu xanh biển, xanh ngọc, nâu trà."
            ),
            "body": [
                (
                    "text",
                    "<p><i>Hỏa biến</i> nghĩa là “lửa biến đổi”. Người thợ pha men từ tro, "
                    "khoáng và oxit kim loại, nhưng màu cuối cùng do lò quyết định: khi nhiệt "
                    "độ lên cao, men chảy, các lớp màu hòa vào nhau, sinh ra những vệt loang, "
                    "đốm sao và dòng chảy không thể vẽ trước. Vì vậy, mỗi chiếc cốc trong ba "
                    "màu xanh biển, xanh ngọc và nâu trà đều là một bản riêng.</p><p>Cốc dung "
                    "tích 350 ml, quai cầm vừa bốn ngón tay, thành dày để giữ ấm cà phê hay "
                    "trà sữa. Men phủ kín cả trong lẫn ngoài, chỉ để mộc phần chân đế. Dùng "
                    "được trong lò vi sóng và máy rửa bát.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Một lò, ba màu men",
                        "steps": [
                            {
                                "title": "Tạo hình",
                                "text": (
                                    "Cốc được đổ khuôn, gắn quai bằng tay rồi phơi khô trong "
                                    "bóng râm."
                                ),
                                "duration": "4 ngày",
                            },
                            {
                                "title": "Tráng men hai lớp",
                                "text": (
                                    "Nhúng lớp men nền, sau đó dội lớp men hỏa biến lên miệng "
                                    "cốc để men chảy xuống khi nung."
                                ),
                                "duration": "1 ngày",
                            },
                            {
                                "title": "Nung và chọn lọc",
                                "text": (
                                    "Nung ở khoảng 1.280 °C; chiếc nào men chảy dính đáy hay "
                                    "rạn vỡ đều bị loại."
                                ),
                                "duration": "khoảng 24 giờ",
                            },
                        ],
                    },
                ),
            ],
        },
        "en": {
            "title": "Bát Tràng flambé-glaze mug, 350 ml",
            "summary": (
                "A 350 ml stoneware mug in kiln-transformation glaze: the fire decides the "
                "colour, so no two mugs are alike. In ocean blue, jade green and tea brown."
            ),
            "body": [
                (
                    "text",
                    "<p><i>Hỏa biến</i> means “transformed by fire”. The potter mixes the "
                    "glaze from ash, minerals and metal oxides, but the kiln has the last "
                    "word: as the temperature climbs the glaze melts and runs, and its layers "
                    "blend into streaks, star-like speckles and drips that nobody can paint in "
                    "advance. So every mug, in ocean blue, jade green or tea brown, is one of "
                    "a kind.</p><p>The mug holds 350 ml, the handle fits four fingers, and the "
                    "thick wall keeps coffee or milk tea warm. It is glazed inside and out, "
                    "leaving only the foot bare. Microwave and dishwasher safe.</p>",
                ),
                (
                    "process",
                    {
                        "title": "One kiln, three glazes",
                        "steps": [
                            {
                                "title": "Shaping",
                                "text": (
                                    "Mugs are slip-cast, handles are attached by hand and the "
                                    "pieces dry in the shade."
                                ),
                                "duration": "4 days",
                            },
                            {
                                "title": "Two coats of glaze",
                                "text": (
                                    "The mug is dipped in a base glaze, then the flambé glaze "
                                    "is poured over the rim so it will run down in the fire."
                                ),
                                "duration": "1 day",
                            },
                            {
                                "title": "Firing and sorting",
                                "text": (
                                    "Fired at about 1,280 °C; any mug whose glaze has run onto "
                                    "the foot or that has cracked is rejected."
                                ),
                                "duration": "about 24 hours",
                            },
                        ],
                    },
                ),
            ],
        },
    },
    "lo-hoa-men-ran-co": {
        "vi": {
            "title": "Lọ hoa men rạn cổ Bát Tràng",
            "summary": (
                "Lọ hoa gốm men rạn với những đường rạn chân chim sẫm màu, chân đế phủ đất nâu "
                "theo lối gốm cổ Bát Tràng. Cao 25 cm hoặc 35 cm."
            ),
            "body": [
                (
                    "text",
                    "<p>Men rạn là niềm tự hào của thợ gốm Bát Tràng. Khi lò nguội, lớp men và "
                    "xương gốm co lại không đều nhau, mặt men tách thành mạng lưới đường rạn "
                    "nhỏ như chân chim. Thợ xoa mực hoặc nước chè vào cho các đường rạn sẫm "
                    "lại, rồi lau sạch mặt men: vết rạn hiện lên như nét vẽ của thời "
                    "gian.</p><p>Phần chân lọ được quét lớp đất nâu, đúng kiểu những chiếc lọ "
                    "cổ người làng vẫn giữ trên bàn thờ. Mạng rạn của mỗi chiếc là ngẫu nhiên "
                    "và không lặp lại. Lòng lọ được tráng men kín nên có thể cắm hoa tươi; hãy "
                    "lau khô đáy lọ sau khi thay nước.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Làm nên mặt men rạn",
                        "steps": [
                            {
                                "title": "Vuốt lọ",
                                "text": (
                                    "Thợ vuốt thân lọ trên bàn xoay, để se rồi gọt lại dáng và "
                                    "chân đế."
                                ),
                                "duration": "2 ngày",
                            },
                            {
                                "title": "Tráng men rạn",
                                "text": (
                                    "Men rạn được tráng dày hơn men thường; chân đế quét đất nâu."
                                ),
                                "duration": "1 ngày",
                            },
                            {
                                "title": "Nung và làm rạn",
                                "text": (
                                    "Sau khi nung, lọ nguội dần trong lò; tiếng men rạn lách "
                                    "tách còn nghe được nhiều ngày."
                                ),
                                "duration": "2–3 ngày",
                            },
                            {
                                "title": "Nhuộm đường rạn",
                                "text": (
                                    "Xoa mực hoặc nước chè vào mặt men, lau sạch để đường rạn "
                                    "sẫm màu nổi lên."
                                ),
                                "duration": "nửa ngày",
                            },
                        ],
                    },
                ),
                (
                    "village",
                    {
                        "village": "Làng gốm Bát Tràng",
                        "text": (
                            "Tương truyền, thợ gốm từ Bồ Bát về bãi đất trắng bên sông Hồng "
                            "lập làng từ thời Lý – Trần. Cái tên Bát Tràng ghép từ “Bồ Bát” và "
                            "“tràng”, bãi đất rộng nơi người làng dựng lò."
                        ),
                        "map_url": MAP_BAT_TRANG,
                    },
                ),
            ],
        },
        "en": {
            "title": "Antique crackle-glaze vase from Bát Tràng",
            "summary": (
                "A stoneware vase with dark crackle lines like bird tracks and a brown-slipped "
                "foot, in the style of old Bát Tràng pieces. 25 cm or 35 cm tall."
            ),
            "body": [
                (
                    "text",
                    "<p>Crackle glaze is the pride of Bát Tràng potters. As the kiln cools, "
                    "glaze and clay body shrink at different rates and the glaze splits into a "
                    "web of fine lines that villagers call “bird's feet”. The potter rubs ink "
                    "or strong tea into the surface so the cracks darken, then wipes the glaze "
                    "clean: the lines appear like the drawing of time.</p><p>The foot is "
                    "coated with brown slip, just like the old vases families still keep on "
                    "their ancestral altars. The crackle pattern on each vase is random and "
                    "never repeats. The inside is fully glazed, so it takes fresh flowers; dry "
                    "the base after changing the water.</p>",
                ),
                (
                    "process",
                    {
                        "title": "How the crackle is made",
                        "steps": [
                            {
                                "title": "Throwing",
                                "text": (
                                    "The body is thrown on the wheel, left to firm up, then "
                                    "trimmed to shape with its foot."
                                ),
                                "duration": "2 days",
                            },
                            {
                                "title": "Crackle glazing",
                                "text": (
                                    "The crackle glaze is applied thicker than an ordinary "
                                    "glaze; the foot is brushed with brown slip."
                                ),
                                "duration": "1 day",
                            },
                            {
                                "title": "Firing and crazing",
                                "text": (
                                    "After firing, the vase cools slowly in the kiln; the "
                                    "glaze can be heard ticking as it cracks for days."
                                ),
                                "duration": "2–3 days",
                            },
                            {
                                "title": "Staining the lines",
                                "text": (
                                    "Ink or tea is rubbed over the glaze and wiped off so the "
                                    "dark crackle lines stand out."
                                ),
                                "duration": "half a day",
                            },
                        ],
                    },
                ),
                (
                    "village",
                    {
                        "village": "Bát Tràng pottery village",
                        "text": (
                            "Legend says potters from Bồ Bát settled on a stretch of white "
                            "clay by the Red River in the Lý–Trần era. The name Bát Tràng "
                            "joins “Bồ Bát” with “tràng”, the broad yard where the villagers "
                            "built their kilns."
                        ),
                        "map_url": MAP_BAT_TRANG,
                    },
                ),
            ],
        },
        "ja": {
            "title": "バッチャン焼 アンティーク貫入釉の花瓶",
            "summary": (
                "鳥の足跡のような濃い貫入が走り、高台に茶色の化粧土を施した、古いバッチャン焼の"
                "趣の花瓶。高さ25 cmと35 cm。"
            ),
            "body": [
                (
                    "text",
                    "<p>貫入釉はバッチャンの陶工の誇りです。窯が冷えるとき、釉薬と素地の縮み方"
                    "が違うため、釉面に細かなひびが網の目のように広がります。村ではこれを「鳥の"
                    "足跡」と呼びます。職人は墨や濃いお茶を表面にすり込んでひびを黒く染め、釉面"
                    "を拭き上げます。すると貫入が時の描いた線のように浮かび上がります。</p><p>"
                    "高台には茶色の化粧土を塗っています。村の家々が今も祭壇に飾る古い花瓶と同じ"
                    "作りです。貫入の模様は一点ごとに偶然に生まれ、二つと同じものはありません。"
                    "内側まで釉薬がかかっているので生花を活けられます。水を替えたら底を乾いた布"
                    "で拭いてください。</p>",
                ),
                (
                    "process",
                    {
                        "title": "貫入ができるまで",
                        "steps": [
                            {
                                "title": "ろくろ成形",
                                "text": (
                                    "ろくろで胴を挽き、少し乾かしてから形と高台を削り出します。"
                                ),
                                "duration": "2日",
                            },
                            {
                                "title": "貫入釉をかける",
                                "text": (
                                    "貫入釉は通常の釉薬より厚くかけ、高台には茶色の化粧土を刷毛"
                                    "で塗ります。"
                                ),
                                "duration": "1日",
                            },
                            {
                                "title": "焼成と貫入",
                                "text": (
                                    "焼成後、窯の中でゆっくり冷まします。釉にひびが入るかすかな"
                                    "音が何日も続きます。"
                                ),
                                "duration": "2〜3日",
                            },
                            {
                                "title": "ひびを染める",
                                "text": (
                                    "墨やお茶を釉面にすり込んで拭き取り、黒い貫入を浮かび上がら"
                                    "せます。"
                                ),
                                "duration": "半日",
                            },
                        ],
                    },
                ),
                (
                    "village",
                    {
                        "village": "バッチャン陶器村",
                        "text": (
                            "伝承によれば、李朝・陳朝の時代にボーバットの陶工たちが紅河沿いの白"
                            "い粘土の土地に移り住み、村を開きました。バッチャンという名は「ボー"
                            "バット」と、窯を築いた広場を意味する「チャン」を合わせたものです。"
                        ),
                        "map_url": MAP_BAT_TRANG,
                    },
                ),
            ],
        },
    },
}
