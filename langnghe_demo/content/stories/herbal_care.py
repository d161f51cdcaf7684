"""Product stories: pomelo hair tonic and herbal soap (Công ty TNHH Thảo mộc Mộc Lan).

Keyed by product slug (catalogue/products*.py), then language code. The Vietnamese entry is
the original; the other languages translate it block for block (same block types in the same
order). Makers quoted are fictional, named as in catalogue/producers.py.
"""

STORIES: dict[str, dict[str, dict]] = {
    "tinh-chat-vo-buoi-duong-toc": {
        "vi": {
            "title": "Tinh chất vỏ bưởi dưỡng tóc Mộc Lan",
            "summary": (
                "Xịt dưỡng tóc từ tinh dầu vỏ bưởi chưng cất, nước cất và glycerin thực vật, "
                "dùng cho da đầu sau khi gội. Chai xịt 100 ml."
            ),
            "body": [
                (
                    "text",
                    "<p>Nồi chưng cất của Mộc Lan chạy suốt mùa bưởi: vỏ bưởi tươi được cắt "
                    "nhỏ, chưng cất bằng hơi nước để thu từng giọt <b>tinh dầu vỏ bưởi</b> nổi "
                    "trên mặt nước cất. Tinh dầu ấy được pha loãng với chính phần nước cất "
                    "thơm mùi bưởi và một ít glycerin thực vật, thành loại xịt nhẹ, không bết, "
                    "dùng hằng ngày.</p><p>Sau khi gội, lau tóc khô bớt, xịt trực tiếp lên "
                    "chân tóc rồi massage nhẹ da đầu, không cần xả lại. Người dùng thường cảm "
                    "thấy da đầu mát và tóc thơm mùi bưởi suốt ngày.</p><p>Lắc đều trước khi "
                    "dùng. Thử trước trên một vùng da nhỏ nếu da nhạy cảm; tránh vùng mắt. Bảo "
                    "quản nơi mát, tránh nắng, dùng trong 6 tháng sau khi mở.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Chưng cất tinh dầu bưởi",
                        "steps": [
                            {
                                "title": "Cắt vỏ",
                                "text": (
                                    "Vỏ bưởi tươi được bóc lớp cùi trắng, cắt nhỏ để tinh dầu "
                                    "dễ thoát ra."
                                ),
                                "duration": "vài giờ",
                            },
                            {
                                "title": "Chưng cất hơi nước",
                                "text": (
                                    "Hơi nước đi qua vỏ bưởi, mang tinh dầu sang bình ngưng; "
                                    "tinh dầu nổi lên trên."
                                ),
                                "duration": "4–5 giờ",
                            },
                            {
                                "title": "Pha và đóng chai",
                                "text": (
                                    "Tinh dầu được pha với nước cất và glycerin thực vật, lọc "
                                    "và đóng chai xịt."
                                ),
                                "duration": "1 ngày",
                            },
                        ],
                    },
                ),
            ],
        },
        "en": {
            "title": "Mộc Lan pomelo-peel hair tonic",
            "summary": (
                "A leave-in scalp spray of steam-distilled pomelo-peel oil, floral water and "
                "plant glycerine, for after washing. 100 ml spray bottle."
            ),
            "body": [
                (
                    "text",
                    "<p>Mộc Lan's still runs all through pomelo season: fresh peel is chopped "
                    "and steam-distilled to collect, drop by drop, the <b>pomelo-peel "
                    "essential oil</b> that floats on the distilled water. That oil is diluted "
                    "in the same pomelo-scented floral water with a little plant glycerine to "
                    "make a light, non-greasy spray for everyday use.</p><p>After washing, "
                    "towel-dry your hair, spray directly onto the roots and massage the scalp "
                    "gently; no need to rinse. Users find the scalp feels cool and the hair "
                    "smells of pomelo all day.</p><p>Shake before use. Patch-test on a small "
                    "area if your skin is sensitive; avoid the eyes. Keep somewhere cool and "
                    "out of the sun, and use within 6 months of opening.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Distilling pomelo oil",
                        "steps": [
                            {
                                "title": "Cutting the peel",
                                "text": (
                                    "The white pith is removed from fresh peel, which is "
                                    "chopped so the oil can escape."
                                ),
                                "duration": "a few hours",
                            },
                            {
                                "title": "Steam distillation",
                                "text": (
                                    "Steam passes through the peel and carries the oil to the "
                                    "condenser; the oil floats to the top."
                                ),
                                "duration": "4–5 hours",
                            },
                            {
                                "title": "Blending and bottling",
                                "text": (
                                    "The oil is blended with floral water and plant glycerine, "
                                    "filtered and bottled in sprays."
                                ),
                                "duration": "1 day",
                            },
                        ],
                    },
                ),
            ],
        },
    },
    "xa-phong-thao-duoc-thu-cong": {
        "vi": {
            "title": "Xà phòng thảo dược thủ công Mộc Lan",
            "summary": (
                "Xà phòng nấu lạnh từ dầu dừa, dầu ô liu, bột bồ kết, hương nhu và nghệ, ủ khô "
                "6 tuần. Bánh 100 g hoặc hộp 3 bánh."
            ),
            "body": [
                (
                    "text",
                    "<p>Mỗi bánh xà phòng Mộc Lan được làm theo phương pháp <b>nấu lạnh</b>: "
                    "dầu dừa và dầu ô liu được khuấy với dung dịch kiềm ở nhiệt độ thấp, rồi "
                    "trộn bột bồ kết, nước cốt hương nhu và bột nghệ. Không đun sôi nên các "
                    "thành phần thảo mộc giữ được màu và mùi; glycerin tự nhiên sinh ra trong "
                    "quá trình xà phòng hóa được giữ lại trong bánh, giúp da không bị khô "
                    "căng.</p><p>Xà phòng được đổ khuôn, cắt bánh bằng tay rồi <b>ủ khô sáu "
                    "tuần</b> trên giá gỗ cho cứng và dịu. Bánh có màu vàng nghệ, điểm những "
                    "hạt bồ kết nâu, mùi thảo mộc ấm. Mỗi bánh 100 g; hộp 3 bánh làm "
                    "quà.</p><p>Để xà phòng trên khay thoát nước cho khô giữa các lần dùng, "
                    "bánh sẽ bền hơn. Nghệ có thể để lại vết vàng nhạt trên khăn trắng, giặt "
                    "là hết.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Sáu tuần cho một bánh xà phòng",
                        "steps": [
                            {
                                "title": "Khuấy dầu và kiềm",
                                "text": (
                                    "Dầu dừa, dầu ô liu được khuấy với dung dịch kiềm đến khi "
                                    "sánh lại."
                                ),
                                "duration": "1 giờ",
                            },
                            {
                                "title": "Trộn thảo mộc",
                                "text": (
                                    "Thêm bột bồ kết, nước cốt hương nhu và bột nghệ, đổ khuôn."
                                ),
                                "duration": "30 phút",
                            },
                            {
                                "title": "Cắt và ủ",
                                "text": (
                                    "Sau hai ngày, xà phòng được cắt bánh và ủ trên giá gỗ nơi "
                                    "thoáng mát."
                                ),
                                "duration": "6 tuần",
                            },
                        ],
                    },
                ),
            ],
        },
        "en": {
            "title": "Mộc Lan handmade herbal soap",
            "summary": (
                "Cold-process soap of coconut and olive oil with soap-pod powder, clove basil "
                "and turmeric, cured for six weeks. 100 g bar or box of three."
            ),
            "body": [
                (
                    "text",
                    "<p>Every Mộc Lan bar is made by the <b>cold process</b>: coconut and "
                    "olive oils are stirred with a lye solution at low temperature, then "
                    "soap-pod powder, clove-basil extract and turmeric are mixed in. Because "
                    "nothing is boiled, the herbs keep their colour and scent, and the natural "
                    "glycerine formed as the oils saponify stays in the bar, so skin does not "
                    "feel tight.</p><p>The soap is poured into moulds, cut by hand and "
                    "<b>cured for six weeks</b> on wooden racks to harden and mellow. The bars "
                    "are turmeric-gold, flecked with brown soap pod, with a warm herbal scent. "
                    "Each bar is 100 g; a box of three makes a gift.</p><p>Keep the soap on a "
                    "draining dish so it dries between uses and lasts longer. Turmeric can "
                    "leave a faint yellow mark on white towels; it washes out.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Six weeks for one bar",
                        "steps": [
                            {
                                "title": "Mixing oils and lye",
                                "text": (
                                    "Coconut and olive oils are stirred with lye solution "
                                    "until the mixture thickens."
                                ),
                                "duration": "1 hour",
                            },
                            {
                                "title": "Adding the herbs",
                                "text": (
                                    "Soap-pod powder, clove-basil extract and turmeric go in, "
                                    "and the soap is poured into moulds."
                                ),
                                "duration": "30 minutes",
                            },
                            {
                                "title": "Cutting and curing",
                                "text": (
                                    "After two days the soap is cut into bars and cured on "
                                    "wooden racks somewhere cool and airy."
                                ),
                                "duration": "6 weeks",
                            },
                        ],
                    },
                ),
            ],
        },
    },
}
