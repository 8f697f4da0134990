"""Remove personal information before text is stored, indexed or logged (SPEC §4).

`redact` is the one entry point, used on every path: descriptions, logs, chat, the tracker
store, knowledge-base gaps, audit reasons, log files and error handlers. It replaces each
identifier by a placeholder naming its kind: [ID], [CARD], [PHONE], [EMAIL], [MRN], [NAME].

Numbers are recognised by their shape and, where the kind has one, their check digit: a
resident ID's ISO 7064 digit, a bank card's Luhn digit. So an error code, an IP address, a
version, a ticket number or a long trace number of a log stays readable; a number behind its
label (身份证, 电话, 病案号, MRN …) is taken whatever its shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache, partial

import jieba
import jieba.posseg

jieba.setLogLevel(60)

# The commonest Chinese surnames (and the compound ones): a name without a label counts only
# when it starts with one, so ordinary words a tagger mistakes for names ("卡住") stay readable.
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程"
    "魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付傅方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝"
    "顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文施洪葛庞柳鲁倪殷牛翟蒙"
)
_COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "令狐",
    "慕容",
    "司徒",
    "夏侯",
)
# Characters that end a name written without a separator ("患者王丽的结果" → 王丽): particles,
# verbs and nouns that follow a name in a report far more often than they are part of one.
_AFTER_NAME = frozenset(
    "的说在是和与及等了也都又还就床号家病反打问要来去到做检查化验结果报告信息资料数据单页面腕"
    "带手术住出入转科室医护士电话，。、,.:：;；!！?？ "
)

_SEP = r"[ \-]"  # what people put between groups of digits
# Python's \w also matches Chinese characters, which often sit right against a number.
_NUM_START = r"(?<![A-Za-z0-9_.\-])"
_NUM_END = r"(?![A-Za-z0-9_])"


def _id_checksum_ok(digits: str) -> bool:
    """ISO 7064 MOD 11-2, the last character of an 18-character resident ID."""
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(d) * w for d, w in zip(digits[:17], weights, strict=True))
    return "10X98765432"[total % 11] == digits[17].upper()


def _plausible_birth_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return 1900 <= year <= 2099


def _has_birth_date(digits: str) -> bool:
    """Characters 7-14 of an 18-character ID (YYYYMMDD), 7-12 of a 15-digit one (YYMMDD)."""
    if len(digits) == 18:
        return _plausible_birth_date(int(digits[6:10]), int(digits[10:12]), int(digits[12:14]))
    return digits.isdigit() and _plausible_birth_date(
        1900 + int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    )


def _is_resident_id(digits: str) -> bool:
    """A birth date where an ID has one, and (for 18 characters) the right check digit."""
    return _has_birth_date(digits) and (len(digits) == 15 or _id_checksum_ok(digits))


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, char in enumerate(reversed(digits)):
        value = int(char) * (2 if i % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _only_digits(text: str) -> str:
    return re.sub(r"[^0-9Xx]", "", text)


Rule = Callable[[str], str]


def _valid_end(
    compiled: re.Pattern[str], text: str, match: re.Match[str], is_valid: Callable[[str], bool]
) -> int | None:
    """Where a number that passes the check ends: at the end of the shape, or earlier, before
    a separator, so a card number followed by a time ("… 03:12:44") is still a card."""
    separators = [i for i in range(match.end() - 1, match.start(), -1) if text[i] in " -"]
    for end in (match.end(), *separators):
        shorter = compiled.match(text, match.start(), end)
        if shorter and shorter.end() == end and is_valid(_only_digits(shorter.group(0))):
            return end
    return None


def _checked(pattern: str, placeholder: str, is_valid: Callable[[str], bool]) -> Rule:
    """A number shape whose digits must pass the kind's check. A shape that fails is tried
    shorter (digits after it that are not its own) and then one character later, so neither a
    log's port number in front of an ID nor a time after a card can hide it."""
    compiled = re.compile(pattern)

    def rule(text: str) -> str:
        pieces: list[str] = []
        kept_from = search_from = 0
        while match := compiled.search(text, search_from):
            if (end := _valid_end(compiled, text, match, is_valid)) is not None:
                pieces += [text[kept_from : match.start()], placeholder]
                kept_from = search_from = end
            else:
                search_from = match.start() + 1
        return "".join([*pieces, text[kept_from:]])

    return rule


def _replaced(pattern: str, placeholder: str) -> Rule:
    """Every match becomes the placeholder; a named group `label` in front of it is kept."""
    compiled = re.compile(pattern)
    if "label" in compiled.groupindex:
        return partial(compiled.sub, lambda match: match.group("label") + placeholder)
    return partial(compiled.sub, placeholder)


_NAME_LABEL_ZH = r"患者|病人|病患|患儿|家属|姓名|产妇|孕妇|伤者|病友"
_NAME_LABEL_EN = r"patient(?:\s+name)?|pt\.?|name|next of kin"
_TITLE_EN = r"Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Madam"
# Capitalised words that follow "patient" as a product or screen name, never as a person's.
_NOT_A_NAME = frozenset(
    "Portal Monitor Monitoring List Lists Record Records Data Info Information Management Search "
    "Registration Admission Admissions Chart Charts Summary Care Tracking Wristband Wristbands "
    "Queue Flow Safety Master Index Details Detail Module Screen Page Service Services System "
    "Transfer Label Labels Lookup Id ID Name Number No Identifier Demographics Banner Board "
    "Call Alarm Station Bed Beds Room Entertainment Terminal Education App Application".split()
)
_LOWER = "a-zà-öø-ÿ"
_EN_NAME = rf"(?:[A-Z]'[A-Z][{_LOWER}]+|[A-Z][{_LOWER}]+(?:-[A-Z][{_LOWER}]+)?)"


def _labelled_numbers() -> list[Rule]:
    """Numbers behind a label that says what they are: taken whatever their shape."""
    value = r"(?:[:：=#]|号码|号|为|是|no\.?|number|\s)*\s*"
    digits = r"[A-Za-z]{0,3}-?\d(?:[ \-]?\d){3,}[Xx]?"
    labels = {
        "[ID]": r"身份证(?:号码|号)?|证件号(?:码)?|ID card(?: no\.?| number)?|national id",
        "[MRN]": (
            r"MRN|MR#|medical record(?: no\.?| number| #)?|record no\.?|病历号|病案号|住院号"
            r"|门诊号|就诊卡号|就诊号|诊疗卡号|登记号|健康卡号|医保卡号|社保卡号|admission no\.?"
            r"|admission number|inpatient no\.?|outpatient no\.?|visit no\.?|visit number"
        ),
        "[PHONE]": r"电话|手机|联系方式|tel\.?|phone|mobile|cell",
        "[CARD]": r"银行卡(?:号)?|卡号|card no\.?|card number",
    }
    return [
        _replaced(rf"(?i)(?P<label>(?:{label}){value}){digits}", placeholder)
        for placeholder, label in labels.items()
    ]


_RULES: list[Rule] = [
    _replaced(
        r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@(?![\d.]+(?![\w.\-]))"
        r"[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+",
        "[EMAIL]",
    ),
    *_labelled_numbers(),
    # Resident IDs. 18 characters in one run need only the birth date: such a run with a real
    # date in it is an ID with a typo far more often than a log's number (about 7 in 10,000
    # random runs hold one: 200 years of dates among 10^8 eight-digit values). Grouped, the
    # check digit must be right too; the legacy form is 15 digits.
    _checked(_NUM_START + r"\d{17}[\dXx]" + _NUM_END, "[ID]", _has_birth_date),
    _checked(
        _NUM_START + r"\d(?:" + _SEP + r"?\d){16}" + _SEP + r"?[\dXx]" + _NUM_END,
        "[ID]",
        _is_resident_id,
    ),
    _checked(_NUM_START + r"\d{15}" + _NUM_END, "[ID]", _is_resident_id),
    # Bank cards: 16 to 19 digits with a valid Luhn digit, grouped or not.
    _checked(_NUM_START + r"[2-6]\d(?:" + _SEP + r"?\d){14,17}" + _NUM_END, "[CARD]", _luhn_ok),
    # Mainland mobiles: +86 / 0086 / (86) in front or not, spaces or hyphens anywhere, or dots
    # in the 3.4.4 shape only (dots anywhere would take IP addresses).
    _replaced(
        r"(?:(?<![A-Za-z0-9_+])(?:\+|00)?\(?86\)?[ \-]?|(?<![A-Za-z0-9_.]))"
        r"(?:1[3-9]\d(?:[ \-]?\d){8}|1[3-9]\d\.\d{4}\.\d{4})(?!\d)",
        "[PHONE]",
    ),
    # Landlines: an area code set off by a separator or brackets (a bare run of digits is more
    # often a log's number), or +86 and the code without its 0; an extension may follow.
    _replaced(
        r"(?<![A-Za-z0-9_.\-])(?:(?:\+|00)86[ \-]?\(?[1-9]\d{1,2}\)?[ \-]?|\(0\d{2,3}\)\s?"
        r"|0\d{2,3}[ \-])\d{3,4}[ \-]?\d{4}(?:\s*(?:转|ext\.?|x)\s*\d{1,5})?(?!\d)",
        "[PHONE]",
    ),
]


def _compound_or_single_surname(text: str) -> int:
    """How many characters of `text` are a surname (2 for 欧阳, 1 for 王), or 0."""
    if text[:2] in _COMPOUND_SURNAMES:
        return 2
    return 1 if text[:1] in _SURNAMES else 0


_ORDINARY_WORD_MIN_FREQUENCY = 20


def _is_ordinary_word(word: str) -> bool:
    """A common dictionary word that is neither a person's nor a place's name ("黄疸" after 患者
    is jaundice, not Mr Huang); rare entries and place names (黄洋, 罗兰) are names here."""
    tag = jieba.posseg.dt.word_tag_tab.get(word)
    if tag is None or tag.startswith(("nr", "ns")):
        return False
    return jieba.dt.FREQ.get(word, 0) >= _ORDINARY_WORD_MIN_FREQUENCY


def _chinese_name_length(text: str, labelled_with_separator: bool) -> int:
    """Length of the name at the start of `text`: a surname and one or two given characters
    (all of the CJK run when a separator such as 'patient=' marks where it starts)."""
    run = re.match(r"[\u4e00-\u9fa5·]{2,5}", text)
    if not run:
        return 0
    run_text = run.group(0)
    if labelled_with_separator and len(run_text) <= 4:
        return len(run_text)
    surname = _compound_or_single_surname(run_text)
    if not surname or _is_ordinary_word(run_text[: surname + 1]):
        return 0
    length = surname + 1
    if len(run_text) > length and run_text[length] not in _AFTER_NAME:
        length += 1
    return min(length, len(run_text))


_CHINESE_NAME_AFTER = re.compile(
    rf"(?P<label>(?:{_NAME_LABEL_ZH}|(?i:{_NAME_LABEL_EN}))(?P<sep>\s*[:：=]\s*|\s*)"
    rf"|(?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}})\s*(?:号床|床位|床)\s*[:：,，]?\s*)"
    r"(?=[\u4e00-\u9fa5])"
)
_ENGLISH_NAME_AFTER = re.compile(
    rf"(?P<label>\b(?:(?i:{_NAME_LABEL_EN})\s*[:=#]?\s*|(?:{_TITLE_EN})\.?\s+"
    rf"|(?i:bed)\s*\d{{1,3}}\s*[:,]?\s*))(?P<name>{_EN_NAME}(?:\s+{_EN_NAME}){{0,2}})"
)


def _redact_labelled_chinese_names(text: str) -> str:
    pieces: list[str] = []
    position = 0
    for match in _CHINESE_NAME_AFTER.finditer(text):
        if match.start() < position:
            continue
        separator = bool((match.group("sep") or "").strip())
        length = _chinese_name_length(text[match.end() :], separator)
        if length == 0:
            continue
        pieces.append(text[position : match.end()] + "[NAME]")
        position = match.end() + length
    pieces.append(text[position:])
    return "".join(pieces)


def _english_name(match: re.Match) -> str:
    words = match.group("name").split()
    kept = []
    for word in words:
        if word in _NOT_A_NAME:
            break
        kept.append(word)
    if not kept:
        return match.group(0)
    rest = match.group("name")[len(" ".join(kept)) :]
    return match.group("label") + "[NAME]" + rest


def _redact_numbers_and_labels(text: str) -> str:
    for rule in _RULES:
        text = rule(text)
    text = _redact_labelled_chinese_names(text)
    return _ENGLISH_NAME_AFTER.sub(_english_name, text)


_CJK = re.compile(r"[\u4e00-\u9fa5]")
# jieba.posseg cuts text into blocks of these characters and tags each block on its own; what
# lies between blocks (punctuation, spaces) is never tagged as a name. So a name never spans two
# blocks, and a block without a surname in it cannot hold one.
_BLOCK = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._]+)")
_surname_in = re.compile("[" + "".join(sorted(_SURNAMES)) + "]").search


def redact_names(text: str) -> str:
    """Unlabelled Chinese personal names in free text ("陈芳的腕带扫不出来"), found by jieba's
    part-of-speech tagger.

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


def redact(text: str) -> str:
    """`text` with every personal identifier replaced by a placeholder naming its kind."""
    return redact_names(_redact_numbers_and_labels(text))
