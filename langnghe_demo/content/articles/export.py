"""News article. Export: a Tân Cương tea cooperative's first shipment to Japan.

One news article: slug, ISO date and per-language title, plain-text intro and body blocks.
Vietnamese is the original.
"""

ARTICLE: dict = {
    "slug": "tra-tan-cuong-lo-hang-dau-tien-sang-nhat-ban",
    "date": "2026-10-05",
    "vi": {
        "title": "Trà Tân Cương của Hợp tác xã Sương Mai lên đường sang Nhật Bản",
        "intro": (
            "Sau gần một năm chuẩn bị, lô hàng xuất khẩu đầu tiên của Hợp tác xã Trà Sương Mai "
            "— trà đinh và hồng trà — đã rời cảng Hải Phòng đến Osaka."
        ),
        "body": [
            (
                "text",
                "<p>Sáng 2/10, 420 kg trà của Hợp tác xã Trà Sương Mai Tân Cương đã được đóng "
                "vào container hàng ghép tại Hải Phòng. Người mua là một cửa hàng trà ở Osaka "
                "chuyên các loại trà châu Á, đặt trà đinh đựng hộp thiếc và hồng trà Thái "
                "Nguyên — loại trà đen hợp với thói quen uống trà sữa và trà chiều của khách "
                "Nhật.</p><h2>Một năm cho một lô hàng</h2><p>Nhật Bản áp dụng “danh sách khẳng "
                "định” với dư lượng thuốc bảo vệ thực vật: chất nào không có mức giới hạn "
                "riêng thì chỉ được phép ở mức rất thấp. Để đáp ứng, hợp tác xã đã khoanh vùng "
                "riêng những nương chè dành cho xuất khẩu, ghi nhật ký canh tác từng lứa hái "
                "và gửi mẫu từng lô đến phòng thí nghiệm được công nhận. Bao bì được in nhãn "
                "tiếng Nhật, ghi rõ nơi trồng, ngày sản xuất và cách pha.</p><p>Cùng lúc, "
                "khách lẻ ở Nhật Bản có thể đặt chè Tân Cương trên Làng Nghề, với giá tính "
                "bằng yên và thuế, phí nhập khẩu hiện rõ trước khi thanh toán.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Người Nhật rất hiểu trà, nên chúng tôi hồi hộp lắm. Khi họ nếm trà "
                        "đinh và hỏi chè sao bằng củi gì, tôi biết Tân Cương đã có bạn."
                    ),
                    "name": "Vũ Thị Hạnh",
                    "role": "Giám đốc Hợp tác xã Trà Sương Mai",
                },
            ),
        ],
    },
    "en": {
        "title": "Sương Mai cooperative's Tân Cương tea sets off for Japan",
        "intro": (
            "After nearly a year of preparation, the first export shipment of the Sương Mai "
            "Tea Cooperative — nail tea and black tea — has left Hải Phòng port for Osaka."
        ),
        "body": [
            (
                "text",
                "<p>On the morning of 2 October, 420 kg of tea from the Sương Mai Tân Cương "
                "Tea Cooperative was loaded into a consolidated container in Hải Phòng. The "
                "buyer is an Osaka tea shop specialising in Asian teas, which ordered nail tea "
                "in tins and Thái Nguyên black tea — a tea that suits Japanese customers' "
                "taste for milk tea and afternoon tea.</p><h2>A year for one "
                "shipment</h2><p>Japan applies a “positive list” to pesticide residues: any "
                "substance without its own limit is allowed only at a very low level. To meet "
                "it, the cooperative set aside dedicated export tea gardens, kept a "
                "cultivation log for every picking and sent samples of every lot to an "
                "accredited laboratory. The packaging carries Japanese labels stating where "
                "the tea was grown, the production date and how to brew it.</p><p>At the same "
                "time, shoppers in Japan can order Tân Cương tea on Langnghe, priced in yen, "
                "with import taxes and fees shown before they pay.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "The Japanese know tea very well, so we were nervous. When they tasted "
                        "the nail tea and asked what wood we fire it with, I knew Tân Cương "
                        "had made friends."
                    ),
                    "name": "Vũ Thị Hạnh",
                    "role": "Director, Sương Mai Tea Cooperative",
                },
            ),
        ],
    },
    "ja": {
        "title": "スオンマイ協同組合のタンクオン茶、日本へ出航",
        "intro": (
            "約1年の準備を経て、スオンマイ茶協同組合の初の輸出貨物となる芽茶と紅茶が、ハイフォ"
            "ン港から大阪へ向けて出発しました。"
        ),
        "body": [
            (
                "text",
                "<p>10月2日朝、スオンマイ・タンクオン茶協同組合のお茶420 kgが、ハイフォンで混載"
                "コンテナに積み込まれました。買い手はアジアのお茶を専門に扱う大阪の茶店で、缶入"
                "りの芽茶（チャー・ディン）とタイグエン紅茶を注文しました。紅茶は、ミルクティー"
                "やアフタヌーンティーを楽しむ日本のお客様の好みに合うお茶です。</p><h2>一度の出"
                "荷に1年</h2><p>日本では残留農薬にポジティブリスト制度が適用され、個別の基準値"
                "がない物質はごく低い一律基準までしか認められません。これに対応するため、組合は"
                "輸出専用の茶畑を区分し、摘み取りごとに栽培記録をつけ、ロットごとのサンプルを認"
                "定検査機関に送りました。包装には日本語のラベルを付け、産地、製造日、淹れ方を明"
                "記しています。</p><p>同時に、日本のお客様もLangngheでタンクオン茶をご注文いた"
                "だけるようになりました。価格は円で表示され、輸入にかかる税金や手数料もお支払い"
                "前に確認できます。</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "日本の方はお茶をとてもよくご存じなので、とても緊張しました。芽茶を味わ"
                        "って、どんな薪で炒っているのかと聞かれたとき、タンクオンに友人ができた"
                        "と思いました。"
                    ),
                    "name": "ヴー・ティ・ハイン",
                    "role": "スオンマイ茶協同組合 理事長",
                },
            ),
        ],
    },
}
