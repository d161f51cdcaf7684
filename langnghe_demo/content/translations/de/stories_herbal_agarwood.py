"""German product stories: Mộc Lan herbal care, Phúc Trạch agarwood."""

STORIES: dict[str, dict] = {
    "dau-goi-bo-ket-thao-moc": {
        "title": "Kräutershampoo mit Seifenschoten von Mộc Lan",
        "summary": (
            "Ein Shampoo aus Seifenschoten, Pomeloschale, Nelkenbasilikum und Eleusine nach dem "
            "Haarwaschrezept der Frauen aus den Hügeln von Lục Nam. Ohne Parabene, ohne Silikone. "
            "OCOP-Produkt mit 4 Sternen."
        ),
        "body": [
            (
                "text",
                "<p>Am letzten Nachmittag des Mondjahres kochen viele Familien in Nordvietnam "
                "noch immer einen Topf Seifenschotenwasser, um sich die Haare zu waschen und vor "
                "Tết „das alte Jahr abzuwaschen“. Das Wasser der <i>bồ kết</i>-Schoten schäumt "
                "sanft und reinigt das Haar, ohne die Kopfhaut auszutrocknen.</p><p>Das Shampoo "
                "von Mộc Lan bewahrt dieses Rezept: <b>Seifenschoten, Pomeloschale, hương nhu "
                "(Nelkenbasilikum) und Eleusine</b> aus dem Heilkräuteranbaugebiet Lục Nam "
                "werden zu einem starken Sud eingekocht und dann mit pflanzlichen Tensiden "
                "gemischt, damit es sich bequem täglich verwenden lässt. Ohne Parabene, ohne "
                "Silikone; der Duft ist der Duft echter Kräuter.</p><p><b>Anwendung:</b> gut "
                "schütteln, in das nasse Haar einmassieren, 2–3 Minuten einwirken lassen und "
                "gründlich ausspülen. Bodensatz in der Flasche sind natürliche "
                "Kräuterbestandteile. Kontakt mit den Augen vermeiden; gut verschließen, vor "
                "Sonne schützen und innerhalb von 12 Monaten nach dem Öffnen verbrauchen.</p>",
            ),
            (
                "process",
                {
                    "title": "Großmutters Haarwaschtopf",
                    "steps": [
                        {
                            "title": "Schoten rösten",
                            "text": (
                                "Getrocknete Seifenschoten werden über Holzkohle geröstet, bis sie "
                                "duften und die Schale knusprig ist."
                            ),
                            "duration": "30 Minuten",
                        },
                        {
                            "title": "Sud kochen",
                            "text": (
                                "Seifenschoten, Pomeloschale, Nelkenbasilikum und Eleusine köcheln "
                                "sanft zu einem starken Sud."
                            ),
                            "duration": "6–8 Stunden",
                        },
                        {
                            "title": "Filtern und Mischen",
                            "text": (
                                "Der Sud wird fein gefiltert und in festem Verhältnis mit "
                                "pflanzlichen Tensiden gemischt."
                            ),
                            "duration": "1 Tag",
                        },
                        {
                            "title": "Prüfen und Abfüllen",
                            "text": (
                                "Von jeder Charge wird vor dem Abfüllen eine Probe mikrobiologisch "
                                "untersucht; dann erhält jede Flasche ein "
                                "Rückverfolgbarkeitsetikett."
                            ),
                            "duration": "5–7 Tage",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Meine Großmutter hat sich bis zu ihrem achtzigsten Lebensjahr die Haare "
                        "mit Seifenschoten gewaschen, und sie waren noch immer schwarz. Ich möchte "
                        "einfach, dass meine Tochter und unsere Kunden genau diesen Duft haben – "
                        "ohne jeden Abend einen Topf aufzusetzen."
                    ),
                    "name": "Lê Thị Lan",
                    "role": "Geschäftsführerin von Mộc Lan Herbal",
                },
            ),
            (
                "village",
                {
                    "village": "Kräuterland Lục Nam",
                    "text": (
                        "Die Gemeinde Trường Sơn im Bezirk Lục Nam liegt in den Hügeln im Osten "
                        "von Bắc Ninh (früher Bắc Giang), wo Familien seit Generationen "
                        "Heilpflanzen anbauen und sammeln."
                    ),
                    "map_url": (
                        "https://www.openstreetmap.org/?mlat=21.218&mlon=106.473#map=13/21.218/106.473"
                    ),
                },
            ),
        ],
    },
    "dau-goi-vo-buoi": {
        "title": "Pomeloschalen-Shampoo von Mộc Lan",
        "summary": (
            "Ein Shampoo aus grüner Pomeloschale und Seifenschoten mit frischem Zitrusduft, das "
            "nach volkstümlicher Erfahrung das Haar kräftigt. Ohne Parabene, ohne Silikone. "
            "OCOP-Produkt mit 4 Sternen."
        ),
        "body": [
            (
                "text",
                "<p>In der Pomelosaison werfen Großmütter und Mütter in Nordvietnam die Schale "
                "nie weg: Sie wird getrocknet und zum Haarewaschen ausgekocht, denn nach "
                "volkstümlicher Erfahrung macht das Öl der Pomeloschale das Haar kräftiger und "
                "weniger brüchig. Das Pomeloshampoo von Mộc Lan verwendet <b>grüne "
                "Pomeloschale</b> – die Schale mit dem meisten ätherischen Öl – zusammen mit "
                "etwas Seifenschotensud für eine sanfte Reinigung.</p><p>Der Duft ist echte "
                "frische Pomelo ohne synthetische Duftstoffe; die Tenside sind pflanzlichen "
                "Ursprungs, ohne Parabene und Silikone. Das Shampoo eignet sich für fettiges "
                "Haar und eine Kopfhaut, die sich bei heißem Wetter schnell beschwert "
                "anfühlt.</p><p>Vor Gebrauch schütteln, 2–3 Minuten in die Kopfhaut einmassieren "
                "und gut ausspülen. Kontakt mit den Augen vermeiden. Gut verschließen, kühl und "
                "luftig lagern und innerhalb von 12 Monaten nach dem Öffnen verbrauchen.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Jede Pomelosaison kaufen wir den Obstbauern rund um die Gemeinde die "
                        "Schalen ab. Früher haben sie sie weggeworfen; heute bringt ihnen die "
                        "Schale ein kleines Zusatzeinkommen."
                    ),
                    "name": "Lê Thị Lan",
                    "role": "Geschäftsführerin von Mộc Lan Herbal",
                },
            ),
        ],
    },
    "tinh-chat-vo-buoi-duong-toc": {
        "title": "Pomeloschalen-Haartonikum von Mộc Lan",
        "summary": (
            "Ein Kopfhautspray ohne Ausspülen aus wasserdampfdestilliertem Pomeloschalenöl, "
            "Blütenwasser und pflanzlichem Glycerin, für die Anwendung nach der Haarwäsche. "
            "Sprühflasche mit 100 ml."
        ),
        "body": [
            (
                "text",
                "<p>Die Destille von Mộc Lan läuft die ganze Pomelosaison hindurch: Frische "
                "Schale wird zerkleinert und mit Wasserdampf destilliert, um Tropfen für Tropfen "
                "das <b>ätherische Öl der Pomeloschale</b> zu gewinnen, das auf dem Destillat "
                "schwimmt. Dieses Öl wird in eben jenem nach Pomelo duftenden Blütenwasser mit "
                "etwas pflanzlichem Glycerin verdünnt – so entsteht ein leichtes, nicht "
                "fettendes Spray für den täglichen Gebrauch.</p><p>Das Haar nach dem Waschen "
                "handtuchtrocken tupfen, direkt auf den Haaransatz sprühen und die Kopfhaut "
                "sanft massieren; nicht ausspülen. Viele empfinden die Kopfhaut danach als kühl, "
                "und das Haar duftet den ganzen Tag nach Pomelo.</p><p>Vor Gebrauch schütteln. "
                "Bei empfindlicher Haut zuerst an einer kleinen Stelle testen; den Augenbereich "
                "meiden. Kühl und vor Sonne geschützt lagern und innerhalb von 6 Monaten nach "
                "dem Öffnen verbrauchen.</p>",
            ),
            (
                "process",
                {
                    "title": "Destillation von Pomeloöl",
                    "steps": [
                        {
                            "title": "Schale schneiden",
                            "text": (
                                "Von der frischen Schale wird das weiße Innere entfernt; dann wird "
                                "sie zerkleinert, damit das Öl austreten kann."
                            ),
                            "duration": "einige Stunden",
                        },
                        {
                            "title": "Wasserdampfdestillation",
                            "text": (
                                "Wasserdampf strömt durch die Schale und trägt das Öl in den "
                                "Kühler; das Öl schwimmt oben auf."
                            ),
                            "duration": "4–5 Stunden",
                        },
                        {
                            "title": "Mischen und Abfüllen",
                            "text": (
                                "Das Öl wird mit Blütenwasser und pflanzlichem Glycerin gemischt, "
                                "gefiltert und in Sprühflaschen abgefüllt."
                            ),
                            "duration": "1 Tag",
                        },
                    ],
                },
            ),
        ],
    },
    "xa-phong-thao-duoc-thu-cong": {
        "title": "Handgemachte Kräuterseife von Mộc Lan",
        "summary": (
            "Kaltgerührte Seife aus Kokos- und Olivenöl mit Seifenschotenpulver, Nelkenbasilikum "
            "und Kurkuma, sechs Wochen gereift. Stück zu 100 g oder Schachtel mit drei Stück."
        ),
        "body": [
            (
                "text",
                "<p>Jedes Stück Seife von Mộc Lan wird im <b>Kaltrührverfahren</b> hergestellt: "
                "Kokos- und Olivenöl werden bei niedriger Temperatur mit Lauge verrührt, dann "
                "kommen Seifenschotenpulver, Nelkenbasilikum-Extrakt und Kurkuma hinzu. Weil "
                "nichts gekocht wird, behalten die Kräuter Farbe und Duft, und das natürliche "
                "Glycerin, das bei der Verseifung entsteht, bleibt in der Seife – so spannt die "
                "Haut nicht.</p><p>Die Seife wird in Formen gegossen, von Hand geschnitten und "
                "<b>sechs Wochen lang</b> auf Holzgestellen gereift, bis sie fest und mild ist. "
                "Die Stücke sind kurkumagelb mit braunen Sprenkeln aus Seifenschote und duften "
                "warm nach Kräutern. Jedes Stück wiegt 100 g; die Schachtel mit drei Stück ist "
                "ein schönes Geschenk.</p><p>Bewahren Sie die Seife auf einer Ablage auf, auf "
                "der sie zwischen den Anwendungen abtrocknen kann – so hält sie länger. Kurkuma "
                "kann auf weißen Handtüchern einen leichten gelben Schimmer hinterlassen, der "
                "sich auswaschen lässt.</p>",
            ),
            (
                "process",
                {
                    "title": "Sechs Wochen für ein Stück Seife",
                    "steps": [
                        {
                            "title": "Öle und Lauge verrühren",
                            "text": (
                                "Kokos- und Olivenöl werden mit der Lauge verrührt, bis die Masse "
                                "andickt."
                            ),
                            "duration": "1 Stunde",
                        },
                        {
                            "title": "Kräuter zugeben",
                            "text": (
                                "Seifenschotenpulver, Nelkenbasilikum-Extrakt und Kurkuma kommen "
                                "hinzu, dann wird die Seife in Formen gegossen."
                            ),
                            "duration": "30 Minuten",
                        },
                        {
                            "title": "Schneiden und Reifen",
                            "text": (
                                "Nach zwei Tagen wird die Seife in Stücke geschnitten und an einem "
                                "kühlen, luftigen Ort auf Holzgestellen gereift."
                            ),
                            "duration": "6 Wochen",
                        },
                    ],
                },
            ),
        ],
    },
    "nhang-tram-khong-tam": {
        "title": "Adlerholz-Räucherstäbchen ohne Bambuskern aus Phúc Trạch",
        "summary": (
            "Räucherstäbchen, von Hand gerollt aus dem Pulver von Adlerholz aus Hương Khê (Hà "
            "Tĩnh) und Litsea-Rinde, ohne Bambuskern und ohne synthetische Duftstoffe. Röhre mit "
            "100 g, Stäbchen von 20 cm."
        ),
        "body": [
            (
                "text",
                "<p>Adlerholz ist keine Holzart, sondern die verheilte Wunde des Adlerholzbaums "
                "(Aquilaria). Wird der Stamm verletzt, bildet der Baum zu seinem Schutz Harz; "
                "über die Jahre dringt das Harz in die Holzfasern ein und bildet dunkle "
                "Adlerholzpartien, die beim Verbrennen süß duften. In Hương Khê zieht die "
                "Familie von Trần Thị Mai Aquilaria-Bäume im eigenen Garten und <b>lässt das "
                "Adlerholz mehr als zehn Jahre am lebenden Baum reifen</b>, bevor sie es "
                "erntet.</p><p>Die Räucherstäbchen werden von Hand aus Adlerholzpulver und "
                "<b>Litsea-Rinde</b> – einem natürlichen Bindemittel – gerollt, ohne Bambuskern. "
                "Deshalb duften sie beim Abbrennen nur nach Adlerholz, mit wenig Rauch und "
                "feiner weißer Asche. Jedes 20 cm lange Stäbchen brennt etwa 40 "
                "Minuten.</p><p>Adlerholz ist in Anhang II des Washingtoner "
                "Artenschutzübereinkommens (CITES) gelistet. Die Plantage des Betriebs ist bei "
                "der CITES-Vollzugsbehörde Vietnams registriert; ob dieses Produkt in Ihr Land "
                "versandt werden kann und welche Dokumente dafür nötig sind, wird Ihnen im "
                "Bestellvorgang angezeigt.</p><p>In einer Schale oder auf einem hitzebeständigen "
                "Halter in einem gut belüfteten Raum abbrennen; außerhalb der Reichweite von "
                "Kindern aufbewahren.</p>",
            ),
            (
                "process",
                {
                    "title": "Vom Baum zum Räucherstäbchen",
                    "steps": [
                        {
                            "title": "Harzbildung anregen",
                            "text": (
                                "Bäume, die älter als sieben Jahre sind, werden verletzt, damit "
                                "sie Harz bilden, und dann jahrelang stehen gelassen, bis sich "
                                "Adlerholz angesammelt hat."
                            ),
                            "duration": "mehr als 10 Jahre",
                        },
                        {
                            "title": "Trennen und Mahlen",
                            "text": (
                                "Das harzhaltige Holz wird mit dem Beitel vom hellen Holz "
                                "getrennt, getrocknet und fein gemahlen."
                            ),
                            "duration": "1–2 Wochen",
                        },
                        {
                            "title": "Rollen",
                            "text": (
                                "Adlerholzpulver wird mit Litsea-Rinde und Wasser vermischt und "
                                "von Hand zu 20 cm langen Stäbchen gerollt."
                            ),
                            "duration": "1 Tag",
                        },
                        {
                            "title": "Trocknen und Reifen",
                            "text": (
                                "Die Stäbchen trocknen an der Luft und ruhen dann in geschlossenen "
                                "Schachteln, damit der Duft milder wird."
                            ),
                            "duration": "2–3 Wochen",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Ein Adlerholzbaum, den man heute pflanzt, liefert erst zur Zeit unserer "
                        "Kinder gutes Adlerholz. Dieses Handwerk lehrt einen zu warten."
                    ),
                    "name": "Trần Thị Mai",
                    "role": "Inhaberin von Phúc Trạch Adlerholz",
                },
            ),
        ],
    },
    "nu-tram-huong": {
        "title": "Adlerholz-Räucherkegel aus Phúc Trạch",
        "summary": (
            "Handgemachte Räucherkegel aus Adlerholzpulver und Litsea-Rinde; eine Schachtel mit "
            "100 g enthält etwa 80 Kegel, jeder brennt 15–20 Minuten."
        ),
        "body": [
            (
                "text",
                "<p>Kegel sind die unkomplizierteste Art, Adlerholz in einem kleinen Raum zu "
                "räuchern: Ein Kegel brennt 15–20 Minuten, genug, um ein Wohn- oder Lesezimmer "
                "zu beduften, und erlischt dann, ohne schweren Rauchgeruch zu hinterlassen. In "
                "Vietnam zündet man gern einen Kegel an, wenn man Gästen Tee zubereitet, oder am "
                "Hausaltar bei Vollmond und Neumond.</p><p>Die Kegel werden von Hand aus "
                "demselben <b>Adlerholzpulver und derselben Litsea-Rinde</b> geformt wie die "
                "Räucherstäbchen ohne Bambuskern des Betriebs und im Schatten natürlich "
                "getrocknet. Eine Schachtel mit 100 g enthält etwa 80 Kegel.</p><p>Adlerholz ist "
                "in Anhang II des Washingtoner Artenschutzübereinkommens (CITES) gelistet. Die "
                "Plantage des Betriebs ist bei der CITES-Vollzugsbehörde Vietnams registriert; "
                "ob dieses Produkt in Ihr Land versandt werden kann und welche Dokumente dafür "
                "nötig sind, wird Ihnen im Bestellvorgang angezeigt.</p><p>Stellen Sie den Kegel "
                "auf eine hitzebeständige Schale oder in ein mit Sand gefülltes Räuchergefäß, "
                "zünden Sie die Spitze an und lassen Sie ihn nach dem Erlöschen der Flamme "
                "glimmen. Einen brennenden Kegel nie unbeaufsichtigt lassen.</p>",
            ),
            (
                "process",
                {
                    "title": "So entstehen die Kegel",
                    "steps": [
                        {
                            "title": "Mischen",
                            "text": (
                                "Feines Adlerholzpulver wird mit Litsea-Rinde und etwas sauberem "
                                "Wasser vermischt."
                            ),
                            "duration": "1 Stunde",
                        },
                        {
                            "title": "Formen",
                            "text": (
                                "Jeder Kegel wird von Hand geformt oder in eine kleine "
                                "kegelförmige Form gepresst."
                            ),
                            "duration": "1 Tag",
                        },
                        {
                            "title": "Trocknen im Schatten",
                            "text": (
                                "Die Kegel trocknen im Schatten, damit sie nicht reißen und ihren "
                                "Duft behalten."
                            ),
                            "duration": "1–2 Wochen",
                        },
                    ],
                },
            ),
        ],
    },
    "vong-tay-tram-huong": {
        "title": "Armband aus Adlerholzperlen aus Phúc Trạch",
        "summary": (
            "Ein Armband aus von Hand gedrechselten Perlen aus kultiviertem Adlerholz mit "
            "natürlicher Harzmaserung, auf elastischer Schnur. Perlen mit 8, 10 oder 12 mm."
        ),
        "body": [
            (
                "text",
                "<p>Dieses Armband wird aus den Stücken mit der schönsten <b>Harzmaserung</b> "
                "aus dem Adlerholzgarten der Familie von Frau Mai gedrechselt. Jede Perle wird "
                "von Hand rund gedrechselt und poliert, ohne Lack und ohne zugesetztes Öl: Der "
                "Duft ist das natürliche Harz des Adlerholzes, er wird wärmer, wenn die Perlen "
                "die Haut berühren, und leiser, wenn sie in ihrer Schachtel ruhen. Die dunklen "
                "Adern in jeder Perle sind Harz, das sich über viele Jahre im Stamm angesammelt "
                "hat, daher gleicht kein Armband dem anderen.</p><p>Drei Perlengrößen: 8 mm (22 "
                "Perlen), 10 mm (19 Perlen) und 12 mm (16 Perlen), aufgezogen auf eine "
                "elastische Schnur, die den meisten Handgelenken passt.</p><p>Adlerholz ist in "
                "Anhang II des Washingtoner Artenschutzübereinkommens (CITES) gelistet. Die "
                "Plantage des Betriebs ist bei der CITES-Vollzugsbehörde Vietnams registriert; "
                "ob dieses Produkt in Ihr Land versandt werden kann und welche Dokumente dafür "
                "nötig sind, wird Ihnen im Bestellvorgang angezeigt.</p><p><b>Pflege:</b> Nehmen "
                "Sie das Armband zum Baden, Schwimmen und Händewaschen mit Seife ab; halten Sie "
                "es von Parfüm und Chemikalien fern. Bewahren Sie es, wenn Sie es nicht tragen, "
                "im beiliegenden Stoffbeutel auf.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Kunden fragen, wie lange der Duft hält. Ich sage ihnen: Echtes Adlerholz "
                        "bekommt beim Tragen nur mehr Glanz; der Duft wird sanfter, aber er "
                        "vergeht nie."
                    ),
                    "name": "Trần Thị Mai",
                    "role": "Inhaberin von Phúc Trạch Adlerholz",
                },
            ),
        ],
    },
    "tram-huong-mieng": {
        "title": "Adlerholz-Chips zum Erwärmen aus Phúc Trạch",
        "summary": (
            "Von Hand gespaltene Chips aus kultiviertem Adlerholz zum Erwärmen auf einem "
            "elektrischen Räuchergerät oder auf Holzkohle. Packung mit 50 g."
        ),
        "body": [
            (
                "text",
                "<p>Chips sind die älteste Art, Adlerholz zu genießen: Sie werden nicht "
                "verbrannt, sondern langsam <b>erwärmt</b>, damit das Harz seinen Duft freigibt. "
                "Diese Chips werden von Hand aus Aquilaria-Stämmen gespalten, die im Garten der "
                "Familie von Frau Mai wachsen, getrocknet und vom hellen Holz befreit; nur die "
                "Stücke mit dunklen Harzadern bleiben übrig.</p><p>Legen Sie ein "
                "fingernagelgroßes Stück auf ein elektrisches Räuchergerät für Adlerholz bei "
                "niedriger Stufe oder auf ein Glimmerplättchen über mit Asche bedeckter "
                "Holzkohle. Beim Erwärmen verströmt das Adlerholz einen süßen, warmen Duft mit "
                "Anklängen von Honig und Holz; ein Chip lässt sich mehrmals erwärmen. Zünden Sie "
                "ihn nicht direkt an, denn die Flamme verbrennt das Harz, und der Duft geht "
                "verloren.</p><p>Adlerholz ist in Anhang II des Washingtoner "
                "Artenschutzübereinkommens (CITES) gelistet. Die Plantage des Betriebs ist bei "
                "der CITES-Vollzugsbehörde Vietnams registriert; ob dieses Produkt in Ihr Land "
                "versandt werden kann und welche Dokumente dafür nötig sind, wird Ihnen im "
                "Bestellvorgang angezeigt.</p><p>In einer geschlossenen Schachtel an einem "
                "trockenen Ort aufbewahren.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Adlerholz zu erwärmen ist wie Tee aufzubrühen: Bei kleiner Hitze wird der "
                        "Duft klar. Ist es zu heiß, bleibt nur Rauch."
                    ),
                    "name": "Trần Thị Mai",
                    "role": "Inhaberin von Phúc Trạch Adlerholz",
                },
            ),
        ],
    },
}
