"""Turn untrusted bytes into text, or a one-line reason why not.

The order follows what the bytes say about themselves: a byte-order mark, then a declared
charset (HTTP header or <meta>), then strict UTF-8, then charset-normalizer's detection.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from storylens.errors import BadInput

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x7fELF", "executable"),
    (b"RIFF", "RIFF media"),
    (b"\x00\x00\x01\x00", "icon"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


def sniff_binary(data: bytes) -> str | None:
    """The kind of binary file these bytes are, or None if they may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS) or utf16_without_bom(data):
        return None
    if head.count(b"\x00") > len(head) // 100:  # a stray NUL is dirt in text, many mean binary
        return "binary data"
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when the bytes read as UTF-16 text without a byte-order mark:
    text in a Latin script then has a NUL in nearly every other byte, all on one side."""
    head = data[:8192]
    pairs = len(head) // 2
    if pairs < 8:
        return None
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    if odd > 0.6 * pairs and even < 0.02 * pairs:
        return "utf-16-le"
    if even > 0.6 * pairs and odd < 0.02 * pairs:
        return "utf-16-be"
    return None


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset named by an HTTP Content-Type or an HTML <meta>, if it is a known text
    encoding (a page may declare any codec name, "base64" or "zlib" too)."""
    candidates: list[str] = []
    if content_type and "charset=" in content_type.lower():
        candidates.append(content_type.lower().split("charset=", 1)[1].split(";")[0].strip("\"' "))
    match = _META_CHARSET.search(data[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii", "ignore"))
    for name in candidates:
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        if _is_text_encoding(codec):
            return codec
    return None


def _is_text_encoding(codec: str) -> bool:
    """Whether bytes can be decoded to text with this codec: "base64", "hex", "zlib" and
    "rot13" are codecs, but bytes.decode refuses them."""
    try:
        b"\0\0\0\0".decode(codec)
    except UnicodeDecodeError:
        return True  # a text encoding these four bytes happen not to fit
    except LookupError:
        return False
    return True


def decode_bytes(data: bytes, content_type: str | None = None) -> str:
    """Decode a page's bytes; raise BadInput with the reason when they are not usable text."""
    if not data.strip():
        raise BadInput("empty input")
    kind = sniff_binary(data)
    if kind:
        raise BadInput(f"binary content ({kind}), not a text or HTML page")
    text = _decode(data, content_type)
    bad = len(_CONTROL.findall(text[:20000]))
    if bad > max(10, len(text[:20000]) // 50):
        raise BadInput("unknown text encoding (decoded text is mostly control characters)")
    return text


def _decode(data: bytes, content_type: str | None) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    unmarked = utf16_without_bom(data)
    if unmarked:
        return data.decode(unmarked, errors="replace")
    declared = declared_charset(data, content_type)
    if declared and declared.startswith(("utf-16", "utf-32")):
        declared = None  # UTF-16 and -32 text carries a BOM or NULs, read above; this declaration lies
    if declared:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass  # a wrong declaration is common; fall through to detection
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise BadInput("unknown text encoding (no character set fits the bytes)")
    return data.decode(best.encoding, errors="replace")
