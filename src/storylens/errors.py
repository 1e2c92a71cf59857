"""The few exception types that users of storylens can catch."""

from __future__ import annotations


class StorylensError(Exception):
    """Base of every error storylens raises on purpose."""


class BadInput(StorylensError):
    """One input cannot be used; the message is the one-line reason shown in the report."""


class SourceNotFound(StorylensError):
    """A path given to ingest does not exist."""


class StoreError(StorylensError):
    """The library database cannot be opened or is of an unknown schema."""


class StoryNotFound(StorylensError):
    """No story has the given id."""


class ArticleNotFound(StorylensError):
    """No article has the given id."""
