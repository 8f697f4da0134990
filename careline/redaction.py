"""Remove personal information before text is stored, indexed or logged (SPEC §4)."""

from __future__ import annotations

import re
from functools import lru_cache

import jieba
import jieba.posseg

jieba.setLogLevel(60)

_LABEL_SEP = r"(?:\s*[:：=]\s*|\s+)"
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 18-digit resident ID (last char may be X) and the legacy 15-digit form.
    ("[ID]", re.compile(r"(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")),
    # Mainland mobile numbers, optionally with +86 / 86 and separators.
    ("[PHONE]", re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)")),
    # Landlines such as 010-12345678 or 0571-1234567.
    ("[PHONE]", re.compile(r"(?<!\d)0\d{2,3}-\d{7,8}(?!\d)")),
    # Medical record / admission / outpatient numbers behind their label.
    (
        "[MRN]",
        re.compile(
            r"(?i)((?:MRN|medical record(?: no\.?| number)?|病历号|病案号|住院号|门诊号|就诊卡号)"
            + _LABEL_SEP
            + r")[A-Za-z]?\d{4,}"
        ),
    ),
    # Names behind a label: 患者/姓名/病人 in Chinese, patient/name in English.
    (
        "[NAME]",
        re.compile(r"((?:患者|病人|姓名|病患|家属)" + _LABEL_SEP + r")[\u4e00-\u9fa5·]{2,4}"),
    ),
    (
        "[NAME]",
        re.compile(r"(\b(?i:patient|pt|name)\s*[:=]\s*)[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"),
    ),
)


def redact(text: str) -> str:
    """Replace every personal identifier in `text` by a placeholder naming its kind."""
    for placeholder, pattern in _RULES:
        if pattern.groups:
            text = pattern.sub(lambda m, p=placeholder: m.group(1) + p, text)
        else:
            text = pattern.sub(placeholder, text)
    return text


# The commonest Chinese surnames: a person-name tag from jieba counts only when the name starts
# with one, so ordinary words the tagger mistakes for names ("卡住") stay readable.
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程"
    "魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付傅方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝"
    "顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文施洪葛庞柳鲁倪殷牛翟蒙"
)
_CJK = re.compile(r"[\u4e00-\u9fa5]")
# jieba.posseg cuts text into blocks of these characters and tags each block on its own; what
# lies between blocks (punctuation, spaces) is never tagged as a name. So a name never spans two
# blocks, and a block without a surname in it cannot hold one.
_BLOCK = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._]+)")
_surname_in = re.compile("[" + "".join(sorted(_SURNAMES)) + "]").search


def redact_names(text: str) -> str:
    """Unlabelled Chinese personal names in free text ("3床王秀英的结果"), found by jieba's
    part-of-speech tagger; too slow for log lines, which carry their names behind labels.

    Only the blocks that contain a surname go through the tagger (its hidden Markov model takes
    milliseconds a block), each block's answer is remembered, and the result is the same as
    tagging the whole text: see `_BLOCK`.
    """
    if not _CJK.search(text):
        return text
    pieces = _BLOCK.split(text)
    for i in range(1, len(pieces), 2):  # odd pieces are blocks, even ones what lies between
        if _surname_in(pieces[i]):
            pieces[i] = _block_names(pieces[i], jieba.dt.total)
    return "".join(pieces)


@lru_cache(maxsize=8192)
def _block_names(block: str, _dictionary_total: float) -> str:
    """One block with its names replaced; cached per block and jieba dictionary state (adding a
    word to jieba changes its total frequency, so no stale answer survives that)."""
    pieces: list[str] = []
    name = ""
    for word, flag in jieba.posseg.cut(block):
        if flag == "nr":
            name += word
            continue
        pieces.append(_name_or_text(name))
        name = ""
        pieces.append(word)
    pieces.append(_name_or_text(name))
    return "".join(pieces)


def _name_or_text(candidate: str) -> str:
    looks_like_name = 2 <= len(candidate) <= 4 and candidate[0] in _SURNAMES
    return "[NAME]" if looks_like_name else candidate


def redact_free_text(text: str) -> str:
    """What people type (descriptions, chat, reasons): labelled identifiers and bare names."""
    return redact(redact_names(text))
