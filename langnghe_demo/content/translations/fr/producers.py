"""Demo content in French: the producer pages (ten workshops, cooperatives and family businesses).

Translated from the Vietnamese originals in `langnghe_demo/content/producers/*.py`, block for
block; the quoted contacts keep their Vietnamese names.
"""

MAP_PHU_VINH = "https://www.openstreetmap.org/?mlat=20.944&mlon=105.684#map=15/20.944/105.684"
MAP_HA_THAI = "https://www.openstreetmap.org/?mlat=20.887&mlon=105.853#map=15/20.887/105.853"
MAP_SON_DONG = "https://www.openstreetmap.org/?mlat=21.043&mlon=105.706#map=15/21.043/105.706"
MAP_THANH_HA = "https://www.openstreetmap.org/?mlat=20.918&mlon=106.405#map=14/20.918/106.405"
MAP_TAN_CUONG = "https://www.openstreetmap.org/?mlat=21.567&mlon=105.756#map=14/21.567/105.756"
MAP_LUC_NAM = "https://www.openstreetmap.org/?mlat=21.218&mlon=106.473#map=13/21.218/106.473"


PRODUCERS: dict[str, dict] = {
    "htx-gom-su-lam-thuy-bat-trang": {
        "title": "Coopérative céramique Lam Thủy de Bát Tràng",
        "intro": (
            "Une coopérative de 38 familles de potiers de Bát Tràng, spécialisée dans la céramique "
            "bleue peinte à la main et la glaçure craquelée à l’ancienne. OCOP 4 étoiles (2023) ; "
            "chaque pièce porte une étiquette QR de traçabilité."
        ),
        "body": [
            (
                "text",
                "<p>Lam Thủy est née le jour où les familles de potiers d’un même quartier ont "
                "décidé de vendre ensemble : un acheteur étranger ne peut pas signer un contrat "
                "avec chaque foyer, mais il peut en signer un avec une coopérative. Chaque "
                "famille garde son four et son atelier et se partage les étapes du travail — "
                "l’une tourne, l’autre peint, une troisième cuit — tandis que la coopérative se "
                "charge du contrôle qualité, de l’emballage et des formalités "
                "d’exportation.</p><p>Les pièces sont façonnées au tour et dans des moules en "
                "plâtre, peintes à la main trait après trait, puis cuites à 1 250–1 300 °C. La "
                "coopérative réalise aussi des modèles sur mesure pour les restaurants et les "
                "boutiques de cadeaux.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "La céramique de notre village est belle parce que chaque famille garde "
                        "son propre savoir-faire. La coopérative n’est que le pont qui permet à "
                        "ces savoir-faire d’aller plus loin."
                    ),
                    "name": "Nguyễn Thị Thu Hằng",
                    "role": "Présidente de la coopérative",
                },
            ),
        ],
    },
    "may-tre-dan-trong-nghia-phu-vinh": {
        "title": "Vannerie de rotin et de bambou Trọng Nghĩa, Phú Vinh",
        "intro": (
            "Trois générations d’une même famille tressent le rotin et le bambou giang à Phú Vinh, "
            "Chương Mỹ. OCOP 4 étoiles (2022) ; tailles et modèles sur mesure pour les hôtels et "
            "les boutiques de décoration."
        ),
        "body": [
            (
                "text",
                "<p>Dans la cour de M. Nguyễn Trọng Nghĩa, le grand-père affine les brins, les "
                "parents tressent le corps des paniers et son épouse s’occupe des finitions et de "
                "l’emballage. Le rotin est refendu, affiné et séché naturellement au soleil, puis "
                "traité contre la moisissure avant le tressage : les marchandises ne moisissent "
                "pas, même après de longues traversées en conteneur.</p><p>Outre les paniers, "
                "plateaux, paniers de marché et fauteuils vendus ici, l’atelier tresse sur plan "
                "des abat-jour, des paravents et des paniers décoratifs pour les hôtels et les "
                "boutiques de décoration ; le délai est établi pour chaque modèle.</p>",
            ),
            (
                "village",
                {
                    "village": "Village du rotin et du bambou de Phú Vinh",
                    "text": (
                        "Phú Vinh se trouve dans la commune de Phú Nghĩa, à Chương Mỹ, à l’ouest "
                        "de Hà Nội — l’un des villages de vannerie de rotin et de bambou les plus "
                        "anciens et les plus raffinés du nord du Vietnam."
                    ),
                    "map_url": MAP_PHU_VINH,
                },
            ),
        ],
    },
    "son-mai-ha-thai-duc-thinh": {
        "title": "Atelier de laque Đức Thịnh, Hạ Thái",
        "intro": (
            "L’atelier de l’artisan Trần Đức Thịnh, au village de la laque de Hạ Thái, réalise des "
            "laques traditionnelles à la laque naturelle de Phú Thọ, à la coquille d’œuf, à la "
            "nacre et à la feuille d’or et d’argent. OCOP 4 étoiles (2021)."
        ),
        "body": [
            (
                "text",
                "<p>L’artisan Trần Đức Thịnh a débuté à seize ans dans l’atelier de son oncle, où "
                "il a poncé la laque pendant trois ans avant d’avoir le droit de prendre un "
                "pinceau. Aujourd’hui, l’atelier compte huit artisans qui travaillent toujours à "
                "l’ancienne : une âme en bois entoilée, de nombreuses couches de laque naturelle, "
                "chacune séchée en chambre humide puis poncée à l’eau à la main. Une pièce "
                "demande de trois semaines à trois mois.</p><p>L’atelier fabrique des boîtes, des "
                "plateaux et des dessous-de-verre, et peint des tableaux en laque sur commande ; "
                "les visiteurs de passage à Hạ Thái peuvent regarder travailler les artisans et "
                "s’essayer eux-mêmes au ponçage d’un petit panneau laqué.</p>",
            ),
            (
                "village",
                {
                    "village": "Village de la laque de Hạ Thái",
                    "text": (
                        "Hạ Thái, dans la commune de Duyên Thái, à Thường Tín, à une vingtaine de "
                        "kilomètres au sud du centre de Hà Nội, est le village de la laque le plus "
                        "connu du nord du Vietnam."
                    ),
                    "map_url": MAP_HA_THAI,
                },
            ),
        ],
    },
    "det-lua-phuc-hung-van-phuc": {
        "title": "Atelier de tissage de soie Phúc Hưng, Vạn Phúc",
        "intro": (
            "Un atelier familial qui tisse la soie de mûrier sur des métiers Jacquard selon les "
            "motifs traditionnels de Vạn Phúc — soie nuage, gaze et soie fine — dont une partie "
            "est teinte avec des colorants naturels. OCOP 4 étoiles (2022)."
        ),
        "body": [
            (
                "text",
                "<p>La maison de Mme Đỗ Thị Hưng abrite six métiers Jacquard, et les navettes y "
                "courent du matin au soir, dans une petite ruelle derrière la maison communale de "
                "Vạn Phúc. Elle conserve les cartons perforés qui commandent les métiers — chacun "
                "porte un ancien motif du village — et, avec sa fille, elle a fait renaître la "
                "teinture naturelle au củ nâu, aux feuilles d’indigotier et aux écorces "
                "d’arbres.</p><p>L’atelier vend des foulards, des cravates et de la soie au "
                "mètre, et tisse sur demande dans les couleurs et les laizes souhaitées pour les "
                "tailleurs d’áo dài et les créateurs.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Ceux qui achètent de la « soie de Vạn Phúc » dans le Vieux Quartier ne "
                        "savent souvent pas si elle vient vraiment du village. C’est pourquoi "
                        "chaque coupon de notre soie indique où et par qui il a été tissé."
                    ),
                    "name": "Đỗ Thị Hưng",
                    "role": "Propriétaire de l’atelier",
                },
            ),
        ],
    },
    "tac-tuong-son-dong-van-tuyen": {
        "title": "Atelier de sculpture Văn Tuyến, Sơn Đồng",
        "intro": (
            "L’atelier de l’artisan Nguyễn Văn Tuyến, au village de sculpteurs de Sơn Đồng, "
            "réalise des statues, des marionnettes sur eau et des objets en bois de jacquier et de "
            "figuier, sculptés puis finis à la laque rouge et à l’or entièrement à la main. OCOP 3 "
            "étoiles (2023)."
        ),
        "body": [
            (
                "text",
                "<p>Nguyễn Văn Tuyến est la cinquième génération d’une famille de sculpteurs de "
                "Sơn Đồng. Son atelier a sculpté et restauré des statues pour de nombreuses "
                "pagodes et maisons communales du delta du fleuve Rouge ; ces dernières années, "
                "il fabrique aussi des marionnettes sur eau pour les troupes de marionnettistes, "
                "ainsi que des plateaux et des objets domestiques dans les planches de jacquier "
                "restantes.</p><p>Chaque étape, du dégrossissage à la sculpture, jusqu’à la laque "
                "rouge et à la feuille d’or, est réalisée à la main. Pour les statues sur "
                "commande, l’atelier envoie des photos à chaque étape afin que vous puissiez "
                "suivre le travail.</p>",
            ),
            (
                "village",
                {
                    "village": "Village de sculpteurs de Sơn Đồng",
                    "text": (
                        "Sơn Đồng, à Hoài Đức, à une vingtaine de kilomètres à l’ouest du centre "
                        "de Hà Nội, est le plus ancien village de la région pour la sculpture de "
                        "statues et la laque rouge et or."
                    ),
                    "map_url": MAP_SON_DONG,
                },
            ),
        ],
    },
    "htx-vai-thieu-thanh-son-thanh-ha": {
        "title": "Coopérative du litchi de Thanh Sơn",
        "intro": (
            "52 familles membres cultivent le litchi de Thanh Hà selon la norme VietGAP dans la "
            "commune de Thanh Sơn, berceau de l’arbre ancêtre. Les litchis sont séchés le jour "
            "même de la cueillette, sans conservateur. OCOP 3 étoiles (2023)."
        ),
        "body": [
            (
                "text",
                "<p>Thanh Sơn est la commune de l’arbre ancêtre du hameau de Thúy Lâm, d’où la "
                "variété vải thiều s’est répandue dans tout Thanh Hà. La coopérative rassemble la "
                "récolte de 52 familles membres, qui cultivent toutes selon la norme VietGAP et "
                "tiennent pour chaque verger un registre des engrais, des traitements "
                "phytosanitaires et des dates de cueillette.</p><p>La saison des litchis ne dure "
                "qu’un mois environ, de fin mai à fin juin. La coopérative a investi dans des "
                "fours de séchage afin de sécher les fruits le jour même de la cueillette, ce qui "
                "préserve leur douceur intense et leur chair couleur d’ambre, et elle vend toute "
                "l’année des litchis séchés et de la chair de litchi séchée moelleuse.</p>",
            ),
            (
                "village",
                {
                    "village": "Terre du litchi de Thanh Hà",
                    "text": (
                        "Thanh Hà, qui fait aujourd’hui partie de la ville de Hải Phòng "
                        "(anciennement province de Hải Dương), est la région de culture du litchi "
                        "la plus célèbre du Vietnam."
                    ),
                    "map_url": MAP_THANH_HA,
                },
            ),
        ],
    },
    "htx-ong-mat-phuong-son-luc-ngan": {
        "title": "Coopérative apicole de Phượng Sơn",
        "intro": (
            "Plus de 1 200 colonies d’abeilles au milieu des collines de litchis de Lục Ngạn. Seul "
            "le miel operculé est extrait, filtré à froid, jamais coupé de sucre, à moins de 20 % "
            "d’humidité. OCOP 4 étoiles (2022)."
        ),
        "body": [
            (
                "text",
                "<p>La coopérative de Phượng Sơn a été fondée par des apiculteurs qui suivent la "
                "floraison des litchis de Lục Ngạn depuis plus de vingt ans. Les membres élèvent "
                "des abeilles européennes pour le miel de litchi en mars et avril, et gardent des "
                "colonies d’abeilles indigènes dans des ruches en bois, à l’orée de la forêt, "
                "pour le miel de fleurs sauvages.</p><p>Pour chaque lot, on mesure l’humidité et "
                "l’on note la date d’extraction et le verger, imprimés sur l’étiquette de "
                "traçabilité apposée sur le pot. La coopérative n’achète jamais de miel ailleurs "
                "pour le mettre en pots.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Être apiculteur, c’est observer les fleurs et le ciel. Les années où il "
                        "pleut juste au moment où les litchis fleurissent, tout le village "
                        "soupire, car les abeilles ne peuvent pas voler."
                    ),
                    "name": "Hoàng Văn Lợi",
                    "role": "Directeur de la coopérative",
                },
            ),
        ],
    },
    "htx-tra-suong-mai-tan-cuong": {
        "title": "Coopérative de thé Sương Mai de Tân Cương",
        "intro": (
            "Un thé des collines cueilli à l’aube en un bourgeon et deux feuilles, et torréfié "
            "dans des poêles en fonte sur un feu de bois, selon la tradition de la région théicole "
            "de Tân Cương. OCOP 4 étoiles (2023)."
        ),
        "body": [
            (
                "text",
                "<p>Le nom Sương Mai — « rosée du matin » — rappelle l’heure de la cueillette de "
                "ses membres : dès cinq heures du matin, quand la rosée perle encore sur les "
                "bourgeons. Dirigée par Mme Vũ Thị Hạnh, la coopérative réunit des familles qui "
                "possèdent de longue date des jardins de thé sur les collines autour de la "
                "commune de Tân Cương.</p><p>Le thé est torréfié le jour même dans des poêles en "
                "fonte sur un feu de bois ; la coopérative n’utilise une rouleuse mécanique que "
                "pour les gros lots, et son thé clou est toujours torréfié et roulé entièrement à "
                "la main. Les visiteurs sont les bienvenus pendant la saison du thé, de mars à "
                "octobre.</p>",
            ),
            (
                "village",
                {
                    "village": "Région théicole de Tân Cương",
                    "text": (
                        "Tân Cương, à l’ouest de la ville de Thái Nguyên, est connu au Vietnam "
                        "comme la terre du « premier des thés renommés »."
                    ),
                    "map_url": MAP_TAN_CUONG,
                },
            ),
        ],
    },
    "cong-ty-thao-moc-moc-lan": {
        "title": "Société Mộc Lan, soins aux plantes de Lục Nam",
        "intro": (
            "Des shampoings et des savons préparés à partir de gousses de bồ kết, d’écorce de "
            "pomelo, de basilic hương nhu et d’éleusine cultivés dans la terre de plantes "
            "médicinales de Lục Nam, selon les recettes de lavage des cheveux des femmes des "
            "collines. Sans parabènes ni silicones. OCOP 4 étoiles (2023)."
        ),
        "body": [
            (
                "text",
                "<p>Mme Lê Thị Lan a grandi dans la commune de Trường Sơn, où sa grand-mère "
                "cueillait des plantes médicinales sur les collines et faisait bouillir l’eau de "
                "lavage des cheveux pour toute la famille. Après dix ans comme pharmacienne en "
                "ville, elle est revenue au pays fonder Mộc Lan ; elle loue des terres pour "
                "cultiver le bồ kết, le hương nhu et l’éleusine, et achète l’écorce de pomelo aux "
                "producteurs de la commune.</p><p>La préparation, la distillation et la mise en "
                "flacon se font toutes dans la commune ; chaque lot fait l’objet d’une analyse "
                "microbiologique et d’une déclaration de produit cosmétique conforme à la "
                "réglementation vietnamienne. La société emploie douze personnes, pour la plupart "
                "des femmes de la commune.</p>",
            ),
            (
                "village",
                {
                    "village": "Terre de plantes médicinales de Lục Nam",
                    "text": (
                        "La commune de Trường Sơn, à Lục Nam, aujourd’hui dans la province de Bắc "
                        "Ninh (anciennement Bắc Giang), est une région de collines riche en "
                        "plantes médicinales."
                    ),
                    "map_url": MAP_LUC_NAM,
                },
            ),
        ],
    },
    "tram-huong-phuc-trach-huong-khe": {
        "title": "Bois d’agar Phúc Trạch",
        "intro": (
            "Du bois d’agar issu d’Aquilaria cultivés dans le jardin familial à Hương Khê, Hà "
            "Tĩnh, laissé se former sur l’arbre pendant plus de dix ans. Encens et cônes faits "
            "main, sans tige de bambou ni parfum de synthèse. OCOP 3 étoiles (2024)."
        ),
        "body": [
            (
                "text",
                "<p>La famille de Mme Trần Thị Mai a planté ses premiers Aquilaria il y a plus de "
                "vingt ans, entre les pomelos de Phúc Trạch. Quand un arbre est assez grand, on "
                "l’entaille pour amorcer la formation du bois d’agar, puis on le laisse "
                "tranquille pendant plus de dix ans ; la famille ne récolte que quelques arbres "
                "par an et garde les autres pour les saisons à venir.</p><p>La plantation est "
                "enregistrée auprès de l’organe de gestion CITES du Vietnam, car le bois d’agar "
                "est inscrit à l’Annexe II de la CITES. L’atelier fabrique à la main encens sans "
                "tige, cônes, bracelets et copeaux.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "On me demande souvent si le bois d’agar est vrai ou faux. J’invite les "
                        "clients au jardin pour voir les arbres et les entailles où se forme le "
                        "bois d’agar, puis à allumer eux-mêmes un bâtonnet d’encens."
                    ),
                    "name": "Trần Thị Mai",
                    "role": "Propriétaire de l’atelier",
                },
            ),
        ],
    },
}
