"""Demo content in French: product stories of the Bát Tràng ceramics (HTX Gốm sứ Lam Thủy).

Translated from the Vietnamese originals in `langnghe_demo/content/stories/ceramics_*.py`, block
for block; quoted makers keep their Vietnamese names and the map links are the sources' own.
"""

MAP_BAT_TRANG = "https://www.openstreetmap.org/?mlat=20.975&mlon=105.913#map=15/20.975/105.913"


STORIES: dict[str, dict] = {
    "bo-am-chen-men-lam-ve-tay": {
        "title": "Service à thé en céramique bleue peinte à la main de Bát Tràng",
        "summary": (
            "Une théière, six tasses et un plateau en grès peints à la main d’un motif d’étang aux "
            "lotus en bleu de cobalt, cuits à 1 250–1 300 °C au village potier de Bát Tràng, au "
            "bord du fleuve Rouge. Produit OCOP 4 étoiles."
        ),
        "body": [
            (
                "text",
                "<p>À Bát Tràng, dans chaque maison, on offre une tasse de thé au visiteur avant "
                "de parler affaires. Ce service — une théière, six tasses et un plateau — est en "
                "grès, façonné au tour puis <b>peint à la main au bleu de cobalt</b>, la couleur "
                "qui fait depuis des siècles la renommée de la céramique de Bát Tràng. Le motif "
                "d’étang aux lotus est peint directement sur la pièce crue avant la pose d’une "
                "glaçure transparente : le trait de pinceau reste ainsi sous l’émail et ne "
                "s’efface pas.</p><p>Chaque pièce étant peinte à la main, aucune tasse n’a "
                "exactement la même nuance : c’est la trace de la main du peintre, non un "
                "défaut.</p><p><b>Entretien :</b> ébouillantez la théière avant la première "
                "utilisation ; lavez à l’eau tiède avec un chiffon doux et évitez les chocs "
                "thermiques.</p>",
            ),
            (
                "process",
                {
                    "title": "De l’argile à la table à thé",
                    "steps": [
                        {
                            "title": "Épuration de l’argile",
                            "text": (
                                "L’argile blanche est mise à tremper et décantée dans plusieurs "
                                "bassins pour en ôter les graviers, puis laissée à reposer pour "
                                "gagner en plasticité."
                            ),
                            "duration": "2 à 3 semaines",
                        },
                        {
                            "title": "Façonnage",
                            "text": (
                                "Théière et tasses sont tournées ou coulées dans des moules en "
                                "plâtre ; becs et anses sont posés à la main."
                            ),
                            "duration": "3 jours",
                        },
                        {
                            "title": "Décor et émaillage",
                            "text": (
                                "Le peintre trace l’étang aux lotus au bleu de cobalt sur la pièce "
                                "crue séchée, qui est ensuite trempée dans la glaçure transparente."
                            ),
                            "duration": "1 jour par service",
                        },
                        {
                            "title": "Cuisson",
                            "text": (
                                "Le four monte à 1 250–1 300 °C puis refroidit naturellement ; "
                                "chaque pièce est contrôlée et reçoit son étiquette QR."
                            ),
                            "duration": "environ 24 heures",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Les clients étrangers demandent souvent pourquoi deux tasses ne sont pas "
                        "identiques. Je leur réponds : parce qu’elles ont été peintes par une main "
                        "humaine, et personne ne peint deux fois la même chose."
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
                        "Bát Tràng s’étend au bord du fleuve Rouge, à une quinzaine de kilomètres "
                        "du centre de Hà Nội, et façonne la céramique depuis plus de sept cents "
                        "ans."
                    ),
                    "map_url": MAP_BAT_TRANG,
                },
            ),
        ],
    },
    "bo-bat-dia-men-lam-12-mon": {
        "title": "Service de table en céramique bleue de Bát Tràng, 12 pièces",
        "summary": (
            "Six bols et six assiettes en grès peints à la main au bleu de cobalt, pour les repas "
            "de tous les jours ; compatibles micro-ondes et lave-vaisselle."
        ),
        "body": [
            (
                "text",
                "<p>Au Vietnam, le repas familial se partage au milieu de la table : une assiette "
                "de légumes, un plat de poisson mijoté, un bol de soupe et, pour chacun, un bol "
                "de riz. Ce service de douze pièces est conçu précisément pour ce repas — six "
                "bols à riz et six assiettes — en grès de Bát Tràng cuit à 1 250–1 300 °C : il "
                "est donc dur, très peu poreux et garde bien la chaleur.</p><p>Le bord des bols "
                "et le fond des assiettes sont peints au pinceau, en bleu de cobalt, de rinceaux "
                "feuillus typiques de la céramique du village. La couleur se trouve sous une "
                "glaçure transparente sans plomb, sans filet doré : le service <b>passe au "
                "micro-ondes et au lave-vaisselle</b>. Les pièces s’empilent parfaitement et "
                "prennent peu de place dans le placard.</p><p>À réception, lavez toutes les "
                "pièces à l’eau tiède avant la première utilisation. Ne posez pas un bol chaud "
                "directement sur une pierre froide et ne le plongez pas dans l’eau froide.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Les bols et les assiettes, on les tient en main tous les jours ; je les "
                        "tourne donc pour qu’ils se logent bien dans la paume et soient un peu "
                        "plus légers que la vaisselle du marché. Cela, on ne le sent qu’à l’usage."
                    ),
                    "name": "Phạm Văn Tú",
                    "role": "Tourneur, coopérative céramique Lam Thủy",
                },
            ),
        ],
    },
    "coc-men-hoa-bien": {
        "title": "Mug en grès à glaçure flammée de Bát Tràng, 350 ml",
        "summary": (
            "Un mug de 350 ml à glaçure flammée : c’est le feu qui décide de la couleur, aucun mug "
            "ne ressemble donc à un autre. En bleu océan, vert jade et brun thé."
        ),
        "body": [
            (
                "text",
                "<p><i>Hỏa biến</i> signifie « transformé par le feu ». Le potier compose la "
                "glaçure à partir de cendres, de minéraux et d’oxydes métalliques, mais c’est le "
                "four qui a le dernier mot : à mesure que la température monte, la glaçure fond "
                "et coule, ses couches se mêlent en traînées, en mouchetures étoilées et en "
                "coulures que nul ne peut dessiner d’avance. Chaque mug, bleu océan, vert jade ou "
                "brun thé, est donc une pièce unique.</p><p>Le mug contient 350 ml, son anse "
                "accueille quatre doigts et sa paroi épaisse garde au chaud le café ou le thé au "
                "lait. Il est émaillé à l’intérieur comme à l’extérieur ; seul le pied reste "
                "brut. Compatible micro-ondes et lave-vaisselle.</p>",
            ),
            (
                "process",
                {
                    "title": "Un four, trois glaçures",
                    "steps": [
                        {
                            "title": "Façonnage",
                            "text": (
                                "Les mugs sont coulés en moule, l’anse est posée à la main, puis "
                                "les pièces sèchent à l’ombre."
                            ),
                            "duration": "4 jours",
                        },
                        {
                            "title": "Double émaillage",
                            "text": (
                                "Le mug est trempé dans une glaçure de fond, puis la glaçure "
                                "flammée est versée sur le bord pour qu’elle coule à la cuisson."
                            ),
                            "duration": "1 jour",
                        },
                        {
                            "title": "Cuisson et tri",
                            "text": (
                                "Cuisson à environ 1 280 °C ; tout mug dont la glaçure a coulé "
                                "jusqu’au pied ou qui s’est fêlé est écarté."
                            ),
                            "duration": "environ 24 heures",
                        },
                    ],
                },
            ),
        ],
    },
    "lo-hoa-men-ran-co": {
        "title": "Vase à glaçure craquelée à l’ancienne de Bát Tràng",
        "summary": (
            "Un vase en grès à glaçure craquelée, parcouru de fines lignes sombres en pattes "
            "d’oiseau, au pied engobé de brun comme les pièces anciennes de Bát Tràng. Hauteur "
            "25 cm ou 35 cm."
        ),
        "body": [
            (
                "text",
                "<p>La glaçure craquelée fait la fierté des potiers de Bát Tràng. Quand le four "
                "refroidit, la glaçure et le corps de la pièce se rétractent inégalement, et la "
                "surface se fend en un réseau de fines lignes que les villageois appellent "
                "« pattes d’oiseau ». Le potier frotte la surface d’encre ou de thé fort pour "
                "foncer les craquelures, puis essuie la glaçure : les lignes apparaissent comme "
                "le dessin du temps.</p><p>Le pied du vase est enduit d’un engobe brun, "
                "exactement comme les vases anciens que les familles du village conservent sur "
                "leur autel des ancêtres. Le réseau de craquelures de chaque vase est aléatoire "
                "et ne se répète jamais. L’intérieur est entièrement émaillé, vous pouvez donc y "
                "mettre des fleurs fraîches ; essuyez le fond du vase après avoir changé "
                "l’eau.</p>",
            ),
            (
                "process",
                {
                    "title": "La naissance d’une glaçure craquelée",
                    "steps": [
                        {
                            "title": "Tournage",
                            "text": (
                                "Le corps du vase est monté au tour, laissé à raffermir, puis "
                                "tournassé pour affiner sa forme et son pied."
                            ),
                            "duration": "2 jours",
                        },
                        {
                            "title": "Émaillage craquelé",
                            "text": (
                                "La glaçure craquelée est posée en couche plus épaisse qu’une "
                                "glaçure ordinaire ; le pied est badigeonné d’engobe brun."
                            ),
                            "duration": "1 jour",
                        },
                        {
                            "title": "Cuisson et tressaillage",
                            "text": (
                                "Après la cuisson, le vase refroidit lentement dans le four ; on "
                                "entend la glaçure crépiter en se fendillant pendant des jours."
                            ),
                            "duration": "2 à 3 jours",
                        },
                        {
                            "title": "Teinture des craquelures",
                            "text": (
                                "On frotte la glaçure d’encre ou de thé, puis on l’essuie pour "
                                "faire ressortir les craquelures sombres."
                            ),
                            "duration": "une demi-journée",
                        },
                    ],
                },
            ),
            (
                "village",
                {
                    "village": "Village potier de Bát Tràng",
                    "text": (
                        "Selon la légende, des potiers venus de Bồ Bát s’installèrent sur une "
                        "étendue de terre blanche au bord du fleuve Rouge à l’époque des Lý et des "
                        "Trần. Le nom Bát Tràng unit « Bồ Bát » et « tràng », la vaste esplanade "
                        "où les villageois bâtirent leurs fours."
                    ),
                    "map_url": MAP_BAT_TRANG,
                },
            ),
        ],
    },
    "luc-binh-men-lam-ve-tay-kho-lon": {
        "title": "Grand vase de sol en céramique bleue peinte à la main de Bát Tràng",
        "summary": (
            "Un vase de sol de 80 cm ou 120 cm de haut, peint à la main de dragons parmi les "
            "nuages au bleu de cobalt, fabriqué sur commande en 30 à 45 jours."
        ),
        "body": [
            (
                "text",
                "<p>Dans la maison vietnamienne traditionnelle, les grands vases appelés <i>lục "
                "bình</i> se dressent par paire de part et d’autre de l’autel ou de la porte "
                "d’entrée, en signe de paix et de prospérité. Ce grand vase de 80 cm ou 120 cm de "
                "haut est peint au bleu de cobalt de <b>dragons parmi les nuages</b>, le col et "
                "l’épaule bordés de pétales de lotus.</p><p>À cette taille, le corps doit être "
                "tourné en plusieurs tronçons, assemblés puis lissés, avant de sécher lentement "
                "pendant des semaines pour ne pas se fendre. Un peintre chevronné consacre "
                "plusieurs jours au seul dragon. C’est pourquoi ce vase n’est fabriqué que sur "
                "commande : 30 jours pour la taille de 80 cm, 45 jours pour celle de 120 cm. Si "
                "vous commandez une paire, les deux vases sont peints par la même main afin que "
                "le trait soit identique.</p><p>Le vase voyage dans une caisse en bois garnie de "
                "mousse, par bateau ou par avion. Au déballage, soulevez-le à deux mains en le "
                "tenant par le corps, jamais par le col.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Un dragon se peint d’un seul souffle, de la tête à la queue. Si l’on "
                        "s’arrête en chemin, les écailles se brisent et n’importe qui le voit "
                        "aussitôt."
                    ),
                    "name": "Nguyễn Thị Thu Hằng",
                    "role": "Présidente de la coopérative céramique Lam Thủy",
                },
            ),
            (
                "process",
                {
                    "title": "Une commande de vase de sol",
                    "steps": [
                        {
                            "title": "Validation du modèle",
                            "text": (
                                "L’atelier vous envoie une esquisse des dragons et des nuages avec "
                                "les dimensions, pour approbation."
                            ),
                            "duration": "3 à 5 jours",
                        },
                        {
                            "title": "Tournage et assemblage",
                            "text": (
                                "Le corps est tourné en plusieurs tronçons, assemblé, puis séché "
                                "lentement à l’ombre."
                            ),
                            "duration": "2 à 3 semaines",
                        },
                        {
                            "title": "Décor, émaillage, cuisson",
                            "text": (
                                "Décor au bleu de cobalt, glaçure transparente et cuisson à "
                                "1 250–1 300 °C ; le vase refroidit deux jours dans le four."
                            ),
                            "duration": "1 à 2 semaines",
                        },
                    ],
                },
            ),
        ],
    },
    "dia-trang-tri-ve-tay-men-lam": {
        "title": (
            "Assiette décorative en céramique bleue peinte à la main de Bát Tràng, avec support"
        ),
        "summary": (
            "Une assiette en grès à accrocher au mur ou à poser sur une étagère, peinte à la main "
            "de carpes jouant parmi les lotus au bleu de cobalt, avec un support en bois. Diamètre "
            "30 cm ou 40 cm."
        ),
        "body": [
            (
                "text",
                "<p>C’est sur l’assiette décorative que le peintre de Bát Tràng peut vraiment "
                "« prendre son envol » : tout le fond de l’assiette devient un tableau rond. "
                "Celle-ci représente des <b>carpes jouant parmi les lotus</b> — la carpe "
                "symbolise la persévérance, le lotus la pureté — peintes au bleu de cobalt en "
                "plusieurs couches plus ou moins soutenues, d’un pinceau tantôt souple, tantôt "
                "incisif, comme une peinture à l’encre.</p><p>Elle existe en deux tailles, 30 cm "
                "et 40 cm, avec un support en bois pour l’étagère ; un trou au revers permet de "
                "passer un cordon si vous préférez l’accrocher au mur. Le décor se trouve sous la "
                "glaçure : un chiffon humide suffit à l’entretenir. Cette assiette est destinée à "
                "la décoration ; ne l’utilisez pas pour des aliments acides ni au micro-ondes.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Le plus difficile, dans un poisson, c’est la queue. Une queue raide, et "
                        "le poisson est mort dans l’assiette ; il faut lever le pinceau très vite "
                        "pour qu’il se mette à frétiller."
                    ),
                    "name": "Lê Thị Hoa",
                    "role": "Peintre, coopérative céramique Lam Thủy",
                },
            ),
        ],
    },
}
