"""Which names are one entity: "Fumio Kishida", "Kishida Fumio", "Kishida"; "NATO" and "North
Atlantic Treaty Organization"; "Chinese Foreign Ministry" and "Chinese Ministry of Foreign Affairs".

Pure functions over name strings, used for the mentions of one article and again for the
entities of a story. The rules, in order:

1. Names that fold to the same words (case, dots, titles such as "Mr." or "President", a
   leading "the", a possessive "'s" dropped) are one entity, whatever order the words come in;
   an organisation and a place written alike are one (recognisers confuse the two), a person
   and anything else are not.
2. A person's name whose words all occur in a longer person's name ("Kishida" in "Fumio
   Kishida", "Hillary Clinton" in "Hillary Rodham Clinton") joins it. When several longer
   names fit ("Clinton" with "Bill Clinton" and "Hillary Clinton"), the one last named before
   it wins, and with no position to go by it joins none: different people who share a surname
   stay apart. A generational suffix ("Jr.", "III") must agree.
3. An acronym joins the name whose initials it spells ("NATO"); for organisations, a name
   whose words all occur in a longer one, the rest being generic words ("Affairs",
   "Department") or a state ("Foreign Ministry" in "Chinese Foreign Ministry"), joins it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from storylens.enrich.actors import names_state

#: Words before a name that say who someone is rather than what they are called.
HONORIFICS = frozenset(
    """
mr mrs ms miss dr prof sir dame lord lady mme mlle m herr frau sen rep gov gen col capt lt sgt
adm president prime minister chancellor secretary senator representative governor mayor judge
justice king queen prince princess pope rev reverend sheikh ayatollah premier vice deputy
foreign spokesperson spokesman spokeswoman ambassador former general chairman chairwoman chair
ceo director commissioner candidate
""".split()
)
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: Words of an organisation's name that may be left out when it is named again.
GENERIC = frozenset(
    """
of the and for affairs department ministry office agency inc corp corporation co ltd llc plc
group company committee party de du des la le et
""".split()
)
#: Words skipped when an acronym's letters are matched to a name's initials.
_ARTICLES = frozenset({"the", "le", "la", "les", "l"})
_LINKING = frozenset(
    """
of the and for on de du des la le et y del
""".split()
)

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s?$")


def name_words(name: str, person: bool = False) -> tuple[str, ...]:
    """The words a name is matched by: folded, without a leading article or a possessive, and
    for a person without the titles in front ("Prime Minister Kishida" → kishida)."""
    folded = unicodedata.normalize("NFKC", name).replace(".", "")
    words = [_POSSESSIVE.sub("", word).casefold() for word in _WORD.findall(folded)]
    words = [word for word in words if word]
    leading = HONORIFICS | _ARTICLES if person else _ARTICLES
    while len(words) > 1 and words[0] in leading:
        words.pop(0)
    return tuple(words)


def is_acronym(name: str) -> bool:
    letters = name.replace(".", "").strip()
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def initials(words: Sequence[str]) -> str:
    return "".join(word[0] for word in words if word not in _LINKING)


@dataclass(frozen=True, slots=True)
class Name:
    """One name as written, with its type and where it was first written (None: no position)."""

    text: str
    type: str
    position: int | None = None


def cluster_names(names: Sequence[Name]) -> list[list[int]]:
    """Groups of indices into `names`, one group per entity, in order of first appearance."""
    keys = [name_words(name.text, person=name.type == "person") for name in names]
    index = _Index(keys)
    parent = list(range(len(names)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    # A shorter name that fits a fuller one is resolved occurrence by occurrence ("Clinton"
    # may be Bill in one paragraph and Hillary in the next); every other name joins the names
    # written with the same words.
    by_words: dict[tuple[frozenset[str], bool], int] = {}
    for i in sorted(range(len(names)), key=lambda i: _position(names[i])):
        words = keys[i]
        if not words:
            continue
        target = _fuller(i, names, index)
        if target is not None:
            join(target, i)
            continue
        # organisations and places written alike are one (recognisers confuse the two)
        first = by_words.setdefault((frozenset(words), names[i].type == "person"), i)
        if first != i:
            join(first, i)

    groups: dict[int, list[int]] = {}
    for i in range(len(names)):
        if keys[i]:
            groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=min)


def canonical_name(texts: Sequence[str], person: bool = False) -> str:
    """The fullest name of an entity: most words, then written in ordinary case rather than
    in capitals when it is written both ways (a dateline's "BEIJING" is "Beijing"), then most
    often written, then first written."""
    counts = Counter(texts)
    order = {text: index for index, text in reversed(list(enumerate(texts)))}
    ordinary = {text.casefold() for text in texts if not text.isupper()}

    def rank(text: str) -> tuple[int, bool, int, int]:
        shouted = text.isupper() and text.casefold() in ordinary
        return (-len(name_words(text, person=person)), shouted, -counts[text], order[text])

    return min(counts, key=rank)


def _position(name: Name) -> tuple[bool, int]:
    return (name.position is None, name.position or 0)


class _Index:
    """Which names hold a word, and which spell an initialism: candidates without a full scan
    (a hostile page can name thousands)."""

    def __init__(self, keys: Sequence[tuple[str, ...]]) -> None:
        self.keys = keys
        self.by_word: dict[str, list[int]] = {}
        self.by_initials: dict[str, list[int]] = {}
        for j, words in enumerate(keys):
            for word in set(words):
                self.by_word.setdefault(word, []).append(j)
            if len(words) >= 2:
                self.by_initials.setdefault(initials(words), []).append(j)

    def holding(self, words: set[str]) -> list[int]:
        """Names that hold every one of these words."""
        if not words:
            return []
        rarest = min(words, key=lambda word: len(self.by_word.get(word, ())))
        return [j for j in self.by_word.get(rarest, ()) if words <= set(self.keys[j])]


def _fuller(i: int, names: Sequence[Name], index: _Index) -> int | None:
    """The fuller name this one stands for, if the rules find exactly one."""
    name = names[i]
    if name.type == "person":
        return _longer_person(i, names, index)
    if is_acronym(name.text):
        return _expansion(i, names, index)
    if name.type == "organisation":
        person = _surname_of(i, names, index)
        return person if person is not None else _fuller_organisation(i, names, index)
    return None


def _surname_of(i: int, names: Sequence[Name], index: _Index) -> int | None:
    """The person a one-word "organisation" is the surname of ("Varga" after "Lena Varga":
    recognisers often type a lone surname as an organisation), if exactly one person's
    name ends with it."""
    keys = index.keys
    if len(keys[i]) != 1:
        return None
    word = keys[i][0]
    candidates = [
        j
        for j in index.by_word.get(word, ())
        if j != i and names[j].type == "person" and len(keys[j]) > 1 and keys[j][-1] == word
    ]
    return _pick(i, candidates, names, keys)


def _suffix(words: Sequence[str]) -> frozenset[str]:
    return frozenset(words) & SUFFIXES


def _longer_person(i: int, names: Sequence[Name], index: _Index) -> int | None:
    keys = index.keys
    words = set(keys[i])
    candidates = [
        j
        for j in index.holding(words)
        if j != i
        and names[j].type == "person"
        and len(keys[j]) > len(words)
        and _suffix(keys[j]) == _suffix(keys[i])
    ]
    return _pick(i, candidates, names, keys)


def _expansion(i: int, names: Sequence[Name], index: _Index) -> int | None:
    letters = names[i].text.replace(".", "").casefold()
    candidates = [j for j in index.by_initials.get(letters, ()) if j != i and not is_acronym(names[j].text)]
    return _pick(i, candidates, names, index.keys)


def _fuller_organisation(i: int, names: Sequence[Name], index: _Index) -> int | None:
    keys = index.keys
    words = set(keys[i]) - GENERIC
    if not words:
        return None
    candidates = [
        j
        for j in index.holding(words)
        if j != i
        and names[j].type == "organisation"
        and len(keys[j]) > len(keys[i])
        and _may_leave_out(keys[j], set(keys[i]), len(words))
    ]
    return _pick(i, candidates, names, keys)


def _may_leave_out(fuller: tuple[str, ...], shorter: set[str], own_words: int) -> bool:
    """Whether the words a shorter organisation name leaves out of a fuller one are only
    generic ("Ministry of Foreign Affairs"), when it keeps two of its own; or a state, even
    with one ("Foreign Ministry" for "Chinese Foreign Ministry", "Supreme Court" for "the
    Indian Supreme Court")."""
    left_out = [word for word in fuller if word not in shorter]
    if set(left_out) <= GENERIC:
        return own_words >= 2
    state = tuple(word for word in left_out if word not in GENERIC)
    return names_state(state)


def _pick(
    i: int, candidates: list[int], names: Sequence[Name], keys: Sequence[tuple[str, ...]]
) -> int | None:
    """The one fitting fuller name; of several, the last one named before this one, else none."""
    distinct = {frozenset(keys[j]) for j in candidates}
    if len(distinct) == 1:
        return candidates[0]
    position = names[i].position
    if position is None or not candidates:
        return None
    before = [(at, j) for j in candidates if (at := names[j].position) is not None and at <= position]
    return max(before)[1] if before else None
