"""`storylens eval comparison`: fact alignment against ECB+'s cross-document event coreference.

ECB+ marks, in selected sentences of its 982 articles, every mention of an event and links the
mentions of one real-world event across articles (CROSS_DOC_COREF, one instance id per
event). Two annotated sentences of different articles of one ECB+ sub-topic (a topic's `ecb`
or `ecbplus` half: one event and its reporting) tell of the same event when they share an
action instance. The articles of each sub-topic go through `compare_articles` as one story
(one paragraph per sentence, the address line left out), and every pair of annotated
sentences from different articles that land in one fact is a predicted pair.

Scored as pairwise precision, recall and F1 over cross-article sentence pairs, beside two
baselines on the same sentences: every pair (recall 1, precision the base rate) and word
overlap (Jaccard of content words ≥ 0.3). A sentence pair that shares an event need not say
the same thing ("checked into rehab" and "left rehab early" share the rehab stay), so
recall is bounded well below 1 for an aligner of statements; precision is the figure that
says whether what we align as one fact is one.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import lxml.etree
from rich.table import Table

from storylens.evaluation import shared_data
from storylens.evaluation.clustering_data import URL_LINE, detokenise
from storylens.evaluation.metrics import SegmentCounts
from storylens.records import Article, DatePrecision, content_hash
from storylens.stories.comparison import compare_articles

_WORD = re.compile(r"\w{3,}")
JACCARD = 0.3
SYSTEMS = ("storylens", "word overlap ≥ 0.3", "every pair")

Key = tuple[str, int]  # (document, sentence number)


@dataclass(frozen=True, slots=True)
class SubTopic:
    name: str
    articles: tuple[Article, ...]
    sentence_of: dict[tuple[str, str], int]  # (document, text) → sentence number
    annotated: dict[Key, str]  # annotated sentence → its text
    events: dict[Key, frozenset[str]]  # annotated sentence → action instances it mentions


def find_comparison_data(explicit: Path | None = None) -> Path | None:
    """ECB+: the given folder, else ../shared/data/clustering/ecbplus."""
    folder = shared_data("clustering/ecbplus", explicit)
    return folder if folder and (folder / "ECBplus_coreference_sentences.csv").is_file() else None


def ecb_subtopics(folder: Path) -> Iterator[SubTopic]:
    annotated: set[tuple[str, str, int]] = set()
    with (folder / "ECBplus_coreference_sentences.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            annotated.add((row["Topic"], row["File"], int(row["Sentence Number"])))
    root = folder / "ECB+"
    topics = sorted((p for p in root.iterdir() if p.is_dir()), key=lambda p: (len(p.name), p.name))
    for topic in topics:
        for half in ("ecb", "ecbplus"):
            paths = sorted(p for p in topic.glob("*.xml") if p.stem.endswith(half))
            found = [_document(path, topic.name, annotated) for path in paths]
            articles = tuple(a for a, _, _, _ in found)
            if len(articles) < 2:
                continue
            sentence_of: dict[tuple[str, str], int] = {}
            texts: dict[Key, str] = {}
            events: dict[Key, frozenset[str]] = {}
            for article, numbers, own_texts, own_events in found:
                sentence_of.update({(article.id, t): n for t, n in numbers.items()})
                texts.update(own_texts)
                events.update(own_events)
            yield SubTopic(f"{topic.name}{half}", articles, sentence_of, texts, events)


def _document(
    path: Path, topic: str, annotated: set[tuple[str, str, int]]
) -> tuple[Article, dict[str, int], dict[Key, str], dict[Key, frozenset[str]]]:
    tree = lxml.etree.parse(str(path)).getroot()
    file_key = path.stem.split("_", 1)[1]
    tokens: dict[str, int] = {}
    sentences: dict[int, list[str]] = {}
    for token in tree.iter("token"):
        number = int(token.get("sentence", "0"))
        tokens[token.get("t_id", "")] = number
        sentences.setdefault(number, []).append(token.text or "")
    mention_sentence: dict[str, int] = {}
    for markable in tree.find("Markables") if tree.find("Markables") is not None else ():
        if str(markable.tag).startswith("ACTION") or str(markable.tag).startswith("NEG_ACTION"):
            anchors = [tokens.get(a.get("t_id", ""), -1) for a in markable.iter("token_anchor")]
            if anchors:
                mention_sentence[markable.get("m_id", "")] = anchors[0]
    instances: defaultdict[int, set[str]] = defaultdict(set)
    for relation in tree.iter("CROSS_DOC_COREF"):
        note = relation.get("note", "")
        for source in relation.iter("source"):
            where = mention_sentence.get(source.get("m_id", ""))
            if where is not None and note:
                instances[where].add(note)
    numbers: dict[str, int] = {}
    paragraphs: list[str] = []
    for number in sorted(sentences):
        text = detokenise(sentences[number]).strip()
        if not text or URL_LINE.match(text):
            continue
        paragraphs.append(text)
        numbers.setdefault(text, number)
    article = Article(
        id=path.stem,
        content_hash=content_hash(tuple(paragraphs), path.stem),
        source=path.stem,
        url=None,
        outlet=path.stem,
        title=None,
        published=None,
        date_precision=DatePrecision.UNKNOWN,
        byline=None,
        language="en",
        paragraphs=tuple(paragraphs),
    )
    texts = {
        (path.stem, n): detokenise(sentences[n]).strip()
        for n in sorted(sentences)
        if (topic, file_key, n) in annotated
    }
    events = {key: frozenset(instances.get(key[1], ())) for key in texts}
    return article, numbers, texts, events


@dataclass(slots=True)
class ComparisonScores:
    subtopics: int = 0
    sentences: int = 0
    #: per system, over cross-article sentence pairs: tp aligned and one event, fp aligned and
    #: not, fn one event and not aligned
    counts: dict[str, SegmentCounts] = field(default_factory=lambda: {s: SegmentCounts() for s in SYSTEMS})


def score_alignment(subtopics: list[SubTopic]) -> ComparisonScores:
    scores = ComparisonScores()
    for subtopic in subtopics:
        scores.subtopics += 1
        scores.sentences += len(subtopic.annotated)
        facts, _ = compare_articles(subtopic.articles)
        fact_of: dict[Key, int] = {}
        for index, fact in enumerate(facts):
            for variant in fact.variants:
                number = subtopic.sentence_of.get((variant.article, variant.text))
                if number is not None:
                    fact_of[(variant.article, number)] = index
        words = {k: set(_WORD.findall(t.casefold())) for k, t in subtopic.annotated.items()}
        for a, b in combinations(sorted(subtopic.annotated), 2):
            if a[0] == b[0]:
                continue
            gold = bool(subtopic.events[a] & subtopic.events[b])
            union = words[a] | words[b]
            predicted = {
                "storylens": a in fact_of and fact_of.get(a) == fact_of.get(b),
                "word overlap ≥ 0.3": bool(union) and len(words[a] & words[b]) / len(union) >= JACCARD,
                "every pair": True,
            }
            for system, said in predicted.items():
                counts = scores.counts[system]
                counts.tp += said and gold
                counts.fp += said and not gold
                counts.fn += gold and not said
    return scores


def figures(scores: ComparisonScores) -> dict[str, float]:
    ours = scores.counts["storylens"]
    overlap = scores.counts["word overlap ≥ 0.3"]
    return {
        "subtopics": scores.subtopics,
        "sentences": scores.sentences,
        "pair precision": round(ours.precision, 4),
        "pair recall": round(ours.recall, 4),
        "pair F1": round(ours.f1, 4),
        "word overlap precision": round(overlap.precision, 4),
        "word overlap recall": round(overlap.recall, 4),
        "base rate": round(scores.counts["every pair"].precision, 4),
    }


def table(scores: ComparisonScores) -> Table:
    out = Table(
        title=f"Fact alignment: ECB+ cross-document event coreference, {scores.subtopics} sub-topics, "
        f"{scores.sentences} annotated sentences (cross-article sentence pairs)"
    )
    for name in ("system", "pairs found", "precision", "recall", "F1"):
        out.add_column(name, justify="left" if name == "system" else "right")
    for system in SYSTEMS:
        counts = scores.counts[system]
        out.add_row(
            system,
            str(counts.tp + counts.fp),
            f"{counts.precision:.3f}",
            f"{counts.recall:.3f}",
            f"{counts.f1:.3f}",
        )
    return out
