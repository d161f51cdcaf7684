"""Demo content in French: product stories of the Phú Vinh rattan and bamboo weavers (Trọng Nghĩa).

Translated from the Vietnamese originals in `langnghe_demo/content/stories/rattan_basket_tray.py`
and `bamboo_basket_armchair.py`, block for block.
"""

MAP_PHU_VINH = "https://www.openstreetmap.org/?mlat=20.944&mlon=105.684#map=15/20.944/105.684"


STORIES: dict[str, dict] = {
    "gio-may-dan-co-nap": {
        "title": "Panier en rotin tressé avec couvercle de Phú Vinh",
        "summary": (
            "Un panier en rotin tressé à la main, avec couvercle, du village artisanal de Phú Vinh "
            "(Chương Mỹ, Hà Nội), où l’on tresse le rotin et le bambou depuis plus de quatre cents "
            "ans. Trois tailles, couleur naturelle du rotin. OCOP 4 étoiles."
        ),
        "body": [
            (
                "text",
                "<p>Phú Vinh, à Chương Mỹ, à l’ouest de Hà Nội, est surnommé « la terre du rotin "
                "et du bambou » : les villageois y tressent le rotin depuis plus de quatre cents "
                "ans, et les enfants apprennent encore à affiner les brins avant de savoir faire "
                "du vélo. Ce panier à couvercle est entièrement tressé à la main en rotin "
                "finement refendu, aux brins réguliers comme du fil, avec un couvercle bien "
                "ajusté pour ranger laine, jouets, serviettes ou pain.</p><p>Le rotin est un "
                "palmier grimpant des forêts ; ses tiges sont séchées au soleil, refendues, "
                "affinées puis traitées contre la moisissure avant de passer entre les mains du "
                "vannier. Le panier garde la couleur naturelle du rotin, qui prend au fil des "
                "années une belle teinte miel.</p><p><b>Entretien :</b> rangez-le dans un endroit "
                "sec et aéré, dépoussiérez-le avec une brosse douce, essuyez-le avec un chiffon "
                "humide et laissez-le sécher à l’ombre ; ne le faites pas tremper.</p>",
            ),
            (
                "process",
                {
                    "title": "La naissance d’un panier",
                    "steps": [
                        {
                            "title": "Préparation du rotin",
                            "text": (
                                "Les tiges de rotin sont séchées au soleil, refendues en brins, "
                                "affinées pour être régulières et traitées contre la moisissure."
                            ),
                            "duration": "1 semaine",
                        },
                        {
                            "title": "Montage de l’armature",
                            "text": (
                                "Le vannier cintre de grosses tiges de cœur de rotin pour former "
                                "l’armature du fond et du bord."
                            ),
                            "duration": "une demi-journée",
                        },
                        {
                            "title": "Tressage du corps et du couvercle",
                            "text": (
                                "Les brins fins sont tressés un dessus, un dessous autour de "
                                "l’armature, chaque rang serré avec la même tension."
                            ),
                            "duration": "1 à 2 jours",
                        },
                        {
                            "title": "Finitions",
                            "text": (
                                "On coupe net les extrémités des brins, on flambe les fibres qui "
                                "dépassent et on vérifie l’ajustement du couvercle."
                            ),
                            "duration": "2 heures",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Mon grand-père m’a appris qu’un panier se tresse avec les deux mains et "
                        "avec le ventre. Des mains régulières le font tenir droit ; un ventre "
                        "patient ne laisse aucun jour entre les brins."
                    ),
                    "name": "Nguyễn Trọng Nghĩa",
                    "role": "Chef de l’atelier familial de vannerie Trọng Nghĩa",
                },
            ),
            (
                "village",
                {
                    "village": "Village du rotin et du bambou de Phú Vinh",
                    "text": (
                        "Phú Vinh fait partie de la commune de Phú Nghĩa, à Chương Mỹ, à une "
                        "trentaine de kilomètres du centre de Hà Nội. Il est reconnu comme village "
                        "d’artisanat traditionnel."
                    ),
                    "map_url": MAP_PHU_VINH,
                },
            ),
        ],
    },
    "khay-may-dan": {
        "title": "Plateau en rotin tressé de Phú Vinh",
        "summary": (
            "Un plateau en rotin tressé à la main sur une armature en bambou, rond ou "
            "rectangulaire, pour servir le thé, les fruits et les douceurs ou pour décorer. OCOP 4 "
            "étoiles."
        ),
        "body": [
            (
                "text",
                "<p>Au Têt, à Phú Vinh, le plateau des cinq fruits offert aux ancêtres et les "
                "tasses de thé des invités reposent le plus souvent sur un plateau en rotin. "
                "Celui-ci a une armature en bambou mûr, cintrée et chevillée serré ; le fond et "
                "les bords sont tressés en rotin fin selon un sergé à brins doubles qui dessine "
                "un motif en diagonale, comme des écailles de poisson. Les deux poignées sont "
                "gainées d’une épaisse couche de rotin pour une prise ferme et "
                "agréable.</p><p>Deux formes sont proposées : ronde, de 35 cm de diamètre, et "
                "rectangulaire, de 45 × 30 cm. Le plateau est léger mais rigide, assez solide "
                "pour porter une théière pleine et ses tasses. Sa surface est enduite d’une huile "
                "transparente qui le protège légèrement de l’humidité ; essuyez-le avec un "
                "chiffon humide, mais ne le faites pas tremper, n’y laissez pas longtemps "
                "d’objets mouillés et ne le mettez pas au four.</p>",
            ),
            (
                "process",
                {
                    "title": "Armature en bambou, plateau en rotin",
                    "steps": [
                        {
                            "title": "Cintrage de l’armature",
                            "text": (
                                "Le bambou mûr est chauffé à la flamme jusqu’à devenir souple, "
                                "cintré pour former le bord du plateau et fixé par des chevilles "
                                "en bambou."
                            ),
                            "duration": "une demi-journée",
                        },
                        {
                            "title": "Tressage du fond",
                            "text": (
                                "Les brins de rotin fin sont tressés en sergé double pour former "
                                "une surface plane à la tension régulière."
                            ),
                            "duration": "1 jour",
                        },
                        {
                            "title": "Gainage des poignées et huilage",
                            "text": (
                                "Le rotin est enroulé autour du bord et des poignées, puis une "
                                "couche d’huile transparente est appliquée et laissée à sécher."
                            ),
                            "duration": "1 jour",
                        },
                    ],
                },
            ),
        ],
    },
    "lan-tre-di-cho": {
        "title": "Panier de marché en bambou de Phú Vinh",
        "summary": (
            "Un panier en bambou giang tressé à la main, avec anse, comme ceux que les "
            "grands-mères et les mères portent encore au marché dans les campagnes du nord du "
            "Vietnam. Léger, solide, il remplace le sac plastique."
        ),
        "body": [
            (
                "text",
                "<p>Avant les sacs plastiques, les femmes des villages du nord du Vietnam "
                "allaient au marché avec un panier en bambou. Celui-ci est tressé en <b>bambou "
                "giang</b> — un bambou aux longs entre-nœuds et aux fibres souples, que l’on peut "
                "refendre en lamelles fines sans qu’elles cassent — selon la forme d’autrefois : "
                "fond carré, large ouverture et anse courbe gainée de lamelles.</p><p>Avec ses "
                "36 × 26 × 30 cm, il accueille les légumes et les fruits d’une matinée de marché, "
                "ou sert de panier de pique-nique ou de plage. Les lamelles de giang sont "
                "bouillies puis soigneusement séchées pour les protéger des insectes xylophages, "
                "et laissées brutes, sans vernis.</p><p>Après usage, laissez le panier sécher "
                "complètement dans un endroit aéré ; s’il a pris la pluie, faites-le sécher à "
                "l’ombre plutôt qu’en plein soleil pour que les lamelles ne se déforment pas.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Enfant, je suivais ma mère au marché de Chúc Sơn avec un panier comme "
                        "celui-ci à la main. Aujourd’hui, des clients en Allemagne et en Australie "
                        "le commandent pour aller au supermarché — je suis heureux qu’un panier de "
                        "village voyage aussi loin."
                    ),
                    "name": "Nguyễn Trọng Nghĩa",
                    "role": "Chef de l’atelier familial de vannerie Trọng Nghĩa",
                },
            ),
        ],
    },
    "ghe-banh-may": {
        "title": "Fauteuil en rotin tressé à la main de Phú Vinh",
        "summary": (
            "Un fauteuil à armature en cœur de rotin, assise et dossier en rotin tressé, fabriqué "
            "sur commande en 30 à 35 jours. Rotin naturel ou brun miel."
        ),
        "body": [
            (
                "text",
                "<p>Le fauteuil en rotin est la pièce la plus exigeante de l’atelier Trọng Nghĩa. "
                "Son armature est faite de cœur de rotin épais comme un poignet, chauffé à la "
                "flamme puis cintré en accoudoirs et pieds courbes d’un seul tenant ; les "
                "assemblages principaux ne sont pas cloués mais ligaturés serré avec du rotin. "
                "L’assise et le dossier sont tressés en brins de rotin selon un motif hexagonal "
                "ajouré, qui respire et offre une légère souplesse.</p><p>Le fauteuil mesure "
                "72 × 68 cm pour 82 cm de haut et existe en deux teintes : rotin naturel et brun "
                "miel (teinture à l’eau sous un vernis satiné). Chaque fauteuil est suivi du "
                "début à la fin par un maître vannier ; il n’est donc fabriqué que sur commande : "
                "30 jours en teinte naturelle, 35 jours en brun miel.</p><p>Pour l’intérieur ou "
                "une véranda couverte. Tenez-le à l’abri de la pluie, du soleil direct et d’une "
                "humidité élevée prolongée ; dépoussiérez-le avec une brosse douce.</p>",
            ),
            (
                "process",
                {
                    "title": "La fabrication d’un fauteuil",
                    "steps": [
                        {
                            "title": "Cintrage de l’armature",
                            "text": (
                                "Le gros cœur de rotin est chauffé à la flamme, puis cintré pour "
                                "former les accoudoirs, les pieds et le dossier."
                            ),
                            "duration": "1 semaine",
                        },
                        {
                            "title": "Ligature des assemblages",
                            "text": (
                                "Chaque assemblage est ligaturé serré avec des brins de rotin, à "
                                "la place des vis et des clous."
                            ),
                            "duration": "3 jours",
                        },
                        {
                            "title": "Tressage de l’assise et du dossier",
                            "text": (
                                "L’assise et le dossier sont tressés en brins de rotin selon un "
                                "motif hexagonal ajouré."
                            ),
                            "duration": "1 à 2 semaines",
                        },
                        {
                            "title": "Teinture, finition et emballage",
                            "text": (
                                "Teinture si le brun miel est choisi, vernis satiné, protection "
                                "des angles et mise en caisse."
                            ),
                            "duration": "3 à 5 jours",
                        },
                    ],
                },
            ),
        ],
    },
}
