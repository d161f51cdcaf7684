"""Demo content in French: product stories of the Hạ Thái lacquer (Đức Thịnh) and Vạn Phúc silk
(Phúc Hưng) workshops.

Translated from the Vietnamese originals in `langnghe_demo/content/stories/lacquer_*.py` and
`silk_*.py`, block for block.
"""

MAP_HA_THAI = "https://www.openstreetmap.org/?mlat=20.887&mlon=105.853#map=15/20.887/105.853"
MAP_VAN_PHUC = "https://www.openstreetmap.org/?mlat=20.98&mlon=105.774#map=16/20.98/105.774"


STORIES: dict[str, dict] = {
    "hop-trang-suc-son-mai-kham-trai": {
        "title": "Boîte à bijoux en laque incrustée de nacre de Hạ Thái",
        "summary": (
            "Une boîte à bijoux en bois revêtue de nombreuses couches de laque naturelle et "
            "incrustée de nacre à la main, dans l’atelier de l’artisan Trần Đức Thịnh, au village "
            "de la laque de Hạ Thái. Noire ou rouge vermillon. OCOP 4 étoiles."
        ),
        "body": [
            (
                "text",
                "<p>La laque vietnamienne emploie la <b>sơn ta</b> — la sève des laquiers "
                "cultivés à Phú Thọ — et non une peinture industrielle. Cette sève durcit à l’air "
                "humide en une couche résistante, d’un brillant aussi profond qu’une eau "
                "dormante. À Hạ Thái, cette boîte naît d’une âme en bois entoilée, qui reçoit "
                "plus de dix couches de laque.</p><p>Le couvercle est incrusté de fragments de "
                "nacre taillés dans des coquilles de moules et d’escargots, assemblés en une "
                "branche fleurie. Après la dernière couche, l’artisan ponce jusqu’à ce que le "
                "motif affleure au niveau de la laque, puis le polit de la paume de la main. "
                "Noire ou rouge vermillon, intérieur garni de velours.</p><p><b>Entretien :</b> "
                "essuyez avec un chiffon doux et sec ; tenez à l’écart du soleil intense, des "
                "sources de chaleur et de l’eau.</p>",
            ),
            (
                "process",
                {
                    "title": "Plus de dix couches de laque",
                    "steps": [
                        {
                            "title": "Préparation de l’âme",
                            "text": (
                                "Les assemblages de l’âme en bois sont entoilés de mousseline et "
                                "scellés avec une pâte de laque et d’argile."
                            ),
                            "duration": "1 semaine",
                        },
                        {
                            "title": "Laquage et ponçage",
                            "text": (
                                "Chaque couche de laque naturelle est appliquée au pinceau, séchée "
                                "en chambre humide, puis poncée à l’eau."
                            ),
                            "duration": "2 à 3 semaines",
                        },
                        {
                            "title": "Incrustation de nacre",
                            "text": (
                                "La nacre est sciée et meulée en pétales, puis fixée sur le "
                                "couvercle avec de la laque."
                            ),
                            "duration": "3 à 4 jours",
                        },
                        {
                            "title": "Révélation et polissage",
                            "text": (
                                "La laque recouvre entièrement le motif, puis est poncée jusqu’à "
                                "faire apparaître la nacre et polie à la main."
                            ),
                            "duration": "1 semaine",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "La laque naturelle ne se presse pas. Par temps sec, elle ne sèche pas ; "
                        "par temps humide, elle sèche trop vite. Après trente ans de métier, je "
                        "regarde encore le ciel chaque matin."
                    ),
                    "name": "Trần Đức Thịnh",
                    "role": "Artisan, à la tête de l’atelier de laque Đức Thịnh",
                },
            ),
            (
                "village",
                {
                    "village": "Village de la laque de Hạ Thái",
                    "text": (
                        "Hạ Thái se trouve dans la commune de Duyên Thái, à Thường Tín, à une "
                        "vingtaine de kilomètres au sud de Hà Nội. Il est réputé dans tout le "
                        "Vietnam pour ses objets et ses tableaux en laque."
                    ),
                    "map_url": MAP_HA_THAI,
                },
            ),
        ],
    },
    "bo-lot-coc-son-mai": {
        "title": "Dessous-de-verre en laque incrustée de coquille d’œuf de Hạ Thái (lot de 6)",
        "summary": (
            "Six dessous-de-verre en bois revêtus de laque naturelle, incrustés de coquille d’œuf "
            "de cane en motif craquelé, avec leur boîte de rangement. Noirs ou rouge vermillon."
        ),
        "body": [
            (
                "text",
                "<p>Dans la laque vietnamienne, le blanc ne vient pas d’une peinture mais de la "
                "<b>coquille d’œuf de cane</b>. Les coquilles sont bouillies et débarrassées de "
                "leur membrane ; puis, de la pointe d’une aiguille, l’artisan pose fragment après "
                "fragment sur la laque encore collante et les presse légèrement pour qu’ils se "
                "fendillent en centaines de minuscules alvéoles. Une fois laquée et poncée, la "
                "coquille apparaît comme une glaçure craquelée sur fond noir ou "
                "vermillon.</p><p>Le lot comprend six dessous-de-verre et une boîte de rangement "
                "de même finition. Le dessus reçoit une couche de laque transparente "
                "supplémentaire, qui résiste à une tasse de thé chaude et à la condensation ; "
                "essuyez-les après usage, ne les faites pas tremper et ne les mettez pas au "
                "lave-vaisselle.</p>",
            ),
            (
                "process",
                {
                    "title": "Incrustation de coquille d’œuf",
                    "steps": [
                        {
                            "title": "Préparation des coquilles",
                            "text": (
                                "Les coquilles d’œuf de cane sont bouillies, débarrassées de leur "
                                "membrane et séchées."
                            ),
                            "duration": "1 jour",
                        },
                        {
                            "title": "Pose des coquilles",
                            "text": (
                                "Chaque fragment est posé sur la laque encore collante et pressé "
                                "pour qu’il se fendille régulièrement."
                            ),
                            "duration": "2 jours",
                        },
                        {
                            "title": "Laquage, ponçage, polissage",
                            "text": (
                                "La laque recouvre entièrement la coquille, puis est poncée à "
                                "l’eau jusqu’à la faire apparaître et polie."
                            ),
                            "duration": "2 semaines",
                        },
                    ],
                },
            ),
        ],
    },
    "tranh-son-mai-ve-theo-yeu-cau": {
        "title": "Tableau en laque peint à la main sur commande",
        "summary": (
            "Un tableau en laque sur panneau de bois, entièrement réalisé à la main selon le sujet "
            "de votre choix, à la laque naturelle, à la coquille d’œuf et à la feuille d’or et "
            "d’argent. Trois formats, 30 à 60 jours."
        ),
        "body": [
            (
                "text",
                "<p>Le tableau en laque est le lieu où l’artisanat du village rencontre les "
                "beaux-arts. Dès les années 1930, les peintres de l’École des beaux-arts de "
                "l’Indochine ont mis au point avec les laqueurs la méthode « peindre, puis "
                "poncer » : l’artiste superpose les couches de laque, de coquille d’œuf, d’or et "
                "d’argent, puis les ponce pour faire apparaître chaque couche de couleur. Le "
                "tableau n’est pas tant peint que révélé par le ponçage.</p><p>L’artisan Trần Đức "
                "Thịnh peint le sujet de votre choix : un paysage de campagne, des fleurs de "
                "lotus, la maison de votre famille ou une photographie qui vous est chère. Le "
                "tableau est réalisé sur un panneau de bois entoilé, avec de la laque de Phú Thọ, "
                "de la coquille d’œuf et de la feuille d’or et d’argent battue. Trois formats — "
                "40 × 60, 60 × 90 et 80 × 120 cm — pour un délai de 30 à 60 "
                "jours.</p><p>Accrochez-le à l’abri du soleil direct et loin des endroits trop "
                "secs, comme à côté d’un radiateur.</p>",
            ),
            (
                "process",
                {
                    "title": "Un tableau sur commande",
                    "steps": [
                        {
                            "title": "Esquisse",
                            "text": (
                                "L’artisan vous envoie une esquisse en couleurs pour recueillir "
                                "vos remarques et votre accord."
                            ),
                            "duration": "1 semaine",
                        },
                        {
                            "title": "Préparation du panneau",
                            "text": (
                                "Le panneau de bois est entoilé, enduit et reçoit plusieurs "
                                "couches de laque de fond."
                            ),
                            "duration": "1 à 2 semaines",
                        },
                        {
                            "title": "Peinture, incrustation, dorure",
                            "text": (
                                "Les couches de laque colorée sont peintes, la coquille d’œuf "
                                "posée et les feuilles d’or et d’argent appliquées."
                            ),
                            "duration": "2 à 4 semaines",
                        },
                        {
                            "title": "Ponçage et polissage",
                            "text": (
                                "Le ponçage à l’eau fait apparaître l’image, qui est ensuite polie "
                                "à la main."
                            ),
                            "duration": "1 semaine",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Quand je ponce un tableau, je ne sais jamais avec certitude quelle couche "
                        "apparaîtra la première. C’est là que la laque est la plus belle : le "
                        "peintre et la matière font le tableau ensemble."
                    ),
                    "name": "Trần Đức Thịnh",
                    "role": "Artisan, à la tête de l’atelier de laque Đức Thịnh",
                },
            ),
        ],
    },
    "khan-lua-van-phuc": {
        "title": "Foulard en soie de mûrier de Vạn Phúc",
        "summary": (
            "Un foulard 100 % soie de mûrier tissé au village de la soie de Vạn Phúc (Hà Đông), en "
            "indigo végétal naturel, rose lotus ou ivoire. Étole de 180 × 55 cm ou carré de "
            "90 × 90 cm. OCOP 4 étoiles."
        ),
        "body": [
            (
                "text",
                "<p>Quand les anciens Hanoïens parlaient de « soie de Hà Đông », c’est de la soie "
                "de Vạn Phúc qu’il s’agissait. Le village de tisserands, au bord de la rivière "
                "Nhuệ, vénère comme génie tutélaire la femme qui y fonda le tissage, et l’on "
                "raconte que la soie s’y tisse depuis plus de mille ans. À l’époque coloniale, la "
                "soie de Vạn Phúc fut présentée dans des foires en France.</p><p>Ce foulard est "
                "tissé en 100 % soie de mûrier sur les métiers Jacquard de l’atelier Phúc Hưng ; "
                "son fil très fin le rend léger et fluide. La version <b>indigo</b> est teinte "
                "avec des feuilles d’indigotier fermentées, en de multiples bains successifs pour "
                "obtenir un bleu profond ; le rose lotus et l’ivoire sont teints avec des "
                "colorants sans métaux lourds.</p><p><b>Entretien :</b> lavez à la main à l’eau "
                "froide avec du shampoing ou un savon neutre, sans tordre, et faites sécher à "
                "l’ombre ; repassez à basse température sous une fine pattemouille.</p>",
            ),
            (
                "process",
                {
                    "title": "Du fil de soie au foulard",
                    "steps": [
                        {
                            "title": "Préparation de la soie",
                            "text": (
                                "La soie grège est mise à tremper et bobinée, puis la chaîne est "
                                "montée sur le métier."
                            ),
                            "duration": "2 jours",
                        },
                        {
                            "title": "Tissage",
                            "text": (
                                "Le métier Jacquard tisse la soie fine pendant que le tisserand "
                                "guette chaque fil cassé."
                            ),
                            "duration": "1 jour",
                        },
                        {
                            "title": "Teinture à l’indigo",
                            "text": (
                                "La soie est plongée dans la cuve d’indigo puis aérée pour que la "
                                "couleur se développe, encore et encore."
                            ),
                            "duration": "5 à 7 jours",
                        },
                        {
                            "title": "Franges et repassage",
                            "text": (
                                "Les franges sont torsadées à la main ; le foulard est lavé, "
                                "repassé et plié."
                            ),
                            "duration": "une demi-journée",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "La vraie soie est fraîche au toucher et murmure quand on la froisse. Je "
                        "dis toujours aux clients : posez-la contre votre joue, la soie parlera "
                        "d’elle-même."
                    ),
                    "name": "Đỗ Thị Hưng",
                    "role": "Propriétaire de l’atelier de tissage de soie Phúc Hưng",
                },
            ),
            (
                "village",
                {
                    "village": "Village de la soie de Vạn Phúc",
                    "text": (
                        "Vạn Phúc, aujourd’hui un quartier de Hà Đông à une dizaine de kilomètres "
                        "du lac Hoàn Kiếm, résonne encore du claquement des métiers des ateliers "
                        "familiaux."
                    ),
                    "map_url": MAP_VAN_PHUC,
                },
            ),
        ],
    },
    "ca-vat-lua-van-phuc": {
        "title": "Cravate en soie de Vạn Phúc à motif tissé de feuilles de bambou",
        "summary": (
            "Une cravate 100 % soie de mûrier, au motif de feuilles de bambou tissé dans l’étoffe "
            "sur un métier Jacquard. Bleu marine ou bordeaux."
        ),
        "body": [
            (
                "text",
                "<p>Dans la culture vietnamienne, la feuille de bambou incarne l’homme intègre : "
                "droit, souple, jamais brisé. Sur cette cravate, les feuilles de bambou ne sont "
                "pas imprimées mais <b>tissées dans</b> la soie — selon la technique de la « soie "
                "nuage » qui a fait la renommée de Vạn Phúc : le fil est d’une seule couleur, "
                "mais les variations du tissage font apparaître et disparaître le motif selon "
                "l’angle de la lumière.</p><p>La cravate mesure 8 cm de large ; elle est cousue à "
                "la main, avec une fine triplure en laine qui lui garde sa tenue et donne un nœud "
                "net. Deux coloris : bleu marine et bordeaux, à porter avec une chemise blanche "
                "ou bleu ciel.</p><p>Après l’avoir portée, dénouez-la et suspendez-la pour "
                "qu’elle reprenne sa forme. Pour la nettoyer, uniquement au nettoyage à sec ; ni "
                "lavage en machine ni repassage direct sur la soie.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "De face, on ne voit que du bleu marine ; en l’inclinant un peu, les "
                        "feuilles de bambou apparaissent. Celui qui la porte le sait, et seuls "
                        "ceux qui regardent de près le voient."
                    ),
                    "name": "Đỗ Thị Hưng",
                    "role": "Propriétaire de l’atelier de tissage de soie Phúc Hưng",
                },
            ),
        ],
    },
    "lua-van-to-tam-2m": {
        "title": "Soie nuage de mûrier de Vạn Phúc, laize 90 cm (coupon de 2 m)",
        "summary": (
            "Un coupon de 2 m de « soie nuage » 100 % soie de mûrier, en 90 cm de large, ivoire ou "
            "brun teint au củ nâu, pour un áo dài, une chemise, un foulard ou la décoration."
        ),
        "body": [
            (
                "text",
                "<p>La <i>lụa vân</i>, ou « soie nuage », porte un motif tissé dans l’étoffe "
                "comme des nuages à la dérive — la surface est unie et d’une seule couleur, mais "
                "lorsque la lumière l’effleure, des pétales et des volutes de nuages apparaissent "
                "à peine. C’est cette soie qui a fait la renommée de Vạn Phúc ; elle était jadis "
                "réservée aux vêtements des familles aisées de la capitale.</p><p>Le coupon "
                "mesure 2 m sur 90 cm, de quoi coudre une chemise, une jupe courte ou un grand "
                "châle. L’ivoire conserve la couleur naturelle de la soie ; le brun est teint au "
                "<b>củ nâu</b> — un igname sauvage dont les habitants du nord du Vietnam se "
                "servaient autrefois pour teindre leurs vêtements bruns de tous les jours — d’où "
                "une couleur profonde et chaude, qui varie légèrement d’un lot à "
                "l’autre.</p><p>Faites un essai de lavage sur un petit morceau avant de couper le "
                "tissu ; lavez à la main à l’eau froide et faites sécher à l’ombre.</p>",
            ),
            (
                "process",
                {
                    "title": "La teinture au củ nâu",
                    "steps": [
                        {
                            "title": "Pilage de l’igname",
                            "text": (
                                "L’igname est pelé et pilé, puis on en filtre le jus rouge sombre."
                            ),
                            "duration": "une demi-journée",
                        },
                        {
                            "title": "Trempage et séchage au soleil",
                            "text": (
                                "La soie trempe dans le jus d’igname puis sèche au soleil, à de "
                                "nombreuses reprises, pour une couleur homogène."
                            ),
                            "duration": "4 à 6 jours",
                        },
                        {
                            "title": "Rinçage et fixation",
                            "text": (
                                "L’excédent de teinture est rincé, la couleur fixée, puis la soie "
                                "est séchée et roulée."
                            ),
                            "duration": "1 jour",
                        },
                    ],
                },
            ),
        ],
    },
}
