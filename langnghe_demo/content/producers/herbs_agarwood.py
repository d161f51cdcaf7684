"""Producer pages: Mộc Lan herbal cosmetics and Phúc Trạch agarwood.

Keyed by producer slug (catalogue/producers.py), then language code: the producer page's
title, a plain-text intro and its body blocks. Vietnamese is the original.
"""

MAP_LUC_NAM = "https://www.openstreetmap.org/?mlat=21.218&mlon=106.473#map=13/21.218/106.473"

PRODUCERS: dict[str, dict[str, dict]] = {
    "cong-ty-thao-moc-moc-lan": {
        "vi": {
            "title": "Công ty TNHH Thảo mộc Mộc Lan",
            "intro": (
                "Dầu gội và xà phòng nấu từ bồ kết, vỏ bưởi, hương nhu và cỏ mần trầu trồng ở "
                "vùng dược liệu Lục Nam, theo bài gội đầu của phụ nữ vùng núi. Không paraben, "
                "không silicone. OCOP 4 sao năm 2023."
            ),
            "body": [
                (
                    "text",
                    "<p>Chị Lê Thị Lan lớn lên ở xã Trường Sơn, nơi bà ngoại chị hái lá thuốc "
                    "trên đồi và đun nước gội cho cả nhà. Sau mười năm làm dược sĩ ở thành "
                    "phố, chị về quê lập Mộc Lan, thuê đất trồng bồ kết, hương nhu, cỏ mần "
                    "trầu và thu mua vỏ bưởi của các nhà vườn quanh xã.</p><p>Xưởng nấu, chưng "
                    "cất và đóng chai ngay tại xã; mỗi mẻ đều được kiểm nghiệm vi sinh và có "
                    "hồ sơ công bố mỹ phẩm. Công ty hiện có mười hai nhân viên, phần lớn là "
                    "phụ nữ trong xã.</p>",
                ),
                (
                    "village",
                    {
                        "village": "Vùng dược liệu Lục Nam",
                        "text": (
                            "Xã Trường Sơn, Lục Nam, nay thuộc tỉnh Bắc Ninh (trước đây Bắc "
                            "Giang), là vùng đồi núi nhiều cây thuốc nam."
                        ),
                        "map_url": MAP_LUC_NAM,
                    },
                ),
            ],
        },
        "en": {
            "title": "Mộc Lan Herbal Company",
            "intro": (
                "Shampoos and soaps brewed from soap pods, pomelo peel, clove basil and "
                "goosegrass grown in the Lục Nam herb country, following the hair-washing "
                "recipes of the women of the hills. No parabens, no silicones. OCOP 4 stars "
                "(2023)."
            ),
            "body": [
                (
                    "text",
                    "<p>Lê Thị Lan grew up in Trường Sơn commune, where her grandmother "
                    "gathered herbs on the hills and boiled hair-washing water for the whole "
                    "family. After ten years as a pharmacist in the city, she came home to "
                    "found Mộc Lan, leasing land to grow soap-pod trees, clove basil and "
                    "goosegrass and buying pomelo peel from growers around the "
                    "commune.</p><p>Brewing, distilling and bottling all happen in the "
                    "commune; every batch is tested for microbes and registered under "
                    "Vietnam's cosmetics notification rules. The company has twelve staff, "
                    "most of them women from the commune.</p>",
                ),
                (
                    "village",
                    {
                        "village": "Lục Nam herb country",
                        "text": (
                            "Trường Sơn commune, Lục Nam, now in Bắc Ninh province (formerly "
                            "Bắc Giang), is hill country rich in medicinal plants."
                        ),
                        "map_url": MAP_LUC_NAM,
                    },
                ),
            ],
        },
        "ja": {
            "title": "モックラン・ハーブ社",
            "intro": (
                "ルックナムの薬草産地で育てたボーケット、ザボンの皮、クローブバジル、オヒシバを"
                "煮出し、山地の女性たちの洗髪のレシピでつくるシャンプーと石けん。パラベン・シリ"
                "コン不使用。2023年OCOP 4つ星認定。"
            ),
            "body": [
                (
                    "text",
                    "<p>レー・ティ・ランさんはチュオンソン村で育ちました。祖母が丘で薬草を摘"
                    "み、家族みんなのために洗髪用の煮汁を沸かしてくれた村です。都会で10年間薬剤"
                    "師として働いたあと故郷に戻ってモックランを設立し、土地を借りてボーケット、"
                    "クローブバジル、オヒシバを育て、村の農家からザボンの皮を買い取っています。"
                    "</p><p>煮出し、蒸留、充填はすべて村の工房で行い、ロットごとに微生物検査を"
                    "して、ベトナムの化粧品届出制度に登録しています。従業員は12人で、その多くが"
                    "村の女性です。</p>",
                ),
                (
                    "village",
                    {
                        "village": "ルックナムの薬草産地",
                        "text": (
                            "ルックナムのチュオンソン村は現在バクニン省（旧バクザン省）に属し、"
                            "薬草の豊かな丘陵地です。"
                        ),
                        "map_url": MAP_LUC_NAM,
                    },
                ),
            ],
        },
    },
    "tram-huong-phuc-trach-huong-khe": {
        "vi": {
            "title": "Cơ sở Trầm hương Phúc Trạch",
            "intro": (
                "Trầm hương từ cây dó bầu trồng trong vườn nhà ở Hương Khê, Hà Tĩnh, tạo trầm "
                "trên cây hơn mười năm. Nhang và nụ trầm làm thủ công, không tăm tre, không "
                "hóa chất tạo mùi. OCOP 3 sao năm 2024."
            ),
            "body": [
                (
                    "text",
                    "<p>Gia đình chị Trần Thị Mai trồng những cây dó bầu đầu tiên từ hơn hai "
                    "mươi năm trước, xen giữa vườn bưởi Phúc Trạch. Cây được tạo trầm khi đủ "
                    "lớn rồi để yên hơn mười năm; mỗi năm gia đình chỉ khai thác vài cây, phần "
                    "còn lại để dành cho những mùa sau.</p><p>Vườn dó đã đăng ký với Cơ quan "
                    "quản lý CITES Việt Nam, vì trầm hương thuộc Phụ lục II của Công ước "
                    "CITES. Cơ sở làm nhang không tăm, nụ trầm, vòng tay và trầm miếng, tất cả "
                    "bằng tay.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Người ta hay hỏi trầm thật hay trầm giả. Tôi mời khách về vườn, "
                            "xem cây, xem vết tạo trầm, rồi tự đốt một que nhang."
                        ),
                        "name": "Trần Thị Mai",
                        "role": "Chủ cơ sở",
                    },
                ),
            ],
        },
        "en": {
            "title": "Phúc Trạch Agarwood",
            "intro": (
                "Agarwood from Aquilaria trees grown in the family garden in Hương Khê, Hà "
                "Tĩnh, left to form agarwood on the tree for more than ten years. Hand-made "
                "incense and cones, with no bamboo core and no synthetic fragrance. OCOP 3 "
                "stars (2024)."
            ),
            "body": [
                (
                    "text",
                    "<p>Trần Thị Mai's family planted their first Aquilaria trees more than "
                    "twenty years ago, between the Phúc Trạch pomelo trees. Once a tree is big "
                    "enough it is induced to form agarwood and then left alone for over a "
                    "decade; the family harvests only a few trees each year and keeps the rest "
                    "for seasons to come.</p><p>The plantation is registered with the CITES "
                    "Management Authority of Vietnam, because agarwood is listed in Appendix "
                    "II of CITES. The workshop makes bamboo-free incense, cones, bracelets and "
                    "chips, all by hand.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "People often ask whether agarwood is real or fake. I invite them "
                            "to the garden to see the trees and the wounds where the agarwood "
                            "forms, and then to light a stick themselves."
                        ),
                        "name": "Trần Thị Mai",
                        "role": "Owner",
                    },
                ),
            ],
        },
        "ja": {
            "title": "フックチャック沈香工房",
            "intro": (
                "ハティン省フオンケーの自家の庭で育てたジンコウの木から、10年以上かけて木の上で"
                "育てた沈香。竹芯なし、合成香料不使用の線香とコーン香を手づくりしています。2024"
                "年OCOP 3つ星認定。"
            ),
            "body": [
                (
                    "text",
                    "<p>チャン・ティ・マイさんの家族は20年以上前、フックチャック・ザボンの木の"
                    "合間に最初のジンコウの木を植えました。十分に育った木に沈香をつくらせ、その"
                    "後10年以上そっとしておきます。毎年収穫するのは数本だけで、残りは将来の季節"
                    "のためにとっておきます。</p><p>沈香はワシントン条約（CITES）附属書IIに掲載"
                    "されているため、植林地はベトナムのCITES管理当局に登録されています。工房で"
                    "は竹芯なしの線香、コーン香、ブレスレット、香木を、すべて手作業でつくってい"
                    "ます。</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "本物の沈香か偽物か、とよく聞かれます。お客様には庭に来ていただい"
                            "て、木と沈香ができる傷あとを見てもらい、ご自分で線香を一本焚いても"
                            "らうんです。"
                        ),
                        "name": "チャン・ティ・マイ",
                        "role": "工房主",
                    },
                ),
            ],
        },
    },
}
