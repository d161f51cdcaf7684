"""German product stories: Phú Vinh rattan and bamboo, Hạ Thái lacquer boxes and coasters."""

STORIES: dict[str, dict] = {
    "gio-may-dan-co-nap": {
        "title": "Geflochtener Rattankorb mit Deckel aus Phú Vinh",
        "summary": (
            "Ein handgeflochtener Rattankorb mit Deckel aus dem Handwerksdorf Phú Vinh (Chương Mỹ, "
            "Hà Nội), wo man seit über vierhundert Jahren Rattan und Bambus flicht. Drei Größen, "
            "Rattan in Naturfarbe. OCOP-Produkt mit 4 Sternen."
        ),
        "body": [
            (
                "text",
                "<p>Phú Vinh in Chương Mỹ, westlich von Hà Nội, nennt man das „Land von Rattan "
                "und Bambus“: Seit mehr als vierhundert Jahren flechten die Menschen hier "
                "Rattan, und Kinder lernen noch heute, Flechtstreifen zu schnitzen, bevor sie "
                "Fahrrad fahren lernen. Dieser Korb mit Deckel ist vollständig von Hand aus fein "
                "gespaltenem Rattan geflochten, die Streifen gleichmäßig wie Fäden, und sein "
                "Deckel schließt passgenau – für Wolle, Spielzeug, Handtücher oder "
                "Brot.</p><p>Rattan ist eine Kletterpalme des Waldes; ihre Triebe werden in der "
                "Sonne getrocknet, gespalten, glatt geschnitzt und gegen Schimmel behandelt, "
                "bevor sie in die Hände der Flechter kommen. Der Korb behält die natürliche "
                "Farbe des Rattans, die mit den Jahren zu einem schönen Honigton "
                "nachdunkelt.</p><p><b>Pflege:</b> trocken und luftig aufbewahren, mit einer "
                "weichen Bürste abstauben, mit einem feuchten Tuch abwischen und im Schatten "
                "trocknen lassen; nicht in Wasser einweichen.</p>",
            ),
            (
                "process",
                {
                    "title": "So entsteht ein Korb",
                    "steps": [
                        {
                            "title": "Rattan vorbereiten",
                            "text": (
                                "Die Rattantriebe werden in der Sonne getrocknet, in Streifen "
                                "gespalten, gleichmäßig geschnitzt und gegen Schimmel behandelt."
                            ),
                            "duration": "1 Woche",
                        },
                        {
                            "title": "Gerüst bauen",
                            "text": (
                                "Der Flechter biegt dicke Rattankerne zum Gerüst für Boden und "
                                "Rand."
                            ),
                            "duration": "einen halben Tag",
                        },
                        {
                            "title": "Korb und Deckel flechten",
                            "text": (
                                "Feine Rattanstreifen werden im Wechsel über und unter das Gerüst "
                                "geflochten, jede Runde gleichmäßig fest angezogen."
                            ),
                            "duration": "1–2 Tage",
                        },
                        {
                            "title": "Fertigstellen",
                            "text": (
                                "Die Enden werden sauber abgeschnitten, abstehende Fasern über der "
                                "Flamme abgesengt und der Sitz des Deckels geprüft."
                            ),
                            "duration": "2 Stunden",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Mein Großvater hat mir beigebracht: Einen Korb flicht man mit beiden "
                        "Händen und mit dem Bauch. Ziehen die Hände gleichmäßig an, steht der Korb "
                        "gerade; hat der Bauch Geduld, bleiben keine Lücken."
                    ),
                    "name": "Nguyễn Trọng Nghĩa",
                    "role": "Leiter des Flechtbetriebs Trọng Nghĩa",
                },
            ),
            (
                "village",
                {
                    "village": "Rattan- und Bambusdorf Phú Vinh",
                    "text": (
                        "Phú Vinh gehört zur Gemeinde Phú Nghĩa im Bezirk Chương Mỹ, etwa 30 km "
                        "vom Zentrum von Hà Nội entfernt, und ist als traditionelles Handwerksdorf "
                        "anerkannt."
                    ),
                    "map_url": (
                        "https://www.openstreetmap.org/?mlat=20.944&mlon=105.684#map=15/20.944/105.684"
                    ),
                },
            ),
        ],
    },
    "khay-may-dan": {
        "title": "Geflochtenes Rattantablett aus Phú Vinh",
        "summary": (
            "Ein handgeflochtenes Rattantablett auf einem Bambusrahmen, rund oder rechteckig, zum "
            "Servieren von Tee, Obst und Gebäck oder als Dekoration. OCOP-Produkt mit 4 Sternen."
        ),
        "body": [
            (
                "text",
                "<p>Zu Tết stehen in Phú Vinh der Teller mit den fünf Früchten und die "
                "Teeschalen für die Gäste meist auf einem Rattantablett. Dieses Tablett hat "
                "einen Rahmen aus ausgereiftem Bambus, der gebogen und fest verstiftet wird; "
                "Boden und Rand sind aus feinem Rattan in Doppelköperbindung geflochten, die ein "
                "diagonales Muster wie Fischschuppen ergibt. Die beiden Griffe sind dick mit "
                "Rattan umwickelt, damit sie fest und angenehm in der Hand liegen.</p><p>Es gibt "
                "zwei Formen: rund mit 35 cm Durchmesser und rechteckig mit 45 × 30 cm. Das "
                "Tablett ist leicht, aber stabil und trägt eine volle Teekanne samt Schalen. Die "
                "Oberfläche ist mit klarem Öl als leichtem Feuchtigkeitsschutz überzogen; "
                "wischen Sie sie mit einem feuchten Tuch ab, weichen Sie sie aber nicht ein, "
                "lassen Sie nichts Nasses lange darauf stehen und stellen Sie das Tablett nicht "
                "in den Backofen.</p>",
            ),
            (
                "process",
                {
                    "title": "Bambusrahmen, Rattangeflecht",
                    "steps": [
                        {
                            "title": "Rahmen biegen",
                            "text": (
                                "Ausgereifter Bambus wird über der Flamme erwärmt, bis er biegsam "
                                "ist, zum Rand gebogen und mit Bambusstiften fixiert."
                            ),
                            "duration": "einen halben Tag",
                        },
                        {
                            "title": "Boden flechten",
                            "text": (
                                "Feine Rattanstreifen werden in Doppelköperbindung zu einer "
                                "ebenen, gleichmäßig gespannten Fläche geflochten."
                            ),
                            "duration": "1 Tag",
                        },
                        {
                            "title": "Umwickeln und Ölen",
                            "text": (
                                "Rand und Griffe werden mit Rattan umwickelt, dann wird eine "
                                "Schicht klares Öl aufgetragen und getrocknet."
                            ),
                            "duration": "1 Tag",
                        },
                    ],
                },
            ),
        ],
    },
    "lan-tre-di-cho": {
        "title": "Bambus-Marktkorb aus Phú Vinh",
        "summary": (
            "Ein handgeflochtener Korb aus Giang-Bambus mit Henkel, wie ihn Großmütter und Mütter "
            "in Nordvietnam noch heute zum Markt tragen. Leicht, robust und eine Einkaufstasche "
            "ohne Plastik."
        ),
        "body": [
            (
                "text",
                "<p>Bevor es Plastiktüten gab, gingen die Frauen in den Dörfern Nordvietnams mit "
                "einem Bambuskorb auf den Markt. Dieser Korb ist aus <b>Giang-Bambus</b> "
                "geflochten – einem Bambus mit langen Internodien und geschmeidigen Fasern, der "
                "sich in dünne Streifen spalten lässt, ohne zu brechen – und hat die alte Form: "
                "quadratischer Boden, weite Öffnung und ein geschwungener, umflochtener "
                "Henkel.</p><p>Mit 36 × 26 × 30 cm fasst er einen Markteinkauf an Gemüse und "
                "Obst oder dient als Picknick- oder Strandkorb. Die Streifen werden gekocht und "
                "gründlich getrocknet, um sie vor Holzwürmern zu schützen, und bleiben "
                "naturbelassen, ohne Lack.</p><p>Lassen Sie den Korb nach dem Gebrauch an einem "
                "luftigen Ort vollständig trocknen; ist er in den Regen gekommen, trocknen Sie "
                "ihn im Schatten statt in praller Sonne, damit sich die Streifen nicht "
                "verziehen.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Als Kind bin ich mit meiner Mutter zum Markt in Chúc Sơn gegangen und "
                        "habe genau so einen Korb getragen. Heute bestellen ihn Kunden in "
                        "Deutschland und Australien für den Supermarkt – es freut mich, dass ein "
                        "Dorfkorb so weit reist."
                    ),
                    "name": "Nguyễn Trọng Nghĩa",
                    "role": "Leiter des Flechtbetriebs Trọng Nghĩa",
                },
            ),
        ],
    },
    "ghe-banh-may": {
        "title": "Handgeflochtener Rattansessel aus Phú Vinh",
        "summary": (
            "Ein Sessel mit Gestell aus Rattankern, Sitz und Lehne aus geflochtenem Rattan, auf "
            "Bestellung gefertigt in 30–35 Tagen. In Naturfarbe oder Honigbraun."
        ),
        "body": [
            (
                "text",
                "<p>Der Rattansessel ist das anspruchsvollste Stück der Werkstatt Trọng Nghĩa. "
                "Das Gestell besteht aus handgelenksdickem Rattankern, der über der Flamme "
                "erwärmt und zu nahtlos geschwungenen Armlehnen und Beinen gebogen wird; die "
                "Hauptverbindungen werden nicht genagelt, sondern fest mit Rattan umwickelt. "
                "Sitz und Rückenlehne sind aus Rattanstreifen in einem offenen Sechseckgeflecht "
                "gearbeitet, das atmet und beim Sitzen leicht nachgibt.</p><p>Der Sessel misst "
                "72 × 68 cm bei 82 cm Höhe und ist in zwei Farben erhältlich: Rattan natur und "
                "Honigbraun (Beize auf Wasserbasis unter seidenmattem Lack). Jeden Sessel "
                "begleitet ein Flechtmeister vom Anfang bis zum Ende, deshalb wird er nur auf "
                "Bestellung gefertigt: 30 Tage in Naturfarbe, 35 Tage in Honigbraun.</p><p>Für "
                "den Innenbereich oder eine überdachte Veranda. Schützen Sie ihn vor direktem "
                "Regen und Sonne sowie vor lang anhaltend hoher Luftfeuchtigkeit; mit einer "
                "weichen Bürste abstauben.</p>",
            ),
            (
                "process",
                {
                    "title": "Ein Sessel entsteht",
                    "steps": [
                        {
                            "title": "Gestell biegen",
                            "text": (
                                "Dicker Rattankern wird über der Flamme erwärmt und zu Armlehnen, "
                                "Beinen und Rückenlehne gebogen."
                            ),
                            "duration": "1 Woche",
                        },
                        {
                            "title": "Verbindungen umwickeln",
                            "text": (
                                "Jede Verbindung wird statt mit Schrauben fest mit Rattanstreifen "
                                "umwickelt."
                            ),
                            "duration": "3 Tage",
                        },
                        {
                            "title": "Sitz und Lehne flechten",
                            "text": (
                                "Sitz und Rückenlehne werden aus Rattanstreifen im offenen "
                                "Sechseckgeflecht geflochten."
                            ),
                            "duration": "1–2 Wochen",
                        },
                        {
                            "title": "Beizen, Lackieren, Verpacken",
                            "text": (
                                "Gebeizt, falls Honigbraun gewählt wurde, seidenmatt lackiert, mit "
                                "Kantenschutz versehen und in eine Kiste verpackt."
                            ),
                            "duration": "3–5 Tage",
                        },
                    ],
                },
            ),
        ],
    },
    "hop-trang-suc-son-mai-kham-trai": {
        "title": "Lack-Schmuckkästchen mit Perlmutteinlage aus Hạ Thái",
        "summary": (
            "Ein Schmuckkästchen aus Holz, mit vielen Schichten Naturlack überzogen und von Hand "
            "mit Perlmutt eingelegt, aus der Werkstatt des Kunsthandwerkers Trần Đức Thịnh im "
            "Lackdorf Hạ Thái. In Schwarz oder Zinnoberrot. OCOP-Produkt mit 4 Sternen."
        ),
        "body": [
            (
                "text",
                "<p>Vietnamesische Lackkunst verwendet <b>sơn ta</b> – den Saft von Lackbäumen, "
                "die in Phú Thọ wachsen – und keine Industriefarbe. Der Saft härtet in feuchter "
                "Luft zu einer widerstandsfähigen Schicht aus, die so tief glänzt wie stilles "
                "Wasser. In Hạ Thái beginnt dieses Kästchen als mit Stoff umhüllter Holzkern und "
                "erhält mehr als zehn Lackschichten.</p><p>Der Deckel ist mit Perlmuttstücken "
                "eingelegt, die aus Muschel- und Schneckenschalen geschnitten und zu einem "
                "blühenden Zweig zusammengesetzt werden. Nach der letzten Schicht schleift der "
                "Lackkünstler, bis das Motiv bündig mit der Lackoberfläche erscheint, und "
                "poliert es dann mit dem Handballen. In Schwarz oder Zinnoberrot, innen mit Samt "
                "ausgeschlagen.</p><p><b>Pflege:</b> mit einem weichen, trockenen Tuch "
                "abwischen; vor praller Sonne, Hitze und Wasser schützen.</p>",
            ),
            (
                "process",
                {
                    "title": "Mehr als zehn Lackschichten",
                    "steps": [
                        {
                            "title": "Kern umhüllen",
                            "text": (
                                "Die Fugen des Holzkerns werden mit Musselin umwickelt und mit "
                                "einer Paste aus Lack und Erde abgedichtet."
                            ),
                            "duration": "1 Woche",
                        },
                        {
                            "title": "Lackieren und Schleifen",
                            "text": (
                                "Jede Schicht Naturlack wird aufgestrichen, in einer feuchten "
                                "Kammer ausgehärtet und dann nass geschliffen."
                            ),
                            "duration": "2–3 Wochen",
                        },
                        {
                            "title": "Perlmutt einlegen",
                            "text": (
                                "Die Schale wird zu Blütenblättern gesägt und geschliffen und mit "
                                "Lack in den Deckel eingesetzt."
                            ),
                            "duration": "3–4 Tage",
                        },
                        {
                            "title": "Freischleifen und Polieren",
                            "text": (
                                "Lack bedeckt die Einlage und wird abgeschliffen, bis das Perlmutt "
                                "hervortritt; dann wird von Hand poliert."
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
                        "Naturlack lässt sich nicht hetzen. Bei trockenem Wetter härtet er nicht "
                        "aus, bei schwülem Wetter zu schnell. Nach dreißig Jahren in diesem "
                        "Handwerk schaue ich noch immer jeden Morgen zuerst zum Himmel."
                    ),
                    "name": "Trần Đức Thịnh",
                    "role": "Kunsthandwerker, Inhaber der Lackwerkstatt Đức Thịnh",
                },
            ),
            (
                "village",
                {
                    "village": "Lackdorf Hạ Thái",
                    "text": (
                        "Hạ Thái liegt in der Gemeinde Duyên Thái im Bezirk Thường Tín, etwa 20 km "
                        "südlich von Hà Nội, und ist in ganz Vietnam für Lackwaren und Lackbilder "
                        "berühmt."
                    ),
                    "map_url": (
                        "https://www.openstreetmap.org/?mlat=20.887&mlon=105.853#map=15/20.887/105.853"
                    ),
                },
            ),
        ],
    },
    "bo-lot-coc-son-mai": {
        "title": "Lack-Untersetzer mit Eierschaleneinlage aus Hạ Thái (6er-Set)",
        "summary": (
            "Sechs Untersetzer aus Holz mit Naturlack, eingelegt mit Entenei-Schale im "
            "Craquelé-Muster, mit passendem Halter. In Schwarz oder Zinnoberrot."
        ),
        "body": [
            (
                "text",
                "<p>In der vietnamesischen Lackkunst kommt Weiß nicht aus der Farbe, sondern aus "
                "<b>Entenei-Schale</b>. Die Schalen werden gekocht und von ihrer Haut befreit; "
                "dann setzt der Lackkünstler mit einer Nadelspitze Stück für Stück auf den noch "
                "klebrigen Lack und drückt sie an, sodass sie in Hunderte winziger Felder "
                "zerspringen. Nach dem Überlackieren und Schleifen erscheinen diese "
                "Eierschalenfelder wie eine Craquelé-Glasur auf schwarzem oder zinnoberrotem "
                "Grund.</p><p>Das Set besteht aus sechs Untersetzern und einem Halter in "
                "derselben Ausführung. Die Oberfläche hat eine zusätzliche Klarlackschicht, die "
                "eine heiße Teeschale und Kondenswasser verträgt; nach Gebrauch trocken "
                "abwischen, nicht einweichen und nicht in die Spülmaschine geben.</p>",
            ),
            (
                "process",
                {
                    "title": "Eierschalen-Einlage",
                    "steps": [
                        {
                            "title": "Schale vorbereiten",
                            "text": (
                                "Entenei-Schalen werden gekocht, von der Haut befreit und "
                                "getrocknet."
                            ),
                            "duration": "1 Tag",
                        },
                        {
                            "title": "Schale einsetzen",
                            "text": (
                                "Die Stücke werden auf den klebrigen Lack gelegt und angedrückt, "
                                "bis sie gleichmäßig zerspringen."
                            ),
                            "duration": "2 Tage",
                        },
                        {
                            "title": "Lackieren, Schleifen, Polieren",
                            "text": (
                                "Lack wird über die Schale aufgetragen, nass geschliffen, bis sie "
                                "hervortritt, und dann poliert."
                            ),
                            "duration": "2 Wochen",
                        },
                    ],
                },
            ),
        ],
    },
}
