"""Who speaks: the source of a cue, read from the dependency parse.

The source is the cue's subject; a verb joined to another ("and added that") shares its
subject; a participle on a noun ("a docker saying") has that noun, unless the noun is a
document ("a statement saying": whoever issued it); another participle has the subject of the
clause it hangs from; with no subject, a name right after the cue ("…, a déclaré la ministre,
Claire Daunou"). The cue's own span takes the auxiliaries and adverbs before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SUBJECTS = frozenset({"nsubj", "csubj"})
OBJECTS = frozenset({"dobj", "obj"})
_PASSIVE_SUBJECTS = frozenset({"nsubjpass", "nsubj:pass"})
_SPEAKER_TYPES = frozenset({"PERSON", "PER", "ORG"})
_CUE_MODIFIERS = frozenset({"aux", "auxpass", "aux:pass", "aux:tense", "neg", "advmod"})
#: Nouns that carry someone's words: a participle on them speaks for whoever issued them.
_DOCUMENTS = frozenset("statement letter post tweet report release memo email message video ad".split())


def is_word(token: Token) -> bool:
    return not (token.is_punct or token.is_space)


def is_verb(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB")


def subject_of(cue: Token) -> Token | None:
    """The cue's subject; or the subject of the verb it is joined to ("… and added"); or, for
    a participle on a noun ("the man saying …"), that noun, unless the noun is a document
    ("issued a statement saying …": whoever issued it). A participle with none of these takes
    the subject of the clause it hangs from ("…, Ryan told reporters Tuesday, *admitting* that …"),
    also after a preposition ("responded by *saying*"), where "for" and "of" take the object
    instead ("faulted Brandt for *claiming*"), and even when that clause is passive ("after
    *saying* …, she was taken"). A participle after "to be" takes its subject ("we are
    *convinced* that …")."""
    token = cue
    for _ in range(4):
        # the clause a participle hangs from may be passive: "After saying …, she was taken"
        subjects = SUBJECTS if token is cue else SUBJECTS | _PASSIVE_SUBJECTS
        for child in token.children:
            if child.dep_ in subjects:
                return child
        if token.head.i == token.i:
            break
        if token.dep_ in {"conj", "advcl", "xcomp"} or (
            cue.tag_ == "VBG" and token.dep_ not in {"acl", "pcomp"}
        ):
            token = token.head
        elif token.dep_ == "acomp" and token.tag_ == "VBN":
            token = token.head  # "we are convinced that …"
        elif token.dep_ == "pcomp" and token.tag_ == "VBG" and token.head.dep_ in {"prep", "conj"}:
            # "responded by saying", "after saying …, she", "faulted Roe for saying"
            preposition = token.head
            objects = [c for c in preposition.head.children if c.dep_ in OBJECTS and c.i < preposition.i]
            if preposition.lower_ in ("for", "of") and objects:
                return objects[0]
            token = preposition.head
        elif token.dep_ == "acl":
            noun = token.head
            if noun.lower_ not in _DOCUMENTS:
                return noun
            token = noun.head if noun.dep_ in OBJECTS and noun.head.i != noun.i else noun
        else:
            break
    return None


def named_after(cue: Token, sentence: Span) -> Token | None:
    """A name soon after a cue with no subject, a person before an organisation:
    "…, a déclaré jeudi la ministre des Transports, Claire Daunou"."""
    names = [
        token
        for token in sentence
        if cue.i < token.i <= cue.i + 10 and token.ent_iob_ == "B" and token.ent_type_ in _SPEAKER_TYPES
    ]
    people = [token for token in names if token.ent_type_ in {"PERSON", "PER"}]
    found = people or names
    return found[0] if found else None


def cue_span(cue: Token) -> tuple[int, int]:
    """The cue verb with the auxiliaries and adverbs right before it ("has also said")."""
    start = cue.i
    doc = cue.doc
    while start > 0 and doc[start - 1].head.i == cue.i and doc[start - 1].dep_ in _CUE_MODIFIERS:
        start -= 1
    return doc[start].idx, cue.idx + len(cue.text)
