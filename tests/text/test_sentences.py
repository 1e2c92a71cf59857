"""Sentences: the punctuation rule for text with Latin capitals, sentencex for what it
cannot cut (other scripts, full-width stops, lower-cased text); always lossless."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storylens.text.sentences import split_sentences


@pytest.mark.parametrize(
    ("paragraph", "language", "expected"),
    [
        (
            "Gen. Ida Brenn arrived on Sept. 4. She met the board. It voted no!",
            "en",
            ["Gen. Ida Brenn arrived on Sept. 4. ", "She met the board. ", "It voted no!"],
        ),
        (
            "Министр прибыл в Корвале. Переговоры начались вечером.",
            "ru",
            ["Министр прибыл в Корвале. ", "Переговоры начались вечером."],
        ),
        ("港口工人罢工。谈判周五恢复！", "zh", ["港口工人罢工。", "谈判周五恢复！"]),
        (
            "the ferry stopped at noon. passengers waited on the quay.",
            "en",
            ["the ferry stopped at noon. ", "passengers waited on the quay."],
        ),
        (
            "One sentence with a 3.5 percent rise and no end",
            "en",
            ["One sentence with a 3.5 percent rise and no end"],
        ),
        # Latin text with capitals is the punctuation rule's to judge: "Jr." ends no sentence
        (
            "Harbour pilot Ida Brenn Jr. Joins the Board",
            "en",
            ["Harbour pilot Ida Brenn Jr. Joins the Board"],
        ),
        ("", None, []),
    ],
)
def test_sentences_end_where_the_language_ends_them(
    paragraph: str, language: str | None, expected: list[str]
) -> None:
    assert split_sentences(paragraph, language) == expected


@given(st.text(max_size=300), st.sampled_from([None, "en", "ru", "zh", "fr", "x-bad", "../"]))
def test_the_pieces_always_join_back_into_the_paragraph(paragraph: str, language: str | None) -> None:
    pieces = split_sentences(paragraph, language)
    assert "".join(pieces) == paragraph
    assert all(pieces)
