"""Which language to answer in: staff switch freely, so each message decides, with memory."""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_NEUTRAL = re.compile(r"(?i)^\s*(ok|okay|yes|no|y|n|thx|cl-?\d+|\d+)\W*$")


def detect_language(text: str, previous: str | None = None) -> str:
    """'zh' when the message has Chinese characters; 'en' when it is English words.

    Button payloads ("/affirm"), bare numbers and one-word "ok"/"yes" keep the previous language:
    a Chinese nurse who types "ok" still wants Chinese.
    """
    if _CJK.search(text):
        return "zh"
    if text.startswith("/") or _NEUTRAL.match(text) or not _LATIN_WORD.search(text):
        return previous or "zh"
    return "en"
