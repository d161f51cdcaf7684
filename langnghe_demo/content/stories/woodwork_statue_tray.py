"""Product stories: Sơn Đồng jackfruit-wood statue and tea tray (Xưởng tạc tượng Văn Tuyến).

Keyed by product slug (catalogue/products*.py), then language code. The Vietnamese entry is
the original; the other languages translate it block for block (same block types in the same
order). Makers quoted are fictional, named as in catalogue/producers.py.
"""

STORIES: dict[str, dict[str, dict]] = {
    "tuong-go-mit-tac-theo-yeu-cau": {
        "vi": {
            "title": "Tượng gỗ mít tạc tay theo yêu cầu Sơn Đồng",
            "summary": (
                "Tượng gỗ mít tạc tay theo đề tài của khách, sơn son thếp vàng theo lối truyền "
                "thống Sơn Đồng. Cao 40 cm hoặc 60 cm, làm trong 45–60 ngày."
            ),
            "body": [
                (
                    "text",
                    "<p>Phần lớn tượng thờ trong đình chùa miền Bắc được tạc từ <b>gỗ mít</b>: "
                    "thớ mịn, vàng, ít cong vênh và không bị mối mọt. Thợ Sơn Đồng tạc tượng "
                    "từ gỗ mít già, rồi <b>sơn son thếp vàng</b> — phủ nhiều lớp sơn ta pha "
                    "son đỏ và dán lá vàng quỳ dát mỏng — để tượng bền hàng trăm "
                    "năm.</p><p>Xưởng Văn Tuyến nhận tạc theo yêu cầu: tượng Phật, Quan Âm, Di "
                    "Lặc, ông Địa, hay một bức tượng chân dung. Khách gửi ảnh hoặc mô tả; nghệ "
                    "nhân phác thảo, gửi ảnh từng giai đoạn để khách góp ý. Tượng cao 40 cm "
                    "mất khoảng 45 ngày, 60 cm khoảng 60 ngày.</p><p>Nếu tượng dùng để thờ, "
                    "xưởng sẽ tư vấn về tư thế, kích thước và ngày làm lễ theo tập quán. Đặt "
                    "tượng tránh ánh nắng trực tiếp và lau bằng chổi lông mềm.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Từ khúc gỗ đến pho tượng",
                        "steps": [
                            {
                                "title": "Chọn gỗ và phác thảo",
                                "text": (
                                    "Chọn khúc gỗ mít già đã hong khô, vẽ phác dáng tượng lên gỗ."
                                ),
                                "duration": "1 tuần",
                            },
                            {
                                "title": "Đục thô",
                                "text": "Đục phá khối, tạo dáng người, tỉ lệ đầu, thân, tay.",
                                "duration": "1–2 tuần",
                            },
                            {
                                "title": "Tỉa và làm mặt",
                                "text": (
                                    "Tỉa nếp áo, bàn tay, và sau cùng là khuôn mặt — phần khó nhất."
                                ),
                                "duration": "1–2 tuần",
                            },
                            {
                                "title": "Sơn son thếp vàng",
                                "text": "Bó sơn, mài, phủ son đỏ, dán vàng quỳ và phủ lớp bảo vệ.",
                                "duration": "2–3 tuần",
                            },
                        ],
                    },
                ),
            ],
        },
        "en": {
            "title": "Hand-carved jackfruit-wood statue to commission, Sơn Đồng",
            "summary": (
                "A jackfruit-wood statue carved by hand to your subject and finished in red "
                "lacquer and gold leaf in the Sơn Đồng tradition. 40 cm or 60 cm tall, made in "
                "45–60 days."
            ),
            "body": [
                (
                    "text",
                    "<p>Most of the sacred statues in the pagodas and communal houses of "
                    "northern Vietnam are carved from <b>jackfruit wood</b>: fine-grained, "
                    "golden, stable and resistant to termites. Sơn Đồng carvers work in mature "
                    "jackfruit, then finish in <b>red lacquer and gold</b> — many coats of "
                    "natural lacquer mixed with vermilion, and hand-beaten gold leaf — so the "
                    "statue lasts for centuries.</p><p>The Văn Tuyến workshop carves to "
                    "commission: the Buddha, Guanyin, the Laughing Buddha, the Earth God, or a "
                    "portrait statue. You send photographs or a description; the artisan "
                    "sketches and sends pictures at each stage for your comments. A 40 cm "
                    "statue takes about 45 days, a 60 cm one about 60.</p><p>If the statue is "
                    "for worship, the workshop will advise on posture, size and the customary "
                    "day for its consecration. Keep it out of direct sunlight and dust with a "
                    "soft brush.</p>",
                ),
                (
                    "process",
                    {
                        "title": "From log to statue",
                        "steps": [
                            {
                                "title": "Choosing wood and sketching",
                                "text": (
                                    "A seasoned log of mature jackfruit is chosen and the "
                                    "figure is sketched onto it."
                                ),
                                "duration": "1 week",
                            },
                            {
                                "title": "Rough carving",
                                "text": (
                                    "The block is cut away to the figure, setting the "
                                    "proportions of head, body and hands."
                                ),
                                "duration": "1–2 weeks",
                            },
                            {
                                "title": "Detailing and the face",
                                "text": (
                                    "Robes and hands are refined, and last of all the face — "
                                    "the hardest part."
                                ),
                                "duration": "1–2 weeks",
                            },
                            {
                                "title": "Red lacquer and gold",
                                "text": (
                                    "Lacquer ground, sanding, vermilion coats, gold leaf and a "
                                    "protective finish."
                                ),
                                "duration": "2–3 weeks",
                            },
                        ],
                    },
                ),
            ],
        },
    },
    "khay-tra-go-mit": {
        "vi": {
            "title": "Khay trà gỗ mít Sơn Đồng",
            "summary": (
                "Khay trà đục nguyên tấm từ gỗ mít, hoàn thiện bằng dầu an toàn thực phẩm, màu "
                "vàng ấm sẽ sẫm dần theo năm tháng. 40 × 28 cm."
            ),
            "body": [
                (
                    "text",
                    "<p>Với thợ Sơn Đồng, những tấm gỗ mít còn lại sau khi tạc tượng không bao "
                    "giờ bị bỏ đi. Chiếc khay trà này được đục từ một tấm gỗ mít nguyên, lòng "
                    "khay khoét sâu 2 cm bằng đục tay, vành khay bo tròn để cầm vừa hai bàn "
                    "tay. Vân gỗ mỗi chiếc một khác.</p><p>Khay không sơn phủ mà chỉ xoa "
                    "<b>dầu an toàn thực phẩm</b> nhiều lượt, nên có thể đặt trực tiếp bánh "
                    "trái, mứt Tết lên mặt khay. Màu gỗ mít mới là vàng tươi, qua vài tháng "
                    "dưới ánh sáng sẽ ngả màu hổ phách ấm. Kích thước 40 × 28 × 4 cm, vừa một "
                    "bộ ấm sáu chén.</p><p><b>Bảo quản:</b> lau bằng khăn ẩm rồi lau khô ngay, "
                    "không ngâm nước, không dùng máy rửa bát. Vài tháng một lần, xoa một lớp "
                    "dầu mỏng để gỗ không khô.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Gỗ mít thơm nhẹ lúc mới đục. Khách mở hộp ra hay ngửi thấy mùi "
                            "xưởng, ai cũng bảo nhớ nhà ông bà."
                        ),
                        "name": "Nguyễn Văn Tuyến",
                        "role": "Nghệ nhân, chủ xưởng tạc tượng Văn Tuyến",
                    },
                ),
            ],
        },
        "en": {
            "title": "Jackfruit-wood tea tray from Sơn Đồng",
            "summary": (
                "A tea tray carved from a single piece of jackfruit wood with a food-safe oil "
                "finish; its warm gold deepens over the years. 40 × 28 cm."
            ),
            "body": [
                (
                    "text",
                    "<p>Sơn Đồng carvers never throw away the jackfruit boards left over from "
                    "a statue. This tea tray is carved from one solid piece of jackfruit, its "
                    "well hollowed 2 cm deep with hand chisels and its rim rounded to sit "
                    "comfortably in both hands. The grain is different on every tray.</p><p>It "
                    "has no varnish, only several rubbed-in coats of <b>food-safe oil</b>, so "
                    "cakes, fruit and Tết sweets can go straight onto it. Fresh jackfruit wood "
                    "is bright yellow; after a few months in the light it mellows to a warm "
                    "amber. It measures 40 × 28 × 4 cm, just right for a teapot and six "
                    "cups.</p><p><b>Care:</b> wipe with a damp cloth and dry at once; do not "
                    "soak or put in the dishwasher. Every few months, rub in a thin coat of "
                    "oil to keep the wood from drying out.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Jackfruit wood smells faintly sweet when freshly carved. "
                            "Customers often catch the scent of the workshop when they open "
                            "the box, and they all say it reminds them of their grandparents' "
                            "house."
                        ),
                        "name": "Nguyễn Văn Tuyến",
                        "role": "Artisan, owner of the Văn Tuyến carving workshop",
                    },
                ),
            ],
        },
    },
}
