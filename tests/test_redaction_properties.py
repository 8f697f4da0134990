"""Property tests of the redaction: identifiers generated in their written shapes, inside random
log and chat text, never survive; the technical identifiers a support line lives on all stay.

The generators know the rules of each kind (a resident ID's check digit, a card's Luhn digit,
mobile prefixes), not the redaction's patterns: they write the shapes people write.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careline.redaction import redact

EXAMPLES = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋"
GIVEN = "秀英建国伟芳娜敏静丽强磊军洋艳勇杰娟涛明超霞平刚桂兰玉珍淑华红梅凤琴晓燕"
ENGLISH_FIRST = ["John", "Mary", "James", "Linda", "Robert", "Susan", "Ahmed", "Olivia", "Wei"]
ENGLISH_LAST = ["Smith", "Johnson", "Garcia", "Brown", "O'Neil", "Nguyen", "Müller", "Taylor"]
ZH_FILLER = [
    "的检验结果打不开",
    "，护士站呼叫器不响",
    "的医嘱无法提交",
    "。系统一直卡住",
    "说腕带扫不出来",
    "",
]
LOG_WORDS = [
    "ERROR",
    "WARN",
    "INFO",
    "HL7",
    "ADT^A01",
    "MSA|AE",
    "ORA-01653",
    "timeout",
    "2026-11-20",
    "03:12:44",
    "host=10.2.3.4",
    "port=2575",
    "status=0xA700",
    "pid=4242",
    "user=svc_lis",
    "ward=3",
    "[worker-2]",
    "SQLSTATE[08006]",
    "v3.6.2",
    "CL-000123",
    "监护仪",
    "离线",
]


def resident_id(born: date, area: str, serial: int) -> str:
    body = f"{area}{born:%Y%m%d}{serial:03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(d) * w for d, w in zip(body, weights, strict=True))
    return body + "10X98765432"[total % 11]


def luhn_completed(prefix: str) -> str:
    total = 0
    for i, char in enumerate(reversed(prefix)):
        value = int(char) * (1 if i % 2 else 2)
        total += value - 9 if value > 9 else value
    return prefix + str((10 - total % 10) % 10)


def grouped(digits: str, sizes: list[int], sep: str) -> str:
    parts, start = [], 0
    for size in sizes:
        parts.append(digits[start : start + size])
        start += size
    parts.append(digits[start:])
    return sep.join(p for p in parts if p)


@st.composite
def resident_ids(draw: st.DrawFn) -> str:
    born = date(1930, 1, 1) + timedelta(days=draw(st.integers(0, 33_000)))
    area = draw(st.from_regex(r"[1-6][0-9]{5}", fullmatch=True))
    number = resident_id(born, area, draw(st.integers(0, 999)))
    shape = draw(st.sampled_from([[], [6, 8], [6, 4, 4], [4, 4, 4, 4], [3, 3, 4, 4]]))
    return grouped(number, shape, draw(st.sampled_from([" ", "-", " "])) if shape else "")


@st.composite
def mobiles(draw: st.DrawFn) -> str:
    number = draw(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
    prefix = draw(st.sampled_from(["", "+86 ", "+86", "86-", "0086 ", "(+86) "]))
    shape = draw(st.sampled_from([([], ""), ([3, 4], "-"), ([3, 4], " "), ([3, 4], ".")]))
    if prefix == "(+86) " and shape[1] == ".":
        shape = ([], "")
    return prefix + grouped(number, *shape)


@st.composite
def landlines(draw: st.DrawFn) -> str:
    area = draw(st.sampled_from(["010", "020", "021", "0571", "0755", "0898"]))
    local = draw(st.from_regex(r"[2-8][0-9]{6,7}", fullmatch=True))
    shape = draw(
        st.sampled_from(["{a}-{l}", "({a}) {l}", "{a} {l}", "+86 {a1} {l}", "{a}-{l}转8021"])
    )
    return shape.format(a=area, l=local, a1=area[1:])


@st.composite
def bank_cards(draw: st.DrawFn) -> str:
    length = draw(st.sampled_from([16, 19]))
    prefix = draw(st.sampled_from(["62", "4", "5"]))
    body = prefix + draw(st.from_regex(rf"[0-9]{{{length - len(prefix) - 1}}}", fullmatch=True))
    card = luhn_completed(body)
    return (
        grouped(card, [4, 4, 4, 4], draw(st.sampled_from([" ", "-"])))
        if draw(st.booleans())
        else card
    )


@st.composite
def emails(draw: st.DrawFn) -> str:
    user = draw(st.from_regex(r"[a-z][a-z0-9._]{1,12}[a-z0-9]", fullmatch=True))
    domain = draw(
        st.sampled_from(["hospital.cn", "qq.com", "163.com", "example.org", "mail.zju.edu.cn"])
    )
    return f"{user}@{domain}"


@st.composite
def record_numbers(draw: st.DrawFn) -> tuple[str, str]:
    label = draw(
        st.sampled_from(
            [
                "病案号",
                "病历号",
                "住院号",
                "门诊号",
                "就诊卡号",
                "MRN",
                "MRN#",
                "MR#",
                "Medical record no.",
                "admission no.",
            ]
        )
    )
    sep = draw(st.sampled_from(["", ":", "：", " ", "为", "是", "=", "# ", ": "]))
    value = draw(st.from_regex(r"[A-Z]?[0-9]{5,10}", fullmatch=True))
    return label + sep + value, value


@st.composite
def chinese_names(draw: st.DrawFn) -> str:
    given = draw(st.text(alphabet=GIVEN, min_size=1, max_size=2))
    return draw(st.sampled_from(SURNAMES)) + given


@st.composite
def labelled_chinese_names(draw: st.DrawFn) -> tuple[str, str]:
    name = draw(chinese_names())
    label = draw(
        st.sampled_from(
            [
                "患者",
                "患者:",
                "患者：",
                "病人",
                "家属",
                "姓名:",
                "patient=",
                "name=",
                "3床",
                "12床",
                "十二床",
                "5号床",
            ]
        )
    )
    return label + name + draw(st.sampled_from(ZH_FILLER)), name


@st.composite
def english_names(draw: st.DrawFn) -> tuple[str, str]:
    first, last = draw(st.sampled_from(ENGLISH_FIRST)), draw(st.sampled_from(ENGLISH_LAST))
    label = draw(
        st.sampled_from(["patient ", "Patient: ", "pt: ", "name=", "Mr. ", "Mrs ", "Dr. "])
    )
    return f"{label}{first} {last} reported", last


def around(draw: st.DrawFn, middle: str) -> str:
    """`middle` somewhere inside random log words, Chinese text, punctuation and newlines."""
    words = st.lists(st.sampled_from(LOG_WORDS), max_size=6)
    glue = st.sampled_from([" ", "\n", "，", ": ", " | ", "\t"])
    return " ".join(draw(words)) + draw(glue) + middle + draw(glue) + " ".join(draw(words))


IDENTIFIERS = st.one_of(resident_ids(), mobiles(), landlines(), bank_cards(), emails())


@EXAMPLES
@given(st.data(), IDENTIFIERS)
def test_no_number_or_email_survives_in_any_text(data: st.DataObject, identifier: str) -> None:
    out = redact(around(data.draw, identifier))
    assert identifier not in out, out
    # Nor any part of it: its digits, separators taken out, appear nowhere in what is left.
    digits = re.sub(r"\D", "", identifier)
    assert len(digits) < 10 or digits not in re.sub(r"\D", "", out), out


@pytest.mark.parametrize(
    ("labelled", "placeholder"),
    [
        (record_numbers(), "[MRN]"),
        (labelled_chinese_names(), "[NAME]"),
        (english_names(), "[NAME]"),
    ],
    ids=[
        "record numbers behind their label",
        "Chinese names after labels and beds",
        "English names after labels and titles",
    ],
)
@EXAMPLES
@given(data=st.data())
def test_a_labelled_identifier_never_survives(
    data: st.DataObject, labelled: st.SearchStrategy[tuple[str, str]], placeholder: str
) -> None:
    text, secret = data.draw(labelled)
    out = redact(around(data.draw, text))
    assert secret not in out, out
    assert placeholder in out, out


# What a support line must keep readable: codes, addresses, versions, numbers of its own.
TECHNICAL = [
    "ORA-01653: unable to extend table LIS.RESULTS by 8192 in tablespace USERS",
    "ORA-12541: TNS:no listener at 10.12.0.15:1521",
    "MSH|^~\\&|LIS|HOSP|HIS|HOSP|20261120031244||ORU^R01|MSG00001|P|2.5.1",
    "MSA|AE|MSG00001|Segment sequence error",
    "DICOM C-STORE failed: status 0xA700 (Out of resources), association 2575",
    "DICOM status 0xC000 from AE PACS_ARCHIVE on 192.168.10.21:104",
    "HTTP 502 Bad Gateway from nginx/1.24.0 upstream 127.0.0.1:8080",
    "ticket CL-000123 and CL-004567 are the same fault",
    "Rasa 3.6.20, rasa-sdk 3.21.1, Python 3.10.14, build 20261120.1",
    "Windows Event ID 4625 at 2026-11-20T03:12:44.123Z on WS-ICU-07",
    "SQLSTATE[08006] connection failure; errno 111; pid 4242",
    "trace id 1234567890123456789 span 00f067aa0ba902b7",
    "MAC 00:1A:2B:3C:4D:5E VLAN 120 IP 10.138.123.145 mask 255.255.255.0",
    "uuid 550e8400-e29b-41d4-a716-446655440000",
    "disk /dev/sda1 95% used, 1048576 blocks free, inode 2097152",
    "版本 5.2.1 升级后 HIS 挂号模块报错 E1203，端口 8443",
    "监护仪 MX450 序列号 DE12345678 离线，网关 10.2.3.4",
    "Patient Portal login fails with error 401",
    "Patient Monitor in ICU bed 3 shows no waveform",
    "急诊挂号系统登不上了，所有窗口都卡住了",
    "护士站呼叫系统 2026-11-20 03:12 全部离线，影响 5 个病区",
    "epoch 1732072364000 ms, offset +08:00, timeout 30000",
    "Kafka partition 12 offset 2026112003124412",
    "PACS study 1.2.840.113619.2.55.3.604688119.971.1732072364.123 not found",
]


def test_technical_identifiers_stay_readable() -> None:
    changed = {line: redact(line) for line in TECHNICAL if redact(line) != line}
    assert changed == {}
