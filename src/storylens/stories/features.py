"""Term vectors for story clustering: content words of the title and body, title and names
weighted up (a name says which event; two earthquakes share every other word), function
words dropped with jusText's stoplists. Articles in one language compare by these TF-IDF
vectors as well as by their embeddings.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass

from storylens.text.stopwords import stopwords

_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|\d[\d.,]*\d", re.UNICODE)
TITLE_WEIGHT = 2.0
NAME_WEIGHT = 2.0


@dataclass(frozen=True, slots=True)
class TermCounts:
    """Weighted counts of an article's content terms."""

    terms: dict[str, float]

    def as_json(self) -> dict[str, dict[str, float]]:
        return {"terms": self.terms}

    @classmethod
    def from_json(cls, data: dict[str, dict[str, float]]) -> TermCounts:
        return cls(dict(data["terms"]))


def term_counts(title: str | None, paragraphs: tuple[str, ...], language: str | None) -> TermCounts:
    """Weighted counts of the content terms of an article."""
    stop = stopwords(language)
    counts: defaultdict[str, float] = defaultdict(float)
    for text, weight in ((title or "", TITLE_WEIGHT), *((p, 1.0) for p in paragraphs)):
        for position, match in enumerate(_WORD.finditer(text)):
            word = match.group(0)
            term = word.casefold().replace(",", ".")
            if len(term) < 3 or term in stop:
                continue
            is_name = word[0].isupper() and position > 0
            counts[term] += weight * (NAME_WEIGHT if is_name else 1.0)
    return TermCounts(dict(counts))


def weigh(counts: dict[str, float], document_frequency: dict[str, int], documents: int) -> dict[str, float]:
    """A unit-length TF-IDF vector from term counts and the library's document frequencies."""
    vector: dict[str, float] = {}
    for term, count in counts.items():
        idf = math.log((documents + 1) / (document_frequency.get(term, 0) + 0.5))
        if idf > 0:
            vector[term] = (1.0 + math.log(count)) * idf if count >= 1 else count * idf
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {t: v / norm for t, v in vector.items()} if norm else {}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())
