"""Dates mentioned in text, resolved against the publication date (the written case table
lives in src/storylens/evaluation/relative_dates.tsv and is scored in full here)."""

from __future__ import annotations

from datetime import date

from storylens.evaluation.events import date_cases, score_dates
from storylens.records import DatePrecision
from storylens.text.dates import find_dates, sort_key

WEDNESDAY = date(2023, 7, 12)


def values(text: str, published: date | None = WEDNESDAY) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.value, m.precision.value) for m in find_dates(text, published)]


def test_every_written_case_resolves() -> None:
    right, wrong = score_dates(date_cases())
    assert wrong == []
    assert right == len(date_cases()) >= 40


def test_weekday_with_a_calendar_day_is_one_date_and_checks_the_year() -> None:
    assert values("Talks were held on Tuesday (July 11).") == [("July 11", "2023-07-11", "day")]
    # 2023-07-11 is a Tuesday, not a Monday: no year within reach fits, so none is invented
    assert values("Talks were held on Monday (July 11).") == [("July 11", "XXXX-07-11", "day")]


def test_without_a_publication_date_no_year_is_invented() -> None:
    assert values("The pact dates from December 2.", None) == [("December 2", "XXXX-12-02", "day")]
    assert values("It was signed on Monday.", None) == [("on Monday", None, "unknown")]
    assert values("The pact was signed on 2 December 2021.", None) == [
        ("2 December 2021", "2021-12-02", "day")
    ]


def test_future_sentences_count_forward() -> None:
    assert values("The ministers will meet on Monday.") == [("on Monday", "2023-07-17", "day")]
    assert values("The ministers met on Monday.") == [("on Monday", "2023-07-10", "day")]


def test_words_that_only_look_like_dates_are_left_alone() -> None:
    assert values("Sun Yat-sen University and the May Day parade") == []
    assert values("2,019 people; room 12; 0.5 per cent") == []
    assert values("") == []


def test_hostile_text_is_bounded() -> None:
    text = "on Monday " * 20_000 + "\x00" * 1000
    assert len(find_dates(text, WEDNESDAY)) == 20_000


def test_values_sort_by_the_day_they_begin_coarser_first() -> None:
    ordered = sorted(["2023-07-11", "2023-07", "2023", "2023-W27", "2023-22", "2022-24"], key=sort_key)
    assert ordered == ["2022-24", "2023", "2023-22", "2023-07", "2023-W27", "2023-07-11"]


def test_precision_is_kept() -> None:
    found = find_dates("Prices rose last month and again this week.", WEDNESDAY)
    assert [m.precision for m in found] == [DatePrecision.MONTH, DatePrecision.WEEK]


def french(text: str, published: date | None = WEDNESDAY) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.value, m.precision.value) for m in find_dates(text, published, language="fr")]


def test_french_dates_resolve_like_english_ones() -> None:
    assert french("Les dockers ont manifesté mardi dernier.") == [("mardi dernier", "2023-07-11", "day")]
    assert french("Le port a fermé hier soir.") == [("hier soir", "2023-07-11", "day")]
    assert french("La réunion aura lieu jeudi prochain.") == [("jeudi prochain", "2023-07-13", "day")]
    assert french("Le 1er juillet 2023, la grève a commencé.") == [("1er juillet 2023", "2023-07-01", "day")]
    assert french("Il y a trois jours, le ministre a démissionné.") == [
        ("Il y a trois jours", "2023-07-09", "day")
    ]
    assert french("La semaine dernière, le quai a rouvert.") == [("La semaine dernière", "2023-W27", "week")]
    assert french("L'hiver dernier, le port a gelé.") == [("L'hiver dernier", "2022-24", "season")]
    assert french("En mars, le port a fermé.") == [("En mars", "2023-03", "month")]
    # a year-less day is placed only with a publication date; "a été" is no summer
    assert french("Le quai ouvre le 14 août.", None) == [("14 août", "XXXX-08-14", "day")]
    assert french("Il a été arrêté au port.") == []
    # French words are not read in English text: "Mars" is a planet there
    assert values("The probe reached Mars in 2021.") == [("in 2021", "2021", "year")]
