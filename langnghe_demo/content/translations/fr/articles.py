"""Demo content in French: the news articles.

Translated from the Vietnamese originals in `langnghe_demo/content/articles/*.py`, block for
block; keyed by article slug.
"""

MAP_BAT_TRANG = "https://www.openstreetmap.org/?mlat=20.975&mlon=105.913#map=15/20.975/105.913"


ARTICLES: dict[str, dict] = {
    "phien-ket-noi-giao-thuong-mua-vai-thanh-ha-2026": {
        "title": (
            "Foire commerciale de la saison des litchis à Thanh Hà : les produits OCOP cherchent "
            "des acheteurs lointains"
        ),
        "intro": (
            "En pleine récolte des litchis, plus de 90 stands de produits agricoles et de produits "
            "OCOP venus de tout le nord du Vietnam se sont réunis dans la commune de Thanh Sơn, à "
            "Thanh Hà, pour rencontrer distributeurs, exportateurs et plateformes de vente en "
            "ligne."
        ),
        "body": [
            (
                "text",
                "<p>Le matin du 13 juin, le terrain de sport de Thanh Sơn s’est couvert de bâches "
                "vertes. La coopérative du litchi de Thanh Sơn et d’autres coopératives de la "
                "région y organisaient une foire commerciale de la saison des litchis, forte de "
                "plus de 90 stands : litchis frais et séchés, bananes séchées, miel, shampoings "
                "aux plantes, bois d’agar, céramique et vannerie. Environ un tiers des stands "
                "présentaient des produits classés OCOP 3 étoiles ou plus.</p><p>La foire "
                "s’inscrit dans le sillage du premier salon de mise en relation commerciale de "
                "l’artisanat organisé à Thanh Hà en novembre 2024, après le typhon Yagi, lorsque "
                "près de 600 entreprises et coopératives du Nord étaient venues y chercher des "
                "partenaires. Cette année, outre des distributeurs de Hà Nội, de Hải Phòng et de "
                "Bắc Ninh, étaient présents les représentants d’un importateur japonais et d’un "
                "importateur coréen ainsi que plusieurs vendeurs en ligne "
                "transfrontaliers.</p><h2>Du verger aux rayons étrangers</h2><p>Lors d’un "
                "séminaire organisé en marge de la foire, des exportateurs ont partagé leur "
                "expérience de l’emballage des litchis séchés pour les longs trajets maritimes, "
                "de l’étiquetage dans la langue du pays importateur et de la constitution des "
                "dossiers de traçabilité. De nombreux petits producteurs ont appris pour la "
                "première fois à tourner de courtes vidéos sur leurs produits pour les réseaux "
                "sociaux.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Les litchis frais se vendent pendant un mois. Les litchis séchés et la "
                        "chair de litchi séchée moelleuse se vendent toute l’année et voyagent "
                        "loin. Aujourd’hui, nous avons rencontré un acheteur japonais qui veut "
                        "essayer deux cents coffrets cadeaux pour la saison des cadeaux de fin "
                        "d’année."
                    ),
                    "name": "Phạm Văn Khánh",
                    "role": "Directeur de la coopérative du litchi de Thanh Sơn",
                },
            ),
            (
                "text",
                "<p>Des coopératives qui vendent sur Langnghe étaient également présentes : la "
                "coopérative apicole de Phượng Sơn a apporté le miel de litchi de la nouvelle "
                "récolte de Lục Ngạn, la société Mộc Lan a présenté son shampoing au bồ kết, et "
                "l’atelier de bois d’agar Phúc Trạch est venu de Hà Tĩnh avec son encens sans "
                "tige. Les organisateurs prévoient de tenir la foire chaque année à la saison des "
                "litchis.</p>",
            ),
        ],
    },
    "ngay-hoi-gom-bat-trang-2026": {
        "title": "Fête de la céramique de Bát Tràng 2026 : tout le village ouvre ses fours",
        "intro": (
            "Le temps d’un week-end, le village potier de Bát Tràng a accueilli des milliers de "
            "visiteurs, dont beaucoup venus de l’étranger, pour tourner des pots, peindre au bleu "
            "de cobalt et assister à l’ouverture d’un four."
        ),
        "body": [
            (
                "text",
                "<p>La fête de la céramique de Bát Tràng s’est tenue cette année les 26 et 27 "
                "septembre, le long de la rive du fleuve Rouge et autour du marché de la "
                "céramique. Plus de quarante ateliers du village ont ouvert leurs portes pour que "
                "les visiteurs puissent voir les potiers tourner, peindre et charger les fours. "
                "Les enfants faisaient la queue devant les tours pour façonner leur propre bol ; "
                "les adultes s’essayaient à peindre une tige de lotus au bleu de cobalt, sous "
                "l’œil d’un peintre chevronné.</p><p>Le temps fort est venu le dimanche "
                "après-midi avec l’<b>ouverture du four</b> : un four a été ouvert devant le "
                "public, les vases à glaçure craquelée encore tièdes ont été sortis, et les "
                "visiteurs pouvaient entendre la glaçure crépiter à mesure que la céramique "
                "refroidissait.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Les visiteurs étrangers finissent de peindre leur assiette et demandent "
                        "quand ils pourront la récupérer. Nous la cuisons et la leur envoyons par "
                        "la poste — voilà jusqu’où voyage aujourd’hui la céramique de Bát Tràng."
                    ),
                    "name": "Nguyễn Thị Thu Hằng",
                    "role": "Présidente de la coopérative céramique Lam Thủy",
                },
            ),
            (
                "village",
                {
                    "village": "Village potier de Bát Tràng",
                    "text": (
                        "Depuis le centre de Hà Nội, on peut rejoindre Bát Tràng en bus, à moto ou "
                        "en bateau sur le fleuve Rouge. Le marché de la céramique est ouvert tous "
                        "les jours."
                    ),
                    "map_url": MAP_BAT_TRANG,
                },
            ),
        ],
    },
    "tra-tan-cuong-lo-hang-dau-tien-sang-nhat-ban": {
        "title": "Le thé de Tân Cương de la coopérative Sương Mai part pour le Japon",
        "intro": (
            "Après près d’un an de préparation, la première expédition à l’export de la "
            "coopérative de thé Sương Mai — thé clou et thé noir — a quitté le port de Hải Phòng "
            "pour Osaka."
        ),
        "body": [
            (
                "text",
                "<p>Le matin du 2 octobre, 420 kg de thé de la coopérative de thé Sương Mai de "
                "Tân Cương ont été chargés dans un conteneur de groupage à Hải Phòng. L’acheteur "
                "est une boutique de thé d’Osaka spécialisée dans les thés d’Asie, qui a commandé "
                "du thé clou en boîtes métalliques et du thé noir de Thái Nguyên — un thé qui "
                "convient au goût des clients japonais pour le thé au lait et le thé de "
                "l’après-midi.</p><h2>Un an pour une expédition</h2><p>Le Japon applique une "
                "« liste positive » aux résidus de pesticides : toute substance sans limite "
                "spécifique n’est autorisée qu’à un niveau très faible. Pour s’y conformer, la "
                "coopérative a réservé des jardins de thé dédiés à l’export, tenu un carnet de "
                "culture pour chaque cueillette et envoyé des échantillons de chaque lot à un "
                "laboratoire accrédité. L’emballage porte des étiquettes en japonais indiquant le "
                "lieu de culture, la date de production et le mode de "
                "préparation.</p><p>Parallèlement, les particuliers au Japon peuvent commander le "
                "thé de Tân Cương sur Langnghe, avec des prix en yens, les taxes et frais "
                "d’importation étant affichés avant le paiement.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Les Japonais connaissent très bien le thé, alors nous étions anxieux. "
                        "Quand ils ont goûté le thé clou et demandé avec quel bois nous le "
                        "torréfions, j’ai su que Tân Cương s’était fait des amis."
                    ),
                    "name": "Vũ Thị Hạnh",
                    "role": "Directrice de la coopérative de thé Sương Mai",
                },
            ),
        ],
    },
}
