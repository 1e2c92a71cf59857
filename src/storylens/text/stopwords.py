"""Function words of a language, from jusText's stoplists (used by cleaning and clustering)."""

from __future__ import annotations

from functools import lru_cache

import justext

_LANGUAGE_NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "id": "Indonesian",
    "ms": "Malay",
    "vi": "Vietnamese",
    "ru": "Russian",
    "pl": "Polish",
    "sv": "Swedish",
    "da": "Danish",
    "no": "Norwegian_Bokmal",
    "fi": "Finnish",
    "tr": "Turkish",
    "cs": "Czech",
    "ro": "Romanian",
    "hu": "Hungarian",
}


def has_stoplist(language: str | None) -> bool:
    return language in _LANGUAGE_NAMES


@lru_cache(maxsize=64)
def stopwords(language: str | None) -> frozenset[str]:
    """Function words of a language (English ones too: they leak into every language)."""
    words = set(justext.get_stoplist("English"))
    name = _LANGUAGE_NAMES.get(language or "")
    if name:
        words |= set(justext.get_stoplist(name))
    return frozenset(w.casefold() for w in words)


#: Given names in jusText's English list, which counts words by their frequency on Wikipedia.
_GIVEN_NAMES = frozenset({"david", "george", "james", "john", "robert", "william"})


@lru_cache(maxsize=64)
def name_stopwords(language: str | None) -> frozenset[str]:
    """The function words that tell a capitalised phrase from a person's name ("Business
    News", "New York"): the stoplist without the given names it holds ("James Akinaka")."""
    return stopwords(language) - _GIVEN_NAMES
