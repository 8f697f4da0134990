"""Which language to answer in: staff switch freely, so each message decides, with memory.

A message decides only when it is written in a language: any Chinese character makes it Chinese
(mixed sentences follow their Chinese); English needs English words, not just the names, codes
and numbers that Chinese staff type in Latin letters too ("PACS", "ORA-01653", "CL-000042").
"""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_#./:-]*")
# Latin-letter words that name a system, device or unit, or answer yes/no in any language.
_NEUTRAL_WORDS = frozenset(
    """
    his emr lis pacs ris hl7 fhir pda pdas vpn wifi wi-fi sso ukey usb ca ip dns lan wlan
    oracle sql mysql dicom ct mr mri dr cr us ecg icu ccu nicu er or ok okay yes no y n thx
    pc pcs app id os vm hr cl
    """.split()
)


def _is_language_word(token: str) -> bool:
    """An ordinary English word: letters only, not an acronym, a code or a system's name."""
    if not token.isalpha() or len(token) < 2 or token.lower() in _NEUTRAL_WORDS:
        return False
    return not (token.isupper() and len(token) <= 6)


def message_language(text: str) -> str | None:
    """'zh' or 'en' when this message is written in that language; None when it does not tell.

    Two English words decide; one decides only when nothing else (a name or a code) is there,
    so "hello" is English while "PACS viewer" and "ward 7" keep the language of the chat.
    """
    if _CJK.search(text):
        return "zh"
    if text.startswith("/"):  # a button's payload
        return None
    tokens = _TOKEN.findall(text)
    words = sum(1 for token in tokens if _is_language_word(token))
    if words >= 2 or (words == 1 and len(tokens) == 1):
        return "en"
    return None


def detect_language(text: str, previous: str | None = None) -> str:
    """The language to answer this message in; neutral messages keep the previous one."""
    return message_language(text) or previous or "zh"
