"""People, organisations and places named in an article, each name variant merged into one entity.

Mentions come from the spaCy pipeline's named-entity recogniser; `names.py` decides which
mentions are one entity. A person's role is read from the words in front of the name
("Prime Minister Fumio Kishida", "foreign ministry spokesperson Wang Wenbin") and from an
apposition ("Wang Wenbin, a spokesperson for the ministry,") and kept as an attribute; it is
never part of the name.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storylens.enrich.names import HONORIFICS, Name, canonical_name, cluster_names, name_words
from storylens.records import Entity, EntityType, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: spaCy labels (OntoNotes for English, WikiNER for French) and the entity type each becomes.
ENTITY_TYPES = {
    "PERSON": "person",
    "PER": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
_ROLE_DEPS = frozenset({"compound", "amod", "nmod", "nn"})
_LEADING = ("the ", "The ", "a ", "an ", "A ", "An ")


def entity_id(type_: str, name: str) -> str:
    """A stable id for an entity: its type and its name's folded words."""
    words = " ".join(name_words(name, person=type_ == "person"))
    return "ent-" + hashlib.sha1(f"{type_}:{words}".encode()).hexdigest()[:12]


def index_ids(entity: Entity) -> set[str]:
    """The ids an article's entity is found under across the library: its own and the id of
    each of its names of two or more words (a lone surname would join strangers). A story
    entity's id is the id of one of the names its articles use, so it is among them."""
    names = {entity.name, *(alias for alias in entity.aliases if len(alias.split()) > 1)}
    return {entity.id} | {entity_id(entity.type, name) for name in names}


@dataclass(frozen=True, slots=True)
class ArticleEntities:
    """The entities of one article and every mention of them, in text order."""

    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    starts: tuple[int, ...] = field(init=False, repr=False)  # of the mentions, for bisection

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", tuple(mention.start for mention in self.mentions))

    def by_id(self) -> dict[str, Entity]:
        return {entity.id: entity for entity in self.entities}

    def mention_at(self, start: int, end: int) -> Mention | None:
        """The mention overlapping a span of text most, if any."""
        best: Mention | None = None
        best_overlap = 0
        index = bisect_right(self.starts, end)
        for mention in self.mentions[max(0, index - 8) : index]:
            overlap = min(end, mention.end) - max(start, mention.start)
            if overlap > best_overlap:
                best, best_overlap = mention, overlap
        return best

    def before(self, position: int) -> list[Mention]:
        """Mentions that end before a position, nearest last."""
        return [mention for mention in self.mentions if mention.end <= position]


def find_entities(doc: Doc) -> ArticleEntities:
    """Entities and mentions of a parsed text."""
    spans = [span for span in doc.ents if span.label_ in ENTITY_TYPES and span.text.strip()]
    names = [Name(_bare(span.text), ENTITY_TYPES[span.label_], span.start_char) for span in spans]
    entities: list[Entity] = []
    mentions: list[Mention] = []
    for group in cluster_names(names):
        members = [spans[i] for i in group]
        texts = [names[i].text for i in group]
        type_ = majority([names[i].type for i in group], fullest=_fullest_type(group, names))
        name = canonical_name(texts, person=type_ == "person")
        identifier = entity_id(type_, name)
        roles = _roles(members) if type_ == "person" else ()
        entities.append(
            Entity(
                id=identifier,
                name=name,
                type=EntityType(type_),
                aliases=tuple(sorted(set(texts) - {name})),
                roles=roles,
                spans=tuple((span.start_char, span.end_char) for span in members),
            )
        )
        mentions.extend(
            Mention(span.text, span.start_char, span.end_char, EntityType(type_), identifier)
            for span in members
        )
    mentions.sort(key=lambda mention: mention.start)
    return ArticleEntities(tuple(entities), tuple(mentions))


def _bare(text: str) -> str:
    text = text.strip()
    for article in _LEADING:
        if text.startswith(article) and len(text) > len(article) + 1:
            return text[len(article) :]
    return text


def majority(types: Sequence[str], fullest: str | None = None) -> str:
    """The type most mentions carry, since recognisers disagree; on a tie the type of the
    fullest name (`fullest`: "Lena Varga" is a person, whatever "Varga" was typed), else
    alphabetical."""
    best = max(types.count(t) for t in set(types))
    tied = sorted(t for t in set(types) if types.count(t) == best)
    return fullest if fullest in tied else tied[0]


def _fullest_type(group: Sequence[int], names: Sequence[Name]) -> str:
    longest = max(group, key=lambda i: (len(names[i].text.split()), -i))
    return names[longest].type


def _roles(spans: Sequence[Span]) -> tuple[str, ...]:
    """Titles and appositions that describe the person, most frequent first."""
    found: list[str] = []
    for span in spans:
        role = _title_before(span) or _honorific_before(span) or _apposition(span)
        if role:
            found.append(role)
    return tuple(sorted(set(found), key=lambda role: (-found.count(role), found.index(role))))


def _title_before(span: Span) -> str | None:
    """The words in front of a name that modify it: "Prime Minister", "spokesperson"."""
    doc = span.doc
    inside = range(span.start, span.end)
    start = span.start
    while start > 0:
        token = doc[start - 1]
        if token.is_punct or token.ent_type_ in {"PERSON", "PER"} or not _leads_into(token, inside):
            break
        start -= 1
    if start == span.start:
        return None
    return _tidy(doc[start : span.start].text)


def _honorific_before(span: Span) -> str | None:
    """ "Mrs." or "President" right before the name, read without a parse."""
    if span.start == 0:
        return None
    word = span.doc[span.start - 1].text
    return word if word.rstrip(".").casefold() in HONORIFICS else None


def _leads_into(token: Token, inside: range) -> bool:
    """Whether a token modifies the name, directly or through other modifiers."""
    steps = 0
    while token.dep_ in _ROLE_DEPS and steps < 6:
        token = token.head
        if token.i in inside:
            return True
        steps += 1
    return False


def _apposition(span: Span) -> str | None:
    """ ", a spokesperson for the ministry," after the name."""
    for child in span.root.children:
        if child.dep_ == "appos" and child.i >= span.end and child.ent_type_ not in {"PERSON", "PER"}:
            words = [token for token in child.subtree if not token.is_punct]
            if 0 < len(words) <= 12:
                return _tidy(child.doc[words[0].i : words[-1].i + 1].text)
    return None


def _tidy(text: str) -> str | None:
    text = _bare(" ".join(text.split()))
    return text or None
