"""Deterministic labelled cases for the triage classifier, built from fault families.

A family is one underlying fault with one subsystem and one tier, worded several ways in
Chinese and English. Cases combine a wording with tier-matched context fragments and, for
half of them, a log excerpt in a format the field produces. Every personal datum in the logs
(names, resident ID numbers, mobile numbers, record numbers) is fabricated at random.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta

from careline.labels import SUBSYSTEM_IDS, TIER_IDS
from triage.family import Family, load_families, load_log_templates, load_wording

CASES_PER_FAMILY = 12
MIN_FAMILIES_PER_CELL = 10
BARE_SHARE = 0.3  # cases that are just the wording, like a ticket title
PII_SHARE = 0.4  # of logs whose template has a personal-data line: ~10% of all logs
COMPOSE_TRIES = 12
FAMILIES = load_families()

# --------------------------------------------------------------------------- text fragments

_WORDING = load_wording()
PLACES = _WORDING.places
ROLES = _WORDING.roles
WARD_NUMBERS = _WORDING.ward_numbers
OPENERS = _WORDING.by_tier_and_language("openers")
IMPACTS = _WORDING.by_tier_and_language("impacts")
ASKS = _WORDING.by_tier_and_language("asks")
WHENS = _WORDING.whens
TAGS = _WORDING.tags
SIGNATURES = _WORDING.signatures
SENTENCE_END = _WORDING.sentence_end

# --------------------------------------------------------------------------- log templates
# A line starting with "?" carries personal data and is kept only in logs chosen for it.
# A line is stamped with the advancing clock when it uses any {ts...} placeholder.

LOG_TEMPLATES = load_log_templates()

# --------------------------------------------------------------------------- log values

HOST_PREFIX: dict[str, str] = {
    "his": "his",
    "emr": "emr",
    "lis": "lis",
    "pacs": "pacs",
    "nursing": "nis",
    "medical_device": "mdi",
    "integration": "esb",
    "database": "his",
    "network": "core",
    "infrastructure": "app",
    "identity": "cas",
    "peripheral": "print",
    "telemedicine": "rtc",
}
TABLES: dict[str, tuple[str, ...]] = {
    "his": ("MZ_GHMX", "MZ_SFJS", "ZY_YZXX", "YF_FYMX", "ZY_BRXX"),
    "emr": ("EMR_DOCUMENT", "EMR_SIGN", "BA_SY", "HL_JLD"),
    "lis": ("LIS_SAMPLE", "LIS_RESULT", "LIS_REQUEST"),
    "pacs": ("RIS_STUDY", "RIS_REPORT", "RIS_SCHEDULE"),
    "integration": ("ESB_MSG_LOG", "DICT_MAPPING", "ESB_RETRY_QUEUE"),
    "database": ("MZ_SFJS", "ZY_YZXX", "EMR_DOCUMENT", "YF_FYMX", "MZ_GHMX"),
}
DEFAULT_TABLES = ("MZ_SFJS", "ZY_YZXX", "EMR_DOCUMENT", "ZY_BRXX")
PC_PREFIXES = ("MZ-SFC", "JZ-GH", "ICU-NS", "W05-NS", "FSK-RD", "JYK-QS", "YWK-OFF", "W12-DR")
USER_PREFIXES = ("hs", "ys", "sf", "jy", "fs", "xx")
CHANNELS = (
    "HIS_ADT_to_LIS",
    "HIS_ORM_to_PACS",
    "LIS_ORU_to_HIS",
    "HIS_ADT_to_PACS",
    "EMR_MDM_to_HIE",
    "NIS_VITALS_IN",
)
PACS_AES = ("PACS_ARCH", "DCM4CHEE", "PACS_QR", "RIS_MWL")
MODALITY_AES = ("CT_GE_01", "MR_SIEMENS_1", "DR_ER_01", "US_PHILIPS_3", "COBAS8000", "XN1000")
MONITORS = ("MX700", "N17", "iMEC10", "BSM-6701")
PUMPS = ("Infusomat", "BeneFusion-SP5", "Agilia-VP", "SK-600")
VENTS = ("Servo-i", "Evita-V500", "SV800", "Hamilton-C6")
PRINTERS: dict[str, tuple[str, ...]] = {
    "print-invoice": ("EPSON LQ-630KII", "OKI 5200F", "Jolimark FP-630K"),
    "print-label": ("Zebra ZD888", "Zebra GK888t", "TSC TTP-244 Pro"),
    "print-report": ("HP LaserJet Pro M404dn", "Brother HL-5590DN", "Lenovo LJ2405D"),
}
PRINT_DOCS = ("Print Document", "发票_{n}", "腕带_{k}", "检验条码_{n}", "报告单")
SURNAMES = "张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗"
GIVEN_NAMES = (
    "伟",
    "芳",
    "娜",
    "秀英",
    "敏",
    "静",
    "强",
    "磊",
    "洋",
    "艳",
    "勇",
    "军",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀兰",
    "霞",
    "平",
    "建国",
    "桂英",
)
ID_REGIONS = ("110101", "310104", "440106", "330106", "510107", "420102")
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
FIRST_LOG_TIME = datetime(2026, 1, 5)
LOG_TIME_SPAN_DAYS = 320


def _pascal(app: str) -> str:
    """ "his-reg" -> "HisReg", for executables, namespaces and services."""
    return "".join(part.capitalize() for part in app.split("-"))


def _ip(rng: random.Random, second_octet: int) -> str:
    """A private address; servers sit in 10.1-3.x.x, clients in 10.20-60.x.x."""
    return f"10.{second_octet}.{rng.randint(1, 254)}.{rng.randint(2, 250)}"


def _guid(rng: random.Random) -> str:
    """A GUID drawn from `rng` (uuid4 would not be reproducible)."""
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _resident_id(rng: random.Random) -> str:
    """A synthetic 18-digit resident ID: real layout and check digit, random content."""
    birth = datetime(1940, 1, 1) + timedelta(days=rng.randint(0, 29_000))
    body = f"{rng.choice(ID_REGIONS)}{birth:%Y%m%d}{rng.randint(0, 999):03d}"
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, ID_WEIGHTS, strict=True)) % 11]


def log_values(rng: random.Random, fam: Family) -> dict[str, str]:
    """Random hosts, ids, devices and fake personal data for one log excerpt."""
    prefix = HOST_PREFIX[fam.subsystem]
    values = {
        "app": fam.app,
        "pkg": fam.app.replace("-", "."),
        "exe": f"{_pascal(fam.app)}.exe",
        "ns": f"SmartHos.{_pascal(fam.app)}",
        "svc": f"{_pascal(fam.app)}Service",
        "host": f"{prefix}-{rng.choice(('app', 'web', 'srv'))}{rng.randint(1, 4):02d}",
        "dbhost": f"{prefix}-db{rng.randint(1, 2):02d}",
        "pc": f"{rng.choice(PC_PREFIXES)}-{rng.randint(1, 40):02d}",
        "sw": f"{rng.choice(('CORE', 'AGG', 'ACC'))}-SW-{rng.choice('ABCD')}{rng.randint(1, 9)}",
        "esx": f"esxi-{rng.randint(1, 16):02d}.hosp.local",
        "vm": f"{rng.choice(('his', 'emr', 'esb', 'lis'))}-app{rng.randint(1, 6):02d}",
        "vol": f"5f{rng.getrandbits(24):06x}-{rng.getrandbits(16):04x}",
        "ip": _ip(rng, rng.randint(20, 60)),
        "ip2": _ip(rng, rng.randint(1, 3)),
        "user": f"{rng.choice(USER_PREFIXES)}{rng.randint(1, 9999):04d}",
        "k": str(rng.randint(10, 199)),
        "k2": str(rng.randint(10, 999)),
        "k3": str(rng.randint(2, 9)),
        "k4": str(rng.randint(10, 59)),
        "n": str(rng.randint(1000, 99999)),
        "n2": str(rng.randint(100, 9999)),
        "ms": str(rng.randint(3000, 65000)),
        "ms2": str(rng.randint(3000, 65000)),
        "pid": str(rng.randint(1000, 65000)),
        "pid2": str(rng.randint(1000, 65000)),
        "cid": str(rng.randint(10**11, 10**12 - 1)),
        "cid2": str(rng.randint(10**11, 10**12 - 1)),
        "table": rng.choice(TABLES.get(fam.subsystem, DEFAULT_TABLES)),
        "chan": rng.choice(CHANNELS),
        "ae": rng.choice(PACS_AES),
        "scu": rng.choice(MODALITY_AES),
        "uid": f"1.2.840.113619.2.55.3.{rng.randint(10**8, 10**9)}.{rng.randint(100, 999)}",
        "mon": f"{rng.choice(MONITORS)}-{rng.randint(1000, 9999)}",
        "pump": f"{rng.choice(PUMPS)}-{rng.randint(1000, 9999)}",
        "vent": f"{rng.choice(VENTS)}-{rng.randint(1, 20):02d}",
        "gw": f"{rng.randint(1, 4):02d}",
        "ward": f"W{rng.choice(WARD_NUMBERS):02d}",
        "bed": f"{rng.randint(1, 40):02d}",
        "mac": ":".join(f"{rng.getrandbits(8):02x}" for _ in range(6)),
        "ap": f"AP-IP-{rng.randint(3, 16)}F-{rng.randint(1, 12):02d}",
        "ap2": f"AP-IP-{rng.randint(3, 16)}F-{rng.randint(1, 12):02d}",
        "printer": rng.choice(PRINTERS.get(fam.app, PRINTERS["print-report"])),
        "guid": _guid(rng),
        "sqlid": "".join(rng.choice("0123456789abcdfghjkmnpqrstuvwxyz") for _ in range(13)),
        "sqlid2": "".join(rng.choice("0123456789abcdfghjkmnpqrstuvwxyz") for _ in range(13)),
        "hex": f"{rng.getrandbits(32):08X}",
        "room": f"MDT-{rng.randint(100, 999)}",
        "name": rng.choice(SURNAMES) + rng.choice(GIVEN_NAMES),
        "idno": _resident_id(rng),
        "phone": f"1{rng.choice('3456789')}{rng.randint(0, 999_999_999):09d}",
        "mrn": f"{rng.randint(1, 999_999):08d}",
    }
    values["doc"] = rng.choice(PRINT_DOCS).format_map(values)
    return values


def stamps(t: datetime) -> dict[str, str]:
    """The same instant in each timestamp format the templates use."""
    ms = t.microsecond // 1000
    month = MONTHS[t.month - 1]
    return {
        "ts": f"{t:%Y-%m-%d %H:%M:%S}.{ms:03d}",
        "tsc": f"{t:%Y-%m-%d %H:%M:%S},{ms:03d}",
        "tsz": f"{t:%Y-%m-%d %H:%M:%S}",
        "tsiso": f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+08:00",
        "tsw": f"{t.year}/{t.month}/{t.day} {t.hour}:{t:%M:%S}",
        "tsn": f"{t.day:02d}/{month}/{t.year}:{t:%H:%M:%S} +0800",
        "tsng": f"{t:%Y/%m/%d %H:%M:%S}",
        "tss": f"{month} {t.day:2d} {t:%H:%M:%S}",
        "tsh": f"{t:%Y%m%d%H%M%S}",
        "tsa": f"{t:%m-%d %H:%M:%S}.{ms:03d}",
        "tsq": f"{t:%Y-%m-%d %H:%M:%S}.{ms // 10:02d}",
    }


def render_log(rng: random.Random, fam: Family) -> str:
    """One log excerpt from one of the family's log kinds, clock advancing line by line."""
    template = rng.choice(LOG_TEMPLATES[rng.choice(fam.logs)])
    values = log_values(rng, fam)
    with_pii = rng.random() < PII_SHARE
    clock = FIRST_LOG_TIME + timedelta(
        days=rng.randint(0, LOG_TIME_SPAN_DAYS), microseconds=rng.randint(0, 86_399_999_999)
    )
    lines = []
    for line in template.splitlines():
        if line.startswith("?"):
            if not with_pii:
                continue
            line = line[1:]
        if "{ts" in line:
            clock += timedelta(milliseconds=rng.randint(1, rng.choice((900, 9000))))
        lines.append(line.format_map(values | stamps(clock)))
    return "\n".join(lines)


# --------------------------------------------------------------------------- text


def _places(where: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(pool, zh, en) for every place in the named pools."""
    return [(pool, zh, en) for pool in where for zh, en in PLACES[pool]]


def _fill(rng: random.Random, fam: Family, lang: str) -> dict[str, str]:
    """Placeholder values for one description: place, reporter, ward, bed and counts."""
    pool, zh, en = rng.choice(_places(fam.where))
    role_zh, role_en = rng.choice(ROLES[pool])
    ward = rng.choice(WARD_NUMBERS)
    common = {
        "bed": str(rng.randint(1, 40)),
        "n": str(rng.randint(3, 12)),
        "m": str(rng.choice((10, 15, 20, 30, 40, 50))),
        "ext": str(rng.randint(2000, 8999)),
    }
    if lang == "zh":
        return common | {"loc": zh, "bare": zh, "role": role_zh, "ward": f"{ward}病区"}
    return common | {
        "loc": en,
        "bare": en.removeprefix("the "),
        "role": role_en,
        "ward": f"Ward {ward}",
    }


def _join(parts: list[str], lang: str) -> str:
    """Join sentences, closing any that lacks end punctuation."""
    closer, sep = ("。", "") if lang == "zh" else (".", " ")
    closed = [p if p[-1] in SENTENCE_END[lang] else p + closer for p in parts[:-1]]
    return sep.join([*closed, parts[-1]])


def _compose(rng: random.Random, fam: Family, lang: str, wording: str) -> str:
    """A description: the wording, sometimes framed by tier-matched and neutral fragments."""
    fill = _fill(rng, fam, lang)
    body = wording.format_map(fill)
    if rng.random() < BARE_SHARE:
        return body
    key = (fam.tier, lang)
    impact = rng.choice(IMPACTS[key]) if rng.random() < 0.6 else ""
    # an impact that already says how long ("{m} minutes") leaves no room for a start time
    when = rng.choice(WHENS[lang]) if rng.random() < 0.35 and "{m}" not in impact else ""
    ask = rng.choice(ASKS[key]) if rng.random() < 0.3 else ""
    opener = rng.choice(OPENERS[key]) if rng.random() < 0.3 else ""
    parts = [p.format_map(fill) for p in (opener, body, impact, when, ask) if p]
    text = _join(parts, lang)
    if "{loc}" not in wording and rng.random() < 0.2:
        text = TAGS[lang].format_map(fill) + text
    if rng.random() < 0.3:
        text += "\n" + rng.choice(SIGNATURES[lang]).format_map(fill)
    return text


def _family_cases(fam: Family, seed: int) -> list[dict]:
    """All cases of one family; its own generator keeps it stable when others change."""
    rng = random.Random(f"{seed}/{fam.name}")
    decks = {
        lang: rng.sample(wordings, len(wordings))
        for lang, wordings in (("zh", fam.zh), ("en", fam.en))
    }
    with_log = [i < CASES_PER_FAMILY // 2 for i in range(CASES_PER_FAMILY)]
    rng.shuffle(with_log)
    seen: set[str] = set()
    cases = []
    for i in range(CASES_PER_FAMILY):
        lang = ("zh", "en")[i % 2]
        deck = decks[lang]
        for attempt in range(COMPOSE_TRIES):
            text = _compose(rng, fam, lang, deck[(i // 2 + attempt) % len(deck)])
            if text not in seen:
                break
        seen.add(text)
        cases.append(
            {
                "id": f"{fam.name}/{i:02d}",
                "family": fam.name,
                "lang": lang,
                "text": text,
                "log": render_log(rng, fam) if with_log[i] else "",
                "subsystem": fam.subsystem,
                "tier": fam.tier,
            }
        )
    return cases


def generate_cases(seed: int = 20261126) -> list[dict]:
    """Every labelled case, family by family; the same seed always gives the same list."""
    return [case for fam in FAMILIES for case in _family_cases(fam, seed)]


def _check_tables() -> None:
    """Fail at import if the tables stop covering every label cell or name unknown kinds."""
    cells = Counter((fam.subsystem, fam.tier) for fam in FAMILIES)
    for subsystem in SUBSYSTEM_IDS:
        for tier in TIER_IDS:
            assert cells[(subsystem, tier)] >= MIN_FAMILIES_PER_CELL, (subsystem, tier)
    assert set(cells) <= {(s, t) for s in SUBSYSTEM_IDS for t in TIER_IDS}, set(cells)
    assert len({fam.name for fam in FAMILIES}) == len(FAMILIES), "duplicate family name"
    for fam in FAMILIES:
        assert fam.zh and fam.en, fam.name
        assert set(fam.logs) <= LOG_TEMPLATES.keys(), fam.name
        assert set(fam.where) <= PLACES.keys(), fam.name


_check_tables()
