"""Actor codes in the CAMEO manner: a state (ISO 3166 alpha-3) and a sector ("GOV", "MIL",
"COP" …), read from an actor's words, its entity's names and its roles.

"Beijing" (a capital, standing for its government), "the Chinese Foreign Ministry" and
"Chinese Foreign Ministry spokesperson Wang Wenbin" all code as CHNGOV; "police" alone as
---COP (the country unknown). Country names (English, other spellings and the French name:
"la Chine"), demonyms and capitals come from `countryinfo`, which ships them as data; French
adjectives of nationality ("le gouvernement chinois") are written here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

#: Words naming a sector of a state or society, and its CAMEO agent code.
SECTORS = {
    "GOV": "government ministry minister ministers president prime premier cabinet authorities "
    "administration regime official officials embassy ambassador diplomat diplomats chancellor "
    "king queen governor mayor spokesman spokeswoman spokesperson secretary state-run",
    "MIL": "army military troops soldiers forces navy warplanes jets general commander militaries",
    "COP": "security police policemen policeman policewoman cops constable constables cop",
    "LEG": "parliament lawmakers legislators legislature senate senators congress mps assembly deputies",
    "JUD": "court courts judge judges magistrate prosecutor prosecutors judiciary tribunal",
    "OPP": "opposition",
    "REB": "rebels rebel insurgents militants guerrillas separatists",
    "MED": "newspaper media journalists journalist reporters broadcaster",
    "BUS": "company companies firm firms business businesses corporation",
    "EDU": "university universities students student school professor",
    "CVL": "protesters demonstrators residents civilians villagers crowd crowds mob mobs people workers",
}
#: The same sectors in French (the French event words are in `event_verbs_fr`).
FRENCH_SECTORS = {
    "GOV": "gouvernement ministre ministres ministère président présidente autorités régime préfet "
    "préfecture ambassadeur ambassade diplomates maire porte-parole chancelier",
    "MIL": "armée militaires soldats troupes",
    "COP": "policiers policier policière policières gendarmes gendarme gendarmerie",
    "LEG": "parlement députés député sénat sénateurs",
    "JUD": "tribunal juge juges parquet procureur procureure",
    "REB": "rebelles insurgés djihadistes",
    "MED": "journalistes journaliste médias",
    "BUS": "entreprise entreprises société compagnie",
    "EDU": "université étudiants étudiant lycéens",
    "CVL": "manifestants habitants civils villageois foule ouvriers salariés grévistes",
}
#: French adjectives of nationality (masculine singular) that countryinfo does not ship; the
#: feminine and plural forms are made by rule (`french_forms`). "le gouvernement chinois": CHN.
FRENCH_DEMONYMS = {
    "afghan": "AFG", "algérien": "DZA", "allemand": "DEU", "américain": "USA", "argentin": "ARG",
    "australien": "AUS", "autrichien": "AUT", "belge": "BEL", "birman": "MMR", "brésilien": "BRA",
    "britannique": "GBR", "burkinabè": "BFA", "camerounais": "CMR", "canadien": "CAN", "chilien": "CHL",
    "chinois": "CHN", "colombien": "COL", "congolais": "COD", "coréen": "KOR", "cubain": "CUB",
    "danois": "DNK", "égyptien": "EGY", "espagnol": "ESP", "éthiopien": "ETH", "finlandais": "FIN",
    "français": "FRA", "grec": "GRC", "haïtien": "HTI", "hongrois": "HUN", "indien": "IND",
    "indonésien": "IDN", "irakien": "IRQ", "iranien": "IRN", "irlandais": "IRL", "israélien": "ISR",
    "italien": "ITA", "ivoirien": "CIV", "japonais": "JPN", "jordanien": "JOR", "kényan": "KEN",
    "libanais": "LBN", "libyen": "LBY", "malien": "MLI", "marocain": "MAR", "mexicain": "MEX",
    "nigérian": "NGA", "nigérien": "NER", "nord-coréen": "PRK", "norvégien": "NOR", "néerlandais": "NLD",
    "pakistanais": "PAK", "palestinien": "PSE", "péruvien": "PER", "philippin": "PHL", "polonais": "POL",
    "portugais": "PRT", "qatari": "QAT", "roumain": "ROU", "russe": "RUS", "saoudien": "SAU",
    "sénégalais": "SEN", "serbe": "SRB", "somalien": "SOM", "soudanais": "SDN", "sud-africain": "ZAF",
    "sud-coréen": "KOR", "suédois": "SWE", "suisse": "CHE", "syrien": "SYR", "taïwanais": "TWN",
    "tchadien": "TCD", "tchèque": "CZE", "thaïlandais": "THA", "tunisien": "TUN", "turc": "TUR",
    "ukrainien": "UKR", "vénézuélien": "VEN", "vietnamien": "VNM", "yéménite": "YEM",
}  # fmt: skip
#: French country names that countryinfo writes only in full ("États-Unis d'Amérique").
FRENCH_SHORT_NAMES = {"états-unis": "USA"}
#: A capital named as an actor stands for its government ("Beijing said").
CAPITAL_SECTOR = "GOV"
_KEPT_CODES = frozenset({"US", "UK", "USA", "UAE"})
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


@cache
def _sector_of_word() -> dict[str, str]:
    return {
        word: code
        for table in (SECTORS, FRENCH_SECTORS)
        for code, words in table.items()
        for word in words.split()
    }


@cache
def _gazetteer() -> tuple[dict[tuple[str, ...], str], frozenset[tuple[str, ...]]]:
    """Country names, other spellings and demonyms (folded word tuples) → alpha-3; and the
    capitals among them."""
    from countryinfo import all_countries

    names: dict[tuple[str, ...], str] = {}
    capitals: set[tuple[str, ...]] = set()
    infos = [country.info() for country in all_countries()]
    # where two share a word ("Indian": India, British Indian Ocean Territory), the more
    # populous state keeps it
    infos.sort(key=lambda info: -(info.get("population") or 0))
    for info in infos:
        code = (info.get("ISO") or {}).get("alpha3")
        if not code:
            continue
        translations = info.get("translations") or {}
        spellings = [info.get("name"), info.get("demonym"), *(info.get("altSpellings") or ())]
        spellings.append(translations.get("fr"))  # French articles: "la Chine", "les États-Unis"
        for spelling in spellings:
            if (
                not isinstance(spelling, str)
                or not spelling
                or (len(spelling) <= 3 and spelling.isupper() and spelling not in _KEPT_CODES)
            ):
                continue  # ISO codes: "IT", "NO" would match ordinary words
            key = _fold(spelling)
            if key:
                names.setdefault(key, code)
        capital = info.get("capital")
        for city in [capital] if isinstance(capital, str) else capital or ():
            key = _fold(city)
            if key[-1:] == ("dc",):  # "Washington D.C." is written "Washington"
                key = key[:-1]
            if key and key not in names:
                names[key] = code
                capitals.add(key)
    for spelling, code in FRENCH_SHORT_NAMES.items():
        names.setdefault(_fold(spelling), code)
    for demonym, code in FRENCH_DEMONYMS.items():
        for form in french_forms(demonym):
            names.setdefault(_fold(form), code)
    return names, frozenset(capitals)


def french_forms(word: str) -> list[str]:
    """A French adjective's four forms: "chinois" → chinoise, chinoises; "iranien" → iranienne …"""
    if word.endswith(("e", "è")):
        return [word, word + "s"]  # "russe", "belge", "burkinabè"
    if word.endswith("s"):
        return [word, word + "e", word + "es"]
    feminine = {"en": word + "ne", "ec": word + "que", "rc": word[:-1] + "que"}.get(word[-2:], word + "e")
    return [word, word + "s", feminine, feminine + "s"]


_ELISION = re.compile(r"\b(?:[ldLD]|qu|Qu)['’](?=\w)")  # French "l'armée", "d'Ivoire": the word after


def _fold(text: str) -> tuple[str, ...]:
    words = _WORD.findall(_ELISION.sub("", text.replace(".", "")))
    # the English possessive is the owner's name: "China's Foreign Ministry" is China's
    return tuple((word[:-2] if word[-2:] in ("'s", "'S") else word).casefold() for word in words)


def names_state(words: tuple[str, ...]) -> bool:
    """Whether these folded words are a country's name or its demonym ("chinese", "south
    korea"); a capital is not counted, as it also names a city."""
    names, capitals = _gazetteer()
    return words in names and words not in capitals


def actor_code(texts: Iterable[str]) -> str | None:
    """The code of an actor described by these texts (its words as written, its entity's
    name, its roles): state and sector, "---" for an unknown state, None if neither shows."""
    names, capitals = _gazetteer()
    sectors = _sector_of_word()
    country: str | None = None
    sector: str | None = None
    for text in texts:
        words = _fold(text)
        for index in range(len(words)):
            for size in (4, 3, 2, 1):
                key = words[index : index + size]
                if len(key) == size and key in names and country is None:
                    country = names[key]
                    if key in capitals and sector is None and len(words) == size:
                        sector = CAPITAL_SECTOR
                    break
            if sector is None and words[index] in sectors:
                sector = sectors[words[index]]
    if country is None and sector is None:
        return None
    return (country or "---") + (sector or "")
