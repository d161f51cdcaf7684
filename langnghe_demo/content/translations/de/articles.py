"""German news articles, keyed by article slug (content/articles/)."""

ARTICLES: dict[str, dict] = {
    "phien-ket-noi-giao-thuong-mua-vai-thanh-ha-2026": {
        "title": (
            "Handelsmesse zur Litschisaison in Thanh Hà: OCOP-Erzeugnisse suchen Kunden in der "
            "Ferne"
        ),
        "intro": (
            "Mitten in der Litschiernte kamen mehr als 90 Stände mit landwirtschaftlichen "
            "Erzeugnissen und OCOP-Produkten aus ganz Nordvietnam in die Gemeinde Thanh Sơn in "
            "Thanh Hà, um Großhändler, Exporteure und Online-Marktplätze zu treffen."
        ),
        "body": [
            (
                "text",
                "<p>Am Morgen des 13. Juni war der Sportplatz von Thanh Sơn mit grünen Planen "
                "überspannt. Die Litschi-Genossenschaft Thanh Sơn und weitere Genossenschaften "
                "der Gegend veranstalteten zur Litschisaison eine Messe für Handelskontakte mit "
                "mehr als 90 Ständen: frische und getrocknete Litschis, getrocknete Bananen, "
                "Honig, Kräutershampoos, Adlerholz, Keramik und Flechtwaren. Etwa ein Drittel "
                "der Stände zeigte Produkte mit mindestens 3 OCOP-Sternen.</p><p>Die Messe "
                "knüpft an die erste Veranstaltung für Handelskontakte im Kunsthandwerk in Thanh "
                "Hà an, die im November 2024 nach dem Taifun Yagi stattfand, als fast 600 "
                "Unternehmen und Genossenschaften aus dem Norden hierherkamen, um "
                "Geschäftspartner zu finden. In diesem Jahr waren neben Großhändlern aus Hà Nội, "
                "Hải Phòng und Bắc Ninh auch Vertreter je eines japanischen und eines "
                "koreanischen Importeurs sowie mehrere grenzüberschreitende Online-Händler vor "
                "Ort.</p><h2>Vom Obstgarten in ausländische Regale</h2><p>In einem "
                "Begleitseminar berichteten Exporteure, wie sie getrocknete Litschis für lange "
                "Seereisen verpacken, in der Sprache des Importlandes etikettieren und die "
                "Unterlagen zur Rückverfolgbarkeit vorbereiten. Viele kleine Erzeuger lernten "
                "zum ersten Mal, kurze Videos über ihre Produkte für soziale Medien zu "
                "drehen.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Frische Litschis verkaufen sich einen Monat lang. Getrocknete Litschis "
                        "und weich getrocknetes Fruchtfleisch verkaufen sich das ganze Jahr und "
                        "reisen weit. Heute haben wir einen japanischen Einkäufer getroffen, der "
                        "für die Geschenksaison zum Jahresende zweihundert Geschenkschachteln "
                        "testen möchte."
                    ),
                    "name": "Phạm Văn Khánh",
                    "role": "Direktor der Litschi-Genossenschaft Thanh Sơn",
                },
            ),
            (
                "text",
                "<p>Auch Genossenschaften, die auf Langnghe verkaufen, waren dabei: Die "
                "Imkergenossenschaft Phượng Sơn brachte den Litschihonig der neuen Saison aus "
                "Lục Ngạn mit, Mộc Lan Herbal stellte sein Seifenschotenshampoo vor, und Phúc "
                "Trạch Adlerholz brachte Räucherstäbchen ohne Bambuskern aus Hà Tĩnh mit. Die "
                "Veranstalter wollen die Messe jedes Jahr zur Litschisaison ausrichten.</p>",
            ),
        ],
    },
    "ngay-hoi-gom-bat-trang-2026": {
        "title": "Keramikfest Bát Tràng 2026: Das ganze Dorf öffnet seine Brennöfen",
        "intro": (
            "An einem Wochenende empfing das Töpferdorf Bát Tràng Tausende Besucher, viele davon "
            "aus dem Ausland, die töpferten, mit Blauglasur malten und zusahen, wie ein Brennofen "
            "geöffnet wurde."
        ),
        "body": [
            (
                "text",
                "<p>Das diesjährige Keramikfest von Bát Tràng fand am 26. und 27. September am "
                "Ufer des Roten Flusses und rund um den Keramikmarkt statt. Mehr als vierzig "
                "Werkstätten des Dorfes öffneten ihre Türen, damit Besucher den Töpfern beim "
                "Drehen, Bemalen und Beschicken der Öfen zusehen konnten. Kinder standen vor den "
                "Töpferscheiben Schlange, um selbst eine Schale zu formen; Erwachsene versuchten "
                "sich unter Anleitung eines erfahrenen Malers an einem Lotoszweig in "
                "Blauglasur.</p><p>Höhepunkt des Festes war am Sonntagnachmittag die "
                "<b>Ofenöffnung</b>: Vor den Zuschauern wurde ein Brennofen geöffnet, noch warme "
                "Vasen mit Craquelé-Glasur wurden herausgetragen, und die Besucher konnten "
                "hören, wie die Glasur beim Abkühlen der Keramik leise knisterte.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Ausländische Besucher malen ihren Teller fertig und fragen, wann sie ihn "
                        "abholen können. Wir brennen ihn und schicken ihn mit der Post – so weit "
                        "reist Keramik aus Bát Tràng heute."
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
                        "Vom Zentrum von Hà Nội erreichen Sie Bát Tràng mit dem Bus, mit dem "
                        "Motorroller oder mit dem Boot auf dem Roten Fluss. Der Keramikmarkt ist "
                        "täglich geöffnet."
                    ),
                    "map_url": (
                        "https://www.openstreetmap.org/?mlat=20.975&mlon=105.913#map=15/20.975/105.913"
                    ),
                },
            ),
        ],
    },
    "tra-tan-cuong-lo-hang-dau-tien-sang-nhat-ban": {
        "title": "Tee aus Tân Cương von der Genossenschaft Sương Mai geht nach Japan",
        "intro": (
            "Nach fast einem Jahr Vorbereitung hat die erste Exportlieferung der Teegenossenschaft "
            "Sương Mai – Nageltee und schwarzer Tee – den Hafen von Hải Phòng in Richtung Osaka "
            "verlassen."
        ),
        "body": [
            (
                "text",
                "<p>Am Morgen des 2. Oktober wurden 420 kg Tee der Teegenossenschaft Sương Mai "
                "Tân Cương in Hải Phòng in einen Sammelcontainer verladen. Käufer ist ein "
                "Teegeschäft in Osaka, das sich auf asiatische Tees spezialisiert hat; es "
                "bestellte Nageltee in der Dose und schwarzen Tee aus Thái Nguyên – einen Tee, "
                "der der Vorliebe japanischer Kunden für Milchtee und Nachmittagstee "
                "entgegenkommt.</p><h2>Ein Jahr für eine Lieferung</h2><p>Japan wendet bei "
                "Pflanzenschutzmittelrückständen eine „Positivliste“ an: Jeder Stoff ohne "
                "eigenen Höchstwert ist nur in sehr geringer Menge zulässig. Um diese "
                "Anforderung zu erfüllen, hat die Genossenschaft eigene Teegärten für den Export "
                "ausgewiesen, für jede Pflückung ein Anbautagebuch geführt und Proben jeder "
                "Partie an ein akkreditiertes Labor geschickt. Die Verpackung trägt japanische "
                "Etiketten mit Anbauort, Herstellungsdatum und "
                "Zubereitungshinweisen.</p><p>Gleichzeitig können Kunden in Japan Tee aus Tân "
                "Cương auf Langnghe bestellen, mit Preisen in Yen und mit Einfuhrabgaben und "
                "Gebühren, die vor der Zahlung klar ausgewiesen werden.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Die Japaner verstehen sehr viel von Tee, deshalb waren wir sehr "
                        "aufgeregt. Als sie den Nageltee probierten und fragten, mit welchem Holz "
                        "wir ihn rösten, wusste ich, dass Tân Cương Freunde gefunden hat."
                    ),
                    "name": "Vũ Thị Hạnh",
                    "role": "Direktorin der Teegenossenschaft Sương Mai",
                },
            ),
        ],
    },
}
