"""Language profiles: found by code, calendars from CLDR, a generic fallback for the rest."""

from __future__ import annotations

import pytest

from storylens.lang import month_numbers, profile_for, weekday_numbers
from storylens.lang.base import fold_accents


def test_a_profile_is_found_by_its_tag() -> None:
    assert profile_for("en").code == "en"
    assert profile_for("fr-CA").code == "fr"
    assert profile_for("de_AT").code == "de"
    assert profile_for("it").code == "it"  # no folder: the generic profile of that language


@pytest.mark.parametrize("tag", [None, "", "../etc", "x" * 40, "zz", "\x00"])
def test_an_unknown_or_hostile_tag_gets_a_profile_without_failing(tag: str | None) -> None:
    profile = profile_for(tag)
    assert (profile.code, profile.short_dates, profile.printed_months()) == (
        tag if tag == "zz" else "",
        False,
        {},
    )


def test_calendars_come_from_cldr_with_what_newspapers_add() -> None:
    english = profile_for("en")
    assert english.calendar.months["september"] == 9
    assert english.calendar.short_months["sept"] == 9  # British CLDR
    assert english.printed_weekdays()["thurs"] == 3  # a newspaper form CLDR lacks
    assert profile_for("de").printed_months()["jänner"] == 1  # Austrian CLDR
    assert profile_for("de").printed_weekdays()["sonnabend"] == 5
    assert profile_for("it").printed_months()["settembre"] == 9


def test_short_forms_are_read_only_where_a_folder_vouches_for_them() -> None:
    assert "janv" in profile_for("fr").printed_months()
    assert "mar" not in profile_for("fr").printed_weekdays()  # mardi's "mar." is March in English
    assert "gen" not in profile_for("it").printed_months()
    assert "janv" not in profile_for("fr").printed_months(short=False)


def test_the_first_language_wins_a_shared_name() -> None:
    assert month_numbers(["en", "fr"])["mar"] == 3
    assert weekday_numbers(["en", "pt"])["sábado"] == 5
    assert month_numbers(["es"])["setiembre"] == 9  # a regional Spanish form


def test_accents_fold_as_keyboards_drop_them() -> None:
    assert [fold_accents(w) for w in ("août", "février", "Jänner")] == ["aout", "fevrier", "Janner"]
