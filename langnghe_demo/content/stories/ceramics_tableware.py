"""Product stories: Bát Tràng blue-glaze tea set and dinnerware (HTX Gốm sứ Lam Thủy).

Keyed by product slug (catalogue/products*.py), then language code. The Vietnamese entry is
the original; the other languages translate it block for block (same block types in the same
order). Makers quoted are fictional, named as in catalogue/producers.py.
"""

MAP_BAT_TRANG = "https://www.openstreetmap.org/?mlat=20.975&mlon=105.913#map=15/20.975/105.913"

STORIES: dict[str, dict[str, dict]] = {
    "bo-am-chen-men-lam-ve-tay": {
        "vi": {
            "title": "Bộ ấm chén men lam vẽ tay Bát Tràng",
            "summary": (
                "Một ấm, sáu chén và khay gốm men lam vẽ tay hoa văn ao sen, nung ở "
                "1.250–1.300 °C tại làng gốm Bát Tràng bên sông Hồng. Sản phẩm OCOP 4 sao."
            ),
            "body": [
                (
                    "text",
                    "<p>Ở Bát Tràng, khách đến nhà nào cũng được mời chén trà trước khi bàn "
                    "chuyện. Bộ ấm chén này gồm một ấm, sáu chén và một khay bằng gốm sành, "
                    "tạo hình trên bàn xoay rồi <b>vẽ tay bằng men lam</b> — sắc xanh cobalt "
                    "đã làm nên tên tuổi gốm Bát Tràng qua nhiều thế kỷ. Họa tiết ao sen được "
                    "vẽ thẳng lên xương gốm mộc trước khi tráng men trong, nên nét bút nằm "
                    "dưới lớp men và không phai.</p><p>Vì vẽ tay, mỗi chén đậm nhạt một khác: "
                    "đó là dấu tay người thợ, không phải lỗi.</p><p><b>Bảo quản:</b> tráng ấm "
                    "bằng nước sôi trước lần dùng đầu; rửa bằng nước ấm và khăn mềm, tránh để "
                    "ấm chịu nóng lạnh đột ngột.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Từ đất sét đến bàn trà",
                        "steps": [
                            {
                                "title": "Lọc đất",
                                "text": (
                                    "Đất sét trắng được ngâm, lọc qua nhiều bể để loại sạn rồi "
                                    "ủ cho dẻo."
                                ),
                                "duration": "2–3 tuần",
                            },
                            {
                                "title": "Tạo hình",
                                "text": (
                                    "Ấm và chén được vuốt trên bàn xoay hoặc đổ khuôn thạch "
                                    "cao; vòi và quai gắn bằng tay."
                                ),
                                "duration": "3 ngày",
                            },
                            {
                                "title": "Vẽ và tráng men",
                                "text": (
                                    "Thợ vẽ họa tiết ao sen bằng men lam lên gốm mộc đã phơi "
                                    "khô, rồi nhúng men trong."
                                ),
                                "duration": "1 ngày mỗi bộ",
                            },
                            {
                                "title": "Nung",
                                "text": (
                                    "Lò nung ở 1.250–1.300 °C rồi để nguội tự nhiên; từng món "
                                    "được kiểm tra và dán tem QR."
                                ),
                                "duration": "khoảng 24 giờ",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Khách nước ngoài hay hỏi vì sao hai chén không giống hệt nhau. "
                            "Tôi bảo: vì chúng được vẽ bằng tay người, và người thì không ai "
                            "vẽ hai lần giống nhau."
                        ),
                        "name": "Nguyễn Thị Thu Hằng",
                        "role": "Chủ nhiệm Hợp tác xã Gốm sứ Lam Thủy",
                    },
                ),
                (
                    "village",
                    {
                        "village": "Làng gốm Bát Tràng",
                        "text": (
                            "Bát Tràng nằm bên sông Hồng, cách trung tâm Hà Nội khoảng 15 km, "
                            "và đã làm gốm hơn bảy trăm năm."
                        ),
                        "map_url": MAP_BAT_TRANG,
                    },
                ),
            ],
        },
        "en": {
            "title": "Hand-painted blue-glaze tea set from Bát Tràng",
            "summary": (
                "A teapot, six cups and a tray in stoneware, hand-painted with a lotus-pond "
                "pattern in cobalt blue and fired at 1,250–1,300 °C in Bát Tràng on the Red "
                "River. OCOP 4 stars."
            ),
            "body": [
                (
                    "text",
                    "<p>In Bát Tràng, every visitor is offered a cup of tea before any "
                    "business is discussed. This set — a teapot, six cups and a tray — is "
                    "stoneware, shaped on the wheel and then <b>hand-painted in cobalt "
                    "blue</b>, the colour that has made Bát Tràng pottery famous for "
                    "centuries. The lotus-pond pattern is painted straight onto the unglazed "
                    "body before a clear glaze goes on, so the brushwork lies under the glaze "
                    "and will not wear off.</p><p>Because each piece is painted by hand, no "
                    "two cups are exactly alike in tone: that is the painter's hand, not a "
                    "flaw.</p><p><b>Care:</b> rinse the pot with boiling water before first "
                    "use; wash with warm water and a soft cloth, and avoid sudden changes of "
                    "temperature.</p>",
                ),
                (
                    "process",
                    {
                        "title": "From clay to tea table",
                        "steps": [
                            {
                                "title": "Refining the clay",
                                "text": (
                                    "White clay is soaked and settled through several tanks to "
                                    "remove grit, then left to mature."
                                ),
                                "duration": "2–3 weeks",
                            },
                            {
                                "title": "Shaping",
                                "text": (
                                    "Pot and cups are thrown on the wheel or slip-cast in "
                                    "plaster moulds; spouts and handles are fitted by hand."
                                ),
                                "duration": "3 days",
                            },
                            {
                                "title": "Painting and glazing",
                                "text": (
                                    "A painter draws the lotus pond in cobalt on the dried "
                                    "body, which is then dipped in clear glaze."
                                ),
                                "duration": "1 day per set",
                            },
                            {
                                "title": "Firing",
                                "text": (
                                    "The kiln reaches 1,250–1,300 °C and cools naturally; "
                                    "every piece is checked and given its QR label."
                                ),
                                "duration": "about 24 hours",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Foreign customers often ask why two cups are not identical. I "
                            "tell them: because they were painted by a human hand, and nobody "
                            "paints the same thing twice."
                        ),
                        "name": "Nguyễn Thị Thu Hằng",
                        "role": "Chair, Lam Thủy Bát Tràng Ceramics Cooperative",
                    },
                ),
                (
                    "village",
                    {
                        "village": "Bát Tràng pottery village",
                        "text": (
                            "Bát Tràng lies on the Red River, about 15 km from central Hà Nội, "
                            "and has made pottery for more than seven hundred years."
                        ),
                        "map_url": MAP_BAT_TRANG,
                    },
                ),
            ],
        },
        "ja": {
            "title": "バッチャン焼 手描き藍釉茶器セット",
            "summary": (
                "急須、茶碗6客、トレーのセット。蓮池の文様を藍（コバルト）で手描きし、紅河のほ"
                "とりのバッチャン村で1,250〜1,300 °Cで焼成。OCOP 4つ星認定。"
            ),
            "body": [
                (
                    "text",
                    "<p>バッチャン村では、どの家を訪ねても、まずお茶を一杯いただいてから話が始"
                    "まります。このセットは急須1点、茶碗6客、トレー1点からなる炻器で、ろくろで"
                    "成形したあと<b>コバルトの藍で手描き</b>しています。何世紀にもわたりバッチ"
                    "ャン焼の名を支えてきた色です。蓮池の文様は素焼き前の生地に直接描き、その上"
                    "から透明釉をかけるため、筆の跡は釉薬の下にあり、擦れて消えることはありませ"
                    "ん。</p><p>一点ずつ手で描くため、茶碗ごとに濃淡が異なります。これは職人の"
                    "手の跡であり、欠陥ではありません。</p><p><b>お手入れ：</b>初めて使う前に熱"
                    "湯で急須をすすいでください。ぬるま湯と柔らかい布で洗い、急な温度変化は避け"
                    "てください。</p>",
                ),
                (
                    "process",
                    {
                        "title": "土から茶卓まで",
                        "steps": [
                            {
                                "title": "土づくり",
                                "text": (
                                    "白い粘土を水に浸し、いくつもの槽で砂や小石を取り除いてから"
                                    "寝かせます。"
                                ),
                                "duration": "2〜3週間",
                            },
                            {
                                "title": "成形",
                                "text": (
                                    "急須と茶碗をろくろ、または石膏型で成形し、注ぎ口と取っ手は"
                                    "手で付けます。"
                                ),
                                "duration": "3日",
                            },
                            {
                                "title": "絵付けと施釉",
                                "text": "乾いた生地に絵付け師が藍で蓮池を描き、透明釉に浸します。",
                                "duration": "1セットにつき1日",
                            },
                            {
                                "title": "焼成",
                                "text": (
                                    "窯で1,250〜1,300 °Cまで焼き、自然に冷まします。一点ずつ検"
                                    "品し、QRラベルを貼ります。"
                                ),
                                "duration": "約24時間",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "海外のお客様に、なぜ二つの茶碗が同じではないのかとよく聞かれます。"
                            "人の手で描いたからです、と答えます。同じものを二度描ける人はいませ"
                            "んから。"
                        ),
                        "name": "グエン・ティ・トゥー・ハン",
                        "role": "ラムトゥイ・バッチャン陶磁器協同組合 代表",
                    },
                ),
                (
                    "village",
                    {
                        "village": "バッチャン陶器村",
                        "text": (
                            "バッチャン村は紅河のほとり、ハノイ中心部から約15 kmにあり、700年以"
                            "上焼き物をつくり続けています。"
                        ),
                        "map_url": MAP_BAT_TRANG,
                    },
                ),
            ],
        },
    },
    "bo-bat-dia-men-lam-12-mon": {
        "vi": {
            "title": "Bộ bát đĩa men lam Bát Tràng 12 món",
            "summary": (
                "Sáu bát và sáu đĩa gốm sành men lam vẽ tay cho bữa cơm hằng ngày, dùng được "
                "trong lò vi sóng và máy rửa bát."
            ),
            "body": [
                (
                    "text",
                    "<p>Mâm cơm Việt bày chung giữa bàn: một đĩa rau, một đĩa cá kho, bát canh "
                    "và mỗi người một bát cơm. Bộ mười hai món này được làm cho đúng kiểu bữa "
                    "ăn ấy — sáu bát ăn cơm và sáu đĩa — bằng gốm sành Bát Tràng, nung ở "
                    "1.250–1.300 °C nên cứng, ít thấm nước và giữ nhiệt tốt.</p><p>Viền bát và "
                    "lòng đĩa được thợ vẽ men lam bằng bút lông, theo những nét dây lá quen "
                    "thuộc của gốm làng. Màu vẽ nằm dưới lớp men trong, không chứa chì, không "
                    "viền vàng, nên bộ bát đĩa <b>dùng được trong lò vi sóng và máy rửa "
                    "bát</b>. Các món xếp chồng khít nhau, gọn trong tủ.</p><p>Khi nhận hàng, "
                    "hãy rửa qua bằng nước ấm trước lần dùng đầu tiên. Tránh đặt bát đang nóng "
                    "xuống mặt đá lạnh hoặc nước lạnh ngay.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Bát đĩa là thứ người ta cầm trên tay mỗi ngày, nên tôi nặn sao "
                            "cho vừa lòng bàn tay và nhẹ hơn bát đĩa chợ một chút. Cái đó "
                            "khách chỉ cảm thấy khi dùng."
                        ),
                        "name": "Phạm Văn Tú",
                        "role": "Thợ bàn xoay, Hợp tác xã Gốm sứ Lam Thủy",
                    },
                ),
            ],
        },
        "en": {
            "title": "Bát Tràng blue-glaze dinnerware set, 12 pieces",
            "summary": (
                "Six bowls and six plates in hand-painted cobalt-blue stoneware for everyday "
                "meals; microwave and dishwasher safe."
            ),
            "body": [
                (
                    "text",
                    "<p>A Vietnamese family meal is shared from the middle of the table: a "
                    "plate of greens, a dish of braised fish, a bowl of soup, and a rice bowl "
                    "for each person. This twelve-piece set is made for exactly that meal — "
                    "six rice bowls and six plates — in Bát Tràng stoneware fired at "
                    "1,250–1,300 °C, so it is hard, barely porous and holds heat "
                    "well.</p><p>The bowl rims and plate centres are painted by brush in "
                    "cobalt blue with the leafy scrolls typical of the village. The colour "
                    "lies under a clear, lead-free glaze with no gold rims, so the set is "
                    "<b>microwave and dishwasher safe</b>. The pieces nest neatly in the "
                    "cupboard.</p><p>When the parcel arrives, wash everything in warm water "
                    "before first use. Do not set a hot bowl straight onto cold stone or into "
                    "cold water.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Bowls and plates are what people hold in their hands every day, "
                            "so I throw them to sit well in the palm and a little lighter than "
                            "market tableware. You only notice that when you use them."
                        ),
                        "name": "Phạm Văn Tú",
                        "role": "Thrower, Lam Thủy Ceramics Cooperative",
                    },
                ),
            ],
        },
    },
}
