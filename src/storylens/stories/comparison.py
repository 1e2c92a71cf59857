"""Outlet comparison: the story's articles cut into sentences, and sentences that state the
same thing aligned into one fact across articles.

Two sentences state the same thing when their TF-IDF vectors (content words and numbers,
weighted by how rare they are among the story's sentences) are close. A copy's sentence that
its origin already carries word for word joins that fact without being compared, and an
article carries a fact once. Each fact counts its independent origins: an agency report and
its three reprints are one source.

Where the wordings of one fact part ways, the word-level alignment of each wording with the
first says how: a number, date or name in place of another is a disagreement; any other
short phrase in place of another is a different wording of the same thing.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from storylens.lang import month_numbers, profile_for, weekday_numbers
from storylens.records import (
    Article,
    Difference,
    DifferenceKind,
    DuplicateGroup,
    Fact,
    Variant,
    normalise_text,
    origin_of,
)
from storylens.stories.features import cosine
from storylens.text.sentences import split_sentences
from storylens.text.stopwords import stopwords

#: Cosine of TF-IDF vectors above which two sentences state the same thing.
SAME_FACT = 0.5
#: Sentences shorter than this (in words) are headings, credits or fragments, not statements.
MIN_WORDS = 5
#: Longer ones are run-on lists or hostile text.
MAX_WORDS = 90
#: Longest phrase (in words) reported as a difference; longer replacements are rewrites.
MAX_PHRASE = 6
#: At most this many facts are kept per story, most widely carried first.
MAX_FACTS = 300

_TOKEN = re.compile(r"\w+(?:[.,'’-]\w+)*", re.UNICODE)
_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve dozen dozens hundred"
    " hundreds thousand thousands million millions billion billions percent half".split()
)
_SPELLED = {
    word: str(value)
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
        " fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_DATE_WORDS = frozenset(
    {*month_numbers(("en",)), *weekday_numbers(("en",), short=False), *profile_for("en").date_words}
)


@dataclass(slots=True)
class Sentence:
    """A sentence of one article: where it stands and its weighted terms."""

    article: str
    text: str
    position: int  # sentence index in its article
    language: str | None
    terms: Counter[str]
    vector: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class _Fact:
    first: Sentence
    members: list[Sentence]


def article_sentences(article: Article) -> list[Sentence]:
    """An article's statements: sentences of MIN_WORDS to MAX_WORDS words."""
    stop = stopwords(article.language)
    found: list[Sentence] = []
    position = 0
    for paragraph in article.paragraphs:
        for piece in split_sentences(paragraph, article.language):
            text = piece.strip()
            words = _TOKEN.findall(text)
            position += 1
            if not MIN_WORDS <= len(words) <= MAX_WORDS:
                continue
            folded = (_value(w) for w in words)
            terms = Counter(w for w in folded if w not in stop and (len(w) > 2 or w.isdigit()))
            if terms:
                found.append(Sentence(article.id, text, position, article.language, terms))
    return found


def weigh_sentences(sentences: Sequence[Sentence]) -> None:
    """Unit TF-IDF vectors, the document frequency counted over these sentences. The IDF is
    smoothed (log(1 + N/df)) so that in a story of a few sentences the words they all share
    still count."""
    frequency: Counter[str] = Counter()
    for sentence in sentences:
        frequency.update(sentence.terms.keys())
    total = len(sentences)
    for sentence in sentences:
        vector = {
            term: (1.0 + math.log(count)) * math.log(1 + total / frequency[term])
            for term, count in sentence.terms.items()
        }
        norm = math.sqrt(sum(v * v for v in vector.values()))
        sentence.vector = {t: v / norm for t, v in vector.items()} if norm else {}


def compare_articles(
    articles: Sequence[Article], groups: Sequence[DuplicateGroup] = ()
) -> tuple[tuple[Fact, ...], list[list[Sentence]]]:
    """The story's facts, most widely carried first, and each fact's sentences (in the same
    order) for the summary to rank."""
    origin = origin_of(groups)
    outlet_of = {a.id: a.outlet or a.id for a in articles}
    sentences = [s for article in articles for s in article_sentences(article)]
    weigh_sentences(sentences)
    facts: list[_Fact] = []
    by_text: dict[str, int] = {}
    by_term: defaultdict[str, list[int]] = defaultdict(list)
    for sentence in sentences:
        key = normalise_text(sentence.text)
        known = by_text.get(key)
        if known is not None and _carries(facts[known], sentence.article):
            continue  # said twice in one article
        if known is None:
            known = _best_fact(sentence, facts, by_term)
        if known is None:
            known = len(facts)
            facts.append(_Fact(sentence, [sentence]))
            for term in sentence.vector:
                by_term[term].append(known)
        else:
            facts[known].members.append(sentence)
        by_text.setdefault(key, known)
    counted = [(fact, _sources(fact, origin)) for fact in facts]
    ranked = sorted(
        counted,
        key=lambda item: (-item[1], -len(item[0].members), item[0].first.position, item[0].first.article),
    )[:MAX_FACTS]
    built = tuple(_fact(fact, sources, outlet_of) for fact, sources in ranked)
    return built, [fact.members for fact, _ in ranked]


def _carries(fact: _Fact, article: str) -> bool:
    return any(member.article == article for member in fact.members)


def _best_fact(sentence: Sentence, facts: list[_Fact], by_term: dict[str, list[int]]) -> int | None:
    candidates = {index for term in sentence.vector for index in by_term.get(term, ())}
    best, best_score = None, SAME_FACT
    for index in sorted(candidates):
        fact = facts[index]
        if _carries(fact, sentence.article):
            continue
        score = cosine(sentence.vector, fact.first.vector)
        if score >= best_score:
            best, best_score = index, score
    return best


def _sources(fact: _Fact, origin: dict[str, str]) -> int:
    return len({origin.get(m.article, m.article) for m in fact.members})


def _fact(fact: _Fact, sources: int, outlet_of: dict[str, str]) -> Fact:
    members = fact.members
    return Fact(
        text=fact.first.text,
        articles=tuple(m.article for m in members),
        outlets=tuple(dict.fromkeys(outlet_of[m.article] for m in members)),
        sources=sources,
        variants=tuple(Variant(m.article, m.text) for m in members),
        differences=differences(members),
    )


def differences(members: Sequence[Sentence]) -> tuple[Difference, ...]:
    """Where each wording parts from the first: the phrases replaced, by kind."""
    first = members[0]
    first_words = _TOKEN.findall(first.text)
    first_folded = [w.casefold() for w in first_words]
    found: dict[tuple[str, str], dict[str, list[str]]] = {}
    for member in members[1:]:
        words = _TOKEN.findall(member.text)
        matcher = SequenceMatcher(None, first_folded, [w.casefold() for w in words], autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op != "replace" or i2 - i1 > MAX_PHRASE or j2 - j1 > MAX_PHRASE:
                continue
            ours, theirs = first_words[i1:i2], words[j1:j2]
            kind = _kind(ours, theirs, at_start=i1 == 0 or j1 == 0)
            if kind is None:
                continue
            phrase = " ".join(ours)
            values = found.setdefault((kind, phrase), {phrase: [first.article]})
            values.setdefault(" ".join(theirs), []).append(member.article)
    for (_, phrase), values in found.items():  # the first's phrase, wherever another wording keeps it
        for member in members[1:]:
            if phrase.casefold() in member.text.casefold() and member.article not in values[phrase]:
                values[phrase].append(member.article)
    return tuple(
        Difference(DifferenceKind(kind), tuple((text, tuple(articles)) for text, articles in values.items()))
        for (kind, _), values in found.items()
    )


def _kind(ours: list[str], theirs: list[str], at_start: bool) -> str | None:
    """What a replaced phrase changes: number, date, name, wording, or nothing worth showing."""
    if [_value(w) for w in ours] == [_value(w) for w in theirs]:
        return None  # the same words, or the same number written in words and in digits
    if _has(ours, _is_number) and _has(theirs, _is_number):
        return "number"
    if _has(ours, _is_date) and _has(theirs, _is_date):
        return "date"
    if not at_start and _all(ours, _is_name) and _all(theirs, _is_name):
        return "name"
    if len(ours) <= 4 and len(theirs) <= 4:
        return "wording"
    return None


def _value(word: str) -> str:
    """A word folded for comparison, a small number written out as its digits ("nine" → "9")."""
    folded = word.casefold()
    return _SPELLED.get(folded, folded.replace(",", ""))


def _is_number(word: str) -> bool:
    return any(ch.isdigit() for ch in word) or word.casefold() in _NUMBER_WORDS


def _is_date(word: str) -> bool:
    return word.casefold() in _DATE_WORDS


def _is_name(word: str) -> bool:
    return word[:1].isupper()


def _has(words: list[str], test: Callable[[str], bool]) -> bool:
    return any(test(w) for w in words)


def _all(words: list[str], test: Callable[[str], bool]) -> bool:
    return bool(words) and all(test(w) for w in words)
