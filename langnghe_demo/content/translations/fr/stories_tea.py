"""Demo content in French: product stories of the Tân Cương tea cooperative (HTX Trà Sương Mai).

Translated from the Vietnamese originals in `langnghe_demo/content/stories/tea_*.py`, block for
block.
"""

STORIES: dict[str, dict] = {
    "che-bup-tan-cuong": {
        "title": "Thé vert de Tân Cương, Thái Nguyên",
        "summary": (
            "Un thé vert de Tân Cương cueilli en un bourgeon et deux feuilles et torréfié dans des "
            "poêles en fonte sur un feu de bois : petites feuilles roulées, liqueur vert-jaune, "
            "astringence douce et arrière-goût sucré. OCOP 4 étoiles."
        ),
        "body": [
            (
                "text",
                "<p>Les Vietnamiens disent « Le thé de Thái Nguyên, les filles de Tuyên Quang » : "
                "le meilleur thé vient de Thái Nguyên, et le plus célèbre des thés de Thái Nguyên "
                "vient de Tân Cương. Selon les anciens de la région, c’est dans les années 1920 "
                "qu’un homme surnommé Đội Năm rapporta des plants de thé de Phú Hộ, dans la "
                "province de Phú Thọ, et les planta sur les collines de terre rouge des "
                "alentours.</p><p>La coopérative Sương Mai cueille son thé en <b>un bourgeon et "
                "deux feuilles</b> — une jeune pousse et les deux feuilles voisines — au petit "
                "matin, et le torréfie le jour même dans des poêles en fonte sur un feu de bois. "
                "Les feuilles s’enroulent, petites, comme des hameçons ; la liqueur est "
                "vert-jaune, d’une astringence douce, puis une douceur remonte dans la "
                "gorge.</p><p><b>Préparation :</b> 5 à 7 g pour une théière de 150 ml, eau à "
                "environ 80–85 °C. Rincez les feuilles une fois très rapidement, puis laissez "
                "infuser 30 à 60 secondes ; il supporte 3 à 4 infusions. Conservez-le bien fermé, "
                "à l’abri de la lumière et des odeurs.</p>",
            ),
            (
                "process",
                {
                    "title": "De la colline à la théière",
                    "steps": [
                        {
                            "title": "Cueillette à l’aube",
                            "text": (
                                "Dès 5 h du matin, le bourgeon et ses deux feuilles sont cueillis "
                                "à la main dans des paniers aérés, sans jamais être tassés."
                            ),
                            "duration": "environ 4 heures",
                        },
                        {
                            "title": "Fixation à la poêle",
                            "text": (
                                "La feuille fraîche est remuée sans cesse dans une poêle en fonte "
                                "brûlante jusqu’à devenir souple et flétrie."
                            ),
                            "duration": "15 à 20 minutes",
                        },
                        {
                            "title": "Roulage",
                            "text": (
                                "Les feuilles sont roulées à la main sur un van plat pour qu’elles "
                                "s’enroulent et libèrent leur sève."
                            ),
                            "duration": "environ 20 minutes",
                        },
                        {
                            "title": "Séchage et révélation des arômes",
                            "text": (
                                "Plusieurs torréfactions successives sur un feu de plus en plus "
                                "doux ; la dernière fait ressortir l’arôme de riz grillé."
                            ),
                            "duration": "2 à 3 heures",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Le thé de Tân Cương est bon grâce à la terre, mais il le reste grâce aux "
                        "mains qui le torréfient. Un peu trop de feu et il brûle, un peu trop peu "
                        "et il garde un goût vert : on règle le feu en écoutant les feuilles dans "
                        "la poêle."
                    ),
                    "name": "Vũ Thị Hạnh",
                    "role": "Directrice de la coopérative de thé Sương Mai",
                },
            ),
        ],
    },
    "tra-dinh-tan-cuong-hop-thiec": {
        "title": "Thé « clou » de Tân Cương en boîte métallique",
        "summary": (
            "Le trà đinh — uniquement les plus jeunes bourgeons encore fermés, petits comme un "
            "clou — est le thé vert le plus précieux de Tân Cương ; en boîte métallique de 100 g."
        ),
        "body": [
            (
                "text",
                "<p>Le <i>trà đinh</i>, ou « thé clou », doit son nom aux bourgeons dont il est "
                "fait : uniquement la plus jeune pousse, avant qu’aucune feuille ne se déploie, "
                "petite et pointue comme un clou. Chaque théier ne donne que quelques bourgeons "
                "de cette qualité à chaque récolte : il faut donc près de quatre kilos de "
                "bourgeons frais pour obtenir moins d’un kilo de thé fini, et les cueilleurs "
                "parcourent chaque branche dès l’aube.</p><p>Les bourgeons sont torréfiés dans "
                "des poêles en fonte sur un feu plus doux que le thé ordinaire, afin de préserver "
                "leur duvet blanc. La liqueur est d’un or mielleux, au parfum de jeune riz vert, "
                "plus douce qu’astringente. Le thé clou s’offre traditionnellement en cadeau ou "
                "se sert aux invités de marque.</p><p>Infusez-le avec une eau à environ 75–80 °C, "
                "3 à 4 g pour une petite théière, pendant 40 secondes. La boîte hermétique "
                "préserve l’arôme ; conservez-la au frais et au sec et dégustez le thé dans les "
                "12 mois.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Le thé clou se cueille du bout des doigts. Même une bonne cueilleuse ne "
                        "récolte que quelques centaines de grammes de bourgeons en une matinée "
                        "entière."
                    ),
                    "name": "Vũ Thị Hạnh",
                    "role": "Directrice de la coopérative de thé Sương Mai",
                },
            ),
        ],
    },
    "hong-tra-thai-nguyen": {
        "title": "Thé noir de Thái Nguyên",
        "summary": (
            "Un thé noir (hồng trà) issu des feuilles de thé des collines de Thái Nguyên, "
            "entièrement oxydé : une liqueur rouge ambré aux notes de miel et de fruits secs. OCOP "
            "3 étoiles."
        ),
        "body": [
            (
                "text",
                "<p>À Thái Nguyên, on boit du thé vert, mais les visiteurs étrangers réclamaient "
                "sans cesse un thé à prendre avec du lait et des gâteaux. La coopérative Sương "
                "Mai utilise les feuilles de thé des collines de Tân Cương même — un bourgeon et "
                "deux ou trois feuilles, un peu plus mûres que pour le thé vert — pour faire un "
                "<b>thé noir</b> : les feuilles sont flétries, longuement roulées, puis laissées "
                "à s’oxyder complètement avant le séchage.</p><p>Les Vietnamiens l’appellent "
                "<i>hồng trà</i>, « thé rouge », pour sa liqueur rouge ambré. Il offre des notes "
                "de miel, de malt et de fruits secs, une saveur ronde et très peu astringente, "
                "délicieux chaud ou glacé, et il s’accorde volontiers avec un nuage de "
                "lait.</p><p>Infusez 3 g dans 250 ml d’eau à environ 95 °C pendant 3 à 4 minutes. "
                "Conservez-le dans une boîte hermétique, à l’abri de l’humidité.</p>",
            ),
            (
                "process",
                {
                    "title": "La fabrication du thé noir",
                    "steps": [
                        {
                            "title": "Flétrissage",
                            "text": (
                                "Les feuilles sont étalées en couche fine sur des vans plats "
                                "jusqu’à devenir souples et perdre une partie de leur eau."
                            ),
                            "duration": "10 à 12 heures",
                        },
                        {
                            "title": "Roulage et oxydation",
                            "text": (
                                "Un roulage énergique brise les cellules des feuilles, qui "
                                "reposent ensuite jusqu’à prendre une teinte cuivrée."
                            ),
                            "duration": "3 à 4 heures",
                        },
                        {
                            "title": "Séchage",
                            "text": (
                                "Un séchage à haute température arrête l’oxydation, puis le thé "
                                "est tamisé et calibré."
                            ),
                            "duration": "1 à 2 heures",
                        },
                    ],
                },
            ),
        ],
    },
}
