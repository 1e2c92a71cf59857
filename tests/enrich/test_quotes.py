"""Entities and quotes of one article: the who-said-what stage on articles we wrote."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storylens.enrich.quotation import find_quotations
from storylens.enrich.who_said_what import read_article
from storylens.records import Quote

DOCK_STRIKE = "\n\n".join(
    [
        "Dockworkers at Port Almsey rejected a pay offer on Tuesday, the Almsey Dockers Union said.",
        '"We will not unload a single ship until the automation plan is withdrawn," union leader '
        "Mara Velt told reporters outside the terminal.",
        "Velt said that the union had offered talks three times since March.",
        "“This is a dispute about the future of every family on this coast,” Velt said. "
        "“The company has had months to talk to us.",
        "“Nobody here is against machines. We are against being thrown away.”",
        "According to the harbour authority, 14 container ships were waiting offshore on Wednesday.",
        "Harbour authority spokesperson Laura Bennett said the authority regretted the disruption "
        "but would not reopen the contract.",
        "The spokesperson warned the union to return to the table by Friday.",
        "Mara Velt: We have waited long enough for an answer from the harbour board.",
        "She added that members would vote again on Monday.",
    ]
)


def quotes_of(text: str, language: str = "en") -> tuple[Quote, ...]:
    return read_article(text, language, "a1")[1]


def find(quotes: tuple[Quote, ...], words: str) -> Quote:
    matches = [quote for quote in quotes if words in quote.text]
    assert matches, f"no quote holds {words!r}: {[q.text for q in quotes]}"
    return matches[0]


@pytest.fixture(scope="module")
def strike() -> tuple[Quote, ...]:
    return quotes_of(DOCK_STRIKE)


def test_a_direct_quote_before_its_cue_names_the_speaker_without_the_title(strike: tuple[Quote, ...]) -> None:
    quote = find(strike, "single ship")
    assert quote.direct
    assert quote.cue == "told"
    assert quote.speaker == "Mara Velt"
    assert quote.speaker_text is not None
    assert "Mara Velt" in quote.speaker_text
    assert DOCK_STRIKE[quote.start : quote.end] == quote.text


def test_reported_speech_takes_the_clause_after_said(strike: tuple[Quote, ...]) -> None:
    quote = find(strike, "offered talks")
    assert not quote.direct
    assert quote.text.startswith("that the union")
    assert quote.speaker == "Mara Velt"  # "Velt" joined the full name


def test_a_quote_running_over_two_paragraphs_is_one_quote_of_the_last_speaker(
    strike: tuple[Quote, ...],
) -> None:
    quote = find(strike, "months to talk")
    assert "thrown away" in quote.text
    assert quote.speaker == "Mara Velt"
    assert quote.direct


def test_according_to_makes_the_rest_of_the_sentence_the_content(strike: tuple[Quote, ...]) -> None:
    quote = find(strike, "container ships")
    assert quote.cue == "According to"
    assert quote.speaker_text == "the harbour authority"


def test_a_role_phrase_resolves_to_the_person_described_so(strike: tuple[Quote, ...]) -> None:
    said = find(strike, "regretted the disruption")
    assert said.speaker == "Laura Bennett"
    warned = find(strike, "return to the table")
    assert warned.speaker_text == "The spokesperson"
    assert warned.speaker == "Laura Bennett"


def test_transcript_form_and_pronouns(strike: tuple[Quote, ...]) -> None:
    transcript = find(strike, "waited long enough")
    assert transcript.cue == ":"
    assert transcript.speaker == "Mara Velt"
    added = find(strike, "vote again")
    assert added.speaker_text == "She"
    assert added.speaker == "Mara Velt"


def test_entities_keep_roles_apart_from_names() -> None:
    entities = read_article(DOCK_STRIKE, "en", "a1")[0]
    by_name = {entity.name: entity for entity in entities}
    carrow = by_name["Laura Bennett"]
    assert carrow.type == "person"
    assert any("spokesperson" in role for role in carrow.roles)
    velt = by_name["Mara Velt"]
    assert "Velt" in velt.aliases
    assert all(DOCK_STRIKE[a:b] in {"Velt", "Mara Velt"} for a, b in velt.spans)


def test_french_guillemets_and_reported_speech() -> None:
    text = (
        "« Nous ne céderons pas aux pressions du port », a déclaré jeudi la ministre des Transports, "
        "Claire Daunou.\n\nSelon le syndicat, trois cents salariés sont en grève depuis lundi.\n\n"
        "Claire Daunou a affirmé que le gouvernement financerait la formation des dockers."
    )
    quotes = quotes_of(text, "fr")
    direct = find(quotes, "Nous ne céderons pas")
    assert direct.direct
    assert direct.speaker == "Claire Daunou"
    reported = find(quotes, "financerait")
    assert reported.speaker == "Claire Daunou"
    assert not reported.direct
    assert find(quotes, "trois cents").cue == "Selon"


def test_a_language_without_a_pipeline_keeps_its_quotations_without_a_speaker() -> None:
    text = "„Wir werden den Hafen nicht kampflos aufgeben“, sagte Velt am Dienstag in Almsey."
    quotes = quotes_of(text, "de")
    assert [(q.text, q.speaker, q.direct) for q in quotes] == [
        ("„Wir werden den Hafen nicht kampflos aufgeben“", None, True)
    ]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("He said “the port is closed” today.", ["“the port is closed”"]),
        ("She called it «une honte totale» hier.", ["«une honte totale»"]),
        ("Er sagte: „Das ist vorbei“ und ging.", ["„Das ist vorbei“"]),
        ("彼は「港は閉鎖された」と述べた。", ["「港は閉鎖された」"]),
        ("It's the workers' union, not 'management' this time.", ["'management'"]),
        ('He is 5\'9" tall and said "no comment" twice.', ['"no comment"']),
        ("”Hamnen stänger”, sade hon. ”Det är för sent.”", ["”Hamnen stänger”", "”Det är för sent.”"]),
        ("He said “it is over.” The strike went on “for days” after.", ["“it is over.”", "“for days”"]),
    ],
)
def test_quotation_marks_of_every_style(text: str, quoted: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotations(text)] == quoted


def test_an_unclosed_quotation_ends_with_its_paragraph_unless_the_next_opens_again() -> None:
    text = "“First part of it.\n\n“Second part.”\n\n“Left open\n\nPlain paragraph."
    found = find_quotations(text)
    assert [text[q.start : q.end] for q in found] == [
        "“First part of it.\n\n“Second part.”",
        "“Left open",
    ]
    assert len(found[0].pieces) == 2


@pytest.mark.parametrize(
    "text",
    [
        "",
        " \n\n ",
        "\x00\x01\x02",
        "“" * 5000,
        "said " * 3000,
        "“unclosed\n\n“still\n\n“and still",
        "🙂 ❤️ 🔥",
    ],
)
def test_hostile_texts_give_no_error_and_spans_inside_the_text(text: str) -> None:
    entities, quotes, _ = read_article(text, "en", "x")
    for quote in quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
    for entity in entities:
        assert all(0 <= a < b <= len(text) for a, b in entity.spans)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,\n“”\"'«»„:")) | st.characters(), max_size=300))
def test_quotation_spans_always_lie_in_the_text(text: str) -> None:
    for quotation in find_quotations(text):
        assert 0 <= quotation.start < quotation.end <= len(text)
        assert all(quotation.start <= a < b <= quotation.end for a, b in quotation.pieces)


def test_a_pronoun_skips_a_person_the_text_marks_with_the_other_gender() -> None:
    text = "Mrs. Anna Miller met Mr. Thomas Brook in Eastbay on Monday. She said the talks had failed."
    quote = find(quotes_of(text), "talks had failed")
    assert quote.speaker_text == "She"
    assert quote.speaker == "Anna Miller"


def test_a_pronoun_is_the_person_the_sentence_before_is_about() -> None:
    # the nearest name before "she" is the prime minister in a clause of time; the
    # sentence is about the spokesperson, its main verb's subject
    text = "\n\n".join(
        [
            "Ostmark's foreign ministry spokesperson Lena Varga said on Wednesday that the office"
            " would cross a line.",
            "Varga was speaking hours after Lundmark prime minister Eva Strand confirmed the talks.",
            '"Lundmark should think carefully about its relations with its largest neighbour," she said.',
        ]
    )
    quote = find(quotes_of(text), "think carefully")
    assert quote.speaker_text == "she"
    assert quote.speaker == "Lena Varga"


def test_a_title_phrase_with_a_country_and_a_person_is_the_person() -> None:
    text = "Lundmark's prime minister Eva Strand confirmed on Wednesday that talks were under way."
    quote = find(quotes_of(text), "talks were under way")
    assert quote.speaker == "Eva Strand"


def test_a_stance_adjective_attributes_its_clause_or_its_object() -> None:
    quotes = quotes_of(
        "Union leader Mara Velt is confident that the strike will end by Friday. "
        "The harbour board was critical of the new timetable."
    )
    confident = find(quotes, "strike will end")
    assert (confident.cue, confident.speaker) == ("is confident", "Mara Velt")
    critical = find(quotes, "new timetable")
    assert critical.cue == "was critical of"
    assert critical.speaker_text == "The harbour board"


def test_a_role_phrase_with_a_name_in_apposition_resolves_to_that_name() -> None:
    text = "The port operator, Almsey Terminals, said automation would create skilled jobs."
    quote = find(quotes_of(text), "skilled jobs")
    assert quote.speaker_text == "The port operator, Almsey Terminals"
    assert quote.speaker == "Almsey Terminals"


def test_a_participle_speaks_for_its_noun_or_for_whoever_issued_the_document() -> None:
    quotes = quotes_of(
        "Mara Velt issued a statement saying the union would not back down. "
        "A docker saying he had not been paid for a month shouted at the gates."
    )
    assert find(quotes, "not back down").speaker == "Mara Velt"
    assert find(quotes, "not been paid").speaker_text == "A docker"


def test_a_past_participle_on_a_noun_makes_the_noun_no_speaker() -> None:
    english = quotes_of("The harbour board on Monday condemned the fees announced by the council.")
    assert [(q.speaker_text, q.cue) for q in english] == [("The harbour board", "condemned")]
    french = quotes_of("Le port a condamné les taxes annoncées par la mairie de Vessac.", "fr")
    assert all(q.speaker_text != "les taxes" for q in french)


def test_a_briefing_attributes_answers_to_the_last_named_speaker() -> None:
    text = "\n\n".join(
        [
            "Harbour ministry spokesperson Mara Velt opened the weekly briefing on Tuesday.",
            "Q: Does the ministry plan to respond to the dock strike?",
            "Mara Velt: We are following the situation closely and call on both sides to talk.",
            "Q: Will the harbour master be replaced?",
            "A: There is no such plan at the moment, and we hope both sides show restraint.",
        ]
    )
    quotes = quotes_of(text)
    question = find(quotes, "respond to the dock strike")
    assert (question.speaker_text, question.speaker) == ("Q", None)
    named = find(quotes, "following the situation")
    assert (named.cue, named.speaker) == (":", "Mara Velt")
    answer = find(quotes, "no such plan")
    assert (answer.speaker_text, answer.speaker) == ("A", "Mara Velt")


def test_a_cue_takes_its_object_with_what_completes_it_or_its_preposition_object() -> None:
    quotes = quotes_of(
        "Mara Velt called for an independent review of the automation plan on Tuesday. "
        "The harbour master went further, calling the strike an act of sabotage."
    )
    review = find(quotes, "independent review")
    assert review.text == "an independent review of the automation plan"
    assert review.cue == "called for"
    assert review.speaker == "Mara Velt"
    sabotage = find(quotes, "sabotage")
    assert sabotage.text == "the strike an act of sabotage"


def test_a_quotation_signed_with_a_dash_belongs_to_the_name_after_it() -> None:
    text = "\n".join(
        [
            "Readers told us what the strike means to them.",
            "“My father unloaded ships here for forty years and never saw a week like this.” ― Ilse Marrow",
            "“The company should have talked to the union months ago, not now.” — Tomas Reyl",
        ]
    )
    quotes = quotes_of(text)
    father = find(quotes, "forty years")
    assert (father.speaker_text, father.cue, father.direct) == ("Ilse Marrow", "―", True)
    assert find(quotes, "months ago").speaker_text == "Tomas Reyl"


def test_a_dialogue_of_names_in_capitals_is_a_transcript_even_when_quoted() -> None:
    text = "\n\n".join(
        [
            "Partial transcript of the radio interview follows.",
            '"HOST: Will the dockworkers go back to work before the holiday weekend?',
            '"VELT: Not until the harbour board withdraws the automation plan in writing.',
            '"HOST: And if the board refuses to put anything in writing at all?',
        ]
    )
    quotes = quotes_of(text)
    answer = find(quotes, "withdraws the automation plan")
    assert answer.speaker_text == "VELT"
    assert find(quotes, "refuses to put").speaker_text == "HOST"
    notice = quotes_of("UPDATE: The strike has ended after talks.")
    assert not any(quote.speaker_text == "UPDATE" for quote in notice)


def test_a_quoted_transcript_turn_runs_over_the_paragraphs_that_reopen_it() -> None:
    text = "\n\n".join(
        [
            "Partial transcript of the radio interview follows.",
            '"HOST: Will the dockworkers go back to work before the holiday weekend?',
            '"VELT: Not until the harbour board withdraws the automation plan in writing.',
            '"And the truth is that the crews want to sail as much as anyone on this coast.',
            '"(CROSSTALK.)',
            '"HOST: And if the board refuses to put anything in writing at all?',
        ]
    )
    answer = find(quotes_of(text), "withdraws the automation plan")
    assert answer.speaker_text == "VELT"
    assert "the crews want to sail" in answer.text
    assert "CROSSTALK" not in answer.text


def test_a_verb_learned_from_annotated_news_is_a_cue() -> None:
    from storylens.enrich.cues import cue_forms, learned_words

    assert "denounced" in learned_words()
    assert learned_words().isdisjoint(cue_forms("en", learned=False))
    quote = find(quotes_of("Mara Velt denounced the risk of a second strike this winter."), "second strike")
    assert (quote.cue, quote.speaker) == ("denounced", "Mara Velt")


def test_a_block_quote_after_a_colon_is_the_speakers_and_a_headline_names_its_speaker() -> None:
    text = "\n\n".join(
        [
            "Velt: Dockers will not return until the plan is withdrawn.",
            "Union leader Mara Velt spoke to reporters at the gates on Tuesday. She added:",
            "The board has had three months to listen and it chose to send letters instead.",
            "Update: the harbour board has not replied.",
        ]
    )
    quotes = quotes_of(text)
    block = find(quotes, "three months")
    assert block.text == "The board has had three months to listen and it chose to send letters instead."
    assert block.speaker == "Mara Velt"
    assert find(quotes, "will not return").speaker_text == "Velt"
    assert not any(quote.speaker_text == "Update" for quote in quotes)


def test_a_participle_after_a_preposition_takes_the_speaker_of_its_clause() -> None:
    text = (
        "Harbour minister Ada Velt responded to the dockworkers by saying that the port would stay open"
        " through the winter.\n\nThe board faulted Jonas Brandt for claiming that the cranes were unsafe."
    )
    quotes = quotes_of(text)
    assert find(quotes, "the port would stay open").speaker_text == "Harbour minister Ada Velt"
    assert find(quotes, "the cranes were unsafe").speaker_text == "Jonas Brandt"


def test_content_stops_before_a_joined_clause_with_a_speaker_of_its_own() -> None:
    text = (
        "Harbour minister Ada Velt said twenty shipping firms had asked for berths at the new quay,"
        " but the port director denies that any firm has paid a deposit."
    )
    quotes = quotes_of(text)
    said = find(quotes, "twenty shipping firms")
    assert said.speaker_text == "Harbour minister Ada Velt"
    assert said.text == "twenty shipping firms had asked for berths at the new quay"
    assert find(quotes, "any firm has paid").speaker_text == "the port director"


def test_a_quotation_that_ends_its_sentence_is_not_reported_by_the_next_sentence() -> None:
    text = (
        "“The cranes will stay idle until Friday,” said Ivo Marsh, a union steward. “Nobody here"
        " will touch them.”\n\nThe port authority rejected the claim."
    )
    quotes = quotes_of(text)
    assert find(quotes, "Nobody here will touch them").speaker_text == "Ivo Marsh, a union steward"
    assert find(quotes, "the claim").speaker_text == "The port authority"
    # a question still belongs to the speaker named right after it, and so does a quotation
    # closed by a full stop when the next sentence is only its source and cue
    asked = quotes_of("“Who will pay for the new quay?” Ivo Marsh asked the board.")
    assert find(asked, "Who will pay").speaker_text == "Ivo Marsh"
    said = quotes_of("“The quay will open in May.” Ivo Marsh said.\n\nThe board disputed the date.")
    assert find(said, "The quay will open in May.").speaker_text == "Ivo Marsh"


def test_the_speaker_of_a_participle_or_a_predicate_participle_is_the_clause_subject() -> None:
    text = (
        "After saying the strike would end by Friday, Marsh was taken to hospital with chest pains."
        "\n\nAfter months at sea, the dockers are convinced that the cranes will never return."
    )
    quotes = quotes_of(text)
    assert find(quotes, "the strike would end by Friday").speaker_text == "Marsh"
    assert find(quotes, "the cranes will never return").speaker_text == "the dockers"


def test_a_trailing_reporting_clause_reports_the_whole_sentence_before_it() -> None:
    text = (
        "Marsh had told managers that the cranes were unsafe, but the board overruled him,"
        " a union source added."
    )
    added = [quote for quote in quotes_of(text) if quote.speaker_text == "a union source"]
    assert added
    assert added[0].text.startswith("Marsh had told managers")


def test_a_statement_introduced_by_a_colon_is_its_issuers() -> None:
    text = (
        "When the strike ended, harbour minister Ada Velt released the following statement:\n\n"
        "“The dockers have shown patience and the port owes them a fair settlement.”"
    )
    assert find(quotes_of(text), "shown patience").speaker_text == "harbour minister Ada Velt"


def test_a_colon_after_a_clause_or_a_piece_label_opens_no_transcript_turn() -> None:
    text = "\n\n".join(
        [
            "Ada Velt won three votes on Tuesday: the crane vote, the pay vote and the pension vote.",
            "Follow Ada Velt on Twitter: https://social.example/adavelt and the port blog.",
            "Editor’s Note: This article was updated to correct the number of cranes at the terminal.",
            "Ada Velt: We will not sell the terminal to any private buyer.",
        ]
    )
    quotes = quotes_of(text)
    assert [quote.speaker_text for quote in quotes] == ["Ada Velt"]
    assert quotes[0].text == "We will not sell the terminal to any private buyer."


def test_a_quoted_block_after_a_colon_is_a_quote_even_with_no_speaker_named() -> None:
    block = (
        "“We reached the quay at dawn and found the cranes chained. Nobody from the board came"
        " to explain, and the night shift was sent home without pay.”"
    )
    quotes = quotes_of(f"Partial transcript as follows:\n\n{block}")
    assert [(quote.text, quote.speaker_text) for quote in quotes] == [(block, None)]


def test_a_quoted_show_title_does_not_continue_the_last_quote() -> None:
    text = (
        "“The cranes will stay idle,” Ivo Marsh said. The interview aired on Harbour Radio's"
        " “Morning Tide with Lena Voss,” a call-in programme."
    )
    assert [quote.text for quote in quotes_of(text)] == ["“The cranes will stay idle,”"]


def test_encoders_through_numpy_annotate_as_the_stock_pipeline() -> None:
    """The encoders' products go through numpy (a speed choice); entities, tags and trees
    must be those of the pipeline as its package loads it."""
    from importlib import import_module

    from storylens.enrich.nlp import EXCLUDED, PIPELINES, pipeline

    ours = pipeline("en")
    assert ours is not None
    encoder_layers = list(ours.get_pipe("ner").model.get_ref("tok2vec").walk())
    assert all(getattr(layer.ops, "use_blis", True) is False for layer in encoder_layers)
    stock = import_module(PIPELINES["en"]).load(exclude=EXCLUDED)
    assert getattr(stock.get_pipe("ner").model.ops, "use_blis", False) is True

    def annotations(nlp: object) -> list[tuple[str, str, int, str, str]]:
        doc = nlp(DOCK_STRIKE)  # type: ignore[operator]
        return [(t.text, t.dep_, t.head.i, t.tag_, t.ent_iob_ + t.ent_type_) for t in doc]

    assert annotations(ours) == annotations(stock)


@pytest.mark.parametrize("parsed", [False, True])
def test_sentences_that_can_name_no_one_skip_the_recogniser(parsed: bool) -> None:
    """A sentence whose only capital opens a function word names nobody, so the recogniser is
    not run on it (a quarter of an English article's words), parsed or not; a sentence
    opening with another word, or with a capital further on, is still read."""
    from storylens.enrich.nlp import parse

    text = "They relish it.\n\nVelt then left early.\n\nthen it rained on Almsey.\n\nThis was all."
    doc = parse(text, "en", wants_parse=lambda sentence: parsed)
    assert doc is not None
    assert doc.text == text
    read = {token.text: token.ent_iob_ != "" for token in doc if not token.is_space}
    assert not read["relish"]
    assert not read["was"]
    assert read["Velt"]
    assert read["rained"]
    assert [sentence.text.strip() for sentence in doc.sents] == [
        "They relish it.",
        "Velt then left early.",
        "then it rained on Almsey.",
        "This was all.",
    ]
    assert all(token.dep_ for token in doc if not token.is_space)


@pytest.mark.parametrize(
    ("sentence", "worth"),
    [
        ("The dockers didn't unload the ships.", False),  # an apostrophe inside a word
        ("Almsey’s cranes stood idle.", False),
        ("The ‘automation plan’ stayed on the table.", True),
        ("The dockers' union met again.", True),  # a closing mark may end a word
        ("The terminal stayed shut: nobody came.", True),
        ("Velt said the talks had failed.", True),
        ("The cranes stood idle all week.", False),
    ],
)
def test_only_sentences_that_may_quote_are_parsed(sentence: str, worth: bool) -> None:
    from storylens.enrich.quotes import may_quote

    assert may_quote("en")(sentence) is worth


def test_a_cue_inside_reported_speech_claims_no_words_before_it() -> None:
    text = (
        "Ostmark's spokesperson Lena Varga said on Wednesday that the office would cross a line"
        " and that Ostmark would respond."
    )
    quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == ["Lena Varga"]
    assert quotes[0].text.startswith("that the office would cross a line")
