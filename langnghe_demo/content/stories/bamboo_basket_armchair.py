"""Product stories: Phú Vinh bamboo market basket and rattan armchair (Mây tre đan Trọng Nghĩa).

Keyed by product slug (catalogue/products*.py), then language code. The Vietnamese entry is
the original; the other languages translate it block for block (same block types in the same
order). Makers quoted are fictional, named as in catalogue/producers.py.
"""

STORIES: dict[str, dict[str, dict]] = {
    "lan-tre-di-cho": {
        "vi": {
            "title": "Làn tre đi chợ Phú Vinh",
            "summary": (
                "Làn tre giang đan tay có quai xách, kiểu làn các bà, các mẹ vẫn mang đi chợ "
                "quê Bắc Bộ. Bền, nhẹ, thay cho túi ni lông."
            ),
            "body": [
                (
                    "text",
                    "<p>Trước khi có túi ni lông, phụ nữ làng quê Bắc Bộ đi chợ bằng chiếc làn "
                    "tre. Chiếc làn này được đan từ <b>tre giang</b> — loại tre có gióng dài, "
                    "thớ dẻo, chẻ được những nan mỏng mà không gãy — theo đúng dáng làn xưa: "
                    "đáy vuông, miệng rộng, quai cong bọc nan.</p><p>Làn kích thước 36 × 26 × "
                    "30 cm, đựng vừa một buổi chợ rau củ, hoa quả, hay làm giỏ picnic, giỏ "
                    "đựng đồ đi biển. Nan giang được luộc và phơi kỹ để chống mọt, mặt nan để "
                    "mộc, không sơn phủ.</p><p>Sau khi dùng, hãy để làn ở chỗ thoáng cho khô "
                    "hẳn; nếu bị ướt mưa, phơi trong bóng râm thay vì nắng gắt để nan không "
                    "cong.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Hồi bé tôi theo mẹ đi chợ Chúc Sơn, tay xách chiếc làn này. Giờ "
                            "khách ở Đức, ở Úc đặt mua để đi siêu thị — tôi thấy vui vì cái "
                            "làn quê được đi xa như vậy."
                        ),
                        "name": "Nguyễn Trọng Nghĩa",
                        "role": "Chủ hộ Mây tre đan Trọng Nghĩa",
                    },
                ),
            ],
        },
        "en": {
            "title": "Bamboo market basket from Phú Vinh",
            "summary": (
                "A hand-woven giang-bamboo basket with a handle, the kind grandmothers and "
                "mothers still carry to market in northern Vietnam. Light, sturdy, a "
                "plastic-free shopping bag."
            ),
            "body": [
                (
                    "text",
                    "<p>Before plastic bags, women in the villages of northern Vietnam went to "
                    "market with a bamboo basket. This one is woven from <b>giang bamboo</b> — "
                    "a bamboo with long internodes and supple fibres that can be split into "
                    "thin strips without snapping — in the old shape: square base, wide mouth "
                    "and a curved, wrapped handle.</p><p>At 36 × 26 × 30 cm it holds a "
                    "morning's vegetables and fruit, or serves as a picnic or beach basket. "
                    "The strips are boiled and thoroughly dried against borers, and left bare, "
                    "with no varnish.</p><p>After use, leave the basket somewhere airy to dry "
                    "completely; if it gets caught in the rain, dry it in the shade rather "
                    "than harsh sun so the strips do not warp.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "As a boy I followed my mother to Chúc Sơn market carrying a "
                            "basket just like this. Now customers in Germany and Australia "
                            "order it for the supermarket — I'm glad a village basket travels "
                            "so far."
                        ),
                        "name": "Nguyễn Trọng Nghĩa",
                        "role": "Head of the Trọng Nghĩa weaving household",
                    },
                ),
            ],
        },
    },
    "ghe-banh-may": {
        "vi": {
            "title": "Ghế bành mây đan tay Phú Vinh",
            "summary": (
                "Ghế bành khung lõi mây, mặt và tựa đan mây sợi, làm theo đơn trong 30–35 "
                "ngày. Màu mây tự nhiên hoặc nâu mật ong."
            ),
            "body": [
                (
                    "text",
                    "<p>Ghế bành mây là món đồ cầu kỳ nhất của xưởng Trọng Nghĩa. Khung ghế "
                    "làm từ lõi mây to bằng cổ tay, hơ lửa rồi uốn thành tay vịn và chân cong "
                    "liền mạch, không dùng đinh ở các mối chính mà quấn mây cho chặt. Mặt ngồi "
                    "và lưng tựa đan mây sợi theo kiểu mắt cáo, thoáng và có độ nhún "
                    "nhẹ.</p><p>Ghế rộng 72 × 68 cm, cao 82 cm, có hai màu: mây tự nhiên và "
                    "nâu mật ong (nhuộm màu gốc nước, phủ sơn bóng mờ). Mỗi chiếc do một thợ "
                    "cả theo từ đầu đến cuối, nên chỉ nhận đơn: 30 ngày với màu tự nhiên, 35 "
                    "ngày với màu nâu mật ong.</p><p>Ghế dùng trong nhà hoặc hiên có mái che. "
                    "Tránh mưa nắng trực tiếp và độ ẩm cao kéo dài; lau bụi bằng chổi mềm.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Đóng một chiếc ghế",
                        "steps": [
                            {
                                "title": "Uốn khung",
                                "text": (
                                    "Lõi mây lớn được hơ lửa, uốn thành tay vịn, chân và lưng ghế."
                                ),
                                "duration": "1 tuần",
                            },
                            {
                                "title": "Quấn mối",
                                "text": (
                                    "Các mối nối được quấn mây sợi thật chặt thay cho đinh vít."
                                ),
                                "duration": "3 ngày",
                            },
                            {
                                "title": "Đan mặt và lưng",
                                "text": "Mặt ngồi và lưng tựa được đan mắt cáo bằng mây sợi.",
                                "duration": "1–2 tuần",
                            },
                            {
                                "title": "Nhuộm, phủ và đóng gói",
                                "text": (
                                    "Nhuộm màu (nếu chọn nâu mật ong), phủ bóng mờ, bọc góc và "
                                    "đóng thùng."
                                ),
                                "duration": "3–5 ngày",
                            },
                        ],
                    },
                ),
            ],
        },
        "en": {
            "title": "Hand-woven rattan armchair from Phú Vinh",
            "summary": (
                "An armchair with a rattan-core frame and a woven rattan seat and back, made "
                "to order in 30–35 days. Natural or honey brown."
            ),
            "body": [
                (
                    "text",
                    "<p>The rattan armchair is the Trọng Nghĩa workshop's most demanding "
                    "piece. The frame is rattan core as thick as a wrist, warmed over a flame "
                    "and bent into seamless curved arms and legs; the main joints are bound "
                    "tightly with rattan rather than nailed. The seat and back are woven from "
                    "rattan strands in an open hexagonal pattern that breathes and gives a "
                    "little under you.</p><p>The chair measures 72 × 68 cm and stands 82 cm "
                    "high, in natural rattan or honey brown (a water-based stain under a satin "
                    "lacquer). Each chair is followed from start to finish by one master "
                    "weaver, so it is made only to order: 30 days in natural, 35 days in honey "
                    "brown.</p><p>For indoor use or a covered veranda. Keep it out of direct "
                    "rain and sun and prolonged high humidity; dust with a soft brush.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Making one chair",
                        "steps": [
                            {
                                "title": "Bending the frame",
                                "text": (
                                    "Thick rattan core is warmed over a flame and bent into "
                                    "arms, legs and back."
                                ),
                                "duration": "1 week",
                            },
                            {
                                "title": "Binding the joints",
                                "text": (
                                    "Every joint is bound tightly with rattan strands instead "
                                    "of screws."
                                ),
                                "duration": "3 days",
                            },
                            {
                                "title": "Weaving seat and back",
                                "text": (
                                    "Seat and back are woven from rattan strands in an open "
                                    "hexagonal pattern."
                                ),
                                "duration": "1–2 weeks",
                            },
                            {
                                "title": "Staining, finishing, packing",
                                "text": (
                                    "Stained if honey brown is chosen, satin-lacquered, "
                                    "corner-protected and crated."
                                ),
                                "duration": "3–5 days",
                            },
                        ],
                    },
                ),
            ],
        },
    },
}
