"""Product stories: Hạ Thái eggshell coasters and lacquer painting (Sơn mài Đức Thịnh).

Keyed by product slug (catalogue/products*.py), then language code. The Vietnamese entry is
the original; the other languages translate it block for block (same block types in the same
order). Makers quoted are fictional, named as in catalogue/producers.py.
"""

STORIES: dict[str, dict[str, dict]] = {
    "bo-lot-coc-son-mai": {
        "vi": {
            "title": "Bộ lót cốc sơn mài khảm vỏ trứng Hạ Thái (6 chiếc)",
            "summary": (
                "Sáu miếng lót cốc gỗ phủ sơn ta, khảm vỏ trứng vịt thành họa tiết rạn, kèm "
                "hộp đựng. Màu đen hoặc son đỏ."
            ),
            "body": [
                (
                    "text",
                    "<p>Trong sơn mài Việt Nam, màu trắng không đến từ sơn mà từ <b>vỏ trứng "
                    "vịt</b>. Vỏ trứng được luộc, bóc màng, rồi người thợ dùng đầu kim đặt "
                    "từng mảnh nhỏ lên mặt sơn còn dính, ấn nhẹ cho vỏ rạn thành hàng trăm ô "
                    "li ti. Sau khi phủ sơn và mài, những ô vỏ trứng ấy hiện lên như mặt men "
                    "rạn trên nền đen hoặc son đỏ.</p><p>Bộ gồm sáu miếng lót cốc và một hộp "
                    "đựng cùng chất liệu. Mặt lót được phủ thêm lớp sơn trong, chịu được cốc "
                    "trà nóng và giọt nước đọng; lau bằng khăn khô sau khi dùng, không ngâm "
                    "nước, không cho vào máy rửa bát.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Khảm vỏ trứng",
                        "steps": [
                            {
                                "title": "Chuẩn bị vỏ",
                                "text": "Vỏ trứng vịt được luộc, bóc màng và phơi khô.",
                                "duration": "1 ngày",
                            },
                            {
                                "title": "Gắn vỏ",
                                "text": "Đặt từng mảnh vỏ lên lớp sơn còn dính, ấn cho rạn đều.",
                                "duration": "2 ngày",
                            },
                            {
                                "title": "Phủ, mài, đánh bóng",
                                "text": (
                                    "Phủ sơn kín, mài nước cho vỏ trứng hiện lên rồi đánh bóng."
                                ),
                                "duration": "2 tuần",
                            },
                        ],
                    },
                ),
            ],
        },
        "en": {
            "title": "Eggshell-inlaid lacquer coasters from Hạ Thái (set of 6)",
            "summary": (
                "Six wooden coasters in natural lacquer, inlaid with duck eggshell in a "
                "crackle pattern, with a matching holder. Black or vermilion."
            ),
            "body": [
                (
                    "text",
                    "<p>In Vietnamese lacquer, white does not come from paint but from <b>duck "
                    "eggshell</b>. The shells are boiled and peeled of their membrane; then, "
                    "with the tip of a needle, the lacquerer places fragment after fragment on "
                    "the still-tacky lacquer and presses them so they craze into hundreds of "
                    "tiny cells. Once coated and sanded, the eggshell shows like crackle glaze "
                    "on a black or vermilion ground.</p><p>The set has six coasters and a "
                    "holder in the same finish. The top has an extra clear coat that copes "
                    "with a hot tea cup and condensation; wipe dry after use, and do not soak "
                    "or put in the dishwasher.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Eggshell inlay",
                        "steps": [
                            {
                                "title": "Preparing the shell",
                                "text": (
                                    "Duck eggshells are boiled, stripped of their membrane and "
                                    "dried."
                                ),
                                "duration": "1 day",
                            },
                            {
                                "title": "Setting the shell",
                                "text": (
                                    "Fragments are laid on tacky lacquer and pressed so they "
                                    "craze evenly."
                                ),
                                "duration": "2 days",
                            },
                            {
                                "title": "Coating, sanding, polishing",
                                "text": (
                                    "Lacquer is applied over the shell, wet-sanded until it "
                                    "shows, then polished."
                                ),
                                "duration": "2 weeks",
                            },
                        ],
                    },
                ),
            ],
        },
    },
    "tranh-son-mai-ve-theo-yeu-cau": {
        "vi": {
            "title": "Tranh sơn mài vẽ tay theo yêu cầu",
            "summary": (
                "Tranh sơn mài trên vóc gỗ, vẽ hoàn toàn bằng tay theo đề tài của khách, dùng "
                "sơn ta, vỏ trứng, vàng bạc quỳ. Ba khổ, 30–60 ngày."
            ),
            "body": [
                (
                    "text",
                    "<p>Tranh sơn mài là nơi nghề sơn của làng gặp hội họa. Từ những năm 1930, "
                    "các họa sĩ Trường Mỹ thuật Đông Dương đã cùng thợ sơn tìm ra cách “vẽ rồi "
                    "mài”: họa sĩ phủ nhiều lớp sơn, vỏ trứng, vàng bạc lên nhau, rồi mài "
                    "xuống cho từng lớp màu hiện lên. Bức tranh không được vẽ ra, mà được mài "
                    "ra.</p><p>Nghệ nhân Trần Đức Thịnh nhận vẽ theo đề tài của khách: phong "
                    "cảnh quê, hoa sen, ngôi nhà của gia đình, hay một tấm ảnh kỷ niệm. Tranh "
                    "làm trên vóc gỗ đã bó vải, dùng sơn ta Phú Thọ, vỏ trứng và vàng bạc quỳ "
                    "dát mỏng. Ba khổ: 40 × 60, 60 × 90 và 80 × 120 cm, mất 30 đến 60 "
                    "ngày.</p><p>Treo tranh tránh nắng trực tiếp và nơi quá khô như cạnh lò "
                    "sưởi.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Một bức tranh theo yêu cầu",
                        "steps": [
                            {
                                "title": "Phác thảo",
                                "text": "Nghệ nhân gửi bản phác thảo màu để khách góp ý và duyệt.",
                                "duration": "1 tuần",
                            },
                            {
                                "title": "Bó vóc",
                                "text": "Tấm gỗ được bó vải, trát và phủ sơn lót nhiều lượt.",
                                "duration": "1–2 tuần",
                            },
                            {
                                "title": "Vẽ, khảm, dát",
                                "text": "Vẽ các lớp màu sơn, gắn vỏ trứng, dát vàng bạc quỳ.",
                                "duration": "2–4 tuần",
                            },
                            {
                                "title": "Mài và đánh bóng",
                                "text": "Mài nước cho tranh hiện ra, rồi đánh bóng bằng tay.",
                                "duration": "1 tuần",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Khi mài tranh, tôi không biết chắc lớp nào sẽ hiện lên trước. Đó "
                            "là lúc sơn mài đẹp nhất: người vẽ và chất liệu cùng làm nên bức "
                            "tranh."
                        ),
                        "name": "Trần Đức Thịnh",
                        "role": "Nghệ nhân, chủ xưởng Sơn mài Đức Thịnh",
                    },
                ),
            ],
        },
        "en": {
            "title": "Hand-painted lacquer painting to commission",
            "summary": (
                "A lacquer painting on a wooden panel, made entirely by hand to your subject, "
                "with natural lacquer, eggshell and gold and silver leaf. Three sizes, 30–60 "
                "days."
            ),
            "body": [
                (
                    "text",
                    "<p>Lacquer painting is where the village's lacquer craft meets fine art. "
                    "From the 1930s, painters at the Indochina College of Fine Arts worked "
                    "with lacquerers to develop “paint, then sand”: the artist builds up "
                    "layers of lacquer, eggshell, gold and silver, then sands them back so "
                    "each layer of colour emerges. The picture is not painted so much as "
                    "sanded into being.</p><p>Artisan Trần Đức Thịnh paints to your subject: a "
                    "village landscape, lotus flowers, your family home or a treasured "
                    "photograph. The painting is made on a cloth-bound wooden panel with Phú "
                    "Thọ lacquer, eggshell and beaten gold and silver leaf. Three sizes — 40 × "
                    "60, 60 × 90 and 80 × 120 cm — taking 30 to 60 days.</p><p>Hang it out of "
                    "direct sun and away from very dry spots such as beside a radiator.</p>",
                ),
                (
                    "process",
                    {
                        "title": "One commissioned painting",
                        "steps": [
                            {
                                "title": "Sketch",
                                "text": (
                                    "The artisan sends a colour sketch for your comments and "
                                    "approval."
                                ),
                                "duration": "1 week",
                            },
                            {
                                "title": "Preparing the panel",
                                "text": (
                                    "The wooden panel is bound in cloth, filled and given "
                                    "several ground coats."
                                ),
                                "duration": "1–2 weeks",
                            },
                            {
                                "title": "Painting, inlay, gilding",
                                "text": (
                                    "Layers of coloured lacquer are painted, eggshell set and "
                                    "gold and silver leaf laid."
                                ),
                                "duration": "2–4 weeks",
                            },
                            {
                                "title": "Sanding and polishing",
                                "text": (
                                    "Wet-sanding brings the picture out; it is then polished "
                                    "by hand."
                                ),
                                "duration": "1 week",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "When I sand a painting, I never know for sure which layer will "
                            "come up first. That is when lacquer is at its most beautiful: the "
                            "painter and the material make the picture together."
                        ),
                        "name": "Trần Đức Thịnh",
                        "role": "Artisan, owner of the Đức Thịnh lacquer workshop",
                    },
                ),
            ],
        },
    },
}
