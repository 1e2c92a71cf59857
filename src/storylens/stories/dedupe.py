"""Copies of one origin: MinHash LSH over word shingles of the body (datasketch).

An agency report reprinted with a new headline, a cut or an added paragraph keeps most of
its shingles; a translation or a rewrite keeps almost none. The earliest article of a group
is its origin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from storylens.records import Article, CopyDiff, normalise_text

NUM_PERM = 128
SHINGLE_WORDS = 5
_SEED = 7
#: datasketch's hashing scheme; stored signatures are only comparable within one scheme.
_SCHEME = "affine32"
_TOKEN = re.compile(r"\w+")


def shingles(paragraphs: tuple[str, ...]) -> set[bytes]:
    """Word 5-grams of the case-folded body (single words for very short texts)."""
    words = _TOKEN.findall(" ".join(paragraphs).casefold())
    if len(words) < SHINGLE_WORDS:
        return {w.encode("utf-8") for w in words}
    return {
        " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8") for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def signature(paragraphs: tuple[str, ...]) -> np.ndarray:
    """The MinHash signature of an article body, as NUM_PERM unsigned 64-bit values."""
    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME)
    minhash.update_batch(list(shingles(paragraphs)))
    return np.asarray(minhash.hashvalues, dtype=np.uint64)


@dataclass(slots=True)
class CopyIndex:
    """Every stored article's signature in an LSH index, and who is a copy of whom."""

    threshold: float
    lsh: MinHashLSH = field(init=False)
    minhashes: dict[str, LeanMinHash] = field(default_factory=dict)
    origin_of: dict[str, str] = field(default_factory=dict)
    similarity: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.lsh = MinHashLSH(threshold=self.threshold, num_perm=NUM_PERM)

    def add(self, article_id: str, hashvalues: np.ndarray) -> None:
        minhash = LeanMinHash(seed=_SEED, hashvalues=hashvalues, scheme=_SCHEME)
        self.minhashes[article_id] = minhash
        self.lsh.insert(article_id, minhash)

    def forget(self, article_ids: list[str]) -> None:
        """Drop articles from the index (they stay in the store)."""
        for article_id in article_ids:
            if self.minhashes.pop(article_id, None) is not None:
                self.lsh.remove(article_id)
            self.origin_of.pop(article_id, None)
            self.similarity.pop(article_id, None)

    def best_match(self, hashvalues: np.ndarray) -> tuple[str, float] | None:
        """The most similar stored article above the threshold (ties: smallest id)."""
        probe = LeanMinHash(seed=_SEED, hashvalues=hashvalues, scheme=_SCHEME)
        scored = [(probe.jaccard(self.minhashes[key]), key) for key in self.lsh.query(probe)]
        scored = [(score, key) for score, key in scored if score >= self.threshold]
        if not scored:
            return None
        score, key = min(scored, key=lambda item: (-item[0], item[1]))
        return key, score

    def group_origin(self, article_id: str) -> str:
        return self.origin_of.get(article_id, article_id)

    def join(self, article_id: str, match: str, score: float, earlier: bool) -> list[str]:
        """Record article_id as a copy in match's group; when it is `earlier` than the group's
        origin it becomes the origin. Returns every article whose origin changed."""
        origin = self.group_origin(match)
        if not earlier:
            self.origin_of[article_id] = origin
            self.similarity[article_id] = score
            return [article_id]
        members = [a for a, o in self.origin_of.items() if o == origin]
        for member in members:
            self.origin_of[member] = article_id
        self.origin_of[origin] = article_id
        self.similarity[origin] = score
        return [*members, origin]


def compare(origin: Article, copy: Article) -> CopyDiff:
    """What `copy` kept, edited, added and cut of `origin`'s paragraphs (compared with case
    and white space folded), and whether it changed the headline."""
    before = [normalise_text(p) for p in origin.paragraphs]
    after = [normalise_text(p) for p in copy.paragraphs]
    kept = 0
    edited: list[tuple[int, int]] = []
    added: list[int] = []
    cut: list[int] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if tag == "equal":
            kept += i2 - i1
            continue
        pairs = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        edited.extend((i1 + k, j1 + k) for k in range(pairs))
        cut.extend(range(i1 + pairs, i2))
        added.extend(range(j1 + pairs, j2))
    title_changed = normalise_text(origin.title or "") != normalise_text(copy.title or "")
    return CopyDiff(copy.id, title_changed, kept, tuple(edited), tuple(added), tuple(cut))
