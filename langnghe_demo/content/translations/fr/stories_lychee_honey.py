"""Demo content in French: product stories of the Thanh Hà lychee (HTX Vải thiều Thanh Sơn) and
Lục Ngạn honey (HTX Ong mật Phượng Sơn) cooperatives.

Translated from the Vietnamese originals in `langnghe_demo/content/stories/dried_fruit.py` and
`honey.py`, block for block.
"""

STORIES: dict[str, dict] = {
    "vai-thieu-say-kho-thanh-ha": {
        "title": "Litchis séchés de Thanh Hà",
        "summary": (
            "Des litchis de Thanh Hà mûris sur l’arbre, cueillis en juin et séchés entiers le jour "
            "même, sans sucre ni conservateur. Une chair épaisse, couleur d’ambre brun, d’une "
            "douceur intense. OCOP 3 étoiles."
        ),
        "body": [
            (
                "text",
                "<p>Au hameau de Thúy Lâm, dans la commune de Thanh Sơn, se dresse encore "
                "l’<b>« arbre ancêtre »</b>, un litchi de près de deux cents ans. Les villageois "
                "racontent qu’en 1870, M. Hoàng Văn Cơm goûta un litchi exceptionnel lors d’un "
                "banquet avec des marchands chinois à Hải Phòng et en rapporta trois noyaux ; "
                "l’un des arbres donna des fruits d’un parfum et d’une douceur inhabituels. Comme "
                "la variété venait de Thiều Châu, on l’appela <i>vải thiều</i>. Les boutures de "
                "cet arbre se sont ensuite répandues dans tout Thanh Hà.</p><p>La coopérative de "
                "Thanh Sơn cueille les litchis mûrs sur l’arbre en juin et les met au four de "
                "séchage le jour même. Séchée lentement, l’écorce brunit et devient cassante, "
                "tandis que la chair prend une couleur d’ambre et une douceur "
                "intense.</p><p>Cassez l’écorce et dégustez-les comme des châtaignes, ou "
                "ajoutez-les à un thé ou à un dessert sucré. Conservez-les au frais et au sec, "
                "refermez bien le sachet après ouverture et consommez-les dans les 12 mois.</p>",
            ),
            (
                "process",
                {
                    "title": "Un jour de cueillette, trois jours de séchage",
                    "steps": [
                        {
                            "title": "Cueillette à l’aube",
                            "text": (
                                "Les grappes bien mûres sont coupées au verger et apportées au "
                                "séchoir dans la matinée."
                            ),
                            "duration": "une demi-journée",
                        },
                        {
                            "title": "Tri et lavage",
                            "text": (
                                "Les fruits fendus ou abîmés sont écartés ; les autres sont lavés, "
                                "égouttés et équeutés."
                            ),
                            "duration": "quelques heures",
                        },
                        {
                            "title": "Séchage lent",
                            "text": (
                                "Les litchis sèchent dans un four à chaleur et sont retournés "
                                "maintes fois pour que la chair sèche uniformément jusqu’au noyau."
                            ),
                            "duration": "environ 3 jours",
                        },
                        {
                            "title": "Refroidissement et conditionnement",
                            "text": (
                                "Les fruits refroidissent naturellement ; leur humidité est "
                                "contrôlée, puis ils sont conditionnés en sachets zip ou en "
                                "coffrets cadeaux."
                            ),
                            "duration": "1 jour",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "La saison des litchis ne dure qu’un mois, et toute la commune travaille "
                        "nuit et jour. Séchée le jour même, la chair garde la douceur du fruit "
                        "frais ; si on attend le lendemain, elle est perdue."
                    ),
                    "name": "Phạm Văn Khánh",
                    "role": "Directeur de la coopérative du litchi de Thanh Sơn",
                },
            ),
        ],
    },
    "cui-vai-say-deo": {
        "title": "Chair de litchi de Thanh Hà séchée moelleuse",
        "summary": (
            "De la chair de litchi de Thanh Hà, pelée et dénoyautée à la main, séchée à basse "
            "température pour rester moelleuse, sans sucre ajouté. À grignoter, ou avec un yaourt, "
            "du granola ou du thé."
        ),
        "body": [
            (
                "text",
                "<p>Les litchis séchés entiers sont délicieux, mais il faut les écaler et les "
                "dénoyauter. La chair de litchi séchée moelleuse, c’est l’idée des femmes de la "
                "coopérative de Thanh Sơn pour rendre cette douceur du village plus pratique : "
                "les litchis mûrs sont pelés à la main et dénoyautés, puis séchés à une "
                "température plus basse que les fruits entiers, afin que la chair reste moelleuse "
                "et translucide, couleur d’ambre, naturellement sucrée et parfumée comme le "
                "litchi frais.</p><p>Sans sucre ajouté ni conservateur — toute la douceur vient "
                "du fruit. Le sachet de 200 g se referme par un zip, pratique à emporter. "
                "Dégustez-la comme des raisins secs, mélangez-la à un yaourt ou à du granola, ou "
                "glissez-en quelques morceaux dans une théière de thé vert.</p><p>Refermez bien "
                "le sachet après ouverture et conservez-le au frais et au sec ; par temps humide, "
                "gardez-le au réfrigérateur. À consommer de préférence dans les 6 mois suivant la "
                "fabrication.</p>",
            ),
            (
                "process",
                {
                    "title": "Pelés à la main, un par un",
                    "steps": [
                        {
                            "title": "Épluchage et dénoyautage",
                            "text": (
                                "Les litchis mûrs sont pelés à la main et dénoyautés, en gardant "
                                "la chair entière."
                            ),
                            "duration": "une demi-journée",
                        },
                        {
                            "title": "Séchage à basse température",
                            "text": (
                                "La chair sèche à basse température jusqu’à ce qu’elle soit "
                                "moelleuse et ne colle plus aux doigts."
                            ),
                            "duration": "environ 20 heures",
                        },
                        {
                            "title": "Conditionnement",
                            "text": (
                                "Une fois refroidis, les morceaux sont pesés et conditionnés en "
                                "sachets zip le jour même."
                            ),
                            "duration": "quelques heures",
                        },
                    ],
                },
            ),
        ],
    },
    "mat-ong-hoa-vai-luc-ngan": {
        "title": "Miel de fleurs de litchi de Lục Ngạn",
        "summary": (
            "Un miel de fleurs de litchi récolté en mars et avril au milieu des collines de "
            "litchis de Lục Ngạn : uniquement du miel operculé, filtré à froid, sans aucun ajout, "
            "à moins de 20 % d’humidité. OCOP 4 étoiles."
        ),
        "body": [
            (
                "text",
                "<p>Fin février, quand tout Lục Ngạn se couvre de fleurs blanches de litchi, les "
                "apiculteurs de la coopérative de Phượng Sơn installent leurs ruches au milieu "
                "des vergers. Pendant les trois ou quatre semaines de floraison, les abeilles ne "
                "butinent que la fleur de litchi et produisent un miel pâle comme la paille, "
                "parfumé au litchi mûr et d’une douceur limpide.</p><p>La coopérative "
                "<b>n’extrait que les cadres operculés</b>, c’est-à-dire un miel que les abeilles "
                "ont elles-mêmes fait mûrir en évaporant l’eau, puis scellé de cire : il est donc "
                "épais, à moins de 20 % d’humidité, et n’a pas besoin d’être concentré à la "
                "chaleur. Le miel est filtré à froid sur un tamis fin, puis laissé à décanter "
                "pour que les bulles d’air remontent avant la mise en pots de verre.</p><p>Le "
                "miel de litchi peut <b>cristalliser</b> en fins grains blancs par temps froid : "
                "c’est le signe d’un vrai miel. Pour le rendre de nouveau liquide, placez le pot "
                "dans de l’eau tiède, en dessous de 40 °C. Conservez-le à température ambiante et "
                "utilisez une cuillère sèche. Ne convient pas aux enfants de moins de 12 mois.</p>",
            ),
            (
                "process",
                {
                    "title": "Une saison de miel de litchi",
                    "steps": [
                        {
                            "title": "Les ruches au verger",
                            "text": (
                                "À la mi-février, quand les litchis commencent à fleurir, les "
                                "ruches sont réparties sur les collines de vergers."
                            ),
                            "duration": "1 à 2 jours",
                        },
                        {
                            "title": "Le travail des abeilles",
                            "text": (
                                "Les abeilles butinent le nectar, en évaporent l’eau et operculent "
                                "le miel de cire une fois qu’il est mûr."
                            ),
                            "duration": "3 à 4 semaines",
                        },
                        {
                            "title": "Extraction et filtration à froid",
                            "text": (
                                "Seuls les cadres operculés passent à l’extracteur centrifuge ; le "
                                "miel est filtré sur un tamis fin, sans chauffage."
                            ),
                            "duration": "1 jour",
                        },
                        {
                            "title": "Contrôle et mise en pots",
                            "text": (
                                "On mesure l’humidité, on laisse décanter pour que les bulles "
                                "remontent, puis le miel est mis en pots de verre et étiqueté pour "
                                "la traçabilité."
                            ),
                            "duration": "3 à 5 jours",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "On me demande pourquoi mon miel se solidifie quand il fait froid. Je "
                        "réponds : seul le vrai miel cristallise ; le miel coupé au sirop reste "
                        "liquide en toute saison."
                    ),
                    "name": "Hoàng Văn Lợi",
                    "role": "Directeur de la coopérative apicole de Phượng Sơn",
                },
            ),
        ],
    },
    "mat-ong-hoa-rung-luc-ngan": {
        "title": "Miel de fleurs sauvages de Lục Ngạn",
        "summary": (
            "Un miel d’abeilles indigènes butinant les fleurs sauvages des collines à l’est de Lục "
            "Ngạn : ambre foncé, riche, à la finale légèrement amère. Chaque saison a son goût."
        ),
        "body": [
            (
                "text",
                "<p>Contrairement au miel de litchi, ce miel de fleurs sauvages est produit par "
                "l’<b>abeille asiatique indigène</b> (Apis cerana) — une petite abeille "
                "résistante au froid, chez elle dans les collines et les forêts du Vietnam — à "
                "partir de dizaines d’espèces de fleurs sauvages et d’arbres forestiers, sur les "
                "versants à l’est de Lục Ngạn. Les abeilles vivent dans des ruches en bois à "
                "l’orée de la forêt et ne sont récoltées qu’une ou deux fois par an, pour un "
                "rendement bien plus faible que celui des abeilles européennes.</p><p>Le miel est "
                "ambre foncé, d’une douceur riche, avec une finale légèrement amère et "
                "rafraîchissante, et son arôme suit les floraisons : la récolte de printemps est "
                "plus parfumée, celle d’été plus corsée. À Lục Ngạn, on le délaie dans de l’eau "
                "tiède avec du gingembre ou du citron vert quand le temps se "
                "rafraîchit.</p><p>Sans aucun ajout et jamais chauffé, il peut cristalliser par "
                "temps froid. Conservez-le à température ambiante, à l’abri du soleil. Ne "
                "convient pas aux enfants de moins de 12 mois.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Les abeilles indigènes sont douces mais capricieuses : placez la ruche au "
                        "mauvais endroit et toute la colonie s’en va. Si l’on sait les garder, "
                        "leur miel sent la forêt tout entière."
                    ),
                    "name": "Hoàng Văn Lợi",
                    "role": "Directeur de la coopérative apicole de Phượng Sơn",
                },
            ),
        ],
    },
}
