"""Character spans of parsed text: a noun phrase, a subtree, trimmed edges.

spaCy tokens are views that know their document; these helpers turn them into (start, end)
offsets in the text, leaving out relative clauses from a noun phrase and punctuation from the
edges (quotation marks kept where asked).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storylens.enrich.quotation import ALL_MARKS


def phrase(token: Token) -> tuple[int, int]:
    """A noun phrase: the token's subtree without relative clauses or trailing punctuation."""
    tokens = [t for t in token.subtree if not in_relative_clause(t, token)]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    if not tokens:
        return token.idx, token.idx + len(token.text)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def in_relative_clause(token: Token, root: Token) -> bool:
    while token.i not in {root.i, token.head.i}:
        if token.dep_ in {"relcl", "acl:relcl", "acl"}:
            return True
        token = token.head
    return False


def subtree_span(token: Token, exclude: Token | None = None) -> tuple[int, int]:
    """The span of a token's subtree, less the noun phrase of `exclude` (the source) when that
    lies inside it."""
    tokens = list(token.subtree)
    if exclude is not None:
        excluded = {t.i for t in exclude.subtree if not in_relative_clause(t, exclude)}
        tokens = [t for t in tokens if t.i not in excluded] or tokens
    return trim(token.doc, tokens[0].i, tokens[-1].i, keep_marks=True)


def trim(doc: Doc, first: int, last: int, keep_marks: bool = False) -> tuple[int, int]:
    """Character span of tokens first..last without punctuation at the edges (quotes kept)."""

    def loose(token: Token) -> bool:
        return token.is_space or (token.is_punct and not (keep_marks and token.text in ALL_MARKS))

    while first < last and loose(doc[first]):
        first += 1
    while last > first and loose(doc[last]):
        last -= 1
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def text_of(doc: Doc) -> str:
    """The doc's text, built once (spaCy joins the tokens again on every `doc.text`)."""
    cached = doc.user_data.get("storylens_text")
    if not isinstance(cached, str):
        cached = doc.user_data["storylens_text"] = doc.text
    return cached


def token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None and len(span) else len(doc) - 1
