"""Demo content in French: product stories of the Sơn Đồng carvers (xưởng tạc tượng Văn Tuyến).

Translated from the Vietnamese originals in `langnghe_demo/content/stories/woodwork_*.py`, block
for block.
"""

MAP_SON_DONG = "https://www.openstreetmap.org/?mlat=21.043&mlon=105.706#map=15/21.043/105.706"


STORIES: dict[str, dict] = {
    "con-roi-nuoc-chu-teu": {
        "title": "Marionnette sur eau Chú Tễu de Sơn Đồng",
        "summary": (
            "Chú Tễu — le personnage qui ouvre chaque spectacle de marionnettes sur eau — sculpté "
            "à la main dans le bois de figuier, laqué et peint aux pigments minéraux dans "
            "l’atelier Văn Tuyến, au village de Sơn Đồng. Hauteur 30 cm ou 45 cm."
        ),
        "body": [
            (
                "text",
                "<p>Les marionnettes sur eau sont nées dans le delta du fleuve Rouge : une stèle "
                "de la pagode Long Đọi, érigée en 1121, décrit déjà un spectacle de marionnettes "
                "sur l’eau. Les marionnettistes se tiennent dans l’eau jusqu’à la taille, "
                "derrière un rideau de bambou, et manœuvrent les figurines à l’aide de perches et "
                "de fils cachés sous la surface. Chaque représentation s’ouvre avec <b>Chú "
                "Tễu</b> : ventre rond, pagne, une seule houppe de cheveux et un large sourire, "
                "il salue le public et plaisante sur la vie du village.</p><p>Cette marionnette "
                "est sculptée dans le <b>bois de figuier</b> — assez léger pour flotter, c’est le "
                "bois traditionnel des marionnettes — puis laquée et peinte aux couleurs "
                "minérales, exactement comme une marionnette de scène. Les bras sont articulés et "
                "peuvent prendre la pose. Tễu est fait pour une étagère, ce n’est pas un jouet "
                "pour les jeunes enfants.</p><p>Essuyez-le avec un chiffon sec et tenez-le à "
                "l’abri du soleil intense.</p>",
            ),
            (
                "process",
                {
                    "title": "La sculpture d’un Tễu",
                    "steps": [
                        {
                            "title": "Dégrossissage",
                            "text": (
                                "Le bois de figuier séché est scié en bloc, puis taillé à la hache "
                                "pour une forme grossière."
                            ),
                            "duration": "2 jours",
                        },
                        {
                            "title": "Sculpture et détails",
                            "text": (
                                "Le sculpteur façonne le ventre, les bras et le pagne, puis le "
                                "visage souriant et la houppe."
                            ),
                            "duration": "3 à 4 jours",
                        },
                        {
                            "title": "Laquage et peinture",
                            "text": (
                                "Une couche de fond est appliquée et poncée, les couleurs "
                                "minérales sont peintes, puis vient une laque brillante "
                                "imperméable."
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
                        "Le plus difficile, quand on sculpte Tễu, c’est le sourire. Trop large, il "
                        "a l’air niais ; trop discret, il perd sa malice. Tễu doit sourire comme "
                        "quelqu’un de chez nous."
                    ),
                    "name": "Nguyễn Văn Tuyến",
                    "role": "Artisan, à la tête de l’atelier de sculpture Văn Tuyến",
                },
            ),
            (
                "village",
                {
                    "village": "Village de sculpteurs de Sơn Đồng",
                    "text": (
                        "Sơn Đồng, à Hoài Đức, à l’ouest de Hà Nội, est un vieux village de "
                        "sculpteurs de statues et de maîtres de la laque rouge et or ; ses "
                        "bouddhas, panneaux sculptés, sentences parallèles et marionnettes ornent "
                        "pagodes et maisons communales dans tout le nord du Vietnam."
                    ),
                    "map_url": MAP_SON_DONG,
                },
            ),
        ],
    },
    "tuong-go-mit-tac-theo-yeu-cau": {
        "title": "Statue en bois de jacquier sculptée à la main sur commande, Sơn Đồng",
        "summary": (
            "Une statue en bois de jacquier sculptée à la main selon le sujet de votre choix, "
            "finie à la laque rouge et à la feuille d’or selon la tradition de Sơn Đồng. Hauteur "
            "40 cm ou 60 cm, réalisée en 45 à 60 jours."
        ),
        "body": [
            (
                "text",
                "<p>La plupart des statues sacrées des pagodes et des maisons communales du nord "
                "du Vietnam sont sculptées dans le <b>bois de jacquier</b> : un bois au grain "
                "fin, doré, stable, qui résiste aux termites. Les sculpteurs de Sơn Đồng "
                "travaillent le jacquier mûr, puis le finissent à la <b>laque rouge et à l’or</b> "
                "— de nombreuses couches de laque naturelle mêlée de vermillon et de la feuille "
                "d’or battue à la main — pour que la statue traverse les siècles.</p><p>L’atelier "
                "Văn Tuyến sculpte sur commande : un Bouddha, Quan Âm, le Bouddha rieur, le génie "
                "de la Terre ou une statue-portrait. Vous envoyez des photos ou une description ; "
                "l’artisan réalise une esquisse et vous envoie des images à chaque étape pour "
                "recueillir vos remarques. Une statue de 40 cm demande environ 45 jours, une "
                "statue de 60 cm environ 60.</p><p>Si la statue est destinée au culte, l’atelier "
                "vous conseillera sur la posture, la taille et le jour de consécration selon la "
                "coutume. Placez-la à l’abri du soleil direct et dépoussiérez-la avec une brosse "
                "douce.</p>",
            ),
            (
                "process",
                {
                    "title": "De la bille de bois à la statue",
                    "steps": [
                        {
                            "title": "Choix du bois et esquisse",
                            "text": (
                                "On choisit une bille de jacquier mûr bien séchée et l’on y "
                                "dessine la silhouette de la statue."
                            ),
                            "duration": "1 semaine",
                        },
                        {
                            "title": "Dégrossissage",
                            "text": (
                                "Le bloc est taillé jusqu’à la silhouette, en fixant les "
                                "proportions de la tête, du corps et des mains."
                            ),
                            "duration": "1 à 2 semaines",
                        },
                        {
                            "title": "Détails et visage",
                            "text": (
                                "Les plis du vêtement et les mains sont affinés, puis vient en "
                                "dernier le visage — la partie la plus difficile."
                            ),
                            "duration": "1 à 2 semaines",
                        },
                        {
                            "title": "Laque rouge et dorure",
                            "text": (
                                "Couche de fond en laque, ponçage, couches de vermillon, pose de "
                                "la feuille d’or et finition protectrice."
                            ),
                            "duration": "2 à 3 semaines",
                        },
                    ],
                },
            ),
        ],
    },
    "khay-tra-go-mit": {
        "title": "Plateau à thé en bois de jacquier de Sơn Đồng",
        "summary": (
            "Un plateau à thé creusé d’une seule pièce dans le bois de jacquier, fini à l’huile "
            "alimentaire ; sa chaude teinte dorée fonce au fil des années. 40 × 28 cm."
        ),
        "body": [
            (
                "text",
                "<p>Les sculpteurs de Sơn Đồng ne jettent jamais les planches de jacquier qui "
                "restent après la taille d’une statue. Ce plateau à thé est creusé dans une seule "
                "pièce de jacquier massif : son fond est évidé sur 2 cm de profondeur au ciseau à "
                "main et son bord arrondi pour bien tenir entre les deux mains. Le veinage "
                "diffère d’un plateau à l’autre.</p><p>Il n’est pas verni, seulement enduit de "
                "plusieurs couches d’<b>huile alimentaire</b> appliquées au chiffon : gâteaux, "
                "fruits et douceurs du Têt peuvent donc y être posés directement. Le jacquier "
                "fraîchement taillé est d’un jaune vif ; après quelques mois à la lumière, il "
                "prend une chaude teinte ambrée. Il mesure 40 × 28 × 4 cm, juste ce qu’il faut "
                "pour une théière et six tasses.</p><p><b>Entretien :</b> essuyez avec un chiffon "
                "humide puis séchez aussitôt ; ne le faites pas tremper et ne le mettez pas au "
                "lave-vaisselle. Tous les quelques mois, appliquez une fine couche d’huile pour "
                "que le bois ne se dessèche pas.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Le bois de jacquier sent légèrement bon quand il vient d’être taillé. En "
                        "ouvrant le colis, les clients retrouvent souvent l’odeur de l’atelier, et "
                        "tous disent que cela leur rappelle la maison de leurs grands-parents."
                    ),
                    "name": "Nguyễn Văn Tuyến",
                    "role": "Artisan, à la tête de l’atelier de sculpture Văn Tuyến",
                },
            ),
        ],
    },
}
