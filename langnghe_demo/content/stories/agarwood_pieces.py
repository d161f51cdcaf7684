"""Product stories: agarwood bracelet and chips from Hương Khê (Cơ sở Trầm hương Phúc Trạch).

Keyed by product slug (catalogue/products*.py), then language code. The Vietnamese entry is
the original; the other languages translate it block for block (same block types in the same
order). Makers quoted are fictional, named as in catalogue/producers.py.
"""

STORIES: dict[str, dict[str, dict]] = {
    "vong-tay-tram-huong": {
        "vi": {
            "title": "Vòng tay trầm hương Phúc Trạch",
            "summary": (
                "Vòng tay hạt trầm hương dó bầu trồng, tiện tay từng hạt, vân dầu tự nhiên, "
                "dây co giãn. Hạt 8, 10 hoặc 12 mm."
            ),
            "body": [
                (
                    "text",
                    "<p>Chiếc vòng được tiện từ những khúc trầm có <b>vân dầu</b> đẹp nhất "
                    "trong vườn dó của gia đình chị Mai. Mỗi hạt được tiện tròn, đánh bóng "
                    "bằng tay, không phủ sơn, không tẩm tinh dầu: mùi thơm là mùi nhựa trầm tự "
                    "nhiên, ấm lên khi hạt chạm vào da và dịu đi khi để lâu trong hộp. Vân dầu "
                    "sẫm màu trên mỗi hạt là dấu vết nhựa trầm tích tụ trong thân cây suốt "
                    "nhiều năm, nên không có hai chiếc vòng giống nhau.</p><p>Có ba cỡ hạt: 8 "
                    "mm (22 hạt), 10 mm (19 hạt) và 12 mm (16 hạt), xâu trên dây co giãn vừa "
                    "hầu hết cổ tay.</p><p>Trầm hương thuộc Phụ lục II của Công ước CITES. "
                    "Vườn dó của cơ sở đã đăng ký với Cơ quan quản lý CITES Việt Nam; việc sản "
                    "phẩm được gửi đến nước bạn hay không, và cần giấy tờ gì, sẽ hiện ở bước "
                    "thanh toán.</p><p><b>Bảo quản:</b> tháo vòng khi tắm, bơi, rửa tay với xà "
                    "phòng; tránh nước hoa và hóa chất. Cất trong túi vải kèm theo khi không "
                    "đeo.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Khách hay hỏi vòng thơm được bao lâu. Tôi bảo: trầm thật thì càng "
                            "đeo càng lên nước, hương chỉ dịu đi chứ không mất."
                        ),
                        "name": "Trần Thị Mai",
                        "role": "Chủ cơ sở Trầm hương Phúc Trạch",
                    },
                ),
            ],
        },
        "en": {
            "title": "Phúc Trạch agarwood bead bracelet",
            "summary": (
                "A bracelet of hand-turned beads of cultivated agarwood with natural resin "
                "veining, on an elastic cord. 8, 10 or 12 mm beads."
            ),
            "body": [
                (
                    "text",
                    "<p>This bracelet is turned from the pieces with the finest <b>resin "
                    "veining</b> in the Mai family's Aquilaria garden. Each bead is turned and "
                    "polished by hand, with no lacquer and no added oil: the scent is the "
                    "natural agarwood resin, warming when the beads touch your skin and "
                    "quieting when they rest in their box. The dark veins in each bead are "
                    "resin that built up in the trunk over many years, so no two bracelets are "
                    "alike.</p><p>Three bead sizes: 8 mm (22 beads), 10 mm (19 beads) and 12 "
                    "mm (16 beads), strung on an elastic cord that fits most "
                    "wrists.</p><p>Agarwood is listed in Appendix II of CITES. The family's "
                    "plantation is registered with the CITES Management Authority of Vietnam; "
                    "whether this product can be sent to your country, and with which "
                    "documents, is shown at checkout.</p><p><b>Care:</b> take the bracelet off "
                    "to bathe, swim or wash your hands with soap; keep it away from perfume "
                    "and chemicals. Store it in the cloth pouch provided when not worn.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Customers ask how long the scent will last. I tell them: real "
                            "agarwood only gains lustre as you wear it; the scent softens but "
                            "never leaves."
                        ),
                        "name": "Trần Thị Mai",
                        "role": "Owner, Phúc Trạch Agarwood",
                    },
                ),
            ],
        },
    },
    "tram-huong-mieng": {
        "vi": {
            "title": "Trầm hương miếng xông Phúc Trạch",
            "summary": (
                "Miếng trầm hương dó bầu trồng, tách tay, dùng xông trên bếp điện hoặc than "
                "hoa. Gói 50 g."
            ),
            "body": [
                (
                    "text",
                    "<p>Trầm miếng là cách thưởng trầm lâu đời nhất: không đốt cháy, mà "
                    "<b>xông</b> — làm nóng từ từ để nhựa trầm tỏa hương. Những miếng trầm này "
                    "được tách bằng tay từ thân dó bầu trồng trong vườn gia đình chị Mai, phơi "
                    "khô, loại bỏ phần gỗ trắng, giữ lại những mảnh có vân nhựa sẫm.</p><p>Đặt "
                    "một mảnh nhỏ bằng móng tay lên bếp xông trầm điện ở nhiệt độ thấp, hoặc "
                    "trên tấm mica đặt trên than hoa đã phủ tro. Khi nóng lên, trầm tỏa hương "
                    "ngọt, ấm, thoảng mùi mật và gỗ; một mảnh có thể xông được vài lần. Không "
                    "đốt trực tiếp bằng lửa, vì lửa làm cháy nhựa và mất hương.</p><p>Trầm "
                    "hương thuộc Phụ lục II của Công ước CITES. Vườn dó của cơ sở đã đăng ký "
                    "với Cơ quan quản lý CITES Việt Nam; việc sản phẩm được gửi đến nước bạn "
                    "hay không, và cần giấy tờ gì, sẽ hiện ở bước thanh toán.</p><p>Bảo quản "
                    "trong hộp kín, nơi khô ráo.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Xông trầm cũng như pha trà: lửa nhỏ thì hương mới trong. Nóng quá "
                            "là chỉ còn mùi khói."
                        ),
                        "name": "Trần Thị Mai",
                        "role": "Chủ cơ sở Trầm hương Phúc Trạch",
                    },
                ),
            ],
        },
        "en": {
            "title": "Phúc Trạch agarwood chips for warming",
            "summary": (
                "Hand-split chips of cultivated agarwood for warming on an electric burner or "
                "on charcoal. 50 g pack."
            ),
            "body": [
                (
                    "text",
                    "<p>Chips are the oldest way to enjoy agarwood: not burned, but "
                    "<b>warmed</b> slowly so the resin releases its scent. These chips are "
                    "split by hand from Aquilaria trunks grown in the Mai family's garden, "
                    "dried, stripped of pale wood, keeping only the pieces with dark resin "
                    "veins.</p><p>Place a fingernail-sized piece on an electric agarwood "
                    "burner set low, or on a mica plate over ash-covered charcoal. As it "
                    "warms, the agarwood gives off a sweet, warm scent with hints of honey and "
                    "wood; one chip can be warmed several times. Do not set it alight, because "
                    "flame burns the resin and the scent is lost.</p><p>Agarwood is listed in "
                    "Appendix II of CITES. The family's plantation is registered with the "
                    "CITES Management Authority of Vietnam; whether this product can be sent "
                    "to your country, and with which documents, is shown at "
                    "checkout.</p><p>Store in a closed box somewhere dry.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Warming agarwood is like brewing tea: a low heat gives a clear "
                            "scent. Too hot and all you get is smoke."
                        ),
                        "name": "Trần Thị Mai",
                        "role": "Owner, Phúc Trạch Agarwood",
                    },
                ),
            ],
        },
    },
}
