"""Product stories: Bát Tràng hand-painted floor vase and plate (HTX Gốm sứ Lam Thủy).

Keyed by product slug (catalogue/products*.py), then language code. The Vietnamese entry is
the original; the other languages translate it block for block (same block types in the same
order). Makers quoted are fictional, named as in catalogue/producers.py.
"""

STORIES: dict[str, dict[str, dict]] = {
    "luc-binh-men-lam-ve-tay-kho-lon": {
        "vi": {
            "title": "Lục bình men lam vẽ tay khổ lớn Bát Tràng",
            "summary": (
                "Lục bình cao 80 cm hoặc 120 cm, vẽ tay tích rồng mây bằng men lam, làm theo "
                "đơn đặt hàng trong 30–45 ngày."
            ),
            "body": [
                (
                    "text",
                    "<p>Trong nhà Việt truyền thống, lục bình thường đứng thành đôi hai bên "
                    "ban thờ hay hai bên cửa chính, mang ý nghĩa bình an và thịnh vượng. Chiếc "
                    "lục bình khổ lớn này cao 80 cm hoặc 120 cm, thân vẽ tích <b>rồng mây</b> "
                    "bằng men lam, cổ và vai bình viền cánh sen.</p><p>Với kích thước này, "
                    "thân bình phải ghép từ nhiều khúc rồi vuốt liền, phơi khô chậm hàng tuần "
                    "để không nứt. Một thợ vẽ lành nghề mất nhiều ngày cho riêng phần rồng. Vì "
                    "vậy, lục bình chỉ làm theo đơn: 30 ngày với cỡ 80 cm và 45 ngày với cỡ "
                    "120 cm. Nếu đặt một đôi, hai chiếc được vẽ cùng một người để nét bút đồng "
                    "đều.</p><p>Bình được đóng thùng gỗ có chèn xốp và gửi bằng đường biển "
                    "hoặc hàng không; khi mở thùng, hãy nâng bình bằng hai tay đỡ ở thân, "
                    "không nhấc ở miệng.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Con rồng phải vẽ một hơi từ đầu tới đuôi. Dừng tay giữa chừng là "
                            "nét vảy gãy ngay, người xem biết liền."
                        ),
                        "name": "Nguyễn Thị Thu Hằng",
                        "role": "Chủ nhiệm Hợp tác xã Gốm sứ Lam Thủy",
                    },
                ),
                (
                    "process",
                    {
                        "title": "Một đơn lục bình",
                        "steps": [
                            {
                                "title": "Chốt mẫu",
                                "text": (
                                    "Xưởng gửi bản phác họa rồng mây và kích thước để khách duyệt."
                                ),
                                "duration": "3–5 ngày",
                            },
                            {
                                "title": "Vuốt và ghép thân",
                                "text": (
                                    "Thân bình được vuốt thành nhiều khúc, ghép lại rồi phơi "
                                    "khô chậm trong bóng râm."
                                ),
                                "duration": "2–3 tuần",
                            },
                            {
                                "title": "Vẽ, tráng men, nung",
                                "text": (
                                    "Vẽ men lam, tráng men trong và nung ở 1.250–1.300 °C; "
                                    "bình nguội trong lò hai ngày."
                                ),
                                "duration": "1–2 tuần",
                            },
                        ],
                    },
                ),
            ],
        },
        "en": {
            "title": "Large hand-painted blue-glaze floor vase from Bát Tràng",
            "summary": (
                "A floor vase 80 cm or 120 cm tall, hand-painted with dragons and clouds in "
                "cobalt blue, made to order in 30–45 days."
            ),
            "body": [
                (
                    "text",
                    "<p>In a traditional Vietnamese home, tall vases called <i>lục bình</i> "
                    "stand in pairs either side of the altar or the main door, wishing the "
                    "household peace and prosperity. This large vase, 80 cm or 120 cm tall, is "
                    "painted in cobalt blue with <b>dragons among clouds</b>, with lotus "
                    "petals around the neck and shoulder.</p><p>At this size the body has to "
                    "be thrown in several sections, joined and smoothed, then dried slowly for "
                    "weeks so it does not crack. A skilled painter spends days on the dragon "
                    "alone. That is why the vase is made only to order: 30 days for the 80 cm "
                    "size and 45 days for 120 cm. If you order a pair, both are painted by the "
                    "same hand so the brushwork matches.</p><p>The vase travels in a wooden "
                    "crate with foam padding, by sea or air. When you unpack it, lift it with "
                    "both hands under the body, never by the mouth.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "A dragon has to be painted in one breath from head to tail. Stop "
                            "halfway and the scales break; anyone looking will see it."
                        ),
                        "name": "Nguyễn Thị Thu Hằng",
                        "role": "Chair, Lam Thủy Bát Tràng Ceramics Cooperative",
                    },
                ),
                (
                    "process",
                    {
                        "title": "One floor-vase order",
                        "steps": [
                            {
                                "title": "Agreeing the design",
                                "text": (
                                    "The workshop sends a sketch of the dragons and clouds "
                                    "with the dimensions for your approval."
                                ),
                                "duration": "3–5 days",
                            },
                            {
                                "title": "Throwing and joining",
                                "text": (
                                    "The body is thrown in sections, joined, then dried slowly "
                                    "in the shade."
                                ),
                                "duration": "2–3 weeks",
                            },
                            {
                                "title": "Painting, glazing, firing",
                                "text": (
                                    "Painted in cobalt, clear-glazed and fired at 1,250–1,300 "
                                    "°C; the vase cools in the kiln for two days."
                                ),
                                "duration": "1–2 weeks",
                            },
                        ],
                    },
                ),
            ],
        },
    },
    "dia-trang-tri-ve-tay-men-lam": {
        "vi": {
            "title": "Đĩa trang trí men lam vẽ tay Bát Tràng (kèm giá đỡ)",
            "summary": (
                "Đĩa gốm treo tường hoặc bày kệ, vẽ tay cảnh cá chép vờn sen bằng men lam, kèm "
                "giá đỡ gỗ. Đường kính 30 cm hoặc 40 cm."
            ),
            "body": [
                (
                    "text",
                    "<p>Đĩa trang trí là nơi thợ vẽ Bát Tràng được “bay” nhất: cả lòng đĩa là "
                    "một bức tranh tròn. Mẫu đĩa này vẽ cảnh <b>cá chép vờn sen</b> — cá chép "
                    "tượng trưng cho sự bền chí, hoa sen cho sự thanh sạch — bằng men lam đậm "
                    "nhạt nhiều lớp, nét bút lông chỗ tròn chỗ sắc như tranh thủy "
                    "mặc.</p><p>Đĩa có hai cỡ, 30 cm và 40 cm, kèm giá đỡ gỗ để bày trên kệ; "
                    "mặt sau có lỗ xỏ dây nếu muốn treo tường. Màu vẽ nằm dưới men nên chỉ cần "
                    "lau bằng khăn ẩm. Đĩa được làm để trưng bày; không nên dùng đựng thức ăn "
                    "chua hay để trong lò vi sóng.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Vẽ cá khó nhất là cái đuôi. Đuôi mà cứng thì cá chết trên đĩa; "
                            "phải nhấc bút thật nhanh thì nó mới quẫy."
                        ),
                        "name": "Lê Thị Hoa",
                        "role": "Thợ vẽ, Hợp tác xã Gốm sứ Lam Thủy",
                    },
                ),
            ],
        },
        "en": {
            "title": "Hand-painted blue-glaze decorative plate from Bát Tràng, with stand",
            "summary": (
                "A stoneware plate for wall or shelf, hand-painted with carp among lotus in "
                "cobalt blue, with a wooden stand. 30 cm or 40 cm across."
            ),
            "body": [
                (
                    "text",
                    "<p>A decorative plate is where a Bát Tràng painter can really let go: the "
                    "whole face is one round picture. This one shows <b>carp swimming among "
                    "lotus</b> — the carp stands for perseverance, the lotus for purity — "
                    "painted in cobalt blue in several depths of tone, with brushstrokes now "
                    "soft, now sharp, like an ink painting.</p><p>It comes in two sizes, 30 cm "
                    "and 40 cm, with a wooden stand for a shelf; a hole in the foot ring takes "
                    "a cord if you prefer to hang it. The painting lies under the glaze, so a "
                    "damp cloth is all it needs. The plate is made for display; do not use it "
                    "for acidic food or in the microwave.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "The hardest part of a fish is the tail. A stiff tail and the fish "
                            "is dead on the plate; lift the brush quickly and it swims."
                        ),
                        "name": "Lê Thị Hoa",
                        "role": "Painter, Lam Thủy Ceramics Cooperative",
                    },
                ),
            ],
        },
    },
}
