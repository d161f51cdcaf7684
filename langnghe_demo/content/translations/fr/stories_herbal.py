"""Demo content in French: product stories of the Lục Nam herbal workshop (Công ty TNHH Thảo mộc
Mộc Lan).

Translated from the Vietnamese originals in `langnghe_demo/content/stories/herbal_*.py`, block
for block.
"""

MAP_LUC_NAM = "https://www.openstreetmap.org/?mlat=21.218&mlon=106.473#map=13/21.218/106.473"


STORIES: dict[str, dict] = {
    "dau-goi-bo-ket-thao-moc": {
        "title": "Shampoing aux plantes et au bồ kết Mộc Lan",
        "summary": (
            "Un shampoing préparé à partir de gousses de bồ kết, d’écorce de pomelo, de basilic "
            "hương nhu et d’éleusine, selon la recette de lavage des cheveux des femmes des "
            "collines de Lục Nam. Sans parabènes ni silicones. OCOP 4 étoiles."
        ),
        "body": [
            (
                "text",
                "<p>Le dernier après-midi de l’année lunaire, bien des familles du nord du "
                "Vietnam font encore bouillir une marmite d’eau de bồ kết pour se laver les "
                "cheveux et « laver l’année passée » avant le Têt. L’eau de gousses de <i>bồ "
                "kết</i> mousse légèrement et nettoie les cheveux sans dessécher le cuir "
                "chevelu.</p><p>Le shampoing Mộc Lan reste fidèle à cette recette : <b>gousses de "
                "bồ kết, écorce de pomelo, hương nhu (basilic clou de girofle) et éleusine</b>, "
                "cultivés dans la zone de plantes médicinales de Lục Nam, mijotent en une "
                "décoction concentrée, ensuite associée à des agents lavants d’origine végétale "
                "pour un usage quotidien facile. Sans parabènes ni silicones ; son parfum est "
                "celui des vraies plantes.</p><p><b>Utilisation :</b> agitez bien, massez sur "
                "cheveux mouillés, laissez poser 2 à 3 minutes et rincez abondamment. Le dépôt au "
                "fond du flacon est une matière végétale naturelle. Évitez le contact avec les "
                "yeux ; refermez bien, tenez à l’abri du soleil et utilisez dans les 12 mois "
                "après ouverture.</p>",
            ),
            (
                "process",
                {
                    "title": "La marmite à shampoing de grand-mère",
                    "steps": [
                        {
                            "title": "Grillage des gousses",
                            "text": (
                                "Les gousses de bồ kết séchées sont grillées sur la braise jusqu’à "
                                "ce qu’elles embaument et que leur cosse devienne croustillante."
                            ),
                            "duration": "30 minutes",
                        },
                        {
                            "title": "Préparation de la décoction",
                            "text": (
                                "Gousses de bồ kết, écorce de pomelo, hương nhu et éleusine "
                                "mijotent doucement jusqu’à former une décoction concentrée."
                            ),
                            "duration": "6 à 8 heures",
                        },
                        {
                            "title": "Filtration et mélange",
                            "text": (
                                "La décoction est finement filtrée, puis associée à des agents "
                                "lavants d’origine végétale selon des proportions fixes."
                            ),
                            "duration": "1 jour",
                        },
                        {
                            "title": "Contrôle et mise en flacon",
                            "text": (
                                "Chaque lot fait l’objet d’un prélèvement pour analyse "
                                "microbiologique avant la mise en flacon et la pose d’une "
                                "étiquette de traçabilité."
                            ),
                            "duration": "5 à 7 jours",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Ma grand-mère s’est lavé les cheveux au bồ kết jusqu’à quatre-vingts ans, "
                        "et ils étaient encore noirs. Je veux simplement que ma fille et nos "
                        "clients retrouvent ce parfum-là, sans devoir faire bouillir une marmite "
                        "chaque soir."
                    ),
                    "name": "Lê Thị Lan",
                    "role": "Directrice de la société Mộc Lan",
                },
            ),
            (
                "village",
                {
                    "village": "Terre de plantes médicinales de Lục Nam",
                    "text": (
                        "La commune de Trường Sơn, à Lục Nam, se niche dans les collines de l’est "
                        "de Bắc Ninh (anciennement Bắc Giang), où des familles cultivent et "
                        "cueillent les plantes médicinales depuis des générations."
                    ),
                    "map_url": MAP_LUC_NAM,
                },
            ),
        ],
    },
    "dau-goi-vo-buoi": {
        "title": "Shampoing à l’écorce de pomelo Mộc Lan",
        "summary": (
            "Un shampoing à l’écorce de pomelo vert et au bồ kết, au parfum frais d’agrume, qui "
            "selon la tradition populaire fortifie les cheveux. Sans parabènes ni silicones. OCOP "
            "4 étoiles."
        ),
        "body": [
            (
                "text",
                "<p>À la saison des pomelos, les grands-mères et les mères du nord du Vietnam ne "
                "jettent jamais l’écorce : elle est séchée puis bouillie pour laver les cheveux, "
                "car selon la tradition populaire, l’huile d’écorce de pomelo fortifie les "
                "cheveux et les rend moins cassants. Le shampoing au pomelo de Mộc Lan utilise "
                "l’<b>écorce de pomelo vert</b> — la plus riche en huile essentielle — avec un "
                "peu de décoction de bồ kết pour un lavage tout en douceur.</p><p>Son parfum est "
                "celui du pomelo frais, sans aucun parfum de synthèse ; les agents lavants sont "
                "d’origine végétale, sans parabènes ni silicones. Il convient aux cheveux gras et "
                "aux cuirs chevelus qui regraissent vite par temps chaud.</p><p>Agitez avant "
                "emploi, massez le cuir chevelu pendant 2 à 3 minutes et rincez bien. Évitez le "
                "contact avec les yeux. Refermez bien, conservez dans un endroit frais et aéré, "
                "et utilisez dans les 12 mois après ouverture.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "À chaque saison des pomelos, la société achète l’écorce aux producteurs "
                        "des environs. Autrefois, ils la jetaient ; aujourd’hui, elle leur apporte "
                        "un petit revenu supplémentaire."
                    ),
                    "name": "Lê Thị Lan",
                    "role": "Directrice de la société Mộc Lan",
                },
            ),
        ],
    },
    "tinh-chat-vo-buoi-duong-toc": {
        "title": "Lotion capillaire à l’écorce de pomelo Mộc Lan",
        "summary": (
            "Un spray sans rinçage pour le cuir chevelu, à l’huile essentielle d’écorce de pomelo "
            "distillée à la vapeur, à l’eau florale et à la glycérine végétale, à appliquer après "
            "le shampoing. Flacon vaporisateur de 100 ml."
        ),
        "body": [
            (
                "text",
                "<p>L’alambic de Mộc Lan tourne pendant toute la saison des pomelos : l’écorce "
                "fraîche est hachée et distillée à la vapeur pour recueillir, goutte à goutte, "
                "l’<b>huile essentielle d’écorce de pomelo</b> qui flotte à la surface de l’eau "
                "distillée. Cette huile est diluée dans cette même eau florale au parfum de "
                "pomelo, avec un peu de glycérine végétale, pour donner un spray léger, non gras, "
                "à utiliser tous les jours.</p><p>Après le shampoing, essorez vos cheveux dans "
                "une serviette, vaporisez directement sur les racines et massez doucement le cuir "
                "chevelu, sans rincer. Les utilisateurs trouvent que le cuir chevelu reste frais "
                "et que les cheveux sentent le pomelo toute la journée.</p><p>Agitez avant "
                "emploi. Faites un essai sur une petite zone si votre peau est sensible ; évitez "
                "le contour des yeux. Conservez au frais, à l’abri du soleil, et utilisez dans "
                "les 6 mois après ouverture.</p>",
            ),
            (
                "process",
                {
                    "title": "La distillation de l’huile de pomelo",
                    "steps": [
                        {
                            "title": "Découpe de l’écorce",
                            "text": (
                                "On retire le ziste blanc de l’écorce fraîche, puis on la hache "
                                "pour que l’huile s’en échappe facilement."
                            ),
                            "duration": "quelques heures",
                        },
                        {
                            "title": "Distillation à la vapeur",
                            "text": (
                                "La vapeur traverse l’écorce et entraîne l’huile vers le "
                                "condenseur ; l’huile remonte à la surface."
                            ),
                            "duration": "4 à 5 heures",
                        },
                        {
                            "title": "Mélange et mise en flacon",
                            "text": (
                                "L’huile est mélangée à l’eau florale et à la glycérine végétale, "
                                "filtrée et mise en flacons vaporisateurs."
                            ),
                            "duration": "1 jour",
                        },
                    ],
                },
            ),
        ],
    },
    "xa-phong-thao-duoc-thu-cong": {
        "title": "Savon artisanal aux plantes Mộc Lan",
        "summary": (
            "Un savon saponifié à froid à l’huile de coco et à l’huile d’olive, à la poudre de bồ "
            "kết, au basilic hương nhu et au curcuma, affiné six semaines. Pain de 100 g ou "
            "coffret de trois."
        ),
        "body": [
            (
                "text",
                "<p>Chaque pain de savon Mộc Lan est fabriqué par <b>saponification à froid</b> : "
                "les huiles de coco et d’olive sont mélangées à une solution de soude à basse "
                "température, puis on y incorpore la poudre de bồ kết, l’extrait de hương nhu et "
                "le curcuma en poudre. Comme rien n’est porté à ébullition, les plantes gardent "
                "leur couleur et leur parfum, et la glycérine naturelle formée pendant la "
                "saponification reste dans le pain : la peau ne tiraille pas.</p><p>Le savon est "
                "coulé en moules, découpé à la main, puis <b>affiné six semaines</b> sur des "
                "claies en bois pour durcir et gagner en douceur. Les pains sont d’un jaune "
                "curcuma, mouchetés de brun par le bồ kết, au chaud parfum de plantes. Chaque "
                "pain pèse 100 g ; le coffret de trois pains fait un joli cadeau.</p><p>Posez le "
                "savon sur un porte-savon drainant pour qu’il sèche entre deux usages : il durera "
                "plus longtemps. Le curcuma peut laisser une légère trace jaune sur les "
                "serviettes blanches ; elle part au lavage.</p>",
            ),
            (
                "process",
                {
                    "title": "Six semaines pour un pain de savon",
                    "steps": [
                        {
                            "title": "Mélange des huiles et de la soude",
                            "text": (
                                "Les huiles de coco et d’olive sont mélangées à la solution de "
                                "soude jusqu’à ce que la préparation épaississe."
                            ),
                            "duration": "1 heure",
                        },
                        {
                            "title": "Ajout des plantes",
                            "text": (
                                "On ajoute la poudre de bồ kết, l’extrait de hương nhu et le "
                                "curcuma, puis le savon est coulé en moules."
                            ),
                            "duration": "30 minutes",
                        },
                        {
                            "title": "Découpe et affinage",
                            "text": (
                                "Au bout de deux jours, le savon est découpé en pains et affiné "
                                "sur des claies en bois, dans un endroit frais et aéré."
                            ),
                            "duration": "6 semaines",
                        },
                    ],
                },
            ),
        ],
    },
}
