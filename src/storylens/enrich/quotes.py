"""Who said what: attributions read from the dependency parse.

For each sentence, a cue is found from `cues.py` (a verb such as "said", "told", "warned";
"according to"; a stance adjective such as "is confident"); then, from the parse:

- the **source** is the cue's subject (or the object of "according to"). A verb joined to
  another ("and added that") shares its subject; a participle on a noun ("a docker saying")
  has that noun, unless the noun is a document ("a statement saying": whoever issued it);
  another participle has the subject of the clause it hangs from; with no subject, a name
  right after the cue ("…, a déclaré la ministre, Claire Daunou");
- the **content** is the first that applies: the cue's clausal complement ("said *that …*");
  a quotation just before the cue and source ("*“…,”* he said"); an infinitive complement
  ("warned Japan *to …*"); the object with what completes it ("calling *the strike a
  disgrace*") or the object of the cue's preposition ("called for *a review*"); for verbs of
  saying, the next paragraph when the cue ends its paragraph with a colon ("She added:"),
  else the rest of the sentence away from the source and cue ("X said: *…*");
- content that touches a quotation is stretched to the whole quotation, which may run over
  several sentences and paragraphs, and the quote is **direct** when most of it is quoted.

Besides: a quotation after a colon belongs to the clause or the name before the colon;
paragraphs in transcript form ("Wang Wenbin: NATO has …", "Q: …", "A: …" for the last
named speaker, a dialogue of names in capitals) and a headline "Name: …" are attributed to
the name before the colon, whatever cues stand inside them; a quotation signed at the end of
its line ("“…” ― Jane Roe") is that name's (these forms, read from the layout alone, are in
`attributions.py`); a quotation no cue claims, close after an attributed quote, continues
that speaker's words.
Passive cues ("no deaths were reported") are not attributions.

Each source is then resolved to one of the article's entities by `speakers.py`.

Languages without a pipeline get their transcript paragraphs attributed and their other
quotations of four words or more as direct quotes with no speaker.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storylens.enrich.attribution_spans import (
    continuations,
    end_before_inner_speakers,
    inside,
    one_per_span,
    overlaps,
    quoted_share,
    stretch_to_quotations,
)
from storylens.enrich.attributions import TRANSCRIPT_LINE, Attribution, signed, transcripts
from storylens.enrich.cues import SOURCE_PREPOSITIONS, STANCE_ADJECTIVES, cue_forms, speech_forms
from storylens.enrich.entities import ArticleEntities
from storylens.enrich.language import base_language
from storylens.enrich.quotation import ALL_MARKS, Quotation, find_quotations
from storylens.enrich.spans import phrase, subtree_span, text_of, token_at, trim
from storylens.enrich.speakers import SpeakerResolver
from storylens.records import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SUBJECTS = frozenset({"nsubj", "csubj"})
_SPEAKER_TYPES = frozenset({"PERSON", "PER", "ORG"})
_PASSIVE = frozenset({"nsubjpass", "nsubj:pass", "auxpass", "aux:pass"})
_PASSIVE_SUBJECTS = frozenset({"nsubjpass", "nsubj:pass"})
_CLAUSES = frozenset({"ccomp"})
_INFINITIVES = frozenset({"xcomp"})
_OBJECTS = frozenset({"dobj", "obj"})
_CUE_MODIFIERS = frozenset({"aux", "auxpass", "aux:pass", "aux:tense", "neg", "advmod"})
#: Nouns that carry someone's words: a participle on them speaks for whoever issued them.
_DOCUMENTS = frozenset("statement letter post tweet report release memo email message video ad".split())
#: Verbs whose object is the person spoken to, not what was said.
_ADDRESSEE_VERBS = frozenset({"tell", "told", "tells", "telling", "ask", "asked", "asks", "asking"})
_MIN_CONTENT_WORDS = 2
#: What completes an object: "calling Trump *a fascist*".
_OBJECT_COMPLEMENTS = frozenset({"oprd", "attr"})
#: Prepositions whose object is what the cue is about: "called for", "talked about", "pointed to".
_ARGUMENT_PREPOSITIONS = frozenset("about for to of on against as with over at".split())
#: Entity types that say when, not what: "on Tuesday", "at noon".
_WHEN = frozenset({"DATE", "TIME"})
#: Characters of commas, dashes and spaces that may stand between a quotation and its cue.
_GAP = 8
#: Longer "sentences" are lists, tables or hostile text; reading each of their cues against
#: the whole sentence would take quadratic time.
MAX_SENTENCE_TOKENS = 250
_WORDS = re.compile(r"[\w']+")
#: The paragraph after a line break: its words.
_NEXT_PARAGRAPH = re.compile(r"\s*(?P<words>[^\n]*[^\s])")
_BLOCK_QUOTE_WORDS = 4
#: A quoted block after a colon with no speaker to give it is a quote from this many words.
_UNSIGNED_BLOCK_WORDS = 20


def find_quotes(
    text: str, doc: Doc | None, entities: ArticleEntities, article_id: str, language: str | None
) -> tuple[Quote, ...]:
    """The quotes of an article's text (spans in that text)."""
    quotations = find_quotations(text)
    transcript = list(transcripts(text, entities, quotations))
    attributions: list[Attribution] = []
    if doc is not None:
        code = base_language(language)
        cues = _Cues(
            cue_forms(code),
            speech_forms(code),
            SOURCE_PREPOSITIONS.get(code, ()),
            STANCE_ADJECTIVES.get(code, frozenset()),
        )
        for sentence in doc.sents:
            attributions.extend(_sentence_attributions(sentence, cues, quotations))
    # a transcript paragraph, then a signed quotation, is its speaker's words, whatever cues
    # stand inside them
    for laid_out in (transcript, list(signed(text, quotations))):
        attributions = [a for a in attributions if not any(overlaps(a.content, t.content) for t in laid_out)]
        attributions.extend(laid_out)
    if doc is not None:
        attributions.extend(_colon_quotes(text, doc, quotations, attributions, entities))
    else:
        attributions.extend(_unattributed(text, quotations, attributions))
    attributions = stretch_to_quotations(attributions, quotations)
    attributions.extend(continuations(text, attributions, quotations))
    attributions = one_per_span(attributions)
    attributions = end_before_inner_speakers(text, attributions, quotations)
    resolver = SpeakerResolver(doc, entities)
    quotes = []
    for attribution in attributions:
        start, end = attribution.content
        speaker = resolver.resolve(attribution.named_at or attribution.source, attribution.source_token)
        quotes.append(
            Quote(
                text=text[start:end],
                direct=quoted_share(attribution.content, quotations) >= 0.5,
                cue=text[attribution.cue[0] : attribution.cue[1]] if attribution.cue else None,
                speaker_text=text[attribution.source[0] : attribution.source[1]]
                if attribution.source
                else None,
                speaker=speaker.name if speaker else None,
                speaker_id=speaker.id if speaker else None,
                article=article_id,
                start=start,
                end=end,
                cue_span=attribution.cue,
                speaker_span=attribution.source,
            )
        )
    return tuple(sorted(quotes, key=lambda quote: quote.start))


def may_quote(language: str | None) -> Callable[[str], bool]:
    """Whether a sentence could hold an attribution: a cue word (verb, "according", stance
    adjective), a quotation mark or a colon.
    Only those sentences need a dependency parse."""
    code = base_language(language)
    words = (
        cue_forms(code)
        | frozenset(SOURCE_PREPOSITIONS.get(code, ()))
        | STANCE_ADJECTIVES.get(code, frozenset())
    )

    def check(sentence: str) -> bool:
        if any(mark in sentence for mark in ALL_MARKS) or ":" in sentence:
            return True
        return not words.isdisjoint(_WORDS.findall(sentence.lower()))

    return check


# --- cues and their arguments --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Cues:
    verbs: frozenset[str]
    speech: frozenset[str]
    prepositions: Sequence[str]
    adjectives: frozenset[str]


def _sentence_attributions(
    sentence: Span, cues: _Cues, quotations: Sequence[Quotation]
) -> Iterable[Attribution]:
    if len(sentence) > MAX_SENTENCE_TOKENS:  # a run-on list or hostile text, not a sentence
        return
    for token in sentence:
        lower = token.lower_
        if lower in cues.prepositions:
            found = _according_to(token, sentence)
        elif lower in cues.verbs and _is_verb(token) and not inside(token.idx, quotations):
            found = _verb_attribution(token, sentence, lower in cues.speech, quotations)
        elif lower in cues.adjectives and token.dep_ == "acomp" and not inside(token.idx, quotations):
            found = _stance(token)
        else:
            continue
        if found is not None:
            yield found


def _is_word(token: Token) -> bool:
    return not (token.is_punct or token.is_space)


def _is_verb(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB")


def _verb_attribution(
    cue: Token, sentence: Span, speech: bool, quotations: Sequence[Quotation]
) -> Attribution | None:
    if any(child.dep_ in _PASSIVE for child in cue.children):
        return None  # "no deaths were reported": the subject is not a source
    subject = _subject(cue) or _named_after(cue, sentence)
    cue_span = _cue_span(cue)
    source = phrase(subject) if subject is not None else None
    content = _complement(cue, subject, sentence, speech, quotations)
    if content is None:
        return None
    cue_span = _with_preposition(cue, cue_span, content)
    around = source is not None and content[0] < source[0] and source[1] < content[1]
    if source is not None and overlaps(source, content) and not around:
        return None
    return Attribution(content, cue_span, source, subject.i if subject is not None else None)


def _subject(cue: Token) -> Token | None:
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
        subjects = _SUBJECTS if token is cue else _SUBJECTS | _PASSIVE_SUBJECTS
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
            objects = [c for c in preposition.head.children if c.dep_ in _OBJECTS and c.i < preposition.i]
            if preposition.lower_ in ("for", "of") and objects:
                return objects[0]
            token = preposition.head
        elif token.dep_ == "acl":
            noun = token.head
            if noun.lower_ not in _DOCUMENTS:
                return noun
            token = noun.head if noun.dep_ in _OBJECTS and noun.head.i != noun.i else noun
        else:
            break
    return None


def _named_after(cue: Token, sentence: Span) -> Token | None:
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


def _cue_span(cue: Token) -> tuple[int, int]:
    """The cue verb with the auxiliaries and adverbs right before it ("has also said")."""
    start = cue.i
    doc = cue.doc
    while start > 0 and doc[start - 1].head.i == cue.i and doc[start - 1].dep_ in _CUE_MODIFIERS:
        start -= 1
    return doc[start].idx, cue.idx + len(cue.text)


def _complement(
    cue: Token,
    subject: Token | None,
    sentence: Span,
    speech: bool,
    quotations: Sequence[Quotation],
) -> tuple[int, int] | None:
    children = list(cue.children)
    for child in children:
        if child.dep_ in _CLAUSES:
            start, end = subtree_span(child, exclude=subject)
            if speech and subject is not None and child.i < cue.i and end <= phrase(subject)[0]:
                # "…, but the port overruled it, the source added": all that goes before
                words = [t for t in sentence if t.i < child.i and _is_word(t)]
                if words:
                    start = min(start, trim(cue.doc, words[0].i, child.i, keep_marks=True)[0])
            for other in children:  # "said X, and Y": a second clause with its own subject
                if (
                    other.dep_ == "conj"
                    and other.i > child.i
                    and any(grandchild.dep_ in _SUBJECTS for grandchild in other.children)
                ):
                    end = max(end, subtree_span(other)[1])
            return start, end
    quoted = _quotation_before(cue, subject, quotations, _says_nothing_else(cue, subject, sentence))
    if quoted is not None:
        return quoted
    for child in children:
        if child.dep_ in _INFINITIVES and _is_verb(child):
            first = child
            for other in children:
                if other.dep_ in _OBJECTS and cue.i < other.i < child.i:
                    first = other  # "warned *Japan* to stay out"
            span = subtree_span(child, exclude=subject)
            return min(span[0], subtree_span(first)[0]), span[1]
    if subject is None:
        return None
    found = _object_side(cue)
    if found is not None:
        return found
    if not speech:
        return None
    return _paragraph_after_colon(cue, sentence) or _rest_of_sentence(cue, subject, sentence)


def _paragraph_after_colon(cue: Token, sentence: Span) -> tuple[int, int] | None:
    """ "The governor added:" closing its paragraph: the words are the next paragraph, set
    as a block quote with no quotation marks (a quoted one is left to `_colon_quotes`)."""
    words = [token for token in sentence if not token.is_space]
    if not words or words[-1].text != ":" or words[-1].i - cue.i > 4:
        return None
    text = text_of(cue.doc)
    after = words[-1].idx + 1
    if "\n" not in text[after : after + 4]:
        return None
    match = _NEXT_PARAGRAPH.match(text, after)
    if match is None or match.group("words")[0] in ALL_MARKS or TRANSCRIPT_LINE.match(match.group("words")):
        return None
    if len(match.group("words").split()) < _BLOCK_QUOTE_WORDS:
        return None
    return match.span("words")


def _object_side(cue: Token) -> tuple[int, int] | None:
    """What a cue takes on its right: its object and what completes it ("calling *the protester
    a liar*", "described *himself as a moderate*"), or the object of a preposition that belongs
    to the cue ("called for *a higher wage*", "talked *about health care*"). Circumstances end it
    ("… on Tuesday", "… in a statement"); for "told" and "asked" the person spoken to is skipped."""
    parts: list[Token] = []
    for child in cue.rights:
        if child.dep_ in _OBJECTS and cue.lower_ in _ADDRESSEE_VERBS:
            continue
        if _is_argument(child):
            parts.append(child)
        elif parts or child.dep_ not in {"prt", "advmod", "npadvmod"}:
            break
    if not parts:
        return None
    words = sum(1 for part in parts for token in part.subtree if _is_word(token))
    if words < _MIN_CONTENT_WORDS and not any(part.ent_type_ for part in parts):
        return None
    first = parts[0]
    if first.dep_ == "prep" and first.lower_ != "about":
        # "called *for* a review": the preposition joins the cue; "talked about …" keeps it
        first = _prep_object(first) or first
    last = max(t.i for t in parts[-1].subtree)
    for token in parts[-1].subtree:  # "… the plan *on Tuesday*": a date hung on the object
        if _dated_phrase(token) and token.i > first.i and max(t.i for t in token.subtree) == last:
            last = token.i - 1
            break
    return trim(cue.doc, min(t.i for t in first.subtree), last, keep_marks=True)


def _is_argument(child: Token) -> bool:
    if child.dep_ in _OBJECTS or child.dep_ in _OBJECT_COMPLEMENTS:
        return True
    return child.dep_ == "prep" and child.lower_ in _ARGUMENT_PREPOSITIONS and _prep_object(child) is not None


def _with_preposition(cue: Token, cue_span: tuple[int, int], content: tuple[int, int]) -> tuple[int, int]:
    """The cue with the preposition (and particle) between it and its content: "called *for*"."""
    end = cue_span[1]
    for token in cue.rights:
        if token.idx >= content[0] or token.dep_ not in {"prep", "prt"}:
            break
        end = token.idx + len(token.text)
    return cue_span[0], end


def _dated_phrase(token: Token) -> bool:
    """A preposition whose object is a date or time: "on Tuesday", "at noon"."""
    return token.dep_ == "prep" and any(
        child.dep_ == "pobj" and child.ent_type_ in _WHEN for child in token.children
    )


def _prep_object(preposition: Token) -> Token | None:
    """The object of a preposition, unless it is a date or time ("on Tuesday")."""
    for child in preposition.children:
        if child.dep_ in {"pobj", "pcomp"}:
            return None if child.ent_type_ in _WHEN else child
    return None


def _quotation_before(
    cue: Token, subject: Token | None, quotations: Sequence[Quotation], bare: bool = False
) -> tuple[int, int] | None:
    """A quotation that ends just before the cue and its source, even in the sentence before:
    "« … », a déclaré X", "“… at last!” he wrote". One closed by a full stop only when the
    cue's sentence says nothing else (`bare`: "“… missing.” Trump said.")."""
    start = _cue_span(cue)[0]
    if subject is not None and subject.i < cue.i:
        start = min(start, phrase(subject)[0])
    text = text_of(cue.doc)
    for quotation in quotations:  # in text order: stop at the first that ends too late
        if quotation.end > start:
            break
        between = text[quotation.end : start]
        if start - quotation.end > _GAP or between.strip(" ,\xa0—–-"):
            continue
        if _ends_sentence(text, quotation) and not bare:
            continue
        return quotation.start, quotation.end
    return None


def _says_nothing_else(cue: Token, subject: Token | None, sentence: Span) -> bool:
    """Whether the cue's sentence is only its source, the cue and when or where ("Trump said.",
    "said Roe on Tuesday.")."""
    source = {token.i for token in subject.subtree} if subject is not None else set()
    return not any(
        _is_word(token) and token.i not in source and not _is_trailing_detail(token, cue)
        for token in sentence
        if token.i > cue.i
    )


def _ends_sentence(text: str, quotation: Quotation) -> bool:
    """A quotation that closes its sentence with a full stop ("… close.” Trump backed …") is
    not what the next sentence's cue reports; "“Why not?” she asked" still is."""
    inner = text[quotation.start : quotation.end].rstrip("".join(ALL_MARKS) + " \xa0")
    return inner.endswith(".")


def _stance(adjective: Token) -> Attribution | None:
    """ "X is confident that …", "Y was critical of the deal": the subject of "to be" holds the
    view; the adjective's clause, or the object of its preposition, is the content."""
    verb = adjective.head
    subject = _subject(verb)
    if subject is None or subject.i > adjective.i:
        return None
    cue_start = _cue_span(verb)[0]
    for child in adjective.children:
        if child.dep_ in _CLAUSES or child.dep_ in _INFINITIVES:
            content = subtree_span(child)
            return Attribution(
                content, (cue_start, adjective.idx + len(adjective.text)), phrase(subject), subject.i
            )
    for child in adjective.children:
        if child.dep_ == "prep" and child.i == adjective.i + 1:
            objects = [grandchild for grandchild in child.children if grandchild.dep_ in {"pobj", "pcomp"}]
            if objects:
                cue = (cue_start, child.idx + len(child.text))
                return Attribution(subtree_span(objects[0]), cue, phrase(subject), subject.i)
    return None


def _according_to(token: Token, sentence: Span) -> Attribution | None:
    """ "According to X, …" and "selon X, …": X is the source, the rest of the sentence the content."""
    cue_end = token.idx + len(token.text)
    if token.lower_ == "according":
        to = next((t for t in token.children if t.lower_ == "to"), None)
        if to is None:
            return None
        source_root = next((t for t in to.children if t.dep_ == "pobj"), None)
        clause = list(token.subtree)
        cue_end = to.idx + len(to.text)
    else:  # UD: "selon" is a case marker hanging from the source
        source_root = token.head if token.dep_ == "case" and token.head.i != token.i else None
        clause = list(source_root.subtree) if source_root is not None else []
    if source_root is None:
        return None
    first, last = clause[0].i, clause[-1].i
    before = [t for t in sentence if t.i < first and _is_word(t)]
    after = [t for t in sentence if t.i > last and _is_word(t)]
    side = after if len(after) >= len(before) else before
    if len(side) < _MIN_CONTENT_WORDS:
        return None
    content = trim(sentence.doc, side[0].i, side[-1].i, keep_marks=True)
    return Attribution(content, (token.idx, cue_end), phrase(source_root), source_root.i)


def _rest_of_sentence(cue: Token, subject: Token | None, sentence: Span) -> tuple[int, int] | None:
    """The words on the far side of the source and cue: "“…,” she said" or "X said: …"; or
    both sides of a cue set off by commas ("the talks, she said, had failed")."""
    doc = cue.doc
    block = [cue.i, token_at(doc, _cue_span(cue)[0])]
    if subject is not None:
        block.extend(t.i for t in subject.subtree)
    first, last = min(block), max(block)  # the source, the cue and anything between them
    before = [t for t in sentence if t.i < first and _is_word(t)]
    after = [t for t in sentence if t.i > last and _is_word(t) and not _is_trailing_detail(t, cue)]
    if len(before) >= _MIN_CONTENT_WORDS and len(after) >= _MIN_CONTENT_WORDS and _set_off(doc, first, last):
        return trim(doc, before[0].i, after[-1].i, keep_marks=True)
    if len(before) >= _MIN_CONTENT_WORDS and (len(before) >= len(after) or not after):
        return trim(doc, before[0].i, before[-1].i, keep_marks=True)
    if len(after) >= _MIN_CONTENT_WORDS:
        return trim(doc, after[0].i, after[-1].i, keep_marks=True)
    return None


def _set_off(doc: Doc, first: int, last: int) -> bool:
    """Whether tokens first..last stand between commas or dashes."""
    marks = {",", "—", "–", "-"}
    return first > 0 and last + 1 < len(doc) and doc[first - 1].text in marks and doc[last + 1].text in marks


def _is_trailing_detail(token: Token, cue: Token) -> bool:
    """ "… she said *on Tuesday*", "*in a statement*": circumstances of the saying, not content."""
    head = token
    for _ in range(4):
        if head.head.i == cue.i:
            return head.dep_ in {"prep", "npadvmod", "obl", "obl:mod", "advmod", "dative", "obl:arg"} or (
                head.dep_ in _OBJECTS and cue.lower_ in _ADDRESSEE_VERBS
            )
        if head.head.i == head.i:
            return False
        head = head.head
    return False


def _unattributed(
    text: str, quotations: Sequence[Quotation], found: Sequence[Attribution]
) -> Iterable[Attribution]:
    """Quotations with no parse to find their speaker: kept as words without a source."""
    for quotation in quotations:
        span = (quotation.start, quotation.end)
        if len(text[span[0] : span[1]].split()) >= 4 and not any(overlaps(span, a.content) for a in found):
            yield Attribution(span, None, None, None)


def _colon_quotes(
    text: str,
    doc: Doc,
    quotations: Sequence[Quotation],
    found: Sequence[Attribution],
    entities: ArticleEntities,
) -> Iterable[Attribution]:
    """A quotation after a colon: "More from Jane Roe: “…”" (the name right before the colon
    speaks), or "X gave a back-handed compliment: “…”" (the subject of the clause speaks)."""
    taken = [attribution.content for attribution in found]
    for quotation in quotations:
        if any(overlaps((quotation.start, quotation.end), other) for other in taken):
            continue
        gap_start = max(0, quotation.start - 3)
        before = text[gap_start : quotation.start].rstrip()
        if not before.endswith(":"):
            continue
        colon_at = gap_start + len(before) - 1
        colon = doc.char_span(colon_at, colon_at + 1, alignment_mode="expand")
        if colon is None or not len(colon):
            continue
        named = entities.mention_at(colon_at - 1, colon_at)
        if named is not None and named.end >= colon_at - 1 and named.type != "place":
            source = (named.start, named.end)
            yield Attribution((quotation.start, quotation.end), (colon_at, colon_at + 1), source, None)
            continue
        verb = colon[0].head
        if verb.dep_ in _OBJECTS and not _is_verb(verb):  # "released the following statement:"
            verb = verb.head
        subject = _subject(verb)
        if subject is None or subject.i > colon[0].i:
            block = "\n" in text[colon_at : quotation.start]
            if block and len(text[quotation.start : quotation.end].split()) >= _UNSIGNED_BLOCK_WORDS:
                # "Transcript as follows:" and a quoted block: words quoted, by no one named
                yield Attribution((quotation.start, quotation.end), (colon_at, colon_at + 1), None, None)
            continue
        yield Attribution(
            (quotation.start, quotation.end),
            (verb.idx, colon[0].idx + 1),
            phrase(subject),
            subject.i,
        )
