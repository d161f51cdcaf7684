"""Product stories: Vạn Phúc silk tie and cloud-silk fabric (Cơ sở Dệt lụa Phúc Hưng).

Keyed by product slug (catalogue/products*.py), then language code. The Vietnamese entry is
the original; the other languages translate it block for block (same block types in the same
order). Makers quoted are fictional, named as in catalogue/producers.py.
"""

STORIES: dict[str, dict[str, dict]] = {
    "ca-vat-lua-van-phuc": {
        "vi": {
            "title": "Cà vạt lụa tơ tằm dệt hoa lá trúc Vạn Phúc",
            "summary": (
                "Cà vạt 100% lụa tơ tằm, hoa văn lá trúc dệt chìm trên khung Jacquard. Màu "
                "xanh navy hoặc đỏ rượu vang."
            ),
            "body": [
                (
                    "text",
                    "<p>Lá trúc là hình ảnh của người quân tử trong văn hóa Việt: thẳng, mềm "
                    "mà không gãy. Trên chiếc cà vạt này, hoa văn lá trúc không in lên vải mà "
                    "được <b>dệt chìm</b> ngay trong tấm lụa — kỹ thuật lụa vân mà làng Vạn "
                    "Phúc nổi tiếng: cùng một màu sợi, nhưng kiểu dệt khác nhau làm hoa văn ẩn "
                    "hiện khi ánh sáng đổi góc.</p><p>Cà vạt bản 8 cm, may tay với lớp lót len "
                    "mỏng để giữ dáng và thắt nút gọn. Có hai màu: xanh navy và đỏ rượu vang, "
                    "hợp với sơ mi trắng hay xanh nhạt.</p><p>Sau khi dùng, hãy tháo nút và "
                    "treo cà vạt cho phẳng trở lại. Khi cần làm sạch, giặt khô; không giặt máy "
                    "và không là trực tiếp lên mặt lụa.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Nhìn thẳng thì chỉ thấy một màu xanh, nghiêng đi một chút thì lá "
                            "trúc hiện ra. Người đeo biết, người ngắm kỹ mới thấy."
                        ),
                        "name": "Đỗ Thị Hưng",
                        "role": "Chủ cơ sở Dệt lụa Phúc Hưng",
                    },
                ),
            ],
        },
        "en": {
            "title": "Vạn Phúc silk tie with woven bamboo-leaf pattern",
            "summary": (
                "A 100% mulberry silk tie with a bamboo-leaf pattern woven into the fabric on "
                "a Jacquard loom. Navy or burgundy."
            ),
            "body": [
                (
                    "text",
                    "<p>In Vietnamese culture the bamboo leaf stands for the person of "
                    "integrity: upright, flexible, never breaking. On this tie the bamboo "
                    "leaves are not printed but <b>woven into</b> the silk — the “cloud silk” "
                    "technique Vạn Phúc is famous for: the yarn is a single colour, but "
                    "changes in the weave make the pattern appear and disappear as the light "
                    "shifts.</p><p>The tie is 8 cm wide, hand-sewn with a light wool "
                    "interlining that keeps its shape and ties a neat knot. Two colours: navy "
                    "and burgundy, good with a white or pale blue shirt.</p><p>After wearing, "
                    "untie it and hang it up so it relaxes flat. To clean, dry-clean only; do "
                    "not machine-wash or iron directly on the silk.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Look straight at it and you see only navy; tilt it a little and "
                            "the bamboo leaves appear. The wearer knows, and only those who "
                            "look closely will see."
                        ),
                        "name": "Đỗ Thị Hưng",
                        "role": "Owner, Phúc Hưng silk weaving workshop",
                    },
                ),
            ],
        },
    },
    "lua-van-to-tam-2m": {
        "vi": {
            "title": "Lụa vân tơ tằm Vạn Phúc khổ 90 cm (tấm 2 m)",
            "summary": (
                "Tấm lụa vân 100% tơ tằm dài 2 m, khổ 90 cm, màu ngà hoặc nâu nhuộm củ nâu, để "
                "may áo dài, áo sơ mi, khăn hay đồ trang trí."
            ),
            "body": [
                (
                    "text",
                    "<p><i>Lụa vân</i> là loại lụa có hoa văn dệt chìm như vân mây — mặt vải "
                    "trơn một màu, nhưng khi ánh sáng lướt qua, những cánh hoa, vòng mây hiện "
                    "lên mờ mờ. Đây là loại lụa làm nên danh tiếng Vạn Phúc, xưa kia dành may "
                    "áo cho các gia đình khá giả ở kinh thành.</p><p>Tấm lụa dài 2 m, khổ 90 "
                    "cm, đủ may một chiếc áo sơ mi, váy ngắn hoặc khăn choàng lớn. Bản ngà giữ "
                    "màu tơ tự nhiên; bản nâu được nhuộm bằng <b>củ nâu</b> — loại củ rừng "
                    "người Bắc Bộ xưa vẫn dùng nhuộm áo nâu — nên màu trầm, ấm và hơi khác "
                    "nhau giữa các mẻ.</p><p>Nên giặt thử một mẩu vải trước khi cắt may; giặt "
                    "tay nước lạnh, phơi trong bóng râm.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Nhuộm củ nâu",
                        "steps": [
                            {
                                "title": "Giã củ",
                                "text": "Củ nâu được gọt vỏ, giã nhỏ và lọc lấy nước màu đỏ sẫm.",
                                "duration": "nửa ngày",
                            },
                            {
                                "title": "Ngâm và phơi",
                                "text": (
                                    "Lụa được ngâm nước củ nâu rồi phơi nắng, lặp lại nhiều "
                                    "lượt cho màu lên đều."
                                ),
                                "duration": "4–6 ngày",
                            },
                            {
                                "title": "Giặt và hãm màu",
                                "text": (
                                    "Lụa được giặt sạch nước thừa, hãm màu, phơi khô và cuộn tấm."
                                ),
                                "duration": "1 ngày",
                            },
                        ],
                    },
                ),
            ],
        },
        "en": {
            "title": "Vạn Phúc “cloud” mulberry silk, 90 cm wide (2 m length)",
            "summary": (
                "A 2 m length of 100% mulberry “cloud” silk, 90 cm wide, in ivory or củ nâu "
                "yam brown, for an áo dài, a shirt, a scarf or home décor."
            ),
            "body": [
                (
                    "text",
                    "<p><i>Lụa vân</i>, “cloud silk”, has a pattern woven into it like "
                    "drifting clouds — the surface is plain and single-coloured, but when "
                    "light glances across it, petals and cloud scrolls appear faintly. This is "
                    "the silk that made Vạn Phúc's name, once reserved for clothing wealthy "
                    "families in the capital.</p><p>The length is 2 m by 90 cm, enough for a "
                    "shirt, a short skirt or a large shawl. The ivory keeps the natural colour "
                    "of the silk; the brown is dyed with <b>củ nâu</b> — a wild yam that "
                    "northern Vietnamese once used to dye their everyday brown clothes — so "
                    "the colour is deep and warm and varies a little between "
                    "batches.</p><p>Test-wash a small piece before cutting; hand-wash in cold "
                    "water and dry in the shade.</p>",
                ),
                (
                    "process",
                    {
                        "title": "Dyeing with củ nâu",
                        "steps": [
                            {
                                "title": "Pounding the yam",
                                "text": (
                                    "The yam is peeled and pounded, and the dark red liquid is "
                                    "strained off."
                                ),
                                "duration": "half a day",
                            },
                            {
                                "title": "Soaking and sunning",
                                "text": (
                                    "The silk is soaked in the yam liquid and dried in the "
                                    "sun, many times over, for an even colour."
                                ),
                                "duration": "4–6 days",
                            },
                            {
                                "title": "Rinsing and fixing",
                                "text": (
                                    "Excess dye is rinsed out, the colour is fixed, and the "
                                    "silk is dried and rolled."
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
