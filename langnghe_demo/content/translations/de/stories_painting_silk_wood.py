"""German product stories: Hạ Thái lacquer painting, Vạn Phúc silk, Sơn Đồng woodwork."""

STORIES: dict[str, dict] = {
    "tranh-son-mai-ve-theo-yeu-cau": {
        "title": "Handgemaltes Lackbild nach Ihren Wünschen",
        "summary": (
            "Ein Lackbild auf einer Holztafel, vollständig von Hand nach Ihrem Motiv gefertigt, "
            "mit Naturlack, Eierschale sowie Blattgold und Blattsilber. Drei Formate, 30–60 Tage."
        ),
        "body": [
            (
                "text",
                "<p>In der Lackmalerei trifft das Lackhandwerk des Dorfes auf die bildende "
                "Kunst. Seit den 1930er-Jahren entwickelten Maler der Kunsthochschule von "
                "Indochina gemeinsam mit Lackhandwerkern das Verfahren „malen, dann schleifen“: "
                "Der Künstler legt Schichten aus Lack, Eierschale, Gold und Silber übereinander "
                "und schleift sie dann wieder ab, sodass jede Farbschicht zum Vorschein kommt. "
                "Das Bild wird nicht gemalt, sondern herausgeschliffen.</p><p>Der "
                "Kunsthandwerker Trần Đức Thịnh malt nach Ihrem Motiv: eine Dorflandschaft, "
                "Lotosblüten, Ihr Elternhaus oder ein liebgewonnenes Foto. Das Bild entsteht auf "
                "einer mit Stoff bespannten Holztafel, mit Lack aus Phú Thọ, Eierschale und "
                "hauchdünn geschlagenem Blattgold und Blattsilber. Drei Formate – 40 × 60, 60 × "
                "90 und 80 × 120 cm – mit einer Fertigungszeit von 30 bis 60 Tagen.</p><p>Hängen "
                "Sie das Bild nicht in direktes Sonnenlicht und nicht an sehr trockene Stellen, "
                "etwa neben einen Heizkörper.</p>",
            ),
            (
                "process",
                {
                    "title": "Ein Bild auf Bestellung",
                    "steps": [
                        {
                            "title": "Skizze",
                            "text": (
                                "Der Kunsthandwerker schickt Ihnen eine Farbskizze zur Abstimmung "
                                "und Freigabe."
                            ),
                            "duration": "1 Woche",
                        },
                        {
                            "title": "Tafel vorbereiten",
                            "text": (
                                "Die Holztafel wird mit Stoff bespannt, gespachtelt und mehrfach "
                                "grundiert."
                            ),
                            "duration": "1–2 Wochen",
                        },
                        {
                            "title": "Malen, Einlegen, Vergolden",
                            "text": (
                                "Schichten aus farbigem Lack werden aufgemalt, Eierschale "
                                "eingesetzt sowie Blattgold und Blattsilber aufgelegt."
                            ),
                            "duration": "2–4 Wochen",
                        },
                        {
                            "title": "Schleifen und Polieren",
                            "text": (
                                "Durch Nassschleifen tritt das Bild hervor; danach wird es von "
                                "Hand poliert."
                            ),
                            "duration": "1 Woche",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Wenn ich ein Bild schleife, weiß ich nie genau, welche Schicht zuerst zum "
                        "Vorschein kommt. Gerade dann ist Lack am schönsten: Maler und Material "
                        "schaffen das Bild gemeinsam."
                    ),
                    "name": "Trần Đức Thịnh",
                    "role": "Kunsthandwerker, Inhaber der Lackwerkstatt Đức Thịnh",
                },
            ),
        ],
    },
    "khan-lua-van-phuc": {
        "title": "Schal aus Maulbeerseide aus Vạn Phúc",
        "summary": (
            "Ein Schal aus 100\u00a0% Maulbeerseide, gewebt im Seidendorf Vạn Phúc (Hà Đông), in "
            "natürlichem Blattindigo, Lotosrosa oder Elfenbein. Lang mit 180 × 55 cm oder "
            "quadratisch mit 90 × 90 cm. OCOP-Produkt mit 4 Sternen."
        ),
        "body": [
            (
                "text",
                "<p>Wenn die alten Hanoier von „Seide aus Hà Đông“ sprachen, meinten sie Seide "
                "aus Vạn Phúc. Das Weberdorf am Fluss Nhuệ verehrt die Frau, die hier das Weben "
                "begründete, als Schutzgottheit und erzählt, dass hier seit mehr als tausend "
                "Jahren Seide gewebt wird. In der Kolonialzeit wurde Seide aus Vạn Phúc auf "
                "Messen in Frankreich gezeigt.</p><p>Dieser Schal ist aus 100\u00a0% "
                "Maulbeerseide auf den Jacquard-Webstühlen der Werkstatt Phúc Hưng gewebt; das "
                "feine Garn macht ihn leicht und weich fallend. Die <b>Indigo</b>-Variante wird "
                "mit fermentierten Indigoblättern gefärbt und immer wieder eingetaucht, bis ein "
                "tiefes Blau entsteht; Lotosrosa und Elfenbein werden mit Farbstoffen ohne "
                "Schwermetalle gefärbt.</p><p><b>Pflege:</b> von Hand in kaltem Wasser mit "
                "Shampoo oder neutraler Seife waschen, nicht auswringen, im Schatten trocknen; "
                "bei niedriger Temperatur unter einem dünnen Tuch bügeln.</p>",
            ),
            (
                "process",
                {
                    "title": "Vom Seidenfaden zum Schal",
                    "steps": [
                        {
                            "title": "Seide vorbereiten",
                            "text": (
                                "Die Rohseide wird eingeweicht, auf Spulen gewickelt, und die "
                                "Kette wird auf den Webstuhl gespannt."
                            ),
                            "duration": "2 Tage",
                        },
                        {
                            "title": "Weben",
                            "text": (
                                "Der Jacquard-Webstuhl webt die feine Seide, während die Weberin "
                                "auf jeden gerissenen Faden achtet."
                            ),
                            "duration": "1 Tag",
                        },
                        {
                            "title": "Färben mit Indigo",
                            "text": (
                                "Die Seide wird in den Indigobottich getaucht und an die Luft "
                                "gehängt, damit sich die Farbe entwickelt – viele Male "
                                "hintereinander."
                            ),
                            "duration": "5–7 Tage",
                        },
                        {
                            "title": "Fransen und Bügeln",
                            "text": (
                                "Die Fransen an beiden Enden werden von Hand gedreht; dann wird "
                                "der Schal gewaschen, gebügelt und gefaltet."
                            ),
                            "duration": "einen halben Tag",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Echte Seide fühlt sich kühl an und raschelt leise, wenn man sie "
                        "zusammendrückt. Ich sage den Kunden immer: Halten Sie sie an Ihre Wange, "
                        "dann spricht die Seide für sich."
                    ),
                    "name": "Đỗ Thị Hưng",
                    "role": "Inhaberin der Seidenweberei Phúc Hưng",
                },
            ),
            (
                "village",
                {
                    "village": "Seidendorf Vạn Phúc",
                    "text": (
                        "Vạn Phúc, heute ein Stadtteil von Hà Đông etwa 10 km vom Hoàn-Kiếm-See "
                        "entfernt, hallt noch immer vom Klappern der Webstühle in den "
                        "Familienwerkstätten wider."
                    ),
                    "map_url": (
                        "https://www.openstreetmap.org/?mlat=20.98&mlon=105.774#map=16/20.98/105.774"
                    ),
                },
            ),
        ],
    },
    "ca-vat-lua-van-phuc": {
        "title": "Seidenkrawatte aus Vạn Phúc mit eingewebtem Bambusblatt-Muster",
        "summary": (
            "Eine Krawatte aus 100\u00a0% Maulbeerseide mit einem Bambusblatt-Muster, das auf dem "
            "Jacquard-Webstuhl in den Stoff eingewebt wird. In Marineblau oder Bordeaux."
        ),
        "body": [
            (
                "text",
                "<p>In der vietnamesischen Kultur steht das Bambusblatt für den aufrechten "
                "Menschen: gerade, biegsam und doch nie brechend. Auf dieser Krawatte sind die "
                "Bambusblätter nicht aufgedruckt, sondern <b>in die Seide eingewebt</b> – mit "
                "der „Wolkenseide“-Technik, für die Vạn Phúc berühmt ist: Das Garn hat nur eine "
                "Farbe, doch Wechsel in der Bindung lassen das Muster erscheinen und "
                "verschwinden, sobald sich das Licht ändert.</p><p>Die Krawatte ist 8 cm breit "
                "und von Hand genäht, mit einer leichten Einlage aus Wolle, die sie in Form hält "
                "und einen sauberen Knoten ergibt. Zwei Farben: Marineblau und Bordeaux, passend "
                "zu einem weißen oder hellblauen Hemd.</p><p>Binden Sie die Krawatte nach dem "
                "Tragen auf und hängen Sie sie auf, damit sie sich wieder glättet. Nur chemisch "
                "reinigen; nicht in der Maschine waschen und nicht direkt auf der Seide "
                "bügeln.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Schaut man gerade darauf, sieht man nur Blau; neigt man sie ein wenig, "
                        "erscheinen die Bambusblätter. Der Träger weiß es, und nur wer genau "
                        "hinsieht, entdeckt es."
                    ),
                    "name": "Đỗ Thị Hưng",
                    "role": "Inhaberin der Seidenweberei Phúc Hưng",
                },
            ),
        ],
    },
    "lua-van-to-tam-2m": {
        "title": "„Wolkenseide“ aus Maulbeerseide aus Vạn Phúc, 90 cm breit (2 m)",
        "summary": (
            "Ein 2 m langer Stoff aus 100\u00a0% Maulbeerseide mit Wolkenmuster, 90 cm breit, in "
            "Elfenbein oder mit Củ-nâu-Yamswurzel braun gefärbt – für einen Áo dài, ein Hemd, "
            "einen Schal oder Wohndekoration."
        ),
        "body": [
            (
                "text",
                "<p><i>Lụa vân</i>, „Wolkenseide“, trägt ein eingewebtes Muster wie ziehende "
                "Wolken: Die Oberfläche ist glatt und einfarbig, doch wenn das Licht darüber "
                "streift, erscheinen schemenhaft Blütenblätter und Wolkenranken. Diese Seide hat "
                "Vạn Phúc berühmt gemacht; früher war sie der Kleidung wohlhabender Familien in "
                "der Hauptstadt vorbehalten.</p><p>Der Stoff misst 2 m mal 90 cm und reicht für "
                "ein Hemd, einen kurzen Rock oder eine große Stola. Die elfenbeinfarbene "
                "Variante behält die natürliche Farbe der Seide; die braune ist mit <b>củ "
                "nâu</b> gefärbt – einer wilden Yamswurzel, mit der man in Nordvietnam früher "
                "die braune Alltagskleidung färbte –, daher ist die Farbe tief und warm und "
                "fällt von Charge zu Charge etwas anders aus.</p><p>Waschen Sie vor dem "
                "Zuschneiden ein kleines Probestück; von Hand in kaltem Wasser waschen und im "
                "Schatten trocknen.</p>",
            ),
            (
                "process",
                {
                    "title": "Färben mit Củ nâu",
                    "steps": [
                        {
                            "title": "Knollen zerstoßen",
                            "text": (
                                "Die Yamswurzel wird geschält und zerstoßen, dann wird die "
                                "dunkelrote Flüssigkeit abgeseiht."
                            ),
                            "duration": "einen halben Tag",
                        },
                        {
                            "title": "Einweichen und Sonnen",
                            "text": (
                                "Die Seide wird in der Yamsflüssigkeit eingeweicht und in der "
                                "Sonne getrocknet, viele Male hintereinander, damit die Farbe "
                                "gleichmäßig wird."
                            ),
                            "duration": "4–6 Tage",
                        },
                        {
                            "title": "Spülen und Fixieren",
                            "text": (
                                "Überschüssige Farbe wird ausgespült, die Farbe fixiert, die Seide "
                                "getrocknet und aufgerollt."
                            ),
                            "duration": "1 Tag",
                        },
                    ],
                },
            ),
        ],
    },
    "con-roi-nuoc-chu-teu": {
        "title": "Wasserpuppe Chú Tễu aus Sơn Đồng",
        "summary": (
            "Chú Tễu – die Figur, die jede Wasserpuppen-Vorstellung eröffnet –, von Hand aus "
            "Feigenholz geschnitzt, lackiert und mit Mineralfarben bemalt in der Werkstatt Văn "
            "Tuyến in Sơn Đồng. 30 cm oder 45 cm hoch."
        ),
        "body": [
            (
                "text",
                "<p>Das Wasserpuppenspiel ist im Delta des Roten Flusses entstanden: Eine Stele "
                "an der Pagode Long Đọi aus dem Jahr 1121 beschreibt bereits eine "
                "Puppenvorstellung auf dem Wasser. Die Puppenspieler stehen hüfttief hinter "
                "einem Bambusvorhang und führen die Puppen mit Stangen und Schnüren, die unter "
                "der Wasseroberfläche verborgen sind. Jede Vorstellung eröffnet <b>Chú Tễu</b>: "
                "runder Bauch, Lendenschurz, ein einzelnes Haarbüschel und ein breites Grinsen – "
                "er begrüßt das Publikum und macht Späße über das Dorfleben.</p><p>Diese Puppe "
                "ist aus <b>Feigenholz</b> geschnitzt – leicht genug, um zu schwimmen, das "
                "traditionelle Holz für Puppen –, dann lackiert und mit Mineralfarben bemalt, "
                "genau wie eine Bühnenpuppe. Die Arme sind beweglich und lassen sich in Pose "
                "bringen. Tễu ist für das Regal gedacht, nicht als Spielzeug für kleine "
                "Kinder.</p><p>Mit einem trockenen Tuch abwischen und vor praller Sonne "
                "schützen.</p>",
            ),
            (
                "process",
                {
                    "title": "Ein Tễu wird geschnitzt",
                    "steps": [
                        {
                            "title": "Rohling zurichten",
                            "text": (
                                "Getrocknetes Feigenholz wird zu einem Block gesägt und grob in "
                                "Form gehauen."
                            ),
                            "duration": "2 Tage",
                        },
                        {
                            "title": "Schnitzen und Ausarbeiten",
                            "text": (
                                "Der Schnitzer formt Bauch, Arme und Lendenschurz, dann das "
                                "lachende Gesicht und das Haarbüschel."
                            ),
                            "duration": "3–4 Tage",
                        },
                        {
                            "title": "Lackieren und Bemalen",
                            "text": (
                                "Eine Grundierung wird aufgetragen und geschliffen, dann werden "
                                "Mineralfarben aufgemalt und ein wasserfester Glanzlack "
                                "aufgebracht."
                            ),
                            "duration": "1 Woche",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Das Schwierigste an einem Tễu ist das Lächeln. Zu breit, und er wirkt "
                        "einfältig; zu schmal, und er verliert seinen Schalk. Tễu muss lächeln wie "
                        "jemand aus unserem Dorf."
                    ),
                    "name": "Nguyễn Văn Tuyến",
                    "role": "Kunsthandwerker, Inhaber der Schnitzwerkstatt Văn Tuyến",
                },
            ),
            (
                "village",
                {
                    "village": "Schnitzerdorf Sơn Đồng",
                    "text": (
                        "Sơn Đồng im Bezirk Hoài Đức, westlich von Hà Nội, ist ein altes Dorf der "
                        "Statuenschnitzer und der Meister für Rotlack und Vergoldung; seine "
                        "Buddhas, geschnitzten Tafeln, Spruchbretter und Puppen stehen in Pagoden "
                        "und Gemeindehäusern in ganz Nordvietnam."
                    ),
                    "map_url": (
                        "https://www.openstreetmap.org/?mlat=21.043&mlon=105.706#map=15/21.043/105.706"
                    ),
                },
            ),
        ],
    },
    "tuong-go-mit-tac-theo-yeu-cau": {
        "title": "Handgeschnitzte Statue aus Jackfruchtholz nach Ihren Wünschen, Sơn Đồng",
        "summary": (
            "Eine Statue aus Jackfruchtholz, von Hand nach Ihrem Motiv geschnitzt und in der "
            "Tradition von Sơn Đồng mit Rotlack und Blattgold veredelt. 40 cm oder 60 cm hoch, "
            "gefertigt in 45–60 Tagen."
        ),
        "body": [
            (
                "text",
                "<p>Die meisten Kultstatuen in den Pagoden und Gemeindehäusern Nordvietnams sind "
                "aus <b>Jackfruchtholz</b> geschnitzt: feinfaserig, goldgelb, formstabil und "
                "resistent gegen Termiten. Die Schnitzer von Sơn Đồng arbeiten mit altem "
                "Jackfruchtholz und veredeln die Statue dann mit <b>Rotlack und Gold</b> – "
                "vielen Schichten Naturlack, mit Zinnober gemischt, und hauchdünn von Hand "
                "geschlagenem Blattgold –, damit sie Jahrhunderte überdauert.</p><p>Die "
                "Werkstatt Văn Tuyến schnitzt auf Bestellung: Buddha, Quan Âm, den lachenden "
                "Buddha Di Lặc, den Erdgott oder eine Porträtstatue. Sie schicken Fotos oder "
                "eine Beschreibung; der Kunsthandwerker fertigt eine Skizze an und sendet Ihnen "
                "Bilder von jedem Arbeitsschritt, damit Sie Anmerkungen machen können. Eine "
                "Statue von 40 cm dauert etwa 45 Tage, eine von 60 cm etwa 60 Tage.</p><p>Ist "
                "die Statue für die Verehrung bestimmt, berät Sie die Werkstatt zu Haltung, "
                "Größe und dem nach altem Brauch passenden Tag für die Weihe. Stellen Sie sie "
                "nicht in direktes Sonnenlicht und stauben Sie sie mit einem weichen Pinsel "
                "ab.</p>",
            ),
            (
                "process",
                {
                    "title": "Vom Holzblock zur Statue",
                    "steps": [
                        {
                            "title": "Holz wählen und skizzieren",
                            "text": (
                                "Ein abgelagerter Block aus altem Jackfruchtholz wird ausgewählt "
                                "und die Figur darauf vorgezeichnet."
                            ),
                            "duration": "1 Woche",
                        },
                        {
                            "title": "Grob schnitzen",
                            "text": (
                                "Der Block wird bis zur Figur abgetragen, dabei werden die "
                                "Proportionen von Kopf, Körper und Händen festgelegt."
                            ),
                            "duration": "1–2 Wochen",
                        },
                        {
                            "title": "Ausarbeiten und Gesicht",
                            "text": (
                                "Gewandfalten und Hände werden verfeinert, ganz zuletzt das "
                                "Gesicht – der schwierigste Teil."
                            ),
                            "duration": "1–2 Wochen",
                        },
                        {
                            "title": "Rotlack und Gold",
                            "text": (
                                "Lackgrund, Schleifen, Schichten aus Zinnoberlack, Blattgold und "
                                "ein schützender Abschluss."
                            ),
                            "duration": "2–3 Wochen",
                        },
                    ],
                },
            ),
        ],
    },
    "khay-tra-go-mit": {
        "title": "Teetablett aus Jackfruchtholz aus Sơn Đồng",
        "summary": (
            "Ein Teetablett, aus einem einzigen Stück Jackfruchtholz geschnitzt und mit "
            "lebensmittelechtem Öl behandelt; sein warmes Goldgelb dunkelt mit den Jahren nach. 40 "
            "× 28 cm."
        ),
        "body": [
            (
                "text",
                "<p>Die Schnitzer von Sơn Đồng werfen die Jackfruchtbretter, die nach einer "
                "Statue übrig bleiben, niemals weg. Dieses Teetablett ist aus einem massiven "
                "Stück Jackfruchtholz geschnitzt, die Mulde mit Handbeiteln 2 cm tief ausgehoben "
                "und der Rand abgerundet, damit es gut in beiden Händen liegt. Die Maserung ist "
                "bei jedem Tablett anders.</p><p>Es ist nicht lackiert, sondern nur mehrfach mit "
                "<b>lebensmittelechtem Öl</b> eingerieben, sodass Kuchen, Obst und "
                "Tết-Süßigkeiten direkt darauf liegen dürfen. Frisches Jackfruchtholz ist "
                "leuchtend gelb; nach einigen Monaten im Licht nimmt es einen warmen "
                "Bernsteinton an. Es misst 40 × 28 × 4 cm, genau richtig für eine Teekanne mit "
                "sechs Schalen.</p><p><b>Pflege:</b> mit einem feuchten Tuch abwischen und "
                "sofort abtrocknen; nicht einweichen und nicht in die Spülmaschine geben. Alle "
                "paar Monate eine dünne Schicht Öl einreiben, damit das Holz nicht "
                "austrocknet.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Frisch geschnitztes Jackfruchtholz duftet leicht süßlich. Wenn Kunden die "
                        "Schachtel öffnen, riechen sie oft noch die Werkstatt – und alle sagen, es "
                        "erinnere sie an das Haus ihrer Großeltern."
                    ),
                    "name": "Nguyễn Văn Tuyến",
                    "role": "Kunsthandwerker, Inhaber der Schnitzwerkstatt Văn Tuyến",
                },
            ),
        ],
    },
}
