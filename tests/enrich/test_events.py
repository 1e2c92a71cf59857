"""Events read from parsed sentences: type, parties, codes, dates and failures (fictional
outlets and events, written for these tests)."""

from __future__ import annotations

from datetime import date, timedelta

from storylens.enrich.actors import actor_code
from storylens.enrich.who_said_what import read_article
from storylens.records import DatePrecision, Event

PUBLISHED = date(2025, 6, 4)  # a Wednesday


def events(
    text: str, published: date | None = PUBLISHED
) -> list[tuple[str | None, str, str | None, str | None]]:
    return [(e.actor, e.action, e.target, e.date) for e in read_article(text, "en", "a1", published)[2]]


def found(text: str, published: date | None = PUBLISHED) -> tuple[Event, ...]:
    return read_article(text, "en", "a1", published)[2]


def test_subject_verb_object_with_a_date_from_the_same_sentence() -> None:
    assert events("Velmora accused Ostrand of shelling the border town on Monday.") == [
        ("Velmora", "ACCUSE", "Ostrand", "2025-06-02")
    ]


def test_a_trigger_that_needs_its_object_and_the_partner_behind_it() -> None:
    assert events("Velmora restored diplomatic ties with Ostrand last week.") == [
        ("Velmora", "COOPERATE", "Ostrand", "2025-W22")
    ]
    assert events("Velmora restored the old lighthouse last week.") == []


def test_a_threat_or_a_vow_takes_its_target_from_the_action_it_names() -> None:
    assert events("Velmora threatened to impose tariffs on Ostrand's ports.") == [
        ("Velmora", "THREATEN", "Ostrand", None)
    ]
    assert [(e.action, e.target) for e in found("Velmora threatened to cut gas supplies to Ostrand.")] == [
        ("THREATEN", "Ostrand")
    ]


def test_a_dateline_is_not_the_subject_of_its_sentence() -> None:
    assert events("PORT ALDER — Velmora on Monday accused Ostrand of shelling the border town.") == [
        ("Velmora", "ACCUSE", "Ostrand", "2025-06-02")
    ]


def test_a_party_is_its_name_phrase_without_appositions_or_bare_nouns_before_an_event_noun() -> None:
    detained = found("The officer, a harbour pilot whose licence was suspended, was arrested by police.")
    assert [(e.actor, e.target) for e in detained if e.mode == "arrest"] == [("police", "officer")]
    assert [e.actor for e in found("Trade talks between Velmora and Ostrand resumed in June.")] == [None]


def test_a_participle_joined_to_a_passive_is_passive_too() -> None:
    harmed = found("Nine dockers were killed and more than 80 injured in the blast at Port Alder.")
    assert [(e.actor, e.mode, e.target) for e in harmed] == [
        (None, "kill", "Nine dockers"),
        (None, "beat", "more than 80"),
    ]


def test_an_attack_aimed_at_a_party_hangs_the_party_on_the_verb_or_its_object() -> None:
    assert events("Velmora fired two shells at Ostrand on Monday.") == [
        ("Velmora", "ASSAULT", "Ostrand", "2025-06-02")
    ]
    strike = found("A strike by dockers against automation closed the port.")
    assert [(e.actor, e.action) for e in strike] == [("dockers", "PROTEST")]


def test_passive_with_agent_and_without() -> None:
    assert events("Three dockers were arrested by the police on Tuesday.") == [
        ("police", "COERCE", "Three dockers", "2025-06-03")
    ]
    arrested = found("Two men were detained near the station.")
    assert [(e.actor, e.action, e.mode, e.target) for e in arrested] == [
        (None, "COERCE", "arrest", "Two men")
    ]


def test_a_verb_inside_another_events_clause_is_part_of_it() -> None:
    assert [e.action for e in found("Ostrand threatened to attack the ferry port.")] == ["THREATEN"]


def test_failure_and_negation_mark_the_event_failed() -> None:
    failed = found("The police failed to stop the crowd outside the depot.")
    assert [(e.actor, e.action, e.failed) for e in failed] == [("police", "COERCE", True)]
    assert found("The police did not intervene.")[0].failed is True


def test_noun_events_take_their_actor_from_the_compound() -> None:
    assert [(e.actor, e.action, e.mode, e.actor_code) for e in found("A man was injured in police firing.")][
        -1
    ] == (
        "police",
        "ASSAULT",
        "firearms",
        "---COP",
    )


def test_actors_resolve_to_entities_and_get_state_codes() -> None:
    text = (
        "The Chinese Foreign Ministry criticized Japan on Wednesday. "
        "Chinese Foreign Ministry spokesperson Wang Wenbin urged Tokyo to withdraw the plan."
    )
    coded = [(e.actor, e.actor_code, e.action, e.target, e.target_code) for e in found(text)]
    assert coded == [
        ("Chinese Foreign Ministry", "CHNGOV", "ACCUSE", "Japan", "JPN"),
        ("Wang Wenbin", "CHNGOV", "REQUEST", "Tokyo", "JPNGOV"),
    ]


def test_conjoined_actors_each_get_the_event() -> None:
    assert events("Velmora and Ostrand signed a fishing accord in Harlow.") == [
        ("Velmora", "SUPPORT", None, None),
        ("Ostrand", "SUPPORT", None, None),
    ]


def test_no_publication_date_leaves_relative_dates_unresolved() -> None:
    assert events("Velmora accused Ostrand of shelling the border town on Monday.", None) == [
        ("Velmora", "ACCUSE", "Ostrand", None)
    ]
    dated = found("Velmora accused Ostrand on 3 May 2025.", None)
    assert (dated[0].date, dated[0].date_precision) == ("2025-05-03", DatePrecision.DAY)


def test_events_only_for_languages_with_event_words_and_bad_text_gives_none() -> None:
    assert (
        read_article("Die Polizei hat am Dienstag zwei Männer festgenommen.", "de", "a1", PUBLISHED)[2] == ()
    )
    assert read_article("", "en", "a1", PUBLISHED)[2] == ()
    assert read_article("", "fr", "a1", PUBLISHED)[2] == ()
    assert read_article("\x00\x01 ∅∅∅ " * 50, "en", "a1", PUBLISHED)[2] == ()
    # one word repeated 5,000 times is one sentence: at most one event, with no parties
    flood = read_article("attack " * 5000, "en", "a1", PUBLISHED)[2]
    assert [(e.action, e.actor, e.target, len(e.evidence)) for e in flood] == [("ASSAULT", None, None, 1)]


def test_actor_codes_from_names_demonyms_and_capitals() -> None:
    assert actor_code(["Beijing"]) == "CHNGOV"
    assert actor_code(["Washington"]) == "USAGOV"
    assert actor_code(["Indian Army"]) == "INDMIL"
    assert actor_code(["the prime minister of Japan"]) == "JPNGOV"
    assert actor_code(["riot police"]) == "---COP"
    assert actor_code(["China's Foreign Ministry"]) == "CHNGOV"  # the possessive names the owner
    assert actor_code(["Ukraine’s army"]) == "UKRMIL"
    assert actor_code(["Mara Velt"]) is None
    assert actor_code(["le gouvernement de la Chine"]) == "CHNGOV"  # the French country name
    assert actor_code(["les gendarmes"]) == "---COP"


def test_a_harm_takes_its_maker_from_the_attack_that_caused_it() -> None:
    killed = [(e.actor_code, e.mode, e.target) for e in found("Two dockers were killed in police firing.")]
    assert ("---COP", "kill", "Two dockers") in killed
    died = [
        (e.actor, e.action, e.mode, e.target)
        for e in found("Three fishermen died due to the shelling by Ostrand troops.")
    ]
    assert ("Ostrand", "ASSAULT", "kill", "Three fishermen") in died
    assert {actor for actor, *_ in died} == {"Ostrand"}  # the shelling, an event of its own, is theirs too
    # an adjective of nationality names who made the attack, in both languages
    assert ("Israeli", "ISR", "kill", "teenager") in [
        (e.actor, e.actor_code, e.mode, e.target) for e in found("A teenager died in an Israeli airstrike.")
    ]


def test_a_death_without_an_attack_is_no_killing() -> None:
    assert all(e.mode != "kill" for e in found("The harbour master died of a heart attack on Monday."))
    assert found("Four ferry workers died in the storm.") == ()


def test_a_participle_that_tells_the_outcome_is_an_event_of_its_own() -> None:
    outcome = found("The guards fired at the crowd, killing one and injuring four.")
    assert [(e.actor, e.mode, e.target) for e in outcome] == [
        ("guards", "firearms", "crowd"),
        ("guards", "kill", "one"),
        ("guards", "beat", "four"),
    ]


def test_set_phrases_of_inaction_are_failed_restraint_by_their_subject() -> None:
    stood = found("The police stood by as the crowd burned the depot.")
    assert next((e.actor, e.action, e.failed) for e in stood) == ("police", "COERCE", True)
    absent = found("Police were nowhere in sight when the shops were looted.")
    assert next((e.actor_code, e.failed) for e in absent) == ("---COP", True)
    assert found("The mayor stood by the decision.") == ()


def test_watching_sitting_idle_and_a_slow_response_are_inaction() -> None:
    for sentence, actor in [
        ("The depot burned for an hour as a dozen constables watched.", "a dozen constables"),
        ("The guards watched helplessly while the market was looted.", "guards"),
        ("Residents said the police were sluggish in responding to the calls.", "police"),
        ("The riot police sat idle outside the station.", "riot police"),
        ("The commissioner showed slackness throughout the riots.", "commissioner"),
    ]:
        assert (actor, True) in [(e.actor, e.failed) for e in found(sentence)], sentence
    # watching something, sitting down, a crowd watching or a slow economy is no failure to act
    assert found("The constables watched the match on Sunday.") == ()
    assert found("The police sat down with the strikers.") == ()
    assert found("The parade passed the harbour as thousands of fans watched.") == ()
    assert found("The minister sat quietly through the speech.") == ()
    assert found("Growth was sluggish in the third quarter.") == ()


def test_keeping_order_is_reported_only_where_it_was_not_done() -> None:
    assert [(e.actor, e.failed) for e in found("The police failed to act against the rioters.")] == [
        ("police", True)
    ]
    assert [(e.verb, e.failed) for e in found("The guards did not take action.")] == [("take … action", True)]
    assert found("The coast guard helped the crew.") == ()


def test_inaction_in_other_words_and_an_inaction_noun_takes_its_clause_subject() -> None:
    allowed = found("The riot police allowed the mob to have its way for three hours.")
    assert [(e.actor_code, e.action, e.failed) for e in allowed] == [("---COP", "COERCE", True)]
    free_hand = found("The guards gave the looters a free hand in the market.")
    assert [(e.actor, e.failed) for e in free_hand] == [("guards", True)]
    onlookers = found(
        "Instead of stopping the looters, the policemen preferred to stand as passive onlookers."
    )
    assert ("policemen", True) in [(e.actor, e.failed) for e in onlookers]


def test_an_action_the_actor_was_not_able_to_take_failed() -> None:
    assert [e.failed for e in found("The harbour police have not been able to arrest the smugglers.")] == [
        True
    ]
    assert [e.failed for e in found("The harbour police were able to arrest the smugglers.")] == [False]


def marks(text: str, language: str = "en") -> list[tuple[str, str | None, bool, bool]]:
    """Each event's verb, target and whether it failed or is only spoken of."""
    return [
        (e.verb or "", e.target, e.failed, e.hypothetical)
        for e in read_article(text, language, "a1", PUBLISHED)[2]
        if e.mode == "arrest"
    ]


def test_a_harm_takes_its_attacker_from_police_firing_read_as_a_clause_of_its_own() -> None:
    # the parser makes "police" the object of "in" and "firing" a clause of "killed"
    killed = found(
        "Two fishermen have been killed in police firing as rampaging crowds torched the harbour office."
    )
    assert [(e.actor, e.mode, e.target) for e in killed if e.mode == "kill"] == [
        ("police", "kill", "Two fishermen")
    ]


def test_a_gerund_after_a_preposition_is_an_event_noun_unless_it_is_one_as_a_verb() -> None:
    resorted = found("The harbour police had to resort to firing to disperse the crowd.")
    assert [(e.action, e.mode) for e in resorted if e.action == "ASSAULT"] == [("ASSAULT", "firearms")]
    fled = found("After firing at the crowd, the guards fled.")
    assert [(e.actor, e.verb, e.target) for e in fled] == [("guards", "firing … at", "crowd")]


def test_a_death_put_down_to_nature_or_mishap_is_no_event() -> None:
    assert found("Nine people were killed in the earthquake near Kessel on Tuesday.") == ()
    assert found("Three fishermen were killed in a road accident near Port Alder.") == ()
    assert [e.mode for e in found("Three fishermen were killed in Port Alder.")] == ["kill"]
    assert french("Neuf personnes ont été tuées dans le séisme.") == []


def test_sending_to_jail_and_putting_behind_bars_are_arrests() -> None:
    assert marks("The ferry captain was sent to the district jail in Kessel.") == [
        ("sent … jail", "ferry captain", False, False)
    ]
    assert marks("The harbour police put the two smugglers behind bars.") == [
        ("put … bars", "two smugglers", False, False)
    ]
    assert marks("The harbour police sent two boats to the jetty.") == []


def test_an_action_only_spoken_of_is_hypothetical_and_one_denied_failed() -> None:
    # possible, conditional, tried, a purpose, an instruction: not reported done
    assert marks("Anyone crossing the cordon at Kessel would be arrested, the harbour police said.") == [
        ("arrested", "Anyone", False, True)
    ]
    assert marks("Kessel police are likely to take Orvel Task into custody after the inquiry.")[0][3]
    assert marks("Officers tried to arrest the ferry captain at Port Alder.")[0][3]
    assert marks("The governor signed orders to detain the ferry crews at the border.")[0][3]
    assert marks("The guards may put the council leaders under house arrest.")[0][3]
    # asked for, or named as a possibility: the arrest is not reported
    assert marks("The Dockers' Union demanded a ban on the league and the arrest of its leaders.") == [
        ("arrest", "its leaders", False, True)
    ]
    assert marks("Nobody ruled out the possibility of his arrest.")[0][3]
    # denied: the action was not taken
    assert marks("No arrests have been made so far in Kessel.") == [("arrests", None, True, False)]
    assert marks("Nobody was arrested during the march to Alder.") == [("arrested", "Nobody", True, False)]
    # done, and scheduled as "will" schedules it
    assert marks("The harbour police arrested the ferry captain at Port Alder.") == [
        ("arrested", "ferry captain", False, False)
    ]
    assert not found("Velmora's foreign minister will visit Ostrand next week.")[0].hypothetical
    assert not found("Velmora is about to restore diplomatic ties with Ostrand.")[0].hypothetical
    # "could not" reports a failure, "would not" one only foreseen
    assert [(e.failed, e.hypothetical) for e in found("The harbour police could not control the mob.")] == [
        (True, False)
    ]
    assert [(e.failed, e.hypothetical) for e in found("The guards would not be able to stop the mob.")] == [
        (True, True)
    ]


def test_french_conditional_and_purpose_are_hypothetical_and_a_modal_subject_is_the_target() -> None:
    assert marks("Le ministre pourrait être arrêté dès lundi.", "fr") == [("arrêté", "ministre", False, True)]
    assert marks("Les gendarmes sont venus pour arrêter le maire de Port Almsey.", "fr")[0][3]
    assert marks("Aucune arrestation n'a été effectuée à Port Almsey.", "fr") == [
        ("arrestation", None, True, False)
    ]


def test_failures_under_a_verb_of_no_event_through_an_object_and_across_and() -> None:
    suspended = found("The harbour master suspended a pilot for not taking action against the smugglers.")
    assert [(e.verb, e.failed) for e in suspended] == [("taking … action", True)]
    instructed = found("The governor had instructed the harbour police not to act.")
    assert [(e.actor, e.failed) for e in instructed] == [("harbour police", True)]
    control = found("The harbour police failed to take measures and control the crowd at Kessel.")
    assert [(e.verb, e.failed) for e in control] == [("take … measures", True), ("control", True)]


def french(text: str) -> list[tuple[str | None, str | None, str, str | None, str | None, bool]]:
    return [
        (e.actor, e.actor_code, e.action, e.mode, e.target, e.failed)
        for e in read_article(text, "fr", "a1", PUBLISHED)[2]
    ]


def test_french_events_from_the_universal_dependencies_parse() -> None:
    assert french("Les gendarmes ont arrêté trois manifestants mardi à Port Almsey.") == [
        ("gendarmes", "---COP", "COERCE", "arrest", "trois manifestants", False)
    ]
    # the agent of a passive, a preposition the verb needs, a negation
    assert french("Deux grévistes ont été tués par la police.") == [
        ("police", "---COP", "ASSAULT", "kill", "Deux grévistes", False)
    ]
    assert french("Les policiers ont tiré sur la foule devant le port.") == [
        ("policiers", "---COP", "ASSAULT", "firearms", "foule", False)
    ]
    assert french("La police n'est pas intervenue pendant les pillages.") == [
        ("police", "---COP", "COERCE", "restrict", None, True)
    ]
    assert french("La police n'a pas pu arrêter les pilleurs.")[0][-1] is True
    # a noun with its actor and target: "l'arrestation de … par …"
    assert french("L'arrestation de trois syndicalistes par la police a provoqué la colère.") == [
        ("police", "---COP", "COERCE", "arrest", "trois syndicalistes", False)
    ]
    assert french("Le ministre de l'Intérieur a rencontré les syndicats.") == [
        ("ministre de l'Intérieur", "---GOV", "CONSULT", None, "syndicats", False)
    ]


def test_french_deaths_take_their_killer_from_the_attack_that_caused_them() -> None:
    assert ("police", "---COP", "ASSAULT", "kill", "Trois manifestants", False) in french(
        "Trois manifestants sont morts sous les tirs de la police mardi."
    )
    assert ("israélien", "ISR", "ASSAULT", "kill", "adolescent", False) in french(
        "Un adolescent est mort dans un bombardement israélien."
    )
    assert ("armée russe", "RUSMIL", "ASSAULT", "kill", "Deux civils", False) in french(
        "Deux civils ont été tués lors d'une frappe de l'armée russe."
    )
    # what was bombed is no bomber, and a death with no attack is no killing
    assert french("Le bombardement de la ville a duré toute la nuit.") == [
        (None, None, "ASSAULT", "heavy-weapons", "ville", False)
    ]
    assert french("Un pêcheur est mort de froid pendant la tempête.") == []


def test_french_adjectives_of_nationality_and_short_country_names_give_the_state() -> None:
    assert actor_code(["le gouvernement chinois"]) == "CHNGOV"
    assert actor_code(["les autorités iraniennes"]) == "IRNGOV"
    assert actor_code(["la police turque"]) == "TURCOP"
    assert actor_code(["l'armée sud-coréenne"]) == "KORMIL"
    assert actor_code(["les États-Unis"]) == "USA"
    assert french("La police turque a arrêté trois journalistes.")[0][:2] == ("police turque", "TURCOP")


def test_french_inaction_in_set_phrases_nouns_and_negated_restraint() -> None:
    failed = ("---COP", "COERCE", "restrict", True)
    for sentence, actor in [
        ("Les policiers sont restés les bras croisés pendant les pillages.", "policiers"),
        ("La gendarmerie a fermé les yeux sur les violences.", "gendarmerie"),
        ("La police brillait par son absence lors des émeutes.", "police"),
        ("Les policiers n'ont pas réagi quand la foule a envahi la mairie.", "policiers"),
        ("L'inaction de la police a été dénoncée par les commerçants.", "police"),
    ]:
        found = [(e[0], *e[1:4], e[5]) for e in french(sentence)]
        assert (actor, *failed) in found, sentence
    assert french("La police a réagi rapidement.") == []  # done, it is no report


def test_the_words_of_an_inaction_phrase_are_no_parties() -> None:
    assert [(e.actor, e.target) for e in found("The police turned a blind eye to the looting.")] == [
        ("police", None)
    ]
    assert [e.actor for e in found("The inaction of the police angered residents.")] == ["police"]


def test_french_events_take_the_date_their_sentence_gives() -> None:
    (event,) = read_article("Les gendarmes ont arrêté trois manifestants hier.", "fr", "a1", PUBLISHED)[2]
    assert (event.date, event.date_precision) == (
        (PUBLISHED - timedelta(days=1)).isoformat(),
        DatePrecision.DAY,
    )


def test_french_verb_forms_follow_their_group() -> None:
    from storylens.lang.fr.event_verbs import inflect_fr

    assert {"arrêté", "arrêtés", "arrêtent", "arrêtait"} <= inflect_fr("arrêter")
    assert {"menaçait", "menace", "menacée"} <= inflect_fr("menacer")
    assert {"appelle", "appellent", "appelé"} <= inflect_fr("appeler")
    assert {"déploie", "déployé"} <= inflect_fr("déployer")
    assert {"saisi", "saisit", "saisissent"} <= inflect_fr("saisir")
    assert {"abattu", "abattus"} <= inflect_fr("abattre")
