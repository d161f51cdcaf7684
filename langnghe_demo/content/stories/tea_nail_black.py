"""Product stories: Tân Cương nail tea and Thái Nguyên black tea (Hợp tác xã Trà Sương Mai).

Keyed by product slug (catalogue/products*.py), then language code. The Vietnamese entry is
the original; the other languages translate it block for block (same block types in the same
order). Makers quoted are fictional, named as in catalogue/producers.py.
"""

STORIES: dict[str, dict[str, dict]] = {
    "tra-dinh-tan-cuong-hop-thiec": {
        "vi": {
            "title": "Trà đinh Tân Cương hộp thiếc",
            "summary": (
                "Trà đinh — chỉ hái phần búp non nhỏ như chiếc đinh — loại chè quý nhất của "
                "Tân Cương, đựng hộp thiếc 100 g."
            ),
            "body": [
                (
                    "text",
                    "<p><i>Trà đinh</i> được gọi như vậy vì chỉ hái phần búp non nhất, chưa "
                    "kịp xòe lá, nhỏ và nhọn như chiếc đinh. Mỗi cây chè chỉ cho vài búp đạt "
                    "chuẩn mỗi lứa, nên phải hái gần bốn cân búp tươi mới được chưa đầy một "
                    "cân trà đinh khô; người hái phải lần từng cành từ tinh mơ.</p><p>Búp được "
                    "sao bằng chảo gang với lửa nhẹ hơn chè búp thường để giữ lớp lông tơ "
                    "trắng. Nước trà vàng sánh như mật, hương cốm non, vị ngọt nhiều hơn chát. "
                    "Trà đinh thường dành để biếu tặng hay mời khách quý.</p><p>Pha với nước "
                    "khoảng 75–80 °C, 3–4 g cho ấm nhỏ, hãm 40 giây. Hộp thiếc kín giữ hương, "
                    "cất nơi khô mát, dùng trong 12 tháng.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Hái trà đinh là hái bằng đầu ngón tay. Cả buổi sáng một người hái "
                            "giỏi cũng chỉ được vài lạng búp."
                        ),
                        "name": "Vũ Thị Hạnh",
                        "role": "Giám đốc Hợp tác xã Trà Sương Mai",
                    },
                ),
            ],
        },
        "en": {
            "title": "Tân Cương “nail” bud tea in a tin",
            "summary": (
                "Trà đinh — only the tiniest unopened buds, small as a nail — Tân Cương's most "
                "prized green tea, in a 100 g tin."
            ),
            "body": [
                (
                    "text",
                    "<p><i>Trà đinh</i>, “nail tea”, gets its name from the buds it is made "
                    "of: only the youngest shoot, before any leaf unfurls, small and pointed "
                    "like a nail. Each bush gives just a few buds of this grade per flush, so "
                    "it takes nearly four kilos of fresh buds for less than a kilo of finished "
                    "tea, and pickers work along every branch from first light.</p><p>The buds "
                    "are fired in cast-iron pans over a gentler flame than ordinary tea to "
                    "keep their white down. The liquor is a honeyed gold, with the scent of "
                    "young green rice and more sweetness than bite. Nail tea is traditionally "
                    "a gift, or served to honoured guests.</p><p>Brew with water at about "
                    "75–80 °C, 3–4 g for a small pot, for 40 seconds. The airtight tin keeps "
                    "the aroma; store cool and dry and enjoy within 12 months.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "You pick nail tea with your fingertips. A good picker gets only a "
                            "few hundred grams of buds in a whole morning."
                        ),
                        "name": "Vũ Thị Hạnh",
                        "role": "Director, Sương Mai Tea Cooperative",
                    },
                ),
            ],
        },
    },
    "hong-tra-thai-nguyen": {
        "vi": {
            "title": "Hồng trà Thái Nguyên",
            "summary": (
                "Hồng trà (trà đen) làm từ lá chè trung du Thái Nguyên, oxy hóa hoàn toàn; "
                "nước đỏ hổ phách, hương mật ong và quả khô. OCOP 3 sao."
            ),
            "body": [
                (
                    "text",
                    "<p>Người Thái Nguyên quen uống chè xanh, nhưng khách nước ngoài hỏi mãi "
                    "một loại trà hợp với sữa và bánh ngọt. Hợp tác xã Sương Mai dùng lá chè "
                    "trung du của chính vùng Tân Cương — hái một tôm hai, ba lá, già hơn chè "
                    "búp một chút — để làm <b>hồng trà</b>: lá được làm héo, vò kỹ rồi để oxy "
                    "hóa hoàn toàn trước khi sấy.</p><p>Người Việt gọi là “hồng trà” vì màu "
                    "nước đỏ hổ phách. Trà có hương mật ong, mạch nha và quả khô, vị êm, ít "
                    "chát, uống nóng hay pha đá đều ngon, thêm sữa cũng hợp.</p><p>Pha 3 g cho "
                    "250 ml nước sôi khoảng 95 °C, hãm 3–4 phút. Cất trong hộp kín, tránh "
                    "ẩm.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Làm hồng trà",
                        "steps": [
                            {
                                "title": "Làm héo",
                                "text": "Lá chè được rải mỏng trên nia cho héo mềm, mất bớt nước.",
                                "duration": "10–12 giờ",
                            },
                            {
                                "title": "Vò và oxy hóa",
                                "text": (
                                    "Vò kỹ cho dập tế bào lá, ủ cho lá chuyển dần sang màu đồng."
                                ),
                                "duration": "3–4 giờ",
                            },
                            {
                                "title": "Sấy khô",
                                "text": "Sấy ở nhiệt độ cao để dừng oxy hóa, rồi sàng phân loại.",
                                "duration": "1–2 giờ",
                            },
                        ],
                    },
                ),
            ],
        },
        "en": {
            "title": "Thái Nguyên black tea",
            "summary": (
                "Black tea (hồng trà) from Thái Nguyên's midland tea leaves, fully oxidised: a "
                "red-amber liquor with notes of honey and dried fruit. OCOP 3 stars."
            ),
            "body": [
                (
                    "text",
                    "<p>Thái Nguyên people drink green tea, but foreign visitors kept asking "
                    "for a tea to go with milk and cake. The Sương Mai cooperative takes "
                    "midland tea leaves from Tân Cương itself — a bud with two or three "
                    "leaves, a little more mature than for green tea — to make <b>black "
                    "tea</b>: the leaves are withered, rolled thoroughly and left to oxidise "
                    "completely before drying.</p><p>Vietnamese call it <i>hồng trà</i>, “red "
                    "tea”, for its red-amber liquor. It tastes of honey, malt and dried fruit, "
                    "smooth and barely astringent, good hot or iced, and happy with "
                    "milk.</p><p>Brew 3 g in 250 ml of water at about 95 °C for 3–4 minutes. "
                    "Keep in an airtight container, away from damp.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Making black tea",
                        "steps": [
                            {
                                "title": "Withering",
                                "text": (
                                    "The leaves are spread thinly on flat baskets until soft "
                                    "and partly dried."
                                ),
                                "duration": "10–12 hours",
                            },
                            {
                                "title": "Rolling and oxidising",
                                "text": (
                                    "Thorough rolling breaks the leaf cells; the leaves then "
                                    "rest until they turn coppery."
                                ),
                                "duration": "3–4 hours",
                            },
                            {
                                "title": "Drying",
                                "text": (
                                    "High-heat drying stops the oxidation, then the tea is "
                                    "sifted and graded."
                                ),
                                "duration": "1–2 hours",
                            },
                        ],
                    },
                ),
            ],
        },
    },
}
