"""German product stories: Thanh Hà lychees, Lục Ngạn honey, Tân Cương and Thái Nguyên tea."""

STORIES: dict[str, dict] = {
    "vai-thieu-say-kho-thanh-ha": {
        "title": "Getrocknete Litschis aus Thanh Hà",
        "summary": (
            "Baumreife Litschis aus Thanh Hà, im Juni gepflückt und noch am selben Tag als ganze "
            "Früchte getrocknet, ohne Zucker und ohne Konservierungsstoffe. Dickes, "
            "bernsteinbraunes Fruchtfleisch mit intensiver Süße. OCOP-Produkt mit 3 Sternen."
        ),
        "body": [
            (
                "text",
                "<p>Im Weiler Thúy Lâm in der Gemeinde Thanh Sơn steht noch der "
                "<b>„Ahnen-Litschibaum“</b>, fast zweihundert Jahre alt. Die Dorfbewohner "
                "erzählen, dass Herr Hoàng Văn Cơm im Jahr 1870 bei einem Festmahl mit "
                "chinesischen Händlern in Hải Phòng eine außergewöhnliche Litschi kostete und "
                "drei Kerne mit nach Hause brachte; einer der Bäume trug ungewöhnlich duftende, "
                "süße Früchte. Weil die Sorte aus Thiều Châu stammte, nannte man sie <i>vải "
                "thiều</i>. Über Stecklinge dieses Baumes verbreitete sie sich in ganz Thanh "
                "Hà.</p><p>Die Genossenschaft Thanh Sơn pflückt die Litschis im Juni baumreif "
                "und bringt sie noch am selben Tag in den Trockenofen. Langsam getrocknet, wird "
                "die Schale braun und spröde, und das Fruchtfleisch wird bernsteinfarben und "
                "intensiv süß.</p><p>Knacken Sie die Schale und essen Sie die Früchte wie "
                "Maronen, oder geben Sie sie in Tee oder süße Suppen. Kühl und trocken lagern, "
                "nach dem Öffnen wieder gut verschließen und innerhalb von 12 Monaten "
                "verzehren.</p>",
            ),
            (
                "process",
                {
                    "title": "Ein Tag Ernte, drei Tage Trocknen",
                    "steps": [
                        {
                            "title": "Pflücken im Morgengrauen",
                            "text": (
                                "Gleichmäßig reife Rispen werden im Obstgarten geschnitten und "
                                "noch am selben Vormittag ins Trockenhaus gebracht."
                            ),
                            "duration": "einen halben Tag",
                        },
                        {
                            "title": "Sortieren und Waschen",
                            "text": (
                                "Aufgeplatzte oder gedrückte Früchte werden aussortiert; die "
                                "übrigen werden gewaschen, abgetropft und entstielt."
                            ),
                            "duration": "einige Stunden",
                        },
                        {
                            "title": "Langsames Trocknen",
                            "text": (
                                "Die Litschis werden im Wärmeofen getrocknet und mehrmals "
                                "gewendet, damit das Fruchtfleisch bis zum Kern gleichmäßig "
                                "trocknet."
                            ),
                            "duration": "etwa 3 Tage",
                        },
                        {
                            "title": "Abkühlen und Verpacken",
                            "text": (
                                "Die Früchte kühlen von selbst ab, die Restfeuchte wird geprüft, "
                                "und dann werden sie in Zippbeutel oder Geschenkschachteln "
                                "verpackt."
                            ),
                            "duration": "1 Tag",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Die Litschisaison dauert nur einen Monat, und die ganze Gemeinde arbeitet "
                        "die Nächte durch. Trocknet man die Früchte am selben Tag, behält das "
                        "Fruchtfleisch die Süße der frischen Frucht; lässt man sie über Nacht "
                        "liegen, ist sie verloren."
                    ),
                    "name": "Phạm Văn Khánh",
                    "role": "Direktor der Litschi-Genossenschaft Thanh Sơn",
                },
            ),
        ],
    },
    "cui-vai-say-deo": {
        "title": "Weich getrocknetes Litschi-Fruchtfleisch aus Thanh Hà",
        "summary": (
            "Litschi-Fruchtfleisch aus Thanh Hà, von Hand geschält und entkernt und bei niedriger "
            "Temperatur weich getrocknet, ohne Zuckerzusatz. Als Snack oder für Joghurt, Granola "
            "und Tee."
        ),
        "body": [
            (
                "text",
                "<p>Ganze getrocknete Litschis sind köstlich, aber man muss sie schälen und "
                "entkernen. Mit dem weich getrockneten Fruchtfleisch haben die Frauen der "
                "Genossenschaft Thanh Sơn diese Spezialität aus dem Dorf bequemer gemacht: Reife "
                "Litschis werden von Hand geschält und entkernt und dann bei niedrigerer "
                "Temperatur getrocknet als ganze Früchte. So bleibt das Fruchtfleisch weich und "
                "durchscheinend, bernsteinfarben, von natürlicher Süße und duftet nach frischer "
                "Litschi.</p><p>Kein Zuckerzusatz, keine Konservierungsstoffe – die ganze Süße "
                "stammt aus der Frucht. Der 200-g-Beutel hat einen Zippverschluss zum Mitnehmen. "
                "Essen Sie das Fruchtfleisch wie Rosinen, rühren Sie es in Joghurt oder Granola, "
                "oder geben Sie ein paar Stücke in eine Kanne Grüntee.</p><p>Nach dem Öffnen "
                "wieder verschließen und kühl und trocken lagern; bei feuchtem Wetter im "
                "Kühlschrank aufbewahren. Am besten innerhalb von 6 Monaten ab Herstellung "
                "verzehren.</p>",
            ),
            (
                "process",
                {
                    "title": "Von Hand geschält, Frucht für Frucht",
                    "steps": [
                        {
                            "title": "Schälen und Entkernen",
                            "text": (
                                "Reife Litschis werden von Hand geschält und entkernt, das "
                                "Fruchtfleisch bleibt dabei in einem Stück."
                            ),
                            "duration": "einen halben Tag",
                        },
                        {
                            "title": "Trocknen bei niedriger Temperatur",
                            "text": (
                                "Das Fruchtfleisch wird bei niedriger Temperatur getrocknet, bis "
                                "es weich ist und nicht mehr an den Fingern klebt."
                            ),
                            "duration": "etwa 20 Stunden",
                        },
                        {
                            "title": "Verpacken",
                            "text": (
                                "Sind die Stücke abgekühlt, werden sie gewogen und noch am selben "
                                "Tag in Zippbeutel verpackt."
                            ),
                            "duration": "einige Stunden",
                        },
                    ],
                },
            ),
        ],
    },
    "mat-ong-hoa-vai-luc-ngan": {
        "title": "Litschiblütenhonig aus Lục Ngạn",
        "summary": (
            "Litschiblütenhonig, im März und April zwischen den Litschihügeln von Lục Ngạn "
            "geerntet: nur verdeckelter Honig, kalt gefiltert, ohne Zusätze, Wassergehalt unter "
            "20\u00a0%. OCOP-Produkt mit 4 Sternen."
        ),
        "body": [
            (
                "text",
                "<p>Ende Februar, wenn ganz Lục Ngạn sich weiß mit Litschiblüten überzieht, "
                "stellen die Imker der Genossenschaft Phượng Sơn ihre Bienenstöcke mitten in die "
                "Obstgärten. In den drei, vier Wochen der Blüte sammeln die Bienen fast nur an "
                "den Litschibäumen und erzeugen einen strohhellen Honig, der nach reifer Litschi "
                "duftet und klar und fein süß schmeckt.</p><p>Die Genossenschaft <b>schleudert "
                "nur verdeckelte Waben</b> – Honig, den die Bienen selbst getrocknet und mit "
                "Wachs verschlossen haben, wenn er reif ist. Deshalb ist er dickflüssig, hat "
                "einen Wassergehalt unter 20\u00a0% und muss nicht durch Erhitzen eingedickt "
                "werden. Der Honig wird durch ein feines Sieb kalt gefiltert und ruht, bis die "
                "Luftbläschen aufgestiegen sind, bevor er in Gläser abgefüllt "
                "wird.</p><p>Litschihonig kann bei Kälte zu feinen weißen Körnchen "
                "<b>kristallisieren</b>: ein Zeichen für echten Honig. Um ihn wieder flüssig zu "
                "machen, stellen Sie das Glas in warmes Wasser unter 40 °C. Bei Raumtemperatur "
                "lagern und einen trockenen Löffel verwenden. Nicht für Säuglinge unter 12 "
                "Monaten geeignet.</p>",
            ),
            (
                "process",
                {
                    "title": "Eine Saison Litschihonig",
                    "steps": [
                        {
                            "title": "Bienenstöcke in die Gärten",
                            "text": (
                                "Mitte Februar, wenn die Litschibäume zu blühen beginnen, werden "
                                "die Stöcke über die Obstgartenhügel verteilt aufgestellt."
                            ),
                            "duration": "1–2 Tage",
                        },
                        {
                            "title": "Die Bienen bei der Arbeit",
                            "text": (
                                "Die Bienen sammeln Nektar, lassen sein Wasser verdunsten und "
                                "verdeckeln den Honig mit Wachs, sobald er reif ist."
                            ),
                            "duration": "3–4 Wochen",
                        },
                        {
                            "title": "Schleudern und Kaltfiltern",
                            "text": (
                                "Nur verdeckelte Waben kommen in die Schleuder; der Honig wird "
                                "ohne Erhitzen durch ein feines Sieb gefiltert."
                            ),
                            "duration": "1 Tag",
                        },
                        {
                            "title": "Prüfen und Abfüllen",
                            "text": (
                                "Der Wassergehalt wird gemessen, der Honig ruht, bis die Bläschen "
                                "aufsteigen, dann wird er in Gläser abgefüllt und mit einem "
                                "Rückverfolgbarkeitsetikett versehen."
                            ),
                            "duration": "3–5 Tage",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Die Leute fragen, warum mein Honig bei Kälte fest wird. Ich sage ihnen: "
                        "Nur echter Honig kristallisiert; Honig, der mit Zuckersirup gestreckt "
                        "ist, bleibt zu jeder Jahreszeit gleich flüssig."
                    ),
                    "name": "Hoàng Văn Lợi",
                    "role": "Direktor der Imkergenossenschaft Phượng Sơn",
                },
            ),
        ],
    },
    "mat-ong-hoa-rung-luc-ngan": {
        "title": "Wildblütenhonig aus Lục Ngạn",
        "summary": (
            "Honig heimischer Bienen, die an Wildblumen in den Hügeln östlich von Lục Ngạn "
            "sammeln: dunkel bernsteinfarben, kräftig, mit leicht bitterem Abgang. Jede Saison "
            "schmeckt anders."
        ),
        "body": [
            (
                "text",
                "<p>Anders als der Litschihonig stammt dieser Wildblütenhonig von der "
                "<b>Östlichen Honigbiene</b> (Apis cerana) – einer kleinen, kälteresistenten "
                "Biene, die in den Bergen und Wäldern Vietnams zu Hause ist –, die an Dutzenden "
                "Arten von Wildblumen und Waldbäumen an den Hängen östlich von Lục Ngạn sammelt. "
                "Die Bienen leben in Holzbeuten am Waldrand und werden nur ein- bis zweimal im "
                "Jahr beerntet; sie liefern um ein Vielfaches weniger als die Europäische "
                "Honigbiene.</p><p>Der Honig ist dunkel bernsteinfarben und kräftig süß, mit "
                "einem leicht bitteren, kühlenden Abgang, und sein Aroma folgt der Blüte: Die "
                "Frühjahrsernte duftet stärker, die Sommerernte schmeckt tiefer. In Lục Ngạn "
                "rührt man ihn in warmes Wasser mit Ingwer oder Limette, wenn es kalt "
                "wird.</p><p>Ohne Zusätze und nie erhitzt, kann er bei Kälte kristallisieren. "
                "Bei Raumtemperatur und vor Sonne geschützt lagern. Nicht für Säuglinge unter 12 "
                "Monaten geeignet.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Heimische Bienen sind sanft, aber wählerisch: Steht der Stock am falschen "
                        "Platz, zieht das ganze Volk aus. Hält man sie gut, duftet ihr Honig nach "
                        "dem ganzen Wald."
                    ),
                    "name": "Hoàng Văn Lợi",
                    "role": "Direktor der Imkergenossenschaft Phượng Sơn",
                },
            ),
        ],
    },
    "che-bup-tan-cuong": {
        "title": "Grüner Tee aus Tân Cương, Thái Nguyên",
        "summary": (
            "Grüner Tee aus Tân Cương, gepflückt als Knospe mit zwei Blättern und in der "
            "gusseisernen Pfanne über dem Holzfeuer geröstet: kleine, gerollte Blätter, ein "
            "gelbgrüner Aufguss, sanfte Herbe und ein süßer Nachklang. OCOP-Produkt mit 4 Sternen."
        ),
        "body": [
            (
                "text",
                "<p>In Vietnam sagt man „Tee aus Thái Nguyên, Mädchen aus Tuyên Quang“: Der "
                "beste Tee kommt aus Thái Nguyên, und der berühmteste Tee aus Thái Nguyên kommt "
                "aus Tân Cương. Die Alten der Gegend erzählen, dass in den 1920er-Jahren ein "
                "Mann namens Đội Năm Teepflanzen aus Phú Hộ in Phú Thọ mitbrachte und sie auf "
                "den roten Hügeln hier pflanzte.</p><p>Die Genossenschaft Sương Mai pflückt "
                "ihren Tee im Morgengrauen als <b>eine Knospe und zwei Blätter</b> und röstet "
                "ihn noch am selben Tag in gusseisernen Pfannen über dem Holzfeuer. Die Blätter "
                "rollen sich klein wie Angelhaken; der Aufguss ist gelbgrün, sanft herb, mit "
                "einer Süße, die im Hals aufsteigt.</p><p><b>Zubereitung:</b> 5–7 g für eine "
                "Kanne mit 150 ml, Wasser mit etwa 80–85 °C. Die Blätter einmal ganz kurz "
                "abspülen, dann 30–60 Sekunden ziehen lassen; reicht für 3–4 Aufgüsse. "
                "Verschlossen, lichtgeschützt und fern von starken Gerüchen aufbewahren.</p>",
            ),
            (
                "process",
                {
                    "title": "Vom Teehang in die Kanne",
                    "steps": [
                        {
                            "title": "Pflücken im Morgengrauen",
                            "text": (
                                "Ab 5 Uhr morgens werden Knospe und zwei Blätter von Hand "
                                "gepflückt und in luftige Körbe gelegt, nie festgedrückt."
                            ),
                            "duration": "etwa 4 Stunden",
                        },
                        {
                            "title": "Rösten gegen die Oxidation",
                            "text": (
                                "Das frische Blatt wird in einer heißen gusseisernen Pfanne "
                                "ständig gewendet, bis es weich und welk ist."
                            ),
                            "duration": "15–20 Minuten",
                        },
                        {
                            "title": "Rollen",
                            "text": (
                                "Die Blätter werden von Hand auf einem flachen Korb gerollt, damit "
                                "sie sich einrollen und ihren Saft abgeben."
                            ),
                            "duration": "etwa 20 Minuten",
                        },
                        {
                            "title": "Trocknen und Aromatisieren",
                            "text": (
                                "Es folgen mehrere Röstgänge bei allmählich kleinerer Flamme; der "
                                "letzte bringt den Duft von jungem, geröstetem Reis hervor."
                            ),
                            "duration": "2–3 Stunden",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Tee aus Tân Cương ist gut wegen des Bodens, aber er bleibt gut wegen der "
                        "Hände, die ihn rösten. Ein wenig zu viel Hitze, und er verbrennt; ein "
                        "wenig zu wenig, und er schmeckt grasig. Man regelt das Feuer, indem man "
                        "auf die Blätter in der Pfanne hört."
                    ),
                    "name": "Vũ Thị Hạnh",
                    "role": "Direktorin der Teegenossenschaft Sương Mai",
                },
            ),
        ],
    },
    "tra-dinh-tan-cuong-hop-thiec": {
        "title": "„Nagel“-Knospentee aus Tân Cương in der Dose",
        "summary": (
            "Trà đinh – nur die winzigsten, noch geschlossenen Knospen, klein wie ein Nagel –, der "
            "kostbarste grüne Tee aus Tân Cương, in der 100-g-Dose."
        ),
        "body": [
            (
                "text",
                "<p><i>Trà đinh</i>, „Nageltee“, verdankt seinen Namen den Knospen, aus denen er "
                "besteht: nur der jüngste Trieb, bevor sich ein Blatt entfaltet, klein und spitz "
                "wie ein Nagel. Jeder Teestrauch liefert pro Austrieb nur wenige Knospen dieser "
                "Güte, deshalb braucht es fast vier Kilo frische Knospen für weniger als ein "
                "Kilo fertigen Tee, und die Pflückerinnen arbeiten sich ab dem ersten Tageslicht "
                "Zweig für Zweig voran.</p><p>Die Knospen werden in gusseisernen Pfannen über "
                "einer sanfteren Flamme geröstet als gewöhnlicher Tee, damit ihr weißer Flaum "
                "erhalten bleibt. Der Aufguss ist honiggolden und sämig, duftet nach jungem "
                "grünem Reis und schmeckt mehr süß als herb. Nageltee verschenkt man "
                "traditionell oder serviert ihn Ehrengästen.</p><p>Mit Wasser von etwa 75–80 °C "
                "aufgießen, 3–4 g für eine kleine Kanne, 40 Sekunden ziehen lassen. Die "
                "luftdichte Dose bewahrt das Aroma; kühl und trocken lagern und innerhalb von 12 "
                "Monaten genießen.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Nageltee pflückt man mit den Fingerspitzen. Selbst eine geübte Pflückerin "
                        "schafft an einem ganzen Vormittag nur ein paar hundert Gramm Knospen."
                    ),
                    "name": "Vũ Thị Hạnh",
                    "role": "Direktorin der Teegenossenschaft Sương Mai",
                },
            ),
        ],
    },
    "hong-tra-thai-nguyen": {
        "title": "Schwarzer Tee aus Thái Nguyên",
        "summary": (
            "Schwarzer Tee (hồng trà) aus Teeblättern des Mittellands von Thái Nguyên, vollständig "
            "oxidiert: ein rotbernsteinfarbener Aufguss mit Noten von Honig und Trockenfrüchten. "
            "OCOP-Produkt mit 3 Sternen."
        ),
        "body": [
            (
                "text",
                "<p>In Thái Nguyên trinkt man grünen Tee, doch ausländische Gäste fragten immer "
                "wieder nach einem Tee, der zu Milch und Kuchen passt. Die Genossenschaft Sương "
                "Mai verwendet Teeblätter aus dem Mittelland von Tân Cương selbst – eine Knospe "
                "mit zwei oder drei Blättern, etwas reifer als für grünen Tee –, um <b>schwarzen "
                "Tee</b> herzustellen: Die Blätter werden gewelkt, gründlich gerollt und "
                "vollständig oxidieren gelassen, bevor sie getrocknet werden.</p><p>In Vietnam "
                "heißt er <i>hồng trà</i>, „roter Tee“, wegen seines rotbernsteinfarbenen "
                "Aufgusses. Er schmeckt nach Honig, Malz und Trockenfrüchten, ist mild und kaum "
                "herb, heiß wie auf Eis gut und verträgt sich auch mit Milch.</p><p>3 g mit 250 "
                "ml Wasser von etwa 95 °C aufgießen und 3–4 Minuten ziehen lassen. In einem "
                "luftdichten Behälter und vor Feuchtigkeit geschützt aufbewahren.</p>",
            ),
            (
                "process",
                {
                    "title": "So entsteht schwarzer Tee",
                    "steps": [
                        {
                            "title": "Welken",
                            "text": (
                                "Die Blätter werden dünn auf flachen Körben ausgebreitet, bis sie "
                                "weich sind und einen Teil ihres Wassers verloren haben."
                            ),
                            "duration": "10–12 Stunden",
                        },
                        {
                            "title": "Rollen und Oxidieren",
                            "text": (
                                "Gründliches Rollen bricht die Blattzellen auf; dann ruhen die "
                                "Blätter, bis sie kupferfarben werden."
                            ),
                            "duration": "3–4 Stunden",
                        },
                        {
                            "title": "Trocknen",
                            "text": (
                                "Trocknen bei hoher Temperatur stoppt die Oxidation; danach wird "
                                "der Tee gesiebt und sortiert."
                            ),
                            "duration": "1–2 Stunden",
                        },
                    ],
                },
            ),
        ],
    },
}
