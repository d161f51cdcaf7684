"""Index page titles and intros per language: the all-products listing ("shop"), the makers
index ("makers"), the news index ("news") and one listing per top-level category slug of
catalogue/categories.py. Every content language of config.settings.LANGUAGES is present.
"""

SECTIONS: dict[str, dict[str, str]] = {
    "shop": {
        "vi": "Sản phẩm",
        "en": "Shop",
        "ja": "商品一覧",
        "ko": "상품",
        "fr": "Boutique",
        "de": "Shop",
        "zh-hans": "全部商品",
    },
    "makers": {
        "vi": "Làng nghề & nghệ nhân",
        "en": "Makers & villages",
        "ja": "工房と村",
        "ko": "장인과 마을",
        "fr": "Artisans et villages",
        "de": "Werkstätten & Dörfer",
        "zh-hans": "匠人与工艺村",
    },
    "news": {
        "vi": "Tin tức",
        "en": "News",
        "ja": "ニュース",
        "ko": "소식",
        "fr": "Actualités",
        "de": "Neuigkeiten",
        "zh-hans": "新闻",
    },
    "gom-su": {
        "vi": "Gốm sứ",
        "en": "Ceramics",
        "ja": "陶磁器",
        "ko": "도자기",
        "fr": "Céramique",
        "de": "Keramik",
        "zh-hans": "陶瓷",
    },
    "may-tre-dan": {
        "vi": "Mây tre đan",
        "en": "Bamboo & rattan",
        "ja": "竹・籐細工",
        "ko": "대나무·등나무 공예",
        "fr": "Bambou et rotin",
        "de": "Bambus & Rattan",
        "zh-hans": "竹藤编织",
    },
    "son-mai": {
        "vi": "Sơn mài",
        "en": "Lacquerware",
        "ja": "漆器",
        "ko": "칠기",
        "fr": "Laques",
        "de": "Lackkunst",
        "zh-hans": "漆器",
    },
    "lua-det-may": {
        "vi": "Lụa & dệt may",
        "en": "Silk & textiles",
        "ja": "シルク・織物",
        "ko": "실크·직물",
        "fr": "Soie et textiles",
        "de": "Seide & Textilien",
        "zh-hans": "丝绸与织物",
    },
    "do-go": {
        "vi": "Đồ gỗ",
        "en": "Woodwork",
        "ja": "木工品",
        "ko": "목공예",
        "fr": "Objets en bois",
        "de": "Holzarbeiten",
        "zh-hans": "木制品",
    },
    "thuc-pham": {
        "vi": "Thực phẩm",
        "en": "Food",
        "ja": "食品",
        "ko": "식품",
        "fr": "Épicerie",
        "de": "Lebensmittel",
        "zh-hans": "食品",
    },
    "thao-duoc-my-pham": {
        "vi": "Thảo dược & mỹ phẩm",
        "en": "Herbal & cosmetics",
        "ja": "ハーブ・コスメ",
        "ko": "허브·화장품",
        "fr": "Herbes et cosmétiques",
        "de": "Kräuter & Kosmetik",
        "zh-hans": "草本与护理",
    },
    "tram-huong-nhang": {
        "vi": "Trầm hương & nhang",
        "en": "Incense & agarwood",
        "ja": "沈香・お香",
        "ko": "침향·향",
        "fr": "Encens et bois d'agar",
        "de": "Räucherwerk & Adlerholz",
        "zh-hans": "沉香与香",
    },
}

SECTIONS_INTRO: dict[str, dict[str, str]] = {
    "shop": {
        "vi": "Hàng thủ công và đặc sản OCOP từ các làng nghề Việt Nam, gửi thẳng từ nơi làm ra.",
        "en": (
            "Crafts and OCOP specialities from Vietnam's craft villages, shipped from where "
            "they are made."
        ),
        "ja": (
            "ベトナムの工芸村から届く手仕事とOCOP認定の特産品。つくられた場所から直接お送りします。"
        ),
        "ko": "베트남 공예 마을의 수공예품과 OCOP 특산품을 만든 곳에서 바로 보내 드립니다.",
        "fr": (
            "Artisanat et spécialités OCOP des villages de métiers du Vietnam, expédiés depuis "
            "leur lieu de fabrication."
        ),
        "de": (
            "Handwerk und OCOP-Spezialitäten aus Vietnams Handwerksdörfern, direkt vom Ort "
            "ihrer Herstellung verschickt."
        ),
        "zh-hans": "来自越南手工艺村的手工艺品和OCOP特产，从产地直接发货。",
    },
    "makers": {
        "vi": "Gặp những hợp tác xã, hộ gia đình và nghệ nhân đứng sau từng sản phẩm.",
        "en": "Meet the cooperatives, families and artisans behind every product.",
        "ja": "ひとつひとつの品の向こうにいる協同組合、家族、職人を紹介します。",
        "ko": "모든 상품 뒤에 있는 협동조합과 가족, 장인을 만나 보세요.",
        "fr": "Découvrez les coopératives, les familles et les artisans derrière chaque produit.",
        "de": (
            "Lernen Sie die Genossenschaften, Familien und Kunsthandwerker hinter jedem "
            "Produkt kennen."
        ),
        "zh-hans": "认识每件商品背后的合作社、家庭作坊和匠人。",
    },
    "news": {
        "vi": "Hội chợ, lễ hội làng nghề và những chuyến hàng đầu tiên ra thế giới.",
        "en": "Trade fairs, craft-village festivals and first shipments abroad.",
        "ja": "見本市、工芸村の祭り、そして世界への初出荷のニュース。",
        "ko": "박람회, 공예 마을 축제, 그리고 첫 해외 수출 소식.",
        "fr": "Salons, fêtes des villages de métiers et premières expéditions à l'étranger.",
        "de": "Messen, Feste der Handwerksdörfer und erste Lieferungen ins Ausland.",
        "zh-hans": "展销会、手工艺村节庆以及首批出口的消息。",
    },
}
