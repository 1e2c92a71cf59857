"""Learn the English cue words that PolNeAR's annotators mark and the hand-written lexicon in
`src/storylens/lang/en/cues.py` lacks; write them to src/storylens/lang/en/cue_words.tsv.

News attributes far more than speech: "called for", "praised", "downplayed", "mocked".
The hand lexicon holds the common verbs; this tool reads the train split of PolNeAR, parses
every article with the same spaCy pipeline the quote stage uses, and counts, for each word
form tagged as a verb, how often it heads a cue (its token lies inside an annotated cue
span) against how often it occurs as a verb at all. A form is kept when it is a cue at
least MIN_CUES times and in at least MIN_SHARE of its verb uses. The dev split is never
read, so `storylens eval quotes` scores on articles the list was not drawn from.

The file holds counts only (word, times a cue, times a verb), facts about the corpus.

    .venv/bin/python tools/learn_cue_words.py [--data ../shared/data/quotes/polnear]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from storylens.enrich.cues import LEARNED_WORDS_FILE, cue_forms, source_prepositions
from storylens.enrich.nlp import pipeline
from storylens.evaluation.quotes import find_quotes_data, polnear_cases

MIN_CUES = 3
MIN_SHARE = 0.3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=None, help="PolNeAR's folder")
    folder = find_quotes_data(parser.parse_args().data)
    if folder is None:
        raise SystemExit("no PolNeAR data: pass --data")
    nlp = pipeline("en")
    assert nlp is not None
    hand = cue_forms("en", learned=False)
    as_cue: Counter[str] = Counter()
    as_verb: Counter[str] = Counter()
    cases = list(polnear_cases(folder, "train"))
    for number, case in enumerate(cases, 1):
        spans = [span for attribution in case.attributions for span in attribution.cue]
        for token in nlp(case.text):
            if not token.tag_.startswith("VB"):
                continue
            word = token.lower_
            as_verb[word] += 1
            as_cue[word] += any(start <= token.idx < end for start, end in spans)
        if number % 100 == 0:
            print(f"{number}/{len(cases)} articles")
    kept = sorted(
        (word for word, cues in as_cue.items() if cues >= MIN_CUES and cues >= MIN_SHARE * as_verb[word]),
        key=lambda word: (-as_cue[word], word),
    )
    handled = hand | frozenset(source_prepositions("en"))
    kept = [word for word in kept if word not in handled and word.isalpha()]
    lines = ["# word\ttimes a cue\ttimes a verb (PolNeAR train; tools/learn_cue_words.py)"]
    lines += [f"{word}\t{as_cue[word]}\t{as_verb[word]}" for word in kept]
    LEARNED_WORDS_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(kept)} words beyond the hand lexicon -> {LEARNED_WORDS_FILE}")


if __name__ == "__main__":
    main()
