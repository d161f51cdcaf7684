"""Demo content in French: product stories of the Hương Khê agarwood family workshop (Trầm hương
Phúc Trạch).

Translated from the Vietnamese originals in `langnghe_demo/content/stories/agarwood_*.py`, block
for block.
"""

STORIES: dict[str, dict] = {
    "nhang-tram-khong-tam": {
        "title": "Encens de bois d’agar sans tige de Phúc Trạch",
        "summary": (
            "Un encens roulé à la main à partir de poudre de bois d’agar d’Aquilaria cultivé à "
            "Hương Khê (Hà Tĩnh) et d’écorce de litsée, sans tige de bambou ni parfum de synthèse. "
            "Tube de 100 g, bâtonnets de 20 cm."
        ),
        "body": [
            (
                "text",
                "<p>Le bois d’agar n’est pas une essence de bois, mais la blessure cicatrisée de "
                "l’arbre Aquilaria. Quand son tronc est blessé, l’arbre sécrète une résine pour "
                "se protéger ; au fil des années, cette résine imprègne les fibres et forme des "
                "plages sombres de bois d’agar, au parfum doux lorsqu’on les brûle. À Hương Khê, "
                "la famille de Mme Trần Thị Mai cultive l’Aquilaria dans son jardin et <b>laisse "
                "le bois d’agar se former sur l’arbre vivant pendant plus de dix ans</b> avant de "
                "le récolter.</p><p>L’encens est roulé à la main à partir de poudre de bois "
                "d’agar et d’<b>écorce de litsée</b> — un liant naturel — sans tige de bambou : "
                "il ne dégage ainsi que le parfum du bois d’agar, peu de fumée et une cendre "
                "blanche et fine. Chaque bâtonnet de 20 cm brûle environ 40 minutes.</p><p>Le "
                "bois d’agar est inscrit à l’Annexe II de la CITES. La plantation de la famille "
                "est enregistrée auprès de l’organe de gestion CITES du Vietnam ; la possibilité "
                "d’envoyer ce produit dans votre pays, et les documents nécessaires, vous sont "
                "indiqués au moment du paiement.</p><p>Faites-le brûler dans un bol ou sur un "
                "support résistant à la chaleur, dans une pièce aérée, hors de portée des "
                "enfants.</p>",
            ),
            (
                "process",
                {
                    "title": "De l’arbre au bâtonnet d’encens",
                    "steps": [
                        {
                            "title": "Formation du bois d’agar",
                            "text": (
                                "Les arbres de plus de sept ans sont entaillés pour qu’ils "
                                "sécrètent de la résine, puis laissés des années pour que le bois "
                                "d’agar se forme."
                            ),
                            "duration": "plus de 10 ans",
                        },
                        {
                            "title": "Séparation et broyage",
                            "text": (
                                "Le bois résineux est séparé au ciseau du bois clair, séché et "
                                "finement broyé."
                            ),
                            "duration": "1 à 2 semaines",
                        },
                        {
                            "title": "Roulage",
                            "text": (
                                "La poudre de bois d’agar est mélangée à l’écorce de litsée et à "
                                "de l’eau, puis roulée à la main en bâtonnets de 20 cm."
                            ),
                            "duration": "1 jour",
                        },
                        {
                            "title": "Séchage et maturation",
                            "text": (
                                "Les bâtonnets sèchent naturellement à l’air, puis reposent dans "
                                "des boîtes fermées pour que leur parfum s’adoucisse."
                            ),
                            "duration": "2 à 3 semaines",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Un Aquilaria planté aujourd’hui ne donnera un bon bois d’agar qu’à la "
                        "génération de nos enfants. Ce métier apprend à attendre."
                    ),
                    "name": "Trần Thị Mai",
                    "role": "Propriétaire de l’atelier de bois d’agar Phúc Trạch",
                },
            ),
        ],
    },
    "nu-tram-huong": {
        "title": "Cônes d’encens au bois d’agar de Phúc Trạch",
        "summary": (
            "Des cônes faits main de poudre de bois d’agar et d’écorce de litsée ; une boîte de "
            "100 g contient environ 80 cônes, qui brûlent chacun 15 à 20 minutes."
        ),
        "body": [
            (
                "text",
                "<p>Le cône est la façon la plus simple de brûler du bois d’agar dans une petite "
                "pièce : un cône brûle 15 à 20 minutes, assez pour parfumer un salon ou un "
                "bureau, puis s’éteint sans laisser d’odeur de fumée lourde. Les Vietnamiens "
                "allument souvent un cône en préparant le thé pour leurs invités, ou devant "
                "l’autel familial les jours de pleine lune et de nouvelle lune.</p><p>Les cônes "
                "sont façonnés à la main avec la même <b>poudre de bois d’agar et écorce de "
                "litsée</b> que l’encens sans tige de l’atelier, puis séchés naturellement à "
                "l’ombre. Une boîte de 100 g contient environ 80 cônes.</p><p>Le bois d’agar est "
                "inscrit à l’Annexe II de la CITES. La plantation de la famille est enregistrée "
                "auprès de l’organe de gestion CITES du Vietnam ; la possibilité d’envoyer ce "
                "produit dans votre pays, et les documents nécessaires, vous sont indiqués au "
                "moment du paiement.</p><p>Posez le cône sur un support résistant à la chaleur ou "
                "dans un brûle-parfum rempli de sable, allumez la pointe et, une fois la flamme "
                "éteinte, laissez-le se consumer doucement. Ne laissez jamais un cône allumé sans "
                "surveillance.</p>",
            ),
            (
                "process",
                {
                    "title": "Le façonnage des cônes",
                    "steps": [
                        {
                            "title": "Mélange",
                            "text": (
                                "La poudre fine de bois d’agar est mélangée à l’écorce de litsée "
                                "et à un peu d’eau claire."
                            ),
                            "duration": "1 heure",
                        },
                        {
                            "title": "Façonnage",
                            "text": (
                                "Chaque cône est modelé à la main ou pressé dans un petit moule "
                                "conique."
                            ),
                            "duration": "1 jour",
                        },
                        {
                            "title": "Séchage à l’ombre",
                            "text": (
                                "Les cônes sèchent à l’ombre pour ne pas se fendre et garder leur "
                                "parfum."
                            ),
                            "duration": "1 à 2 semaines",
                        },
                    ],
                },
            ),
        ],
    },
    "vong-tay-tram-huong": {
        "title": "Bracelet en perles de bois d’agar de Phúc Trạch",
        "summary": (
            "Un bracelet de perles de bois d’agar cultivé, tournées une à une à la main, aux "
            "veines de résine naturelles, sur cordon élastique. Perles de 8, 10 ou 12 mm."
        ),
        "body": [
            (
                "text",
                "<p>Ce bracelet est tourné dans les morceaux aux plus belles <b>veines de "
                "résine</b> du jardin d’Aquilaria de la famille de Mme Mai. Chaque perle est "
                "tournée et polie à la main, sans vernis ni huile ajoutée : le parfum est celui "
                "de la résine naturelle du bois d’agar, qui se réchauffe au contact de la peau et "
                "s’apaise quand les perles reposent dans leur boîte. Les veines sombres de chaque "
                "perle sont la résine accumulée dans le tronc pendant de longues années : il "
                "n’existe donc pas deux bracelets identiques.</p><p>Trois tailles de perles : "
                "8 mm (22 perles), 10 mm (19 perles) et 12 mm (16 perles), enfilées sur un cordon "
                "élastique qui s’adapte à la plupart des poignets.</p><p>Le bois d’agar est "
                "inscrit à l’Annexe II de la CITES. La plantation de la famille est enregistrée "
                "auprès de l’organe de gestion CITES du Vietnam ; la possibilité d’envoyer ce "
                "produit dans votre pays, et les documents nécessaires, vous sont indiqués au "
                "moment du paiement.</p><p><b>Entretien :</b> retirez le bracelet pour vous "
                "baigner, nager ou vous laver les mains au savon ; tenez-le à l’écart des parfums "
                "et des produits chimiques. Rangez-le dans la pochette en tissu fournie quand "
                "vous ne le portez pas.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Les clients demandent combien de temps le bracelet gardera son parfum. Je "
                        "leur réponds : le vrai bois d’agar gagne en patine à mesure qu’on le "
                        "porte ; son parfum s’adoucit, mais ne disparaît jamais."
                    ),
                    "name": "Trần Thị Mai",
                    "role": "Propriétaire de l’atelier de bois d’agar Phúc Trạch",
                },
            ),
        ],
    },
    "tram-huong-mieng": {
        "title": "Copeaux de bois d’agar à chauffer de Phúc Trạch",
        "summary": (
            "Des copeaux de bois d’agar cultivé, fendus à la main, à chauffer sur un brûleur "
            "électrique ou sur du charbon de bois. Sachet de 50 g."
        ),
        "body": [
            (
                "text",
                "<p>Les copeaux sont la plus ancienne façon d’apprécier le bois d’agar : on ne "
                "les brûle pas, on les <b>chauffe</b> doucement pour que la résine libère son "
                "parfum. Ces copeaux sont fendus à la main dans les troncs d’Aquilaria cultivés "
                "dans le jardin de la famille de Mme Mai, séchés et débarrassés du bois clair, "
                "pour ne garder que les morceaux aux veines de résine sombres.</p><p>Posez un "
                "morceau de la taille d’un ongle sur un brûleur électrique pour bois d’agar réglé "
                "à basse température, ou sur une plaque de mica posée sur du charbon de bois "
                "recouvert de cendre. En chauffant, le bois d’agar dégage un parfum doux et "
                "chaleureux, aux notes de miel et de bois ; un même copeau peut servir plusieurs "
                "fois. Ne l’enflammez pas directement : la flamme brûle la résine et le parfum se "
                "perd.</p><p>Le bois d’agar est inscrit à l’Annexe II de la CITES. La plantation "
                "de la famille est enregistrée auprès de l’organe de gestion CITES du Vietnam ; "
                "la possibilité d’envoyer ce produit dans votre pays, et les documents "
                "nécessaires, vous sont indiqués au moment du paiement.</p><p>Conservez-les dans "
                "une boîte fermée, dans un endroit sec.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Chauffer le bois d’agar, c’est comme préparer le thé : à feu doux, le "
                        "parfum est limpide. Trop chaud, il ne reste que l’odeur de fumée."
                    ),
                    "name": "Trần Thị Mai",
                    "role": "Propriétaire de l’atelier de bois d’agar Phúc Trạch",
                },
            ),
        ],
    },
}
