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
