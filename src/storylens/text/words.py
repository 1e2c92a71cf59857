"""Words as every stage counts them, in any script."""

from __future__ import annotations

import re

WORD = re.compile(r"\w+")
#: Kana, CJK ideographs and Hangul: scripts written without spaces between words.
CJK = re.compile("[\u3040-\u9fff\uac00-\ud7af]")


def word_count(line: str) -> int:
    """Words in a line; a run of CJK characters counts one word per two characters."""
    words = WORD.findall(line)
    cjk = len(CJK.findall(line))
    return len(words) + cjk // 2
