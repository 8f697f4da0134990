"""The label sets of SPEC §3, defined once and read everywhere else."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True)
class Label:
    id: str
    name_zh: str
    name_en: str

    def name(self, language: str) -> str:
        """The name a reporter reads: Chinese for a Chinese chat, English otherwise."""
        return self.name_zh if language == "zh" else self.name_en


@dataclass(frozen=True)
class Subsystem(Label):
    """A SPEC §3.1 subsystem."""


SUBSYSTEMS: tuple[Subsystem, ...] = (
    Subsystem("his", "医院信息系统", "Hospital information system"),
    Subsystem("emr", "电子病历", "Electronic medical record"),
    Subsystem("lis", "检验信息系统", "Laboratory information system"),
    Subsystem("pacs", "影像系统 PACS/RIS", "Imaging (PACS/RIS)"),
    Subsystem("nursing", "护理与智慧病房", "Nursing and smart ward"),
    Subsystem("medical_device", "医疗设备集成", "Medical device integration"),
    Subsystem("integration", "集成平台/接口", "Integration platform and interfaces"),
    Subsystem("database", "数据库", "Database"),
    Subsystem("network", "网络", "Network"),
    Subsystem("infrastructure", "服务器与终端", "Servers and workstations"),
    Subsystem("identity", "账号与认证", "Accounts and authentication"),
    Subsystem("peripheral", "外设与自助设备", "Peripherals and kiosks"),
    Subsystem("telemedicine", "远程医疗与音视频", "Telemedicine and video"),
)
SUBSYSTEM_IDS: tuple[str, ...] = tuple(s.id for s in SUBSYSTEMS)
SUBSYSTEM_BY_ID: dict[str, Subsystem] = {s.id: s for s in SUBSYSTEMS}


@dataclass(frozen=True)
class Tier(Label):
    respond_within: timedelta
    resolve_within: timedelta
    business_hours_only: bool


TIERS: tuple[Tier, ...] = (
    Tier("P1", "一级 紧急", "urgent", timedelta(minutes=30), timedelta(hours=4), False),
    Tier("P2", "二级 严重", "serious", timedelta(hours=1), timedelta(hours=8), False),
    Tier("P3", "三级 一般", "normal", timedelta(hours=4), timedelta(days=3), True),
)
TIER_IDS: tuple[str, ...] = tuple(t.id for t in TIERS)
TIER_BY_ID: dict[str, Tier] = {t.id: t for t in TIERS}


@dataclass(frozen=True)
class Product(Label):
    """One of the vendor's products that a hospital site installs and upgrades (domain §2.5).

    `names` are the ways articles and asset lists write it ("Careline LIS", "LIS"), longest
    first when one contains another, so "Careline LIS 3.x" is read as the product's 3.x line.
    """

    subsystem: str
    names: tuple[str, ...]


PRODUCTS: tuple[Product, ...] = (
    Product("his", "Careline HIS 医院信息系统", "Careline HIS", "his", ("Careline HIS", "HIS")),
    Product("emr", "Careline 电子病历", "Careline EMR", "emr", ("Careline EMR", "EMR", "电子病历")),
    Product("lis", "Careline LIS 检验信息系统", "Careline LIS", "lis", ("Careline LIS", "LIS")),
    Product("pacs", "Careline PACS 影像系统", "Careline PACS", "pacs", ("Careline PACS", "PACS")),
    Product("ris", "Careline RIS 放射信息系统", "Careline RIS", "pacs", ("Careline RIS", "RIS")),
    Product(
        "nursing-pda",
        "护理 PDA app",
        "Careline Nursing PDA app",
        "nursing",
        ("Careline Nursing PDA", "护理 PDA app", "护理PDA app", "Nursing PDA app"),
    ),
    Product(
        "nurse-call", "Careline 呼叫系统", "Careline NurseCall", "nursing", ("Careline NurseCall",)
    ),
    Product(
        "dig",
        "Careline DIG 设备集成网关",
        "Careline DIG",
        "medical_device",
        ("Careline DIG", "DIG"),
    ),
    Product(
        "iam", "Careline IAM 统一身份认证", "Careline IAM", "identity", ("Careline IAM", "IAM")
    ),
    Product(
        "teleconsult",
        "Careline 远程会诊",
        "Careline TeleConsult",
        "telemedicine",
        ("Careline TeleConsult", "TeleConsult"),
    ),
)
PRODUCT_IDS: tuple[str, ...] = tuple(p.id for p in PRODUCTS)
PRODUCT_BY_ID: dict[str, Product] = {p.id: p for p in PRODUCTS}
assert all(p.subsystem in SUBSYSTEM_BY_ID for p in PRODUCTS)
