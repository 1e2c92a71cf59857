"""Who said what: attributions read from the dependency parse.

For each sentence, a cue is found from `cues.py` (a verb such as "said", "told", "warned";
"according to"; a stance adjective such as "is confident"); then, from the parse:

- the **source** is the cue's subject (or the object of "according to"), with the fallbacks
  for joined verbs, participles and subjectless cues in `quote_sources.py`;
- the **content** is the first that applies of the cue's complement, a quotation just
  before the cue, its object, the paragraph after its colon, or the rest of the sentence
  (`quote_content.py`);
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
from storylens.enrich.attributions import Attribution, signed, transcripts
from storylens.enrich.cues import cue_forms, source_prepositions, speech_forms, stance_adjectives
from storylens.enrich.entities import ArticleEntities
from storylens.enrich.quotation import ALL_MARKS, Quotation, find_quotations
from storylens.enrich.quote_content import (
    CLAUSES,
    INFINITIVES,
    MIN_CONTENT_WORDS,
    complement,
    with_preposition,
)
from storylens.enrich.quote_sources import OBJECTS, cue_span, is_verb, is_word, named_after, subject_of
from storylens.enrich.spans import phrase, subtree_span, trim
from storylens.enrich.speakers import SpeakerResolver
from storylens.records import Quote
from storylens.text.language import base_language

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_PASSIVE = frozenset({"nsubjpass", "nsubj:pass", "auxpass", "aux:pass"})
#: Longer "sentences" are lists, tables or hostile text; reading each of their cues against
#: the whole sentence would take quadratic time.
MAX_SENTENCE_TOKENS = 250
_WORDS = re.compile(r"[\w']+")
#: A quotation mark, not an apostrophe inside a word ("don't", "Almsey’s").
_QUOTE_MARK = re.compile("[" + re.escape("".join(ALL_MARKS - {"'", "’"})) + r"]|(?<!\w)['’]|['’](?!\w)")
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
            source_prepositions(code),
            stance_adjectives(code),
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
    adjective), a quotation mark (an apostrophe inside a word is none) or a colon.
    Only those sentences need a dependency parse."""
    code = base_language(language)
    words = cue_forms(code) | frozenset(source_prepositions(code)) | stance_adjectives(code)

    def check(sentence: str) -> bool:
        if ":" in sentence or _QUOTE_MARK.search(sentence):
            return True
        return not words.isdisjoint(_WORDS.findall(sentence.lower()))

    return check


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
        elif lower in cues.verbs and is_verb(token) and not inside(token.idx, quotations):
            found = _verb_attribution(token, sentence, lower in cues.speech, quotations)
        elif lower in cues.adjectives and token.dep_ == "acomp" and not inside(token.idx, quotations):
            found = _stance(token)
        else:
            continue
        if found is not None:
            yield found


def _verb_attribution(
    cue: Token, sentence: Span, speech: bool, quotations: Sequence[Quotation]
) -> Attribution | None:
    if any(child.dep_ in _PASSIVE for child in cue.children):
        return None  # "no deaths were reported": the subject is not a source
    if cue.dep_ == "acl" and _past_participle(cue):
        return None  # "the tariffs announced by Washington": the noun was said, it says nothing
    subject = subject_of(cue) or named_after(cue, sentence)
    cue_at = cue_span(cue)
    source = phrase(subject) if subject is not None else None
    content = complement(cue, subject, sentence, speech, quotations)
    if content is None:
        return None
    cue_at = with_preposition(cue, cue_at, content)
    around = source is not None and content[0] < source[0] and source[1] < content[1]
    if source is not None and overlaps(source, content) and not around:
        return None
    return Attribution(content, cue_at, source, subject.i if subject is not None else None)


def _past_participle(verb: Token) -> bool:
    morph = verb.morph
    return verb.tag_ == "VBN" or ("Part" in morph.get("VerbForm", []) and "Past" in morph.get("Tense", []))


def _stance(adjective: Token) -> Attribution | None:
    """ "X is confident that …", "Y was critical of the deal": the subject of "to be" holds the
    view; the adjective's clause, or the object of its preposition, is the content."""
    verb = adjective.head
    subject = subject_of(verb)
    if subject is None or subject.i > adjective.i:
        return None
    cue_start = cue_span(verb)[0]
    for child in adjective.children:
        if child.dep_ in CLAUSES or child.dep_ in INFINITIVES:
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
    before = [t for t in sentence if t.i < first and is_word(t)]
    after = [t for t in sentence if t.i > last and is_word(t)]
    side = after if len(after) >= len(before) else before
    if len(side) < MIN_CONTENT_WORDS:
        return None
    content = trim(sentence.doc, side[0].i, side[-1].i, keep_marks=True)
    return Attribution(content, (token.idx, cue_end), phrase(source_root), source_root.i)


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
        if verb.dep_ in OBJECTS and not is_verb(verb):  # "released the following statement:"
            verb = verb.head
        subject = subject_of(verb)
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
