"""Normalising and tokenising queries and articles the same way, in Chinese and English."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import jieba
import opencc
import Stemmer

jieba.setLogLevel(60)

_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_WORD = re.compile(r"[a-z0-9][a-z0-9\-_.]*[a-z0-9]|[a-z0-9]")
_ZH_STOP = frozenset(
    "的 了 吗 呢 啊 吧 呀 嘛 是 在 我 我们 你 您 他 她 它 这 那 个 和 与 或 就 都 也 还 又 "
    "要 会 能 怎么 怎么办 怎样 如何 什么 一下 一个 "
    "请问 请 帮 帮忙 一直 现在 今天 刚才 老是 总是".split()
)
_EN_STOP = frozenset(
    "a an the and or of to in on at for with from by is are was were be been it its this that "
    "my our we i you your me us they them he she do does did how what why when where which can "
    "could should would will please help there here have has had get got not no any some just "
    "keep keeps still now again".split()
)


@lru_cache(maxsize=1)
def _to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """Traditional characters as simplified ones, everything else as written: the articles are
    in simplified Chinese, and the sentence encoder scores a traditional query lower."""
    return _to_simplified().convert(text)


def normalize(text: str) -> str:
    """Full-width to half-width, lower case, traditional to simplified characters."""
    return _to_simplified().convert(unicodedata.normalize("NFKC", text).lower())


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def _chinese_tokens(run: str) -> list[str]:
    words = [w for w in jieba.lcut(run) if w not in _ZH_STOP]
    bigrams = [run[i : i + 2] for i in range(len(run) - 1)]
    return words + bigrams


def tokenize(text: str) -> list[str]:
    """Jieba words plus character bigrams for Chinese (robust to segmentation and typos);
    stemmed words for English, error codes kept whole ("ora-01653", "0xa700")."""
    text = normalize(text)
    tokens: list[str] = []
    for run in _CJK_RUN.findall(text):
        tokens.extend(_chinese_tokens(run))
    latin = _CJK_RUN.sub(" ", text)
    words = [w for w in _WORD.findall(latin) if w not in _EN_STOP]
    tokens.extend(_stemmer().stemWords(words))
    return tokens
