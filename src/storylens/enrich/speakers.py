"""Who a source is: a quote's source as written, resolved to one of the article's entities.

A source that is a name is its entity; "he" or "she" the person the sentence before is about
(the subject of its main verb), else the nearest person named before it, skipping people the
text marks with the other gender ("Mrs.", "spokesman"); "they" the
nearest organisation; a relative "who" the noun it hangs from; a role phrase ("the
spokesperson", "the ministry") the person or organisation named inside it ("the port
operator, Almsey Terminals"; a person before an organisation: "Lundmark's prime minister Eva
Strand"), else the nearest entity described by, or named with, that word.
"I" and "we" stay unresolved: inside a quote they are the speaker, whom the quote's own source
names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storylens.enrich.entities import ArticleEntities
from storylens.lang import profile_for
from storylens.records import Entity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: The languages whose pronouns are read: crawled articles mix them (a French quote in an
#: English report), so one table serves all.
PRONOUN_LANGUAGES = ("en", "fr")
_PROFILES = [profile_for(code).pronouns for code in PRONOUN_LANGUAGES]
_PERSON_PRONOUNS = frozenset(word for p in _PROFILES for word in p.person)
#: The gender a pronoun rules out, and the words in a person's titles or roles that mark one.
_OTHER_GENDER = {word: "f" if gender == "m" else "m" for p in _PROFILES for word, gender in p.person.items()}
_GENDER_MARKS = {word: gender for p in _PROFILES for word, gender in p.gender_marks.items()}
_GROUP_PRONOUNS = frozenset(word for p in _PROFILES for word in p.group)
_RELATIVE = frozenset(word for p in _PROFILES for word in p.relative)
_FIRST_PERSON = frozenset(word for p in _PROFILES for word in p.first_person)


def _gender(entity: Entity | None) -> str | None:
    """ "m" or "f" when the person's titles or roles say so, and say only one thing."""
    if entity is None:
        return None
    words = " ".join((*entity.aliases, entity.name, *entity.roles)).replace(".", " ").casefold().split()
    marks = {_GENDER_MARKS[word] for word in words if word in _GENDER_MARKS}
    return marks.pop() if len(marks) == 1 else None


class SpeakerResolver:
    """Resolves a source as written to one of the article's entities."""

    def __init__(self, doc: Doc | None, entities: ArticleEntities) -> None:
        self.doc = doc
        self.entities = entities
        self.by_id = entities.by_id()

    def resolve(self, source: tuple[int, int] | None, source_token: int | None) -> Entity | None:
        """The entity a source span stands for; `source_token` is its head token in the doc
        (None for a source found without a parse)."""
        if source is None:
            return None
        start, end = source
        if self.doc is None or source_token is None:
            mention = self.entities.mention_at(start, end)
            return self._entity(mention) if mention is not None else None
        head = self.doc[source_token]
        mention = self.entities.mention_at(head.idx, head.idx + len(head.text))
        if mention is not None:  # "Wang Wenbin", "the Chinese Foreign Ministry"
            return self._entity(mention)
        word = head.lower_
        if word in _RELATIVE and head.head.head.i != head.head.i:
            noun = head.head.head
            found = self.entities.mention_at(noun.idx, noun.idx + len(noun.text))
            return self._entity(found) if found else None
        if word in _FIRST_PERSON:
            return None
        if word in _PERSON_PRONOUNS:
            unlike = _OTHER_GENDER.get(word)
            return self._previous_subject(head, unlike) or self._nearest(start, {"person"}, unlike=unlike)
        if word in _GROUP_PRONOUNS:
            return self._nearest(start, {"organisation", "person"}, prefer="organisation")
        inside = [
            m for m in self.entities.mentions if start <= m.start and m.end <= end and m.type != "place"
        ]
        if inside:  # "The port operator, Almsey Terminals,": the name in apposition
            people = [m for m in inside if m.type == "person"]  # "Lundmark's prime minister Eva Strand"
            return self._entity((people or inside)[0])
        return self._by_role(word, start)

    def _previous_subject(self, pronoun: Token, unlike: str | None) -> Entity | None:
        """The person the sentence before the pronoun's is about: the subject of its main
        verb ("Varga was speaking hours after Strand confirmed the talks. ... she said" is
        Varga), when that subject is a person the pronoun's gender does not rule out."""
        assert self.doc is not None
        sentence = pronoun.sent
        if sentence.start == 0:
            return None
        previous = self.doc[sentence.start - 1].sent
        root = previous.root
        for token in (root, *(t for t in root.children if t.dep_ == "conj")):
            for child in token.children:
                if child.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                mention = self.entities.mention_at(child.idx, child.idx + len(child.text))
                entity = self._entity(mention) if mention is not None else None
                if entity is not None and entity.type == "person" and _gender(entity) != unlike:
                    return entity
        return None

    def _nearest(
        self, position: int, types: set[str], prefer: str | None = None, unlike: str | None = None
    ) -> Entity | None:
        """The entity of the nearest mention before a position, of the given types, skipping
        people the text marks with the other gender ("Mrs." for "he")."""
        earlier = [
            m
            for m in self.entities.before(position)
            if m.type in types and (unlike is None or _gender(self._entity(m)) != unlike)
        ]
        if prefer is not None:
            preferred = [m for m in earlier if m.type == prefer]
            earlier = preferred or earlier
        return self._entity(earlier[-1]) if earlier else None

    def _by_role(self, word: str, position: int) -> Entity | None:
        """ "the spokesperson" → the person described as one; "the ministry" → the one named so."""
        for mention in reversed(self.entities.before(position)):
            entity = self._entity(mention)
            if entity is None:
                continue
            described = any(word in role.casefold().split() for role in entity.roles)
            named = entity.type != "person" and word in entity.name.casefold().split()
            if described or named:
                return entity
        return None

    def _entity(self, mention: Mention) -> Entity | None:
        return self.by_id.get(mention.entity_id or "")
