"""Which name variants are one entity (enrich/names.py)."""

from __future__ import annotations

from storylens.enrich.names import Name, canonical_name, cluster_names, name_words


def groups(*names: Name) -> list[set[str]]:
    found = cluster_names(names)
    return [{names[i].text for i in group} for group in found]


def test_a_person_is_one_entity_in_any_order_with_or_without_title() -> None:
    result = groups(
        Name("Fumio Kishida", "person", 0),
        Name("Kishida Fumio", "person", 40),
        Name("Prime Minister Kishida", "person", 80),
        Name("Kishida", "person", 120),
        Name("Mr. Kishida's", "person", 160),
    )
    assert result == [
        {"Fumio Kishida", "Kishida Fumio", "Prime Minister Kishida", "Kishida", "Mr. Kishida's"}
    ]


def test_people_sharing_a_surname_stay_apart_and_a_bare_surname_goes_to_the_last_named() -> None:
    result = groups(
        Name("Bill Clinton", "person", 0),
        Name("Clinton", "person", 20),
        Name("Hillary Clinton", "person", 40),
        Name("Clinton", "person", 60),
    )
    assert {"Bill Clinton", "Clinton"} in result
    assert {"Hillary Clinton", "Clinton"} in result
    assert len(result) == 2


def test_a_bare_surname_with_no_position_to_decide_by_joins_neither() -> None:
    result = groups(
        Name("Bill Clinton", "person"), Name("Hillary Clinton", "person"), Name("Clinton", "person")
    )
    assert result == [{"Bill Clinton"}, {"Hillary Clinton"}, {"Clinton"}]


def test_a_generational_suffix_keeps_father_and_son_apart() -> None:
    result = groups(Name("Donald Trump Jr.", "person", 0), Name("Donald Trump", "person", 30))
    assert result == [{"Donald Trump Jr."}, {"Donald Trump"}]


def test_acronyms_and_reworded_organisations_join_their_full_names() -> None:
    result = groups(
        Name("NATO", "organisation", 0),
        Name("North Atlantic Treaty Organization", "organisation", 10),
        Name("Chinese Foreign Ministry", "organisation", 50),
        Name("the Chinese Ministry of Foreign Affairs", "organisation", 90),
        Name("U.S.", "place", 130),
        Name("United States", "place", 140),
    )
    assert {"NATO", "North Atlantic Treaty Organization"} in result
    assert {"Chinese Foreign Ministry", "the Chinese Ministry of Foreign Affairs"} in result
    assert {"U.S.", "United States"} in result


def test_different_organisations_with_shared_words_stay_apart() -> None:
    result = groups(
        Name("Chinese Foreign Ministry", "organisation", 0),
        Name("Japanese Foreign Ministry", "organisation", 40),
        Name("Ministry of Defence", "organisation", 80),
    )
    assert len(result) == 3


def test_a_person_never_joins_a_place_of_the_same_name() -> None:
    result = groups(Name("Georgia", "person", 0), Name("Georgia", "place", 30))
    assert len(result) == 2


def test_canonical_name_is_the_fullest_then_the_most_written() -> None:
    assert canonical_name(["Kishida", "Fumio Kishida", "Kishida Fumio", "Fumio Kishida"], person=True) == (
        "Fumio Kishida"
    )
    assert (
        canonical_name(["NATO", "North Atlantic Treaty Organization"]) == "North Atlantic Treaty Organization"
    )


def test_a_name_written_in_capitals_and_in_ordinary_case_is_named_in_ordinary_case() -> None:
    assert canonical_name(["PORT ALDER", "PORT ALDER", "Port Alder"]) == "Port Alder"  # a dateline
    assert canonical_name(["NATO", "NATO"]) == "NATO"


def test_name_words_fold_case_dots_titles_and_possessives() -> None:
    assert name_words("President Mara Velt's", person=True) == ("mara", "velt")
    assert name_words("the U.N.") == ("un",)
    assert name_words("Foreign Ministry") == ("foreign", "ministry")


def test_an_organisation_named_without_its_state_joins_the_one_named_with_it() -> None:
    assert groups(
        Name("Veldran Foreign Ministry", "organisation"), Name("Foreign Ministry", "organisation")
    ) == [
        {"Veldran Foreign Ministry"},
        {"Foreign Ministry"},
    ]  # "Veldran" names no state
    assert groups(
        Name("Chinese Foreign Ministry", "organisation"), Name("Foreign Ministry", "organisation")
    ) == [{"Chinese Foreign Ministry", "Foreign Ministry"}]
    two_states = groups(
        Name("Chinese Foreign Ministry", "organisation"),
        Name("Japanese Foreign Ministry", "organisation"),
        Name("Foreign Ministry", "organisation"),
    )
    assert len(two_states) == 3  # no position says which one is meant
    assert groups(Name("Ministry", "organisation"), Name("French Ministry", "organisation")) == [
        {"Ministry"},
        {"French Ministry"},
    ]  # a generic word alone names nothing


def test_a_lone_surname_typed_as_an_organisation_is_the_person_it_ends() -> None:
    names = [
        Name("Lena Varga", "person", 40),
        Name("Varga", "organisation", 106),
        Name("Lundmark", "organisation", 137),
        Name("Eva Strand", "person", 161),
    ]
    assert cluster_names(names) == [[0, 1], [2], [3]]
    # two people of that surname: no guess beyond the last one named before it
    twice = [
        Name("Lena Varga", "person", 0),
        Name("Pal Varga", "person", 20),
        Name("Varga", "organisation", 40),
    ]
    assert cluster_names(twice) == [[0], [1, 2]]
