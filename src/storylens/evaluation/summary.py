"""`storylens eval summary`: story summaries against MMDS2025's reference summaries.

Each MMDS2025 dev cluster (two to seven articles on one event, in English, Chinese, Malay and
Indonesian) comes with an English reference summary of about 140 words, written by a
language model from the articles. Our extractive summary of the cluster (English sentences,
the same code path as a stored story's) is scored by ROUGE-1, ROUGE-2 and ROUGE-L F1 (Google's
`rouge-score`, Porter stemming) beside two extractive baselines under the same word budget:
Lead (the earliest English article's opening sentences) and Lead-per-article (each English
article's first sentence in turn, then each second, and so on). MMDS2025 also marks each
sentence's role; the share of our summary sentences labelled "main" is printed beside the
baselines' share.

The fact alignment the summary stands on is checked too: every summary sentence must cite at
least one article, and each cited article must hold the sentence's fact.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rich.table import Table

from storylens.evaluation import shared_data
from storylens.evaluation.clustering_data import lenient_json
from storylens.records import Article, DatePrecision, content_hash
from storylens.stories.comparison import compare_articles
from storylens.stories.summary import MAX_WORDS, summarise
from storylens.text.language import base_language, detect_language

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")
SYSTEMS = ("storylens", "Lead", "Lead-per-article")


def find_summary_data(explicit: Path | None = None) -> Path | None:
    """MMDS2025 dev: the given folder, else ../shared/data/clustering/mmds2025-dev."""
    folder = shared_data("clustering/mmds2025-dev", explicit)
    return folder if folder and (folder / "mds_clusters_gpt_event_dev.json").is_file() else None


@dataclass(frozen=True, slots=True)
class SummaryCase:
    id: str
    articles: tuple[Article, ...]
    reference: str
    roles: dict[str, str]  # sentence text → its MMDS role (main, context, …)


def mmds_summary_cases(folder: Path) -> Iterator[SummaryCase]:
    clusters = lenient_json(folder / "mds_clusters_gpt_event_dev.json")
    assert isinstance(clusters, list)
    for number, cluster in enumerate(clusters):
        articles: list[Article] = []
        roles: dict[str, str] = {}
        for document in cluster["documents"]:
            sentences = [s for s in document.get("sentences") or [] if s.get("content")]
            paragraphs = tuple(str(s["content"]).strip() for s in sentences)
            for s in sentences:
                roles[str(s["content"]).strip()] = str(s.get("event_annotation") or "")
            found = detect_language(" ".join(paragraphs[:5]))
            title = str(document.get("title") or "")
            articles.append(
                Article(
                    id=f"mmds-{document['ID']}",
                    content_hash=content_hash(paragraphs, title),
                    source=f"mmds-{document['ID']}",
                    url=None,
                    outlet=None,
                    title=title,
                    published=document.get("publish_date") or None,
                    date_precision=DatePrecision.DAY,
                    byline=None,
                    language=found[0] if found else None,
                    paragraphs=paragraphs,
                )
            )
        articles.sort(key=lambda a: (a.published or "9999", a.id))
        yield SummaryCase(f"mmds-{number}", tuple(articles), str(cluster["silver_truth"]), roles)


@dataclass(slots=True)
class SummaryScores:
    clusters: int = 0
    rouge: dict[str, dict[str, list[float]]] = field(default_factory=dict)
    main_share: dict[str, list[float]] = field(default_factory=dict)
    uncited: int = 0
    miscited: int = 0
    sentences: int = 0

    def mean(self, system: str, kind: str) -> float:
        values = self.rouge.get(system, {}).get(kind, [])
        return sum(values) / len(values) if values else 0.0

    def main(self, system: str) -> float:
        values = self.main_share.get(system, [])
        return sum(values) / len(values) if values else 0.0


def score_summaries(cases: Sequence[SummaryCase]) -> SummaryScores:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)
    scores = SummaryScores()
    for case in cases:
        english = [a for a in case.articles if base_language(a.language) == "en"]
        if not english:
            continue
        scores.clusters += 1
        facts, members = compare_articles(case.articles)
        ours = summarise(case.articles, facts, members, language="en")
        held = {a.id: a.text for a in case.articles}
        for sentence in ours:
            scores.sentences += 1
            scores.uncited += not sentence.articles
            fact = facts[sentence.fact].text
            scores.miscited += sum(1 for a in sentence.articles if not _holds(held[a], fact))
        picked = {
            "storylens": [s.text for s in ours],
            "Lead": _budget(english[0].paragraphs),
            "Lead-per-article": _budget(_interleave([list(a.paragraphs) for a in english])),
        }
        # a summary sentence is shown without its dateline; MMDS labels it as the article printed it
        printed = {"storylens": [facts[s.fact].text for s in ours]}
        for system, sentences in picked.items():
            result = scorer.score(case.reference, "\n".join(sentences))
            for kind in ROUGE_TYPES:
                scores.rouge.setdefault(system, {}).setdefault(kind, []).append(result[kind].fmeasure)
            labelled = printed.get(system, sentences)
            if labelled:
                main = sum(1 for s in labelled if case.roles.get(s.strip()) == "main") / len(labelled)
                scores.main_share.setdefault(system, []).append(main)
    return scores


def _holds(article_text: str, fact_text: str) -> bool:
    """Whether an article holds a fact: some sentence of it was aligned to it (the words
    of the fact's first wording need not all be there, but most content must)."""
    words = {w for w in fact_text.casefold().split() if len(w) > 3}
    if not words:
        return True
    folded = article_text.casefold()
    present = sum(1 for w in words if w in folded)
    return present / len(words) >= 0.3


def _budget(sentences: Sequence[str], words: int = MAX_WORDS) -> list[str]:
    taken: list[str] = []
    total = 0
    for sentence in sentences:
        length = len(sentence.split())
        if taken and total + length > words:
            break
        taken.append(sentence)
        total += length
    return taken


def _interleave(lists: Sequence[list[str]]) -> list[str]:
    out: list[str] = []
    for depth in range(max((len(x) for x in lists), default=0)):
        out.extend(x[depth] for x in lists if depth < len(x))
    return out


def figures(scores: SummaryScores) -> dict[str, float]:
    found: dict[str, float] = {"clusters": scores.clusters}
    for system in SYSTEMS:
        key = system.lower().replace("-", "_")
        for kind in ROUGE_TYPES:
            found[f"{key}_{kind}"] = round(scores.mean(system, kind), 4)
        found[f"{key}_main_share"] = round(scores.main(system), 4)
    found["uncited_sentences"] = scores.uncited
    found["miscited_articles"] = scores.miscited
    return found


def table(scores: SummaryScores) -> Table:
    out = Table(title=f"Summaries: MMDS2025 dev, {scores.clusters} clusters (ROUGE F1 vs reference)")
    out.add_column("system")
    for name in ("ROUGE-1", "ROUGE-2", "ROUGE-L", "main share"):
        out.add_column(name, justify="right")
    for system in SYSTEMS:
        out.add_row(
            system,
            *(f"{scores.mean(system, kind):.3f}" for kind in ROUGE_TYPES),
            f"{scores.main(system):.2f}",
        )
    out.caption = (
        f"{scores.sentences} summary sentences; {scores.uncited} without a citation, "
        f"{scores.miscited} citations of an article that lacks the fact. "
        "No published figures exist for these clusters; Lead is the usual strong news baseline."
    )
    return out
