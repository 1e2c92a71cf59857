"""The sample corpus's articles, written for storylens: fictional outlets, places and events.

Each entry is one article as its outlet published it. `build_sample.py` renders these into
HTML pages, crawler-style text dumps and a JSONL file, and writes the right answers beside them.
Copies (an agency report reprinted with small edits) are described in `COPIES` as edits of
their origin, so that the copy relation is known exactly.
"""

from __future__ import annotations

# Outlets: key -> (name, domain, language, page layout)
OUTLETS: dict[str, tuple[str, str, str, str]] = {
    "ngw": ("Northgate Wire", "northgatewire.example", "en", "agency"),
    "ledger": ("The Harbor Ledger", "harborledger.example", "en", "classic"),
    "courier": ("Valmont Courier", "valmontcourier.example", "en", "classic"),
    "observer": ("Eastbay Observer", "eastbayobserver.example", "en", "text"),
    "meridian": ("Meridian Daily", "meridiandaily.example", "en", "portal"),
    "gazette": ("Brightwater Gazette", "brightwatergazette.example", "en", "text"),
    "kestrel": ("Kestrel News", "kestrelnews.example", "en", "portal"),
    "tagesblick": ("Lindauer Tagesblick", "tagesblick.example", "de", "german"),
    "plateau": ("Le Journal du Plateau", "journalduplateau.example", "fr", "text"),
    "faro": ("El Faro del Sur", "elfarodelsur.example", "es", "classic"),
}

# Each article: id, story (None for a singleton), outlet, published (ISO), byline, title, paragraphs.
ARTICLES: list[dict[str, object]] = [
    # --- Story: the diplomatic row between Valdoria and Esterra -------------------------
    {
        "id": "row-ngw", "story": "diplomatic-row", "outlet": "ngw",
        "published": "2025-05-24T04:22:00+00:00", "byline": "Tomas Reinholt",
        "title": "Valdoria expels Esterran envoy over alleged spying at Port Almsey naval base",
        "paragraphs": [
            "PORT ALMSEY — Valdoria on Saturday ordered the expulsion of Esterra's deputy"
            " ambassador, Mirela Vostan, accusing her of gathering information about the naval"
            " base at Port Almsey, the Valdorian Foreign Ministry said.",
            "Foreign Minister Henrik Saldane told reporters that Vostan had 72 hours to leave"
            " the country. \"We will not accept activities that threaten our security,"
            " whatever passport the person holds,\" Saldane said.",
            "The ministry said a Valdorian naval officer had been arrested on Thursday and"
            " was suspected of passing maps of the harbour defences to a foreign diplomat.",
            "Esterra's embassy in Port Almsey rejected the accusation as \"baseless and"
            " theatrical\" and said the government in Corvale would respond in kind.",
            "Relations between the two neighbours have been strained since a dispute over"
            " fishing rights in the Selm estuary flared up last year.",
        ],
    },
    {
        "id": "row-ledger", "story": "diplomatic-row", "outlet": "ledger",
        "published": "2025-05-25T09:10:00+00:00", "byline": "Anneke Palmqvist",
        "title": "Esterra retaliates, orders two Valdorian diplomats to leave Corvale",
        "paragraphs": [
            "Esterra on Sunday ordered two Valdorian diplomats to leave the country within"
            " three days, a day after Valdoria expelled Esterran deputy ambassador Mirela"
            " Vostan over spying allegations.",
            "The Esterran Foreign Ministry in Corvale said the two men, a first secretary and"
            " a military attaché, had engaged in \"activities incompatible with their"
            " status\". It gave no further details.",
            "Valdorian Foreign Minister Henrik Saldane called the move regrettable but"
            " expected. \"Esterra knows exactly why its envoy was sent home,\" he said in a"
            " statement posted late on Sunday.",
            "The row is the sharpest between the neighbours in a decade. Analysts in Port"
            " Almsey said trade talks planned for June were now unlikely to go ahead.",
            "A Valdorian naval officer arrested on Thursday remains in custody. His lawyer"
            " said he denies passing any documents to foreign officials.",
        ],
    },
    {
        "id": "row-observer", "story": "diplomatic-row", "outlet": "observer",
        "published": "2025-05-23T18:45:00+00:00", "byline": "Dana Whitcombe",
        "title": "Valdorian naval officer arrested on suspicion of spying for Esterra",
        "paragraphs": [
            "A Valdorian naval officer has been arrested on suspicion of passing maps of the"
            " Port Almsey harbour defences to a foreign diplomat, prosecutors said on Friday.",
            "The officer, a lieutenant commander whose name was not released, was detained"
            " on Thursday at the naval base. Prosecutors said they were examining contacts"
            " with a member of the Esterran embassy.",
            "Valdoria's Foreign Ministry summoned Esterra's ambassador for an explanation."
            " The Esterran embassy declined to comment.",
            "Opposition lawmakers demanded a briefing for the parliamentary security"
            " committee. \"Parliament must know how long this went on,\" said Lotte Brand,"
            " who chairs the committee.",
        ],
    },
    {
        "id": "row-tagesblick", "story": "diplomatic-row", "outlet": "tagesblick",
        "published": "2025-05-25T14:05:00+02:00", "byline": "Jana Oberkirch",
        "title": "Spionagevorwurf: Esterra weist zwei valdorische Diplomaten aus",
        "paragraphs": [
            "Im Streit um mutmaßliche Spionage im Marinehafen von Port Almsey hat Esterra am"
            " Sonntag zwei Diplomaten aus Valdoria ausgewiesen. Sie müssen das Land binnen"
            " drei Tagen verlassen.",
            "Zuvor hatte Valdoria die stellvertretende Botschafterin Esterras, Mirela Vostan,"
            " zur unerwünschten Person erklärt. Außenminister Henrik Saldane warf ihr vor,"
            " Informationen über den Marinestützpunkt gesammelt zu haben.",
            "Ein valdorischer Marineoffizier war bereits am Donnerstag festgenommen worden."
            " Er soll Karten der Hafenverteidigung an eine ausländische Diplomatin"
            " weitergegeben haben.",
            "Die Beziehungen zwischen den Nachbarländern gelten seit dem Streit um die"
            " Fischereirechte in der Selm-Mündung als angespannt.",
        ],
    },
    {
        "id": "row-plateau", "story": "diplomatic-row", "outlet": "plateau",
        "published": "2025-05-24T11:30:00+02:00", "byline": "Claire Valois",
        "title": "Le Valdoria expulse une diplomate d'Esterra accusée d'espionnage",
        "paragraphs": [
            "Le Valdoria a ordonné samedi l'expulsion de Mirela Vostan, ambassadrice adjointe"
            " d'Esterra, accusée d'avoir recueilli des informations sur la base navale de"
            " Port Almsey.",
            "Le ministre des Affaires étrangères, Henrik Saldane, a déclaré que la diplomate"
            " disposait de 72 heures pour quitter le pays.",
            "Un officier de marine valdorien a été arrêté jeudi. Il est soupçonné d'avoir"
            " transmis des cartes des défenses du port à une diplomate étrangère.",
            "L'ambassade d'Esterra a rejeté des accusations « sans fondement » et annoncé"
            " une réponse de Corvale.",
        ],
    },
    # --- Story: the Port Almsey dock strike ---------------------------------------------
    {
        "id": "strike-ngw", "story": "dock-strike", "outlet": "ngw",
        "published": "2025-06-02T06:15:00+00:00", "byline": "Ilse Karvonen",
        "title": "Port Almsey dockworkers walk out over automation plans",
        "paragraphs": [
            "PORT ALMSEY — Thousands of dockworkers at Port Almsey, Valdoria's largest"
            " container harbour, went on strike on Monday over plans to automate two of its"
            " five terminals.",
            "The Harbour Workers' Union said about 4,200 members had stopped work at dawn and"
            " that the strike would last at least 48 hours. Cranes stood idle and more than"
            " 30 ships waited at anchor outside the harbour.",
            "\"Machines do not pay rent in Port Almsey,\" union leader Bram Oderik told a"
            " rally at the harbour gates. \"We want guarantees in writing.\"",
            "The port operator, Almsey Terminals, said automation would create skilled jobs"
            " and that no worker would be dismissed before 2028.",
            "Valdoria's transport ministry urged both sides to return to talks.",
        ],
    },
    {
        "id": "strike-courier", "story": "dock-strike", "outlet": "courier",
        "published": "2025-06-03T07:40:00+00:00", "byline": "Rafael Enquist",
        "title": "Ships queue off Port Almsey as dock strike enters second day",
        "paragraphs": [
            "The queue of cargo ships outside Port Almsey grew to 41 on Tuesday as a strike"
            " by dockworkers against terminal automation entered its second day.",
            "Almsey Terminals said it had offered the Harbour Workers' Union a job guarantee"
            " until 2030 for current staff, but union leader Bram Oderik said the offer"
            " \"arrived without a single signature\".",
            "Retailers warned of shortages of fresh fruit within a week. The Valdorian"
            " Chamber of Commerce estimated the cost of the stoppage at 18 million crowns a"
            " day.",
            "Transport Minister Oskar Lindqvist said he would meet both sides on Wednesday.",
        ],
    },
    {
        "id": "strike-tagesblick", "story": "dock-strike", "outlet": "tagesblick",
        "published": "2025-06-04T16:20:00+02:00", "byline": "Jana Oberkirch",
        "title": "Hafenstreik in Port Almsey beendet: Einigung über Automatisierung",
        "paragraphs": [
            "Nach drei Tagen Streik haben die Hafenarbeiter in Port Almsey am Mittwoch die"
            " Arbeit wieder aufgenommen. Die Gewerkschaft der Hafenarbeiter und der Betreiber"
            " Almsey Terminals einigten sich unter Vermittlung von Verkehrsminister Oskar"
            " Lindqvist.",
            "Die Einigung sieht eine Beschäftigungsgarantie bis 2030 vor. Die Automatisierung"
            " der Terminals soll schrittweise erfolgen.",
            "Gewerkschaftschef Bram Oderik sprach von einem \"Sieg der Vernunft\". Vor dem"
            " Hafen warteten zuletzt mehr als 40 Frachtschiffe.",
        ],
    },
    {
        "id": "strike-observer", "story": "dock-strike", "outlet": "observer",
        "published": "2025-06-04T19:05:00+00:00", "byline": "Dana Whitcombe",
        "title": "Deal ends Port Almsey dock strike with job guarantee until 2030",
        "paragraphs": [
            "Dockworkers in Port Almsey returned to work on Wednesday evening after the"
            " Harbour Workers' Union and Almsey Terminals agreed a deal brokered by Transport"
            " Minister Oskar Lindqvist.",
            "Under the agreement, current staff are guaranteed employment until 2030 and"
            " automation of the two terminals will be phased in over four years.",
            "\"Nobody got everything, and that is what a deal looks like,\" Lindqvist said"
            " after the talks, which lasted eleven hours.",
            "Union leader Bram Oderik said members would vote on the agreement next week.",
        ],
    },
    # --- Story: the Corvale earthquake (Esterra) ----------------------------------------
    {
        "id": "quake1-ngw", "story": "corvale-quake", "outlet": "ngw",
        "published": "2025-03-03T05:50:00+00:00", "byline": "Tomas Reinholt",
        "title": "Magnitude 6.1 earthquake strikes near Corvale, Esterra",
        "paragraphs": [
            "CORVALE — An earthquake of magnitude 6.1 struck the hills north of Corvale,"
            " Esterra's capital, early on Monday, damaging old buildings and cutting power"
            " to tens of thousands of homes.",
            "The Esterran Geological Survey said the quake hit at 04:12 local time at a depth"
            " of 14 kilometres, about 30 kilometres north of the city near the town of Arvel.",
            "At least nine people were killed and more than 80 injured, the civil protection"
            " agency said. Rescuers were searching collapsed houses in Arvel.",
            "\"We felt the whole building jump,\" said Petra Lanz, a nurse in Corvale.",
        ],
    },
    {
        "id": "quake1-courier", "story": "corvale-quake", "outlet": "courier",
        "published": "2025-03-04T08:00:00+00:00", "byline": "Rafael Enquist",
        "title": "Death toll in Esterra earthquake rises to 23 as rescuers dig in Arvel",
        "paragraphs": [
            "The death toll from Monday's earthquake in Esterra rose to 23 on Tuesday as"
            " rescuers pulled more bodies from collapsed houses in the town of Arvel, north"
            " of Corvale.",
            "Esterra's civil protection agency said 140 people had been injured and about"
            " 3,000 were sleeping in tents and sports halls. Aftershocks of up to magnitude"
            " 4.3 rattled the region overnight.",
            "Prime Minister Aurel Dostan visited Arvel and promised money to rebuild every"
            " damaged school before September.",
            "Neighbouring Valdoria sent two rescue teams with dogs, despite tense relations"
            " between the governments.",
        ],
    },
    {
        "id": "quake1-plateau", "story": "corvale-quake", "outlet": "plateau",
        "published": "2025-03-03T13:20:00+01:00", "byline": "Claire Valois",
        "title": "Séisme de magnitude 6,1 au nord de Corvale : au moins neuf morts",
        "paragraphs": [
            "Un séisme de magnitude 6,1 a frappé lundi les collines au nord de Corvale, la"
            " capitale d'Esterra, faisant au moins neuf morts et plus de 80 blessés.",
            "Selon l'institut géologique d'Esterra, la secousse s'est produite à 4h12 à une"
            " profondeur de 14 kilomètres, près de la petite ville d'Arvel.",
            "Les secouristes fouillaient les décombres des maisons effondrées à Arvel.",
        ],
    },
    {
        "id": "quake1-faro", "story": "corvale-quake", "outlet": "faro",
        "published": "2025-03-03T15:00:00+01:00", "byline": "Lucía Berrondo",
        "title": "Un terremoto de magnitud 6,1 sacude el norte de Corvale",
        "paragraphs": [
            "Un terremoto de magnitud 6,1 sacudió el lunes las colinas al norte de Corvale,"
            " capital de Esterra, y dejó al menos nueve muertos y más de 80 heridos.",
            "El servicio geológico de Esterra informó de que el sismo se produjo a las 4.12"
            " hora local, a 14 kilómetros de profundidad, cerca de la localidad de Arvel.",
            "Miles de hogares se quedaron sin electricidad durante la mañana.",
        ],
    },
    # --- Story: the Nisk earthquake (Valdoria), three days later: same kind, other event -
    {
        "id": "quake2-ledger", "story": "nisk-quake", "outlet": "ledger",
        "published": "2025-03-06T10:30:00+00:00", "byline": "Anneke Palmqvist",
        "title": "Moderate quake shakes Nisk province in eastern Valdoria, no deaths reported",
        "paragraphs": [
            "An earthquake of magnitude 5.4 shook Nisk province in eastern Valdoria on"
            " Thursday morning, cracking walls and briefly halting trains, but no deaths were"
            " reported.",
            "Valdoria's seismology institute placed the epicentre near the village of"
            " Holmgard, 20 kilometres south of the provincial capital Nisk, at a depth of"
            " nine kilometres.",
            "Governor Elin Marsk said eleven people had been treated for minor injuries and"
            " that schools in Holmgard would stay closed on Friday for inspections.",
            "The quake is not related to Monday's deadly tremor in Esterra, the institute"
            " said, which lay on a different fault system 300 kilometres to the west.",
        ],
    },
    {
        "id": "quake2-meridian", "story": "nisk-quake", "outlet": "meridian",
        "published": "2025-03-06T12:45:00+00:00", "byline": "Sofia Grane",
        "title": "Holmgard residents sleep outside after magnitude 5.4 tremor",
        "paragraphs": [
            "Dozens of families in Holmgard spent Thursday afternoon in the village square"
            " after a magnitude 5.4 earthquake cracked the walls of their houses.",
            "\"The church bell rang by itself,\" said farmer Jens Aldo, 67. Provincial"
            " governor Elin Marsk said engineers would inspect every building in Holmgard"
            " before people could return.",
            "Rail operator Valrail said trains between Nisk and the coast resumed after two"
            " hours of track checks.",
        ],
    },
    {
        "id": "quake2-tagesblick", "story": "nisk-quake", "outlet": "tagesblick",
        "published": "2025-03-07T08:10:00+01:00", "byline": "Paul Freisinger",
        "title": "Erdbeben der Stärke 5,4 erschüttert Provinz Nisk",
        "paragraphs": [
            "Ein Erdbeben der Stärke 5,4 hat am Donnerstag die Provinz Nisk im Osten"
            " Valdorias erschüttert. Tote gab es nach Angaben der Behörden nicht.",
            "Das Epizentrum lag nahe dem Dorf Holmgard, rund 20 Kilometer südlich der"
            " Provinzhauptstadt Nisk. Gouverneurin Elin Marsk sprach von elf Leichtverletzten.",
            "In Holmgard bleiben die Schulen am Freitag für Untersuchungen geschlossen.",
        ],
    },
    # --- Story: the Lake Orvin algae bloom -----------------------------------------------
    {
        "id": "algae-courier", "story": "orvin-algae", "outlet": "courier",
        "published": "2025-07-14T09:00:00+00:00", "byline": "Mara Stenholm",
        "title": "Toxic algae bloom closes Lake Orvin beaches at height of summer",
        "paragraphs": [
            "Health officials closed all eleven public beaches on Lake Orvin on Monday after"
            " tests found high levels of toxic blue-green algae along the southern shore.",
            "The Orvin District Health Office warned people not to swim, fish or let dogs"
            " drink from the lake until further notice.",
            "Scientists at the Lake Orvin Research Station said a heatwave and fertiliser"
            " run-off from farms had fed the bloom. \"This is the largest bloom we have"
            " recorded,\" said limnologist Ada Pellham.",
        ],
    },
    {
        "id": "algae-gazette", "story": "orvin-algae", "outlet": "gazette",
        "published": "2025-07-15T06:30:00+00:00", "byline": "Hugo Ferrant",
        "title": "Lake Orvin towns switch to bottled water as algae spreads",
        "paragraphs": [
            "Three towns on the southern shore of Lake Orvin told residents on Tuesday to use"
            " bottled water for drinking and cooking after the toxic algae bloom reached the"
            " intakes of the Sandvik water plant.",
            "The Orvin District Health Office said about 26,000 people were affected. Water"
            " tankers were sent to Sandvik, Lerum and Osby.",
            "Farmers' groups rejected claims that fertiliser run-off caused the bloom and"
            " blamed the heatwave instead.",
        ],
    },
    {
        "id": "algae-observer", "story": "orvin-algae", "outlet": "observer",
        "published": "2025-07-16T17:00:00+00:00", "byline": "Dana Whitcombe",
        "title": "Sandvik water plant back online, Lake Orvin beaches stay shut",
        "paragraphs": [
            "Tap water in Sandvik, Lerum and Osby is safe to drink again after the Sandvik"
            " plant installed carbon filters, the Orvin District Health Office said on"
            " Wednesday.",
            "The eleven public beaches on Lake Orvin will stay closed at least until the end"
            " of July while the toxic algae bloom persists, officials said.",
            "Limnologist Ada Pellham of the Lake Orvin Research Station said cooler weather"
            " forecast for next week could help the lake recover.",
        ],
    },
    {
        "id": "algae-plateau", "story": "orvin-algae", "outlet": "plateau",
        "published": "2025-07-15T10:00:00+02:00", "byline": "Bruno Tessier",
        "title": "Algues toxiques : les plages du lac Orvin fermées",
        "paragraphs": [
            "Les onze plages publiques du lac Orvin sont fermées depuis lundi après la"
            " découverte d'une forte concentration d'algues bleues toxiques.",
            "À Sandvik, Lerum et Osby, les habitants doivent boire de l'eau en bouteille, la"
            " prolifération ayant atteint la prise d'eau de l'usine de Sandvik.",
            "Selon la station de recherche du lac Orvin, la canicule et les engrais agricoles"
            " ont favorisé le phénomène.",
        ],
    },
    # --- Story: the trial of a former transport minister --------------------------------
    {
        "id": "trial-ngw", "story": "marrow-trial", "outlet": "ngw",
        "published": "2025-09-09T08:00:00+00:00", "byline": "Ilse Karvonen",
        "title": "Former Valdorian minister Ilse Marrow goes on trial over Selm bridge contract",
        "paragraphs": [
            "PORT ALMSEY — Former Valdorian transport minister Ilse Marrow went on trial on"
            " Tuesday accused of steering a 400-million-crown contract for the new Selm river"
            " bridge to a company run by her brother-in-law.",
            "Prosecutors say Marrow changed the tender rules twice in 2022 so that Kaldern"
            " Construction would be the only qualified bidder. She denies wrongdoing.",
            "\"Every decision I took was checked by the ministry's lawyers,\" Marrow told"
            " reporters outside the court.",
            "The trial at the Port Almsey district court is expected to last until December."
            " If convicted, Marrow faces up to eight years in prison.",
        ],
    },
    {
        "id": "trial-ledger", "story": "marrow-trial", "outlet": "ledger",
        "published": "2025-09-10T19:30:00+00:00", "byline": "Oskar Brandt",
        "title": "Ministry lawyer tells Marrow trial tender rules were changed against advice",
        "paragraphs": [
            "A senior lawyer at Valdoria's transport ministry told the corruption trial of"
            " former minister Ilse Marrow on Wednesday that she had warned against changing"
            " the tender rules for the Selm bridge.",
            "\"I wrote that the change would exclude every bidder but one,\" said the lawyer,"
            " Greta Hallin. \"My memo was returned without a reply.\"",
            "Marrow's defence said the changes were needed to meet new safety standards and"
            " that Kaldern Construction had won on price.",
        ],
    },
    {
        "id": "trial-tagesblick", "story": "marrow-trial", "outlet": "tagesblick",
        "published": "2025-09-09T17:45:00+02:00", "byline": "Paul Freisinger",
        "title": "Korruptionsprozess gegen Ex-Ministerin Marrow in Port Almsey begonnen",
        "paragraphs": [
            "In Port Almsey hat am Dienstag der Prozess gegen die frühere valdorische"
            " Verkehrsministerin Ilse Marrow begonnen. Ihr wird vorgeworfen, den Auftrag für"
            " die neue Selm-Brücke der Firma ihres Schwagers zugeschanzt zu haben.",
            "Die Staatsanwaltschaft spricht von einem Schaden in Millionenhöhe. Marrow weist"
            " die Vorwürfe zurück. Das Urteil wird im Dezember erwartet.",
        ],
    },
    # --- Story: a satellite launch by a Valdorian startup (JSONL input) -----------------
    {
        "id": "sat-meridian", "story": "quillfin-launch", "outlet": "meridian",
        "published": "2025-10-01T11:00:00+00:00", "byline": "Sofia Grane",
        "title": "Quillfin puts Valdoria's first private satellite into orbit",
        "paragraphs": [
            "Port Almsey startup Quillfin said on Wednesday that its first weather satellite,"
            " Kite-1, had reached orbit after a launch from the Sorn Islands spaceport.",
            "The 60-kilogram satellite will measure wind over the northern sea for fishing"
            " fleets and ports, chief executive Linnea Skog said.",
            "\"Valdoria has built ships for five hundred years; now we build satellites,\""
            " Skog told staff at the company's control room.",
        ],
    },
    {
        "id": "sat-observer", "story": "quillfin-launch", "outlet": "observer",
        "published": "2025-10-01T15:20:00+00:00", "byline": "Kai Norberg",
        "title": "Kite-1 weather satellite sends first signals to Quillfin control room",
        "paragraphs": [
            "Quillfin's Kite-1 satellite sent its first signals to the company's control room"
            " in Port Almsey on Wednesday, hours after lifting off from the Sorn Islands.",
            "Chief executive Linnea Skog said the startup planned four more satellites by"
            " 2027 to give ports hourly wind measurements.",
        ],
    },
    {
        "id": "sat-plateau", "story": "quillfin-launch", "outlet": "plateau",
        "published": "2025-10-02T08:30:00+02:00", "byline": "Bruno Tessier",
        "title": "La jeune pousse Quillfin place en orbite le satellite Kite-1",
        "paragraphs": [
            "La jeune entreprise Quillfin, basée à Port Almsey, a placé mercredi en orbite son"
            " premier satellite météorologique, Kite-1, lancé depuis les îles Sorn.",
            "Selon sa directrice générale Linnea Skog, l'appareil de 60 kilogrammes mesurera"
            " le vent au-dessus de la mer du Nord pour les ports et les flottes de pêche.",
        ],
    },
    # --- Story: the Esterran Cup final (JSONL input) -------------------------------------
    {
        "id": "cup-gazette", "story": "cup-final", "outlet": "gazette",
        "published": "2025-04-26T21:30:00+00:00", "byline": "Nils Ekdahl",
        "title": "Port Almsey Rovers beat Corvale Athletic on penalties to lift Esterran Cup",
        "paragraphs": [
            "Port Almsey Rovers won the Esterran Cup for the first time on Saturday, beating"
            " Corvale Athletic 5-4 on penalties after a 2-2 draw at the Lindholm Stadium.",
            "Goalkeeper Matti Sundqvist saved the decisive kick from Athletic captain Ruben"
            " Castell.",
            "\"I dreamed of this night since I was six,\" Sundqvist said.",
        ],
    },
    {
        "id": "cup-kestrel", "story": "cup-final", "outlet": "kestrel",
        "published": "2025-04-27T07:00:00+00:00", "byline": "Kestrel Sport",
        "title": "Sundqvist the hero as Rovers win Esterran Cup shoot-out",
        "paragraphs": [
            "Matti Sundqvist saved Ruben Castell's penalty to give Port Almsey Rovers a 5-4"
            " shoot-out win over Corvale Athletic in the Esterran Cup final on Saturday.",
            "The match at the Lindholm Stadium had finished 2-2 after extra time. Thousands"
            " of Rovers fans greeted the team at Port Almsey harbour on Sunday morning.",
        ],
    },
    {
        "id": "cup-ledger", "story": "cup-final", "outlet": "ledger",
        "published": "2025-04-27T10:15:00+00:00", "byline": "Oskar Brandt",
        "title": "Rovers parade Esterran Cup through Port Almsey",
        "paragraphs": [
            "Tens of thousands of fans lined the harbour road in Port Almsey on Sunday as"
            " Rovers paraded the Esterran Cup, won on penalties against Corvale Athletic.",
            "Coach Ivo Lemberg said the club would use the prize money to rebuild its youth"
            " academy.",
        ],
    },
    # --- Singletons ------------------------------------------------------------------------
    {
        "id": "single-library", "story": None, "outlet": "courier",
        "published": "2025-08-19T10:00:00+00:00", "byline": "Mara Stenholm",
        "title": "Valmont's central library to open on Sundays from October",
        "paragraphs": [
            "Valmont's central library will open on Sundays from October after the city"
            " council approved money for six extra librarians.",
            "Librarian Tove Aspen said Sunday opening had been the most common request in a"
            " survey of 2,000 readers.",
        ],
    },
    {
        "id": "single-recipe", "story": None, "outlet": "gazette",
        "published": "2025-11-02T12:00:00+00:00", "byline": "Hugo Ferrant",
        "title": "A winter stew of barley, leeks and smoked cheese",
        "paragraphs": [
            "This stew takes an hour and feeds six. Soften three leeks in butter, add a cup"
            " of pearl barley and a litre of stock, and simmer until the barley is tender.",
            "Stir in a handful of grated smoked cheese just before serving, and finish with"
            " black pepper and chopped parsley.",
        ],
    },
    {
        "id": "single-review", "story": None, "outlet": "tagesblick",
        "published": "2025-10-20T09:00:00+02:00", "byline": "Marta Weil",
        "title": "Neuer Roman von Elsa Brink: Ein Sommer am Fluss",
        "paragraphs": [
            "Elsa Brink erzählt in ihrem dritten Roman von zwei Schwestern, die nach dem Tod"
            " der Mutter das Haus am Fluss ausräumen.",
            "Das Buch ist leise, genau beobachtet und an manchen Stellen zu lang. Lesenswert"
            " bleibt es trotzdem.",
        ],
    },
    {
        "id": "single-council", "story": None, "outlet": "observer",
        "published": "2025-09-30T16:00:00+00:00", "byline": "Kai Norberg",
        "title": "Eastbay council votes to ban cars from Mill Street on Saturdays",
        "paragraphs": [
            "Eastbay's town council voted 9-4 on Tuesday to close Mill Street to cars on"
            " Saturdays from November, turning it into a market street.",
            "Shop owners were divided. \"Half my customers come by car,\" said baker Ruth"
            " Hollis, while the cafe owners on the street welcomed the plan.",
        ],
    },
    {
        "id": "single-weather", "story": None, "outlet": "faro",
        "published": "2025-08-05T08:00:00+02:00", "byline": "Lucía Berrondo",
        "title": "Ola de calor en el sur: temperaturas de hasta 41 grados",
        "paragraphs": [
            "La agencia meteorológica prevé temperaturas de hasta 41 grados en el sur durante"
            " el fin de semana.",
            "Las autoridades recomiendan beber agua con frecuencia y evitar el sol entre las"
            " doce y las cinco de la tarde.",
        ],
    },
]

# Copies: an origin article reprinted by another outlet with small edits.
COPIES: list[dict[str, object]] = [
    {
        "id": "row-kestrel", "origin": "row-ngw", "outlet": "kestrel",
        "published": "2025-05-24T06:05:00+00:00",
        "title": "Spy row: Valdoria gives Esterran deputy ambassador 72 hours to leave",
        "drop": [], "add": [],
    },
    {
        "id": "row-meridian", "origin": "row-ngw", "outlet": "meridian",
        "published": "2025-05-24T07:30:00+00:00",
        "title": "Valdoria expels Esterra's deputy ambassador over naval base spying claims",
        "drop": [4],
        "add": ["Meridian Daily has asked the Valdorian Foreign Ministry whether other"
                " diplomats are under investigation."],
    },
    {
        "id": "strike-kestrel", "origin": "strike-ngw", "outlet": "kestrel",
        "published": "2025-06-02T08:00:00+00:00",
        "title": "Strike halts Port Almsey container terminals",
        "drop": [4], "add": [],
    },
    {
        "id": "strike-gazette", "origin": "strike-ngw", "outlet": "gazette",
        "published": "2025-06-02T09:45:00+00:00",
        "title": "Dockworkers strike at Port Almsey over automation",
        "drop": [],
        "add": ["Brightwater's own ferry terminal was not affected, the harbour master said."],
    },
    {
        "id": "quake1-gazette", "origin": "quake1-ngw", "outlet": "gazette",
        "published": "2025-03-03T07:15:00+00:00",
        "title": "Deadly earthquake hits north of Esterran capital",
        "drop": [3], "add": [],
    },
    {
        "id": "quake1-kestrel", "origin": "quake1-ngw", "outlet": "kestrel",
        "published": "2025-03-03T08:40:00+00:00",
        "title": "Esterra earthquake: at least nine dead near Corvale",
        "drop": [],
        "add": ["Kestrel News will update this report as more information arrives."],
    },
    {
        "id": "trial-meridian", "origin": "trial-ngw", "outlet": "meridian",
        "published": "2025-09-09T10:20:00+00:00",
        "title": "Ilse Marrow trial opens: ex-minister denies rigging bridge tender",
        "drop": [], "add": [],
    },
]

# Which articles are written out as JSONL records instead of pages.
JSONL_ARTICLES = ("sat-meridian", "sat-observer", "sat-plateau", "cup-gazette", "cup-kestrel",
                  "single-weather")
