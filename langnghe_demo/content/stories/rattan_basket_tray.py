"""Product stories: Phú Vinh lidded rattan basket and tray (Mây tre đan Trọng Nghĩa).

Keyed by product slug (catalogue/products*.py), then language code. The Vietnamese entry is
the original; the other languages translate it block for block (same block types in the same
order). Makers quoted are fictional, named as in catalogue/producers.py.
"""

MAP_PHU_VINH = "https://www.openstreetmap.org/?mlat=20.944&mlon=105.684#map=15/20.944/105.684"

STORIES: dict[str, dict[str, dict]] = {
    "gio-may-dan-co-nap": {
        "vi": {
            "title": "Giỏ mây đan có nắp Phú Vinh",
            "summary": (
                "Giỏ mây đan tay có nắp, từ làng nghề Phú Vinh (Chương Mỹ, Hà Nội) — nơi đan "
                "mây tre hơn bốn trăm năm. Ba cỡ, màu mây tự nhiên. OCOP 4 sao."
            ),
            "body": [
                (
                    "text",
                    "<p>Làng Phú Vinh ở Chương Mỹ, phía tây Hà Nội, được gọi là “đất mây tre”: "
                    "người làng đan mây từ hơn bốn trăm năm trước, và trẻ con vẫn học vót nan "
                    "trước khi học đi xe đạp. Chiếc giỏ có nắp này được đan hoàn toàn bằng tay "
                    "từ sợi mây chẻ nhỏ, nan đều như sợi chỉ, nắp đậy khít để đựng len, đồ "
                    "chơi, khăn tắm hay bánh mì.</p><p>Mây là loài song mây mọc leo trong "
                    "rừng; thân được phơi nắng, chẻ, vót rồi sấy chống mốc trước khi vào tay "
                    "thợ. Màu giỏ là màu mây tự nhiên, sẽ ngả vàng mật ong đẹp hơn theo năm "
                    "tháng.</p><p><b>Bảo quản:</b> để nơi khô thoáng, phủi bụi bằng chổi mềm, "
                    "lau bằng khăn ẩm rồi phơi trong bóng râm; tránh ngâm nước.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Một chiếc giỏ ra đời",
                        "steps": [
                            {
                                "title": "Sơ chế mây",
                                "text": (
                                    "Cây mây được phơi nắng, chẻ thành sợi, vót cho đều rồi "
                                    "sấy chống mốc."
                                ),
                                "duration": "1 tuần",
                            },
                            {
                                "title": "Dựng cốt",
                                "text": "Thợ uốn những sợi mây lõi to làm khung đáy và miệng giỏ.",
                                "duration": "nửa ngày",
                            },
                            {
                                "title": "Đan thân và nắp",
                                "text": (
                                    "Sợi mây nhỏ được đan lóng mốt quanh khung, siết đều tay "
                                    "từng vòng."
                                ),
                                "duration": "1–2 ngày",
                            },
                            {
                                "title": "Hoàn thiện",
                                "text": (
                                    "Cắt gọn đầu nan, hơ lửa cho sạch lông mây, kiểm tra độ "
                                    "khít của nắp."
                                ),
                                "duration": "2 giờ",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Ông tôi dạy: đan giỏ phải đan bằng cả hai bàn tay và cái bụng. "
                            "Tay siết đều thì giỏ đứng thẳng, bụng kiên nhẫn thì nan không hở."
                        ),
                        "name": "Nguyễn Trọng Nghĩa",
                        "role": "Chủ hộ Mây tre đan Trọng Nghĩa",
                    },
                ),
                (
                    "village",
                    {
                        "village": "Làng mây tre đan Phú Vinh",
                        "text": (
                            "Phú Vinh thuộc xã Phú Nghĩa, Chương Mỹ, cách trung tâm Hà Nội "
                            "khoảng 30 km. Làng được công nhận là làng nghề truyền thống."
                        ),
                        "map_url": MAP_PHU_VINH,
                    },
                ),
            ],
        },
        "en": {
            "title": "Lidded rattan basket from Phú Vinh",
            "summary": (
                "A hand-woven rattan basket with lid from Phú Vinh (Chương Mỹ, Hà Nội), a "
                "village that has woven rattan and bamboo for over four hundred years. Three "
                "sizes, natural colour. OCOP 4 stars."
            ),
            "body": [
                (
                    "text",
                    "<p>Phú Vinh, in Chương Mỹ west of Hà Nội, is known as “the land of rattan "
                    "and bamboo”: villagers have woven rattan for more than four hundred "
                    "years, and children still learn to shave strands before they learn to "
                    "ride a bicycle. This lidded basket is woven entirely by hand from finely "
                    "split rattan, the strands as even as thread, with a snug lid for yarn, "
                    "toys, towels or bread.</p><p>Rattan is a climbing palm of the forest; its "
                    "canes are sun-dried, split, shaved and treated against mould before they "
                    "reach the weaver. The basket keeps the natural colour of the cane, which "
                    "mellows to a lovely honey tone over the years.</p><p><b>Care:</b> keep "
                    "somewhere dry and airy, dust with a soft brush, wipe with a damp cloth "
                    "and dry in the shade; do not soak.</p>",
                ),
                (
                    "process",
                    {
                        "title": "How a basket is born",
                        "steps": [
                            {
                                "title": "Preparing the cane",
                                "text": (
                                    "Rattan canes are sun-dried, split into strands, shaved "
                                    "even and treated against mould."
                                ),
                                "duration": "1 week",
                            },
                            {
                                "title": "Building the frame",
                                "text": (
                                    "The weaver bends thick core cane into the frame for the "
                                    "base and rim."
                                ),
                                "duration": "half a day",
                            },
                            {
                                "title": "Weaving body and lid",
                                "text": (
                                    "Fine strands are woven over-one-under-one around the "
                                    "frame, each round pulled equally tight."
                                ),
                                "duration": "1–2 days",
                            },
                            {
                                "title": "Finishing",
                                "text": (
                                    "Ends are trimmed, stray fibres singed off, and the fit of "
                                    "the lid is checked."
                                ),
                                "duration": "2 hours",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "My grandfather taught me: you weave a basket with both hands and "
                            "your belly. Even hands make it stand straight; a patient belly "
                            "leaves no gaps."
                        ),
                        "name": "Nguyễn Trọng Nghĩa",
                        "role": "Head of the Trọng Nghĩa weaving household",
                    },
                ),
                (
                    "village",
                    {
                        "village": "Phú Vinh rattan and bamboo village",
                        "text": (
                            "Phú Vinh belongs to Phú Nghĩa commune, Chương Mỹ, about 30 km "
                            "from central Hà Nội. It is a recognised traditional craft village."
                        ),
                        "map_url": MAP_PHU_VINH,
                    },
                ),
            ],
        },
        "ja": {
            "title": "フーヴィン村の蓋付き籐かご",
            "summary": (
                "400年以上籐と竹を編み続けてきたフーヴィン村（ハノイ・チュオンミー）の手編み蓋"
                "付きかご。3サイズ、籐の自然色。OCOP 4つ星認定。"
            ),
            "body": [
                (
                    "text",
                    "<p>ハノイ西部チュオンミーのフーヴィン村は「籐と竹の里」と呼ばれます。村人"
                    "は400年以上前から籐を編み、子どもたちは今も自転車より先にひごの削り方を覚"
                    "えます。この蓋付きかごは、細く割いた籐を糸のように均一にそろえ、すべて手で"
                    "編み上げたものです。蓋がぴったり閉まるので、毛糸やおもちゃ、タオル、パンの"
                    "収納に向いています。</p><p>籐は森に自生するつる性のヤシです。茎を天日で干"
                    "し、割いて削り、防カビ処理をしてから職人の手に渡ります。かごは籐本来の色の"
                    "ままで、年月とともに美しい飴色に変わっていきます。</p><p><b>お手入れ：</b>"
                    "風通しのよい乾いた場所に置き、柔らかいブラシでほこりを払ってください。汚れ"
                    "は固く絞った布で拭き、日陰で乾かしてください。水に浸けないでください。</p>",
                ),
                (
                    "process",
                    {
                        "title": "かごができるまで",
                        "steps": [
                            {
                                "title": "籐の下ごしらえ",
                                "text": (
                                    "籐を天日で干し、細く割いて均一に削り、防カビ処理をします。"
                                ),
                                "duration": "1週間",
                            },
                            {
                                "title": "骨組みづくり",
                                "text": "太い籐の芯を曲げて、底と口縁の骨組みを作ります。",
                                "duration": "半日",
                            },
                            {
                                "title": "胴と蓋を編む",
                                "text": (
                                    "骨組みのまわりに細い籐を一本ずつ交互に編み、一周ごとに同じ"
                                    "力で締めます。"
                                ),
                                "duration": "1〜2日",
                            },
                            {
                                "title": "仕上げ",
                                "text": (
                                    "端を切りそろえ、毛羽を火であぶって取り、蓋の合わせを確かめ"
                                    "ます。"
                                ),
                                "duration": "2時間",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "祖父にこう教わりました。かごは両手とお腹で編むものだ。手の力が均一"
                            "ならかごはまっすぐ立ち、お腹に辛抱があれば目は開かない、と。"
                        ),
                        "name": "グエン・チョン・ギア",
                        "role": "チョンギア籐竹工房 主",
                    },
                ),
                (
                    "village",
                    {
                        "village": "フーヴィン籐竹編み村",
                        "text": (
                            "フーヴィン村はチュオンミーのフーギア村にあり、ハノイ中心部から約"
                            "30 km。伝統工芸村に認定されています。"
                        ),
                        "map_url": MAP_PHU_VINH,
                    },
                ),
            ],
        },
    },
    "khay-may-dan": {
        "vi": {
            "title": "Khay mây đan Phú Vinh",
            "summary": (
                "Khay mây đan tay trên khung tre, dáng tròn hoặc chữ nhật, để bày trà, bánh "
                "trái hay đồ trang trí. OCOP 4 sao."
            ),
            "body": [
                (
                    "text",
                    "<p>Ngày Tết ở làng Phú Vinh, mâm ngũ quả và chén trà mời khách thường đặt "
                    "trên khay mây. Chiếc khay này có khung tre già được uốn nắn và ghim chặt, "
                    "mặt và thành khay đan mây sợi nhỏ theo kiểu đan lóng đôi, tạo vân chéo "
                    "như vảy cá. Hai tay cầm được quấn mây dày để cầm chắc mà không cấn "
                    "tay.</p><p>Có hai dáng: tròn đường kính 35 cm và chữ nhật 45 × 30 cm. "
                    "Khay nhẹ nhưng cứng, chịu được một bộ ấm chén đầy nước. Mặt khay được phủ "
                    "một lớp dầu trong, chống ẩm nhẹ; có thể lau bằng khăn ẩm nhưng không ngâm "
                    "nước, không để đồ ướt lâu trên mặt khay và không dùng trong lò nướng.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Khung tre, mặt mây",
                        "steps": [
                            {
                                "title": "Uốn khung",
                                "text": (
                                    "Tre già được hơ lửa cho dẻo rồi uốn thành vành khay, ghim "
                                    "chốt tre."
                                ),
                                "duration": "nửa ngày",
                            },
                            {
                                "title": "Đan mặt khay",
                                "text": "Sợi mây nhỏ được đan lóng đôi thành mặt phẳng căng đều.",
                                "duration": "1 ngày",
                            },
                            {
                                "title": "Quấn tay cầm và phủ dầu",
                                "text": (
                                    "Quấn mây quanh vành và tay cầm, phủ một lớp dầu trong rồi "
                                    "hong khô."
                                ),
                                "duration": "1 ngày",
                            },
                        ],
                    },
                ),
            ],
        },
        "en": {
            "title": "Woven rattan tray from Phú Vinh",
            "summary": (
                "A hand-woven rattan tray on a bamboo frame, round or rectangular, for serving "
                "tea, fruit and sweets or for display. OCOP 4 stars."
            ),
            "body": [
                (
                    "text",
                    "<p>At Tết in Phú Vinh, the five-fruit offering and the guests' tea cups "
                    "usually sit on a rattan tray. This tray has a frame of mature bamboo, "
                    "bent and pinned tight; its base and sides are woven from fine rattan in a "
                    "double-strand twill that gives a diagonal, fish-scale texture. The two "
                    "handles are wrapped thickly in rattan so they are firm and comfortable to "
                    "hold.</p><p>There are two shapes: round, 35 cm across, and rectangular, "
                    "45 × 30 cm. The tray is light but rigid, strong enough for a full teapot "
                    "and cups. The surface has a coat of clear oil for light moisture "
                    "protection; wipe it with a damp cloth, but do not soak it, leave wet "
                    "things standing on it, or put it in an oven.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Bamboo frame, rattan face",
                        "steps": [
                            {
                                "title": "Bending the frame",
                                "text": (
                                    "Mature bamboo is warmed over a flame until supple, bent "
                                    "into the rim and secured with bamboo pins."
                                ),
                                "duration": "half a day",
                            },
                            {
                                "title": "Weaving the base",
                                "text": (
                                    "Fine rattan strands are woven in a double twill into a "
                                    "flat, evenly tensioned surface."
                                ),
                                "duration": "1 day",
                            },
                            {
                                "title": "Wrapping and oiling",
                                "text": (
                                    "Rattan is wrapped around rim and handles, then a coat of "
                                    "clear oil is applied and left to dry."
                                ),
                                "duration": "1 day",
                            },
                        ],
                    },
                ),
            ],
        },
    },
}
