"""German producer pages, keyed by producer slug (catalogue/producers.py)."""

PRODUCERS: dict[str, dict] = {
    "htx-gom-su-lam-thuy-bat-trang": {
        "title": "Keramik-Genossenschaft Lam Thủy Bát Tràng",
        "intro": (
            "Eine Genossenschaft von 38 Töpferfamilien in Bát Tràng, spezialisiert auf handbemalte "
            "Keramik mit Blauglasur und antike Craquelé-Glasur. OCOP 4 Sterne (2023); jedes Stück "
            "trägt ein QR-Etikett zur Rückverfolgbarkeit."
        ),
        "body": [
            (
                "text",
                "<p>Lam Thủy entstand, als die Töpferfamilien eines Viertels beschlossen, "
                "gemeinsam zu verkaufen: Ein ausländischer Einkäufer kann nicht mit jedem "
                "einzelnen Haushalt einen Vertrag schließen, wohl aber mit einer Genossenschaft. "
                "Jede Familie betreibt weiterhin ihren eigenen Ofen und ihre eigene Werkstatt "
                "und übernimmt ihren Teil der Arbeit – die eine dreht, die andere malt, die "
                "dritte brennt –, während die Genossenschaft sich um Qualitätskontrolle, "
                "Verpackung und Exportpapiere kümmert.</p><p>Die Rohlinge werden auf der "
                "Töpferscheibe und in Gipsformen geformt, Strich für Strich von Hand bemalt und "
                "bei 1.250–1.300 °C gebrannt. Die Genossenschaft fertigt auch eigene Designs für "
                "Restaurants und Geschenkläden.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Die Keramik unseres Dorfes ist schön, weil jede Familie ihr eigenes "
                        "Können bewahrt. Die Genossenschaft ist nur die Brücke, über die dieses "
                        "Können weiter hinausgelangt."
                    ),
                    "name": "Nguyễn Thị Thu Hằng",
                    "role": "Vorsitzende der Genossenschaft",
                },
            ),
        ],
    },
    "may-tre-dan-trong-nghia-phu-vinh": {
        "title": "Rattan- und Bambusflechterei Trọng Nghĩa, Phú Vinh",
        "intro": (
            "Drei Generationen einer Familie flechten Rattan und Giang-Bambus in Phú Vinh, Chương "
            "Mỹ. OCOP 4 Sterne (2022); Sondergrößen und eigene Designs für Hotels und "
            "Einrichtungsgeschäfte."
        ),
        "body": [
            (
                "text",
                "<p>Im Hof von Nguyễn Trọng Nghĩa schnitzt der Großvater die Flechtstreifen, die "
                "Eltern flechten die Körbe, und seine Frau übernimmt Fertigstellung und "
                "Verpackung. Das Rattan wird gespalten, geschnitzt und natürlich in der Sonne "
                "getrocknet und vor dem Flechten gegen Schimmel behandelt – so bleibt die Ware "
                "selbst auf langen Seereisen im Container schimmelfrei.</p><p>Neben den Körben, "
                "Tabletts, Marktkörben und Sesseln, die hier angeboten werden, flicht die "
                "Werkstatt Lampenschirme, Raumteiler und Dekokörbe nach Zeichnung für Hotels und "
                "Einrichtungsgeschäfte; die Lieferzeit wird für jedes Design einzeln "
                "angegeben.</p>",
            ),
            (
                "village",
                {
                    "village": "Rattan- und Bambusdorf Phú Vinh",
                    "text": (
                        "Phú Vinh liegt in der Gemeinde Phú Nghĩa im Bezirk Chương Mỹ, westlich "
                        "von Hà Nội – eines der ältesten und kunstfertigsten Flechtdörfer für "
                        "Rattan und Bambus in Nordvietnam."
                    ),
                    "map_url": (
                        "https://www.openstreetmap.org/?mlat=20.944&mlon=105.684#map=15/20.944/105.684"
                    ),
                },
            ),
        ],
    },
    "son-mai-ha-thai-duc-thinh": {
        "title": "Lackwerkstatt Đức Thịnh, Hạ Thái",
        "intro": (
            "Die Werkstatt des Kunsthandwerkers Trần Đức Thịnh im Lackdorf Hạ Thái fertigt "
            "traditionelle Lackwaren mit Naturlack aus Phú Thọ, Eierschale, Perlmutt sowie "
            "Blattgold und Blattsilber. OCOP 4 Sterne (2021)."
        ),
        "body": [
            (
                "text",
                "<p>Der Kunsthandwerker Trần Đức Thịnh begann mit sechzehn Jahren in der "
                "Werkstatt seines Onkels, wo er drei Jahre lang Lack schliff, bevor er einen "
                "Pinsel in die Hand nehmen durfte. Heute arbeiten in der Werkstatt acht "
                "Handwerker, noch immer nach alter Art: ein mit Stoff umhüllter Holzkern, viele "
                "Schichten Naturlack, jede in einer feuchten Kammer ausgehärtet und von Hand "
                "nass geschliffen. Ein Stück braucht drei Wochen bis drei Monate.</p><p>Die "
                "Werkstatt fertigt Kästchen, Tabletts und Untersetzer-Sets und malt Lackbilder "
                "auf Bestellung; Besucher in Hạ Thái können den Handwerkern zusehen und selbst "
                "eine kleine Lacktafel schleifen.</p>",
            ),
            (
                "village",
                {
                    "village": "Lackdorf Hạ Thái",
                    "text": (
                        "Hạ Thái in der Gemeinde Duyên Thái, Bezirk Thường Tín, etwa 20 km südlich "
                        "des Zentrums von Hà Nội, ist das bekannteste Lackdorf Nordvietnams."
                    ),
                    "map_url": (
                        "https://www.openstreetmap.org/?mlat=20.887&mlon=105.853#map=15/20.887/105.853"
                    ),
                },
            ),
        ],
    },
    "det-lua-phuc-hung-van-phuc": {
        "title": "Seidenweberei Phúc Hưng, Vạn Phúc",
        "intro": (
            "Eine Familienwerkstatt, die Maulbeerseide auf Jacquard-Webstühlen in den "
            "traditionellen Mustern von Vạn Phúc webt – Wolkenseide, Gaze und Seidenflor –, zum "
            "Teil mit Naturfarben gefärbt. OCOP 4 Sterne (2022)."
        ),
        "body": [
            (
                "text",
                "<p>Im Haus von Đỗ Thị Hưng stehen sechs Jacquard-Webstühle, und in einer "
                "schmalen Gasse hinter dem Gemeindehaus von Vạn Phúc fliegen die Schiffchen von "
                "morgens bis abends. Sie bewahrt die Lochkarten auf, die die Webstühle steuern – "
                "jede ein altes Muster des Dorfes –, und hat zusammen mit ihrer Tochter das "
                "Färben mit Naturfarben aus Củ-nâu-Yamswurzel, Indigoblättern und Baumrinde "
                "wiederbelebt.</p><p>Die Werkstatt verkauft Schals, Krawatten und Seide als "
                "Meterware und webt in Wunschfarben und -breiten für Áo-dài-Schneider und "
                "Designer.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Wer in der Altstadt „Seide aus Vạn Phúc“ kauft, kann oft nicht erkennen, "
                        "ob sie wirklich aus dem Dorf stammt. Deshalb steht auf jeder Bahn unserer "
                        "Seide, wo und von wem sie gewebt wurde."
                    ),
                    "name": "Đỗ Thị Hưng",
                    "role": "Inhaberin",
                },
            ),
        ],
    },
    "tac-tuong-son-dong-van-tuyen": {
        "title": "Schnitzwerkstatt Văn Tuyến, Sơn Đồng",
        "intro": (
            "Die Werkstatt des Kunsthandwerkers Nguyễn Văn Tuyến im Schnitzerdorf Sơn Đồng fertigt "
            "Statuen, Wasserpuppen und Holzkunst aus Jackfrucht- und Feigenholz – geschnitzt und "
            "mit Rotlack und Gold veredelt, vollständig von Hand. OCOP 3 Sterne (2023)."
        ),
        "body": [
            (
                "text",
                "<p>Nguyễn Văn Tuyến ist die fünfte Generation einer Schnitzerfamilie aus Sơn "
                "Đồng. Seine Werkstatt hat für viele Pagoden und Gemeindehäuser im Delta des "
                "Roten Flusses Statuen geschnitzt und restauriert; in den letzten Jahren fertigt "
                "er außerdem Wasserpuppen für Puppentheatergruppen sowie Tabletts und "
                "Haushaltsgegenstände aus übrig gebliebenen Jackfruchtbrettern.</p><p>Jeder "
                "Arbeitsschritt, vom Zurichten des Rohlings über das Schnitzen bis zu Rotlack "
                "und Blattgold, geschieht von Hand. Bei Statuen auf Bestellung schickt die "
                "Werkstatt Fotos von jedem Arbeitsschritt, damit Sie die Entstehung verfolgen "
                "können.</p>",
            ),
            (
                "village",
                {
                    "village": "Schnitzerdorf Sơn Đồng",
                    "text": (
                        "Sơn Đồng im Bezirk Hoài Đức, etwa 20 km westlich des Zentrums von Hà Nội, "
                        "ist das älteste Dorf der Statuenschnitzer und der Meister für Rotlack und "
                        "Vergoldung in der Region."
                    ),
                    "map_url": (
                        "https://www.openstreetmap.org/?mlat=21.043&mlon=105.706#map=15/21.043/105.706"
                    ),
                },
            ),
        ],
    },
    "htx-vai-thieu-thanh-son-thanh-ha": {
        "title": "Litschi-Genossenschaft Thanh Sơn",
        "intro": (
            "52 Mitgliedsfamilien bauen in der Gemeinde Thanh Sơn, der Heimat des "
            "Ahnen-Litschibaums, Litschis aus Thanh Hà nach VietGAP-Standard an. Die Litschis "
            "werden am Tag der Ernte getrocknet, ohne Konservierungsstoffe. OCOP 3 Sterne (2023)."
        ),
        "body": [
            (
                "text",
                "<p>In der Gemeinde Thanh Sơn steht im Weiler Thúy Lâm der Ahnen-Litschibaum, "
                "von dem aus sich die Sorte vải thiều über ganz Thanh Hà verbreitete. Die "
                "Genossenschaft bündelt die Ernte von 52 Mitgliedsfamilien, die alle nach "
                "VietGAP wirtschaften und für jeden Obstgarten Dünger, Pflanzenschutz und "
                "Erntedaten dokumentieren.</p><p>Die Litschisaison dauert nur etwa einen Monat, "
                "von Ende Mai bis Ende Juni. Die Genossenschaft hat in Wärmetrockenöfen "
                "investiert, damit die Früchte am Tag der Ernte getrocknet werden und ihre "
                "intensive Süße und ihr bernsteinbraunes Fruchtfleisch behalten, und verkauft "
                "getrocknete Litschis und weich getrocknetes Litschi-Fruchtfleisch das ganze "
                "Jahr über.</p>",
            ),
            (
                "village",
                {
                    "village": "Litschiland Thanh Hà",
                    "text": (
                        "Thanh Hà, heute Teil der Stadt Hải Phòng (früher Provinz Hải Dương), ist "
                        "das berühmteste Litschi-Anbaugebiet Vietnams."
                    ),
                    "map_url": (
                        "https://www.openstreetmap.org/?mlat=20.918&mlon=106.405#map=14/20.918/106.405"
                    ),
                },
            ),
        ],
    },
    "htx-ong-mat-phuong-son-luc-ngan": {
        "title": "Imkergenossenschaft Phượng Sơn",
        "intro": (
            "Mehr als 1.200 Bienenvölker zwischen den Litschihügeln von Lục Ngạn. Geerntet wird "
            "nur verdeckelter Honig, kalt gefiltert, nie mit Zucker gestreckt, Wassergehalt unter "
            "20\u00a0%. OCOP 4 Sterne (2022)."
        ),
        "body": [
            (
                "text",
                "<p>Die Genossenschaft Phượng Sơn wurde von Imkern gegründet, die seit mehr als "
                "zwanzig Jahren der Litschiblüte in Lục Ngạn folgen. Die Mitglieder halten "
                "Europäische Honigbienen für den Litschihonig im März und April sowie Völker der "
                "heimischen Östlichen Honigbiene in Holzbeuten am Waldrand für den "
                "Wildblütenhonig.</p><p>Bei jeder Charge wird der Wassergehalt gemessen; "
                "Schleuderdatum und Obstgarten stehen auf dem Rückverfolgbarkeitsetikett des "
                "Glases. Die Genossenschaft kauft niemals Honig von anderswo zu, um ihn "
                "abzufüllen.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Imkern heißt, die Blüten und den Himmel im Blick zu behalten. In einem "
                        "Jahr, in dem es genau zur Litschiblüte regnet, seufzt das ganze Dorf, "
                        "denn die Bienen können nicht fliegen."
                    ),
                    "name": "Hoàng Văn Lợi",
                    "role": "Direktor der Genossenschaft",
                },
            ),
        ],
    },
    "htx-tra-suong-mai-tan-cuong": {
        "title": "Teegenossenschaft Sương Mai Tân Cương",
        "intro": (
            "Tee aus dem Mittelland, im Morgengrauen als Knospe mit zwei Blättern gepflückt und in "
            "gusseisernen Pfannen über dem Holzfeuer geröstet, nach traditioneller Art des "
            "Teelands Tân Cương. OCOP 4 Sterne (2023)."
        ),
        "body": [
            (
                "text",
                "<p>Der Name Sương Mai – „Morgentau“ – erinnert daran, wann die Mitglieder "
                "pflücken: ab fünf Uhr morgens, solange noch Tau auf den Knospen liegt. Die "
                "Genossenschaft wird von Vũ Thị Hạnh geleitet und vereint Familien mit "
                "alteingesessenen Teegärten im Mittelland auf den Hügeln rund um die Gemeinde "
                "Tân Cương.</p><p>Der Tee wird noch am selben Tag in gusseisernen Pfannen über "
                "dem Holzfeuer geröstet; eine Rollmaschine setzt die Genossenschaft nur für "
                "große Chargen ein, ihr Nageltee wird weiterhin vollständig von Hand geröstet "
                "und gerollt. Besucher sind während der Teesaison von März bis Oktober "
                "willkommen.</p>",
            ),
            (
                "village",
                {
                    "village": "Teeland Tân Cương",
                    "text": (
                        "Tân Cương, westlich der Stadt Thái Nguyên, gilt in Vietnam als Heimat des "
                        "„ersten unter den berühmten Tees“."
                    ),
                    "map_url": (
                        "https://www.openstreetmap.org/?mlat=21.567&mlon=105.756#map=14/21.567/105.756"
                    ),
                },
            ),
        ],
    },
    "cong-ty-thao-moc-moc-lan": {
        "title": "Mộc Lan Herbal",
        "intro": (
            "Shampoos und Seifen aus Seifenschoten, Pomeloschale, Nelkenbasilikum und Eleusine aus "
            "dem Kräuterland Lục Nam, nach den Haarwaschrezepten der Frauen aus den Hügeln. Ohne "
            "Parabene, ohne Silikone. OCOP 4 Sterne (2023)."
        ),
        "body": [
            (
                "text",
                "<p>Lê Thị Lan ist in der Gemeinde Trường Sơn aufgewachsen, wo ihre Großmutter "
                "auf den Hügeln Heilkräuter sammelte und für die ganze Familie Haarwaschwasser "
                "kochte. Nach zehn Jahren als Apothekerin in der Stadt kehrte sie zurück und "
                "gründete Mộc Lan: Sie pachtete Land, um Seifenschotenbäume, Nelkenbasilikum und "
                "Eleusine anzubauen, und kauft den Obstbauern rund um die Gemeinde die "
                "Pomeloschalen ab.</p><p>Kochen, Destillieren und Abfüllen geschehen alle in der "
                "Gemeinde; jede Charge wird mikrobiologisch geprüft und nach den vietnamesischen "
                "Vorschriften für Kosmetika angemeldet. Das Unternehmen hat zwölf Beschäftigte, "
                "die meisten davon Frauen aus der Gemeinde.</p>",
            ),
            (
                "village",
                {
                    "village": "Kräuterland Lục Nam",
                    "text": (
                        "Die Gemeinde Trường Sơn im Bezirk Lục Nam, heute in der Provinz Bắc Ninh "
                        "(früher Bắc Giang), ist ein Hügelland reich an Heilpflanzen."
                    ),
                    "map_url": (
                        "https://www.openstreetmap.org/?mlat=21.218&mlon=106.473#map=13/21.218/106.473"
                    ),
                },
            ),
        ],
    },
    "tram-huong-phuc-trach-huong-khe": {
        "title": "Phúc Trạch Adlerholz",
        "intro": (
            "Adlerholz von Aquilaria-Bäumen aus dem Familiengarten in Hương Khê, Hà Tĩnh, das mehr "
            "als zehn Jahre am Baum reift. Handgemachte Räucherstäbchen und -kegel, ohne "
            "Bambuskern und ohne synthetische Duftstoffe. OCOP 3 Sterne (2024)."
        ),
        "body": [
            (
                "text",
                "<p>Die Familie von Trần Thị Mai pflanzte ihre ersten Aquilaria-Bäume vor mehr "
                "als zwanzig Jahren zwischen die Pomelobäume von Phúc Trạch. Ist ein Baum groß "
                "genug, wird die Bildung von Adlerholz angeregt, und dann lässt man ihn mehr als "
                "zehn Jahre in Ruhe; die Familie erntet jedes Jahr nur wenige Bäume und bewahrt "
                "die übrigen für kommende Jahre auf.</p><p>Die Plantage ist bei der "
                "CITES-Vollzugsbehörde Vietnams registriert, denn Adlerholz ist in Anhang II des "
                "Washingtoner Artenschutzübereinkommens (CITES) gelistet. Der Betrieb fertigt "
                "Räucherstäbchen ohne Bambuskern, Räucherkegel, Armbänder und Chips, alles von "
                "Hand.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Die Leute fragen oft, ob Adlerholz echt oder gefälscht ist. Ich lade sie "
                        "in den Garten ein, damit sie die Bäume und die Wunden sehen, an denen "
                        "sich das Adlerholz bildet – und dann zünden sie selbst ein Stäbchen an."
                    ),
                    "name": "Trần Thị Mai",
                    "role": "Inhaberin",
                },
            ),
        ],
    },
}
