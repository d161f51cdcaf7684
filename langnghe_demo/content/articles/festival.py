"""News article. Craft-village festival: the Bát Tràng pottery festival.

One news article: slug, ISO date and per-language title, plain-text intro and body blocks.
Vietnamese is the original.
"""

MAP_BAT_TRANG = "https://www.openstreetmap.org/?mlat=20.975&mlon=105.913#map=15/20.975/105.913"

ARTICLE: dict = {
    "slug": "ngay-hoi-gom-bat-trang-2026",
    "date": "2026-09-28",
    "vi": {
        "title": "Ngày hội gốm Bát Tràng 2026: cả làng mở cửa lò",
        "intro": (
            "Hai ngày cuối tuần, làng gốm Bát Tràng đón hàng nghìn khách đến nặn gốm, vẽ men "
            "lam và xem mở lò, trong đó có nhiều du khách nước ngoài."
        ),
        "body": [
            (
                "text",
                "<p>Ngày hội gốm Bát Tràng năm nay diễn ra ngày 26 và 27/9 dọc bờ sông Hồng và "
                "quanh chợ gốm. Hơn bốn mươi xưởng trong làng mở cửa cho khách vào xem thợ "
                "vuốt phôi, vẽ men và nạp lò. Trẻ em xếp hàng dài trước những chiếc bàn xoay "
                "để tự tay nặn một chiếc bát; người lớn thử vẽ một cành sen bằng men lam dưới "
                "sự hướng dẫn của thợ vẽ lành nghề.</p><p>Điểm nhấn của ngày hội là phần <b>mở "
                "lò</b> vào chiều chủ nhật: một lò nung được mở trước khách, những chiếc lọ "
                "men rạn còn ấm được bê ra, và khách có thể nghe tiếng men rạn lách tách khi "
                "gốm nguội dần.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Khách nước ngoài vẽ xong chiếc đĩa của mình thì hỏi bao giờ lấy được. "
                        "Chúng tôi nung xong sẽ gửi qua bưu điện — gốm Bát Tràng giờ đi xa như "
                        "thế."
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
                        "Từ trung tâm Hà Nội, khách có thể đến Bát Tràng bằng xe buýt, xe máy "
                        "hoặc đi thuyền trên sông Hồng. Chợ gốm mở cửa hằng ngày."
                    ),
                    "map_url": MAP_BAT_TRANG,
                },
            ),
        ],
    },
    "en": {
        "title": "Bát Tràng Pottery Festival 2026: the whole village opens its kilns",
        "intro": (
            "Over one weekend, the pottery village of Bát Tràng welcomed thousands of "
            "visitors, many from abroad, to throw pots, paint in cobalt blue and watch a kiln "
            "being opened."
        ),
        "body": [
            (
                "text",
                "<p>This year's Bát Tràng Pottery Festival took place on 26 and 27 September "
                "along the Red River bank and around the pottery market. More than forty "
                "workshops opened their doors so visitors could watch potters throwing, "
                "painting and loading kilns. Children queued at the wheels to make a bowl of "
                "their own; adults tried painting a lotus stem in cobalt blue under the eye of "
                "an experienced painter.</p><p>The highlight came on Sunday afternoon with the "
                "<b>kiln opening</b>: a kiln was unsealed in front of the crowd, still-warm "
                "crackle-glaze vases were carried out, and visitors could hear the glaze "
                "ticking as the pottery cooled.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Foreign visitors finish painting their plate and ask when they can "
                        "collect it. We fire it and post it to them — that's how far Bát Tràng "
                        "pottery travels now."
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
                        "From central Hà Nội you can reach Bát Tràng by bus, by motorbike or "
                        "by boat on the Red River. The pottery market is open every day."
                    ),
                    "map_url": MAP_BAT_TRANG,
                },
            ),
        ],
    },
    "ja": {
        "title": "バッチャン陶器祭り2026：村じゅうの窯が扉を開く",
        "intro": (
            "週末の2日間、陶器の村バッチャンに数千人が訪れ、海外からの観光客も多数、ろくろ体験"
            "や藍の絵付け、窯出しの見学を楽しみました。"
        ),
        "body": [
            (
                "text",
                "<p>今年のバッチャン陶器祭りは9月26日と27日、紅河の岸辺と陶器市場の周辺で開かれ"
                "ました。村の40以上の工房が扉を開き、訪問者はろくろ挽き、絵付け、窯詰めの様子を"
                "見学できました。子どもたちは自分の茶碗をつくろうとろくろの前に長い列をつくり、"
                "大人たちは熟練の絵付け師の指導のもと、藍で蓮の枝を描くことに挑戦しました。"
                "</p><p>祭りのハイライトは日曜午後の<b>窯出し</b>です。見物客の前で窯が開けら"
                "れ、まだ温かい貫入釉の花瓶が運び出されると、冷めていく器から釉にひびが入るかす"
                "かな音が聞こえました。</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "海外のお客様は自分のお皿を描き終えると、いつ受け取れるのかと聞きます。"
                        "焼き上がったら郵便でお送りするんです。バッチャン焼は今、そんなに遠くま"
                        "で旅をしています。"
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
                        "ハノイ中心部からバッチャンへは、バス、バイク、または紅河を行く船で行く"
                        "ことができます。陶器市場は毎日開いています。"
                    ),
                    "map_url": MAP_BAT_TRANG,
                },
            ),
        ],
    },
}
