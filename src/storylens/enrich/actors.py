"""Actor codes in the CAMEO manner: a state (ISO 3166 alpha-3) and a sector ("GOV", "MIL",
"COP" …), read from an actor's words, its entity's names and its roles.

"Beijing" (a capital, standing for its government), "the Chinese Foreign Ministry" and
"Chinese Foreign Ministry spokesperson Wang Wenbin" all code as CHNGOV; "police" alone as
---COP (the country unknown). Country names (English, other spellings and the French name:
"la Chine"), demonyms and capitals come from `countryinfo`, which ships them as data.
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
    return names, frozenset(capitals)


def _fold(text: str) -> tuple[str, ...]:
    return tuple(word.casefold() for word in _WORD.findall(text.replace(".", "")))


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
