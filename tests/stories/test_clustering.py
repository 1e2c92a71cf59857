"""The story clusterer: group-average fit, merges and splits recorded, copy diffs, and the
clustering scores."""

from __future__ import annotations

import itertools
from datetime import date

import numpy as np
import pytest

from storylens.evaluation.metrics import cluster_scores
from storylens.stories.cluster import Member, StoryIndex, story_id_for
from storylens.stories.dedupe import compare
from storylens.stories.embedding import embed, embedding_text, is_short

from ..conftest import make_article

_languages = itertools.count()


def unit(*weights: float) -> np.ndarray:
    vector = np.zeros(512, dtype=np.float32)
    vector[: len(weights)] = weights
    return vector / np.linalg.norm(vector)


def member(embedding: np.ndarray, day: date | None = None) -> Member:
    # a language of its own: pairs then compare by embedding alone
    return Member(embedding, {}, f"l{next(_languages)}", day)


U, V = unit(1, 0), unit(0, 1)


def test_an_article_that_fits_two_stories_that_fit_each_other_merges_them() -> None:
    index = StoryIndex(threshold=0.53, short_threshold=0.2, window_days=10)
    near_v = unit(0.52, np.sqrt(1 - 0.52**2))  # cosine 0.52 with U
    for name, vector, day in (("a1", U, 1), ("a2", U, 1), ("b1", near_v, 2), ("b2", near_v, 2)):
        index.assign(name, member(vector, date(2025, 3, day)))
    assert index.story_of["a1"] != index.story_of["b1"]  # 0.52 < 0.53: two stories at first

    bridge = index.assign("w2", member((U + near_v) / np.linalg.norm(U + near_v), date(2025, 3, 2)))

    assert len({index.story_of[n] for n in ("a1", "a2", "b1", "b2", "w2")}) == 1
    (merge,) = [c for c in bridge.changes if c.kind == "merge"]
    assert merge.story == story_id_for("a1")  # the older story keeps its id
    assert merge.other == story_id_for("b1")
    assert set(merge.moved) == {"b1", "b2", "w2"}  # w2 fitted both alike and joined b first
    assert merge.article == "w2"


def test_a_story_whose_halves_do_not_fit_each_other_splits() -> None:
    index = StoryIndex(threshold=0.3, short_threshold=0.2, window_days=10)
    index.assign("a1", member(U))
    index.assign("a2", member(U))
    index.assign("b1", member(V), copy_of="a1")  # copies always join their origin's story
    index.assign("b2", member(V))  # fit (0 + 0 + 1) / 3 = 0.33
    index.assign("a3", member(U))  # fit 0.5
    last = index.assign("b3", member(V))  # fit 0.4; the sixth member prompts a split check

    (split,) = last.changes
    assert split.kind == "split"
    assert split.story == story_id_for("a1")  # the part holding the seed keeps the id
    assert split.other == story_id_for("b1")
    assert set(split.moved) == {"b1", "b2", "b3"}
    assert {index.story_of[n] for n in ("a1", "a2", "a3")} == {story_id_for("a1")}
    assert {index.story_of[n] for n in ("b1", "b2", "b3")} == {story_id_for("b1")}


def test_stories_respect_the_time_window() -> None:
    index = StoryIndex(threshold=0.3, short_threshold=0.2, window_days=10)
    index.assign("a1", Member(U, {}, "en", date(2025, 3, 1)))
    late = index.assign("a2", Member(U, {}, "en", date(2025, 3, 20)))
    assert late.created  # identical text, 19 days later: a new story
    soon = index.assign("a3", Member(U, {}, "en", date(2025, 3, 24)))
    assert not soon.created
    assert soon.story_id == late.story_id


def test_multilingual_embeddings_bring_translations_together() -> None:
    texts = [
        "Earthquake of magnitude 6.1 kills nine people north of the capital",
        "Un terremoto de magnitud 6,1 mata a nueve personas al norte de la capital",
        "Ein Erdbeben der Stärke 6,1 tötet neun Menschen nördlich der Hauptstadt",
        "The central bank raised interest rates by half a point on Thursday",
    ]
    vectors = embed(texts)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    similarity = vectors @ vectors.T
    assert min(similarity[0, 1], similarity[0, 2]) > 0.6
    assert max(similarity[0, 3], similarity[1, 3]) < 0.4
    assert not embed([""]).any()  # an empty text gets a zero vector, not an error


def test_embedding_text_is_title_and_lead_and_knows_a_headline() -> None:
    assert embedding_text("Storm hits coast", ("Storm hits coast",)) == "Storm hits coast"
    body = tuple(f"Word{i}" for i in range(100))
    text = embedding_text("Title", body)
    assert text.startswith("Title. Word0 Word1")
    assert "Word39" in text
    assert "Word40" not in text
    assert is_short("Storm hits coast")
    assert not is_short(text)
    assert is_short("新加坡科学家开发出血液检测试剂盒")  # CJK: two characters a word


def test_compare_says_what_a_copy_changed() -> None:
    origin = make_article(
        "o",
        "Ferry strike halts crossings",
        ("Crews walked out at dawn.", "No ferries ran to Lisk.", "Talks resume Monday.", "Old closing line."),
    )
    copy = make_article(
        "c",
        "Strike stops all ferries",
        (
            "Crews  walked out at DAWN.",
            "No ferries ran to Lisk or Varne.",
            "Talks resume Monday.",
            "A spokesman declined to comment.",
        ),
    )
    diff = compare(origin, copy)
    assert diff.copy == "c"
    assert diff.title_changed
    assert diff.kept == 2  # case and white space do not count as changes
    assert diff.edited == ((1, 1), (3, 3))
    assert diff.added == ()
    assert diff.cut == ()
    trimmed = compare(origin, make_article("t", origin.title or "", origin.paragraphs[:2]))
    assert (trimmed.title_changed, trimmed.kept, trimmed.cut, trimmed.added) == (False, 2, (2, 3), ())


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        ({"a": "x", "b": "x", "c": "y", "d": "y"}, (1.0, 1.0, 1.0, 1.0)),
        ({"a": "x", "b": "x", "c": "x", "d": "x"}, (0.5, 1.0, 1 / 3, 1.0)),
        ({}, (1.0, 0.5, 1.0, 0.0)),  # missing items stand alone
    ],
)
def test_cluster_scores(predicted: dict[str, str], expected: tuple[float, float, float, float]) -> None:
    gold = {"a": "1", "b": "1", "c": "2", "d": "2"}
    scores = cluster_scores(predicted, gold)
    found = (scores.bcubed_precision, scores.bcubed_recall, scores.pair_precision, scores.pair_recall)
    assert found == pytest.approx(expected)


def test_the_story_sums_give_the_mean_pair_similarity() -> None:
    from storylens.stories.cluster import StoryState, fit, link, pair_similarity

    rng = np.random.default_rng(3)

    def random_member() -> Member:
        vector = rng.normal(size=512).astype(np.float32)
        terms = {f"t{k}": float(rng.random()) for k in rng.choice(12, size=5, replace=False)}
        return Member(vector / np.linalg.norm(vector), terms, str(rng.choice(["en", "de", "fr"])), None)

    first, second = StoryState("a"), StoryState("b")
    left = [random_member() for _ in range(5)]
    right = [random_member() for _ in range(4)]
    for number, m in enumerate(left):
        first.add(f"l{number}", m)
    for number, m in enumerate(right):
        second.add(f"r{number}", m)
    probe = random_member()

    assert fit(probe, first) == pytest.approx(np.mean([pair_similarity(probe, m) for m in left]), abs=1e-5)
    expected = np.mean([pair_similarity(a, b) for a in left for b in right])
    assert link(first, second) == pytest.approx(expected, abs=1e-5)
