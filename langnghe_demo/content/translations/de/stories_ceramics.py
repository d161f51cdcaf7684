"""German product stories: Bát Tràng ceramics (HTX Gốm sứ Lam Thủy)."""

STORIES: dict[str, dict] = {
    "bo-am-chen-men-lam-ve-tay": {
        "title": "Handbemaltes Teeservice mit Blauglasur aus Bát Tràng",
        "summary": (
            "Eine Kanne, sechs Schalen und ein Tablett aus Steinzeug, von Hand in Kobaltblau mit "
            "einem Lotosteich-Motiv bemalt und bei 1.250–1.300 °C im Töpferdorf Bát Tràng am Roten "
            "Fluss gebrannt. OCOP-Produkt mit 4 Sternen."
        ),
        "body": [
            (
                "text",
                "<p>In Bát Tràng bekommt jeder Gast, in welches Haus er auch kommt, zuerst eine "
                "Schale Tee angeboten, bevor man über Geschäfte spricht. Dieses Service besteht "
                "aus einer Kanne, sechs Schalen und einem Tablett aus Steinzeug; es wird auf der "
                "Töpferscheibe geformt und anschließend <b>von Hand mit Blauglasur bemalt</b> – "
                "jenem Kobaltblau, das die Keramik aus Bát Tràng über Jahrhunderte berühmt "
                "gemacht hat. Das Lotosteich-Motiv wird direkt auf den unglasierten Scherben "
                "gemalt, bevor die transparente Glasur aufgetragen wird. So liegt der "
                "Pinselstrich unter der Glasur und verblasst nicht.</p><p>Weil jedes Stück von "
                "Hand bemalt ist, fällt jede Schale etwas heller oder dunkler aus: Das ist die "
                "Handschrift des Malers, kein Fehler.</p><p><b>Pflege:</b> Spülen Sie die Kanne "
                "vor dem ersten Gebrauch mit kochendem Wasser aus; reinigen Sie sie mit warmem "
                "Wasser und einem weichen Tuch und vermeiden Sie plötzliche "
                "Temperaturwechsel.</p>",
            ),
            (
                "process",
                {
                    "title": "Vom Ton bis zum Teetisch",
                    "steps": [
                        {
                            "title": "Ton aufbereiten",
                            "text": (
                                "Weißer Ton wird eingeweicht, durch mehrere Becken geschlämmt, um "
                                "Steinchen zu entfernen, und dann zum Reifen gelagert, bis er "
                                "geschmeidig ist."
                            ),
                            "duration": "2–3 Wochen",
                        },
                        {
                            "title": "Formen",
                            "text": (
                                "Kanne und Schalen werden auf der Töpferscheibe gedreht oder in "
                                "Gipsformen gegossen; Tülle und Henkel werden von Hand angesetzt."
                            ),
                            "duration": "3 Tage",
                        },
                        {
                            "title": "Bemalen und Glasieren",
                            "text": (
                                "Ein Maler trägt das Lotosteich-Motiv in Blauglasur auf den "
                                "getrockneten Rohling auf, der anschließend in transparente Glasur "
                                "getaucht wird."
                            ),
                            "duration": "1 Tag pro Service",
                        },
                        {
                            "title": "Brennen",
                            "text": (
                                "Der Ofen erreicht 1.250–1.300 °C und kühlt dann von selbst ab; "
                                "jedes Stück wird geprüft und mit einem QR-Etikett versehen."
                            ),
                            "duration": "etwa 24 Stunden",
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Ausländische Kunden fragen oft, warum zwei Schalen nicht genau gleich "
                        "sind. Ich sage dann: weil sie von Menschenhand bemalt wurden – und kein "
                        "Mensch malt etwas zweimal gleich."
                    ),
                    "name": "Nguyễn Thị Thu Hằng",
                    "role": "Vorsitzende der Keramik-Genossenschaft Lam Thủy",
                },
            ),
            (
                "village",
                {
                    "village": "Töpferdorf Bát Tràng",
                    "text": (
                        "Bát Tràng liegt am Roten Fluss, etwa 15 km vom Zentrum von Hà Nội "
                        "entfernt, und stellt seit mehr als siebenhundert Jahren Keramik her."
                    ),
                    "map_url": (
                        "https://www.openstreetmap.org/?mlat=20.975&mlon=105.913#map=15/20.975/105.913"
                    ),
                },
            ),
        ],
    },
    "bo-bat-dia-men-lam-12-mon": {
        "title": "Geschirrset mit Blauglasur aus Bát Tràng, 12-teilig",
        "summary": (
            "Sechs Schalen und sechs Teller aus handbemaltem Steinzeug mit Blauglasur für die "
            "tägliche Mahlzeit; mikrowellen- und spülmaschinengeeignet."
        ),
        "body": [
            (
                "text",
                "<p>Eine vietnamesische Familienmahlzeit wird gemeinsam in der Tischmitte "
                "angerichtet: ein Teller Gemüse, ein Teller geschmorter Fisch, eine Schale Suppe "
                "und für jeden eine Reisschale. Dieses zwölfteilige Set ist genau für diese Art "
                "zu essen gemacht – sechs Reisschalen und sechs Teller – aus Steinzeug aus Bát "
                "Tràng, gebrannt bei 1.250–1.300 °C. Dadurch ist es hart, kaum wasseraufnehmend "
                "und hält die Wärme gut.</p><p>Die Ränder der Schalen und die Spiegel der Teller "
                "bemalen die Maler mit dem Pinsel in Blauglasur, mit den für das Dorf typischen "
                "Blattranken. Die Farbe liegt unter einer transparenten, bleifreien Glasur ohne "
                "Goldrand, deshalb ist das Set <b>mikrowellen- und spülmaschinengeeignet</b>. "
                "Die Teile lassen sich passgenau stapeln und brauchen wenig Platz im "
                "Schrank.</p><p>Spülen Sie nach dem Auspacken alles vor dem ersten Gebrauch mit "
                "warmem Wasser ab. Stellen Sie eine heiße Schale nicht direkt auf kalten Stein "
                "oder in kaltes Wasser.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Schalen und Teller hat man jeden Tag in der Hand. Deshalb drehe ich sie "
                        "so, dass sie gut in der Handfläche liegen und etwas leichter sind als "
                        "Geschirr vom Markt. Das merkt man erst beim Benutzen."
                    ),
                    "name": "Phạm Văn Tú",
                    "role": "Dreher an der Töpferscheibe, Keramik-Genossenschaft Lam Thủy",
                },
            ),
        ],
    },
    "coc-men-hoa-bien": {
        "title": "Becher mit Flammglasur aus Bát Tràng, 350 ml",
        "summary": (
            "Ein Steinzeugbecher mit 350 ml Inhalt und „Hỏa biến“-Flammglasur: Das Feuer bestimmt "
            "die Farbe, deshalb gleicht kein Becher dem anderen. In Meeresblau, Jadegrün und "
            "Teebraun."
        ),
        "body": [
            (
                "text",
                "<p><i>Hỏa biến</i> bedeutet „vom Feuer verwandelt“. Der Töpfer mischt die "
                "Glasur aus Asche, Mineralien und Metalloxiden, doch die endgültige Farbe "
                "bestimmt der Ofen: Steigt die Temperatur, schmilzt die Glasur und fließt, die "
                "Farbschichten vermischen sich zu Schlieren, sternförmigen Sprenkeln und Läufen, "
                "die niemand im Voraus malen kann. Deshalb ist jeder Becher, ob in Meeresblau, "
                "Jadegrün oder Teebraun, ein Einzelstück.</p><p>Der Becher fasst 350 ml, der "
                "Henkel bietet Platz für vier Finger, und die dicke Wand hält Kaffee oder "
                "Milchtee warm. Er ist innen und außen glasiert, nur der Standring bleibt "
                "unglasiert. Mikrowellen- und spülmaschinengeeignet.</p>",
            ),
            (
                "process",
                {
                    "title": "Ein Ofen, drei Glasuren",
                    "steps": [
                        {
                            "title": "Formen",
                            "text": (
                                "Die Becher werden in Formen gegossen, die Henkel von Hand "
                                "angesetzt; dann trocknen die Stücke im Schatten."
                            ),
                            "duration": "4 Tage",
                        },
                        {
                            "title": "Zwei Glasurschichten",
                            "text": (
                                "Der Becher wird in eine Grundglasur getaucht, dann wird die "
                                "Flammglasur über den Rand gegossen, damit sie beim Brand "
                                "herabläuft."
                            ),
                            "duration": "1 Tag",
                        },
                        {
                            "title": "Brennen und Sortieren",
                            "text": (
                                "Gebrannt wird bei etwa 1.280 °C; jeder Becher, dessen Glasur bis "
                                "auf den Boden gelaufen ist oder der Risse hat, wird aussortiert."
                            ),
                            "duration": "etwa 24 Stunden",
                        },
                    ],
                },
            ),
        ],
    },
    "lo-hoa-men-ran-co": {
        "title": "Vase mit antiker Craquelé-Glasur aus Bát Tràng",
        "summary": (
            "Eine Steinzeugvase mit dunklen Craquelé-Linien wie Vogelspuren und einem Fuß mit "
            "brauner Engobe, im Stil alter Stücke aus Bát Tràng. 25 cm oder 35 cm hoch."
        ),
        "body": [
            (
                "text",
                "<p>Die Craquelé-Glasur ist der Stolz der Töpfer von Bát Tràng. Wenn der Ofen "
                "abkühlt, ziehen sich Glasur und Scherben unterschiedlich stark zusammen, und "
                "die Glasur zerspringt in ein Netz feiner Linien, die man im Dorf „Vogelfüße“ "
                "nennt. Der Töpfer reibt Tusche oder starken Tee ein, damit die Risse dunkel "
                "werden, und wischt die Oberfläche dann sauber: Die Linien erscheinen wie von "
                "der Zeit gezeichnet.</p><p>Der Fuß der Vase wird mit brauner Engobe überzogen, "
                "genau wie bei den alten Vasen, die Familien im Dorf noch auf ihrem Ahnenaltar "
                "stehen haben. Das Craquelé-Muster ist bei jeder Vase zufällig und wiederholt "
                "sich nie. Innen ist die Vase vollständig glasiert und eignet sich daher für "
                "frische Blumen; trocknen Sie den Boden nach jedem Wasserwechsel ab.</p>",
            ),
            (
                "process",
                {
                    "title": "So entsteht das Craquelé",
                    "steps": [
                        {
                            "title": "Drehen",
                            "text": (
                                "Der Vasenkörper wird auf der Töpferscheibe gedreht, lederhart "
                                "angetrocknet und dann samt Fuß in Form abgedreht."
                            ),
                            "duration": "2 Tage",
                        },
                        {
                            "title": "Craquelé-Glasur",
                            "text": (
                                "Die Craquelé-Glasur wird dicker aufgetragen als eine gewöhnliche "
                                "Glasur; der Fuß wird mit brauner Engobe bestrichen."
                            ),
                            "duration": "1 Tag",
                        },
                        {
                            "title": "Brennen und Reißen",
                            "text": (
                                "Nach dem Brand kühlt die Vase langsam im Ofen ab; noch tagelang "
                                "hört man die Glasur leise knistern, während sie reißt."
                            ),
                            "duration": "2–3 Tage",
                        },
                        {
                            "title": "Linien einfärben",
                            "text": (
                                "Tusche oder Tee wird in die Glasur gerieben und wieder "
                                "abgewischt, sodass die dunklen Craquelé-Linien hervortreten."
                            ),
                            "duration": "einen halben Tag",
                        },
                    ],
                },
            ),
            (
                "village",
                {
                    "village": "Töpferdorf Bát Tràng",
                    "text": (
                        "Der Überlieferung nach ließen sich Töpfer aus Bồ Bát zur Zeit der Lý- und "
                        "Trần-Dynastien auf einem Streifen weißer Erde am Roten Fluss nieder. Der "
                        "Name Bát Tràng verbindet „Bồ Bát“ mit „tràng“, dem weiten Platz, auf dem "
                        "die Dorfbewohner ihre Öfen bauten."
                    ),
                    "map_url": (
                        "https://www.openstreetmap.org/?mlat=20.975&mlon=105.913#map=15/20.975/105.913"
                    ),
                },
            ),
        ],
    },
    "luc-binh-men-lam-ve-tay-kho-lon": {
        "title": "Große handbemalte Bodenvase mit Blauglasur aus Bát Tràng",
        "summary": (
            "Eine Bodenvase, 80 cm oder 120 cm hoch, von Hand in Blauglasur mit Drachen und Wolken "
            "bemalt, auf Bestellung gefertigt in 30–45 Tagen."
        ),
        "body": [
            (
                "text",
                "<p>In einem traditionellen vietnamesischen Haus stehen hohe Vasen, <i>lục "
                "bình</i> genannt, paarweise zu beiden Seiten des Altars oder der Haustür und "
                "wünschen dem Haus Frieden und Wohlstand. Diese große Vase, 80 cm oder 120 cm "
                "hoch, ist in Blauglasur mit <b>Drachen zwischen Wolken</b> bemalt; Hals und "
                "Schulter umläuft ein Kranz aus Lotusblättern.</p><p>Bei dieser Größe muss der "
                "Körper aus mehreren Abschnitten gedreht, zusammengesetzt und glatt verstrichen "
                "werden; danach trocknet er wochenlang langsam, damit er nicht reißt. Ein "
                "erfahrener Maler braucht allein für den Drachen mehrere Tage. Deshalb wird die "
                "Vase nur auf Bestellung gefertigt: 30 Tage für die Größe 80 cm und 45 Tage für "
                "120 cm. Bestellen Sie ein Paar, bemalt dieselbe Hand beide Vasen, damit die "
                "Pinselführung übereinstimmt.</p><p>Die Vase reist in einer Holzkiste mit "
                "Schaumstoffpolsterung, per Schiff oder Luftfracht. Heben Sie sie beim Auspacken "
                "mit beiden Händen am Körper an, niemals an der Öffnung.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Einen Drachen muss man in einem Atemzug vom Kopf bis zum Schwanz malen. "
                        "Hält man mittendrin inne, brechen die Schuppen – und jeder Betrachter "
                        "sieht es sofort."
                    ),
                    "name": "Nguyễn Thị Thu Hằng",
                    "role": "Vorsitzende der Keramik-Genossenschaft Lam Thủy",
                },
            ),
            (
                "process",
                {
                    "title": "Eine Bodenvase auf Bestellung",
                    "steps": [
                        {
                            "title": "Entwurf abstimmen",
                            "text": (
                                "Die Werkstatt schickt Ihnen eine Skizze der Drachen und Wolken "
                                "mit den Maßen zur Freigabe."
                            ),
                            "duration": "3–5 Tage",
                        },
                        {
                            "title": "Drehen und Zusammensetzen",
                            "text": (
                                "Der Körper wird in mehreren Abschnitten gedreht, zusammengesetzt "
                                "und dann langsam im Schatten getrocknet."
                            ),
                            "duration": "2–3 Wochen",
                        },
                        {
                            "title": "Bemalen, Glasieren, Brennen",
                            "text": (
                                "Bemalt mit Blauglasur, transparent glasiert und bei 1.250–1.300 "
                                "°C gebrannt; anschließend kühlt die Vase zwei Tage lang im Ofen "
                                "ab."
                            ),
                            "duration": "1–2 Wochen",
                        },
                    ],
                },
            ),
        ],
    },
    "dia-trang-tri-ve-tay-men-lam": {
        "title": "Handbemalter Zierteller mit Blauglasur aus Bát Tràng (mit Ständer)",
        "summary": (
            "Ein Steinzeugteller für Wand oder Regal, von Hand in Blauglasur mit Karpfen zwischen "
            "Lotosblüten bemalt, mit Holzständer. Durchmesser 30 cm oder 40 cm."
        ),
        "body": [
            (
                "text",
                "<p>Auf einem Zierteller kann ein Maler aus Bát Tràng seiner Hand freien Lauf "
                "lassen: Der ganze Spiegel ist ein einziges rundes Bild. Dieser Teller zeigt "
                "<b>Karpfen, die zwischen Lotosblüten spielen</b> – der Karpfen steht für "
                "Beharrlichkeit, der Lotos für Reinheit –, gemalt in Blauglasur in mehreren "
                "hellen und dunklen Schichten, mit Pinselstrichen mal weich, mal scharf wie in "
                "einer Tuschmalerei.</p><p>Es gibt ihn in zwei Größen, 30 cm und 40 cm, mit "
                "einem Holzständer für das Regal; auf der Rückseite ist ein Loch für eine "
                "Schnur, falls Sie ihn lieber an die Wand hängen. Die Malerei liegt unter der "
                "Glasur, ein feuchtes Tuch genügt zur Pflege. Der Teller ist zur Dekoration "
                "gedacht; verwenden Sie ihn nicht für säurehaltige Speisen und nicht in der "
                "Mikrowelle.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Am schwierigsten beim Fisch ist der Schwanz. Ist er steif, liegt der "
                        "Fisch tot auf dem Teller; erst wenn man den Pinsel ganz schnell abhebt, "
                        "schlägt er mit der Flosse."
                    ),
                    "name": "Lê Thị Hoa",
                    "role": "Malerin, Keramik-Genossenschaft Lam Thủy",
                },
            ),
        ],
    },
}
