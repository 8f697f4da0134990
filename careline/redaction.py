"""Remove personal information before text is stored, indexed or logged (SPEC §4)."""

from __future__ import annotations

import re

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
