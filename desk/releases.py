"""Releases and upgrade notices (domain §2.5: 软件版本的升级通知与平滑升级服务).

Each site records the version of each product it runs (`site_versions`, from the hospital's
asset list: `careline sites versions FILE`). A release names its product, version, the
versions it affects, its fixes and known issues in Chinese and English. Publishing it gives
every site running an affected, older version exactly one notice in the site's language
(`release_notices`, unique per release and site), audited; publishing it again notifies only
sites that were not notified yet. Notices wait in that table as an outbox and are delivered
to `notice_webhook_url` (like the SLA escalations) until the receiver takes them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import yaml
from loguru import logger
from sqlalchemy import (
    JSON,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
    select,
)
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from careline.errors import InvalidInput
from careline.labels import PRODUCT_BY_ID, PRODUCTS, Product
from careline.versions import Version, VersionError, VersionRange, mentioned_versions
from desk import audit
from desk.escalation import Notify
from desk.imports import ImportRefused, Row, Tally, read_rows
from desk.models import Base, Site, utcnow

RELEASE_ACTOR = "careline:release"
# Audit entries about no ticket (a release, a notice) carry ticket id 0, like stock movements.
NO_TICKET = 0
LANGUAGES = ("zh", "en")
VERSION_COLUMNS = ("site_id", "product", "version")

"""Takes one notice as an event; True when it was delivered (or there is nowhere to send it)."""


class ReleaseRefused(InvalidInput):
    """A release file or form the desk refuses; the message names the file and the field."""


class SiteVersion(Base):
    """The version of one product a site runs now, as its asset list last said."""

    __tablename__ = "site_versions"

    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), primary_key=True)
    product: Mapped[str] = mapped_column(String(40), primary_key=True)
    version: Mapped[str] = mapped_column(String(40))
    recorded_at: Mapped[datetime]


class Release(Base):
    __tablename__ = "releases"
    __table_args__ = (UniqueConstraint("product", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product: Mapped[str] = mapped_column(String(40))
    version: Mapped[str] = mapped_column(String(40))
    # The versions it fixes something for (careline/versions.py): "<3.4.2", ">=3.0,<3.4.2".
    affects: Mapped[str] = mapped_column(String(120))
    published_at: Mapped[datetime]
    published_by: Mapped[str] = mapped_column(String(120))
    # [{"zh": …, "en": …, "articles": [KB ids it resolves]}]; known issues the same, no ids.
    fixes: Mapped[list] = mapped_column(JSON, default=list)
    known_issues: Mapped[list] = mapped_column(JSON, default=list)

    notices: Mapped[list[ReleaseNotice]] = relationship(
        back_populates="release", order_by="ReleaseNotice.site_id"
    )

    @property
    def label(self) -> str:
        return f"{PRODUCT_BY_ID[self.product].name_en} {self.version}"

    def fixes_version(self, installed: str) -> bool:
        """A site running `installed` gets something from this release."""
        version = Version.parse(installed)
        return version in VersionRange.parse(self.affects) and version < Version.parse(self.version)


class ReleaseNotice(Base):
    """One site's notice of one release: written once, delivered until the receiver takes it."""

    __tablename__ = "release_notices"
    __table_args__ = (UniqueConstraint("release_id", "site_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("releases.id"), index=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), index=True)
    language: Mapped[str] = mapped_column(String(5))
    installed_version: Mapped[str] = mapped_column(String(40))
    # The outbox message's id: the receiver's key, the same on every delivery attempt.
    message_id: Mapped[str] = mapped_column(String(64), unique=True)
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    delivered_at: Mapped[datetime | None]

    release: Mapped[Release] = relationship(back_populates="notices")
    site: Mapped[Site] = relationship()


# --- reading --------------------------------------------------------------------------------


def find_product(text: str) -> Product | None:
    """A product by its id or by a name an asset list writes ("Careline LIS", "lis")."""
    wanted = text.strip().casefold()
    for product in PRODUCTS:
        if wanted == product.id or wanted in (n.casefold() for n in product.names):
            return product
    return None


@dataclass(frozen=True)
class ReleaseSpec:
    product: str
    version: str
    affects: str
    fixes: list[dict]
    known_issues: list[dict] = field(default_factory=list)
    published_at: datetime | None = None

    def contents(self) -> tuple:
        return (self.affects, self.fixes, self.known_issues)


def _texts(raw: object, where: str, with_articles: bool) -> list[dict]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise ReleaseRefused(f"{where}: expected a list of entries with zh and en text")
    entries = []
    for number, item in enumerate(raw, 1):
        place = f"{where}[{number}]"
        if not isinstance(item, dict):
            raise ReleaseRefused(f"{place}: expected a mapping with zh and en text")
        missing = [lang for lang in LANGUAGES if not str(item.get(lang) or "").strip()]
        if missing:
            raise ReleaseRefused(f"{place}: missing {' and '.join(missing)} text")
        entry = {lang: str(item[lang]).strip() for lang in LANGUAGES}
        if with_articles:
            articles = item.get("articles") or []
            if not isinstance(articles, list) or not all(isinstance(a, str) for a in articles):
                raise ReleaseRefused(f"{place}: articles must be a list of KB article ids")
            entry["articles"] = articles
        entries.append(entry)
    return entries


def _published_at(raw: object, where: str) -> datetime | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, datetime):
        return raw if raw.tzinfo else raw.replace(tzinfo=UTC)
    if isinstance(raw, date):
        return datetime(raw.year, raw.month, raw.day, tzinfo=UTC)
    try:
        return _published_at(datetime.fromisoformat(str(raw)), where)
    except ValueError:
        raise ReleaseRefused(f"{where}: published_at {raw!r} is not a date or time") from None


def release_spec(raw: object, where: str) -> ReleaseSpec:
    """A release checked field by field; every error names `where` and the field."""
    if not isinstance(raw, dict):
        raise ReleaseRefused(f"{where}: expected a mapping with product, version, affects, fixes")
    unknown = set(raw) - {"product", "version", "affects", "fixes", "known_issues", "published_at"}
    if unknown:
        raise ReleaseRefused(f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))}")
    for name in ("product", "version", "affects", "fixes"):
        if raw.get(name) in (None, "", []):
            raise ReleaseRefused(f"{where}, field {name}: missing")
    product = find_product(str(raw["product"]))
    if product is None:
        known = ", ".join(p.id for p in PRODUCTS)
        raise ReleaseRefused(
            f"{where}, field product: unknown product {raw['product']!r} ({known})"
        )
    try:
        version = Version.parse(raw["version"])
    except VersionError as exc:
        raise ReleaseRefused(f"{where}, field version: {exc}") from None
    try:
        affects = VersionRange.parse(raw["affects"])
    except VersionError as exc:
        raise ReleaseRefused(f"{where}, field affects: {exc}") from None
    if (
        affects.high is None
        or affects.high > version
        or (affects.high == version and affects.high_inclusive)
    ):
        raise ReleaseRefused(
            f"{where}, field affects: {affects} reaches {version} or beyond; "
            f"a release affects only versions older than itself (e.g. '<{version}')"
        )
    affects_text = raw["affects"] if isinstance(raw["affects"], str) else _range_text(affects)
    return ReleaseSpec(
        product=product.id,
        version=str(version),
        affects=str(affects_text).strip(),
        fixes=_texts(raw["fixes"], f"{where}, field fixes", with_articles=True),
        known_issues=_texts(raw.get("known_issues"), f"{where}, field known_issues", False),
        published_at=_published_at(raw.get("published_at"), f"{where}, field published_at"),
    )


def _range_text(affects: VersionRange) -> str:
    bounds = []
    if affects.low is not None:
        bounds.append(f"{'>=' if affects.low_inclusive else '>'}{affects.low}")
    if affects.high is not None:
        bounds.append(f"{'<=' if affects.high_inclusive else '<'}{affects.high}")
    return ",".join(bounds)


def read_release_file(path: Path) -> ReleaseSpec:
    """A release as a YAML file (the format: README, `careline release publish`)."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ReleaseRefused(f"{path}: cannot read ({exc})") from exc
    except yaml.YAMLError as exc:
        raise ReleaseRefused(f"{path}: not valid YAML ({exc})") from exc
    return release_spec(raw, str(path))


# --- site versions --------------------------------------------------------------------------


@dataclass(frozen=True)
class _VersionRow:
    site_id: str
    product: str
    version: str
    recorded_at: datetime | None


def _version_row(row: Row, sites: set[str]) -> _VersionRow:
    site_id = row.text("site_id")
    if site_id not in sites:
        raise row.error("site_id", f"unknown site {site_id!r} (careline sites import first)")
    product = find_product(row.text("product"))
    if product is None:
        known = ", ".join(p.id for p in PRODUCTS)
        raise row.error("product", f"unknown product {row.text('product')!r} ({known})")
    try:
        raw = row.values.get("version")
        version = Version.parse(raw if isinstance(raw, float) else row.text("version"))
    except VersionError as exc:
        raise row.error("version", str(exc)) from None
    recorded = row.text("recorded_at", required=False)
    try:
        recorded_at = _published_at(recorded, "") if recorded else None
    except ReleaseRefused:
        raise row.error("recorded_at", f"{recorded!r} is not a date or time") from None
    return _VersionRow(site_id, product.id, str(version), recorded_at)


def import_site_versions(session: Session, path: Path, now: datetime | None = None) -> Tally:
    """The installed versions of a hospital's asset list (CSV or YAML: site_id, product,
    version, optional recorded_at), every row checked before anything is written."""
    sites = set(session.scalars(select(Site.id)))
    rows = [_version_row(row, sites) for row in read_rows(path, VERSION_COLUMNS)]
    seen: dict[tuple[str, str], int] = {}
    for number, row in enumerate(rows):
        key = (row.site_id, row.product)
        if key in seen:
            raise ImportRefused(f"{path}: site {row.site_id} lists {row.product} twice")
        seen[key] = number
    tally = Tally()
    stamp = now or utcnow()
    for row in rows:
        current = session.get(SiteVersion, (row.site_id, row.product))
        if current is None:
            session.add(
                SiteVersion(
                    site_id=row.site_id,
                    product=row.product,
                    version=row.version,
                    recorded_at=row.recorded_at or stamp,
                )
            )
            tally.count("added")
        elif Version.parse(current.version) == Version.parse(row.version):
            tally.count("unchanged")
        else:
            current.version, current.recorded_at = row.version, row.recorded_at or stamp
            tally.count("updated")
    session.flush()
    return tally


def record_site_version(session: Session, site_id: str, product: str, version: str) -> None:
    """One site's installed version (the console, the tests): upserted, checked like a row."""
    values = {"site_id": site_id, "product": product, "version": version}
    row = _version_row(Row(f"site {site_id}", values), set(session.scalars(select(Site.id))))
    current = session.get(SiteVersion, (row.site_id, row.product))
    if current is None:
        session.add(
            SiteVersion(
                site_id=row.site_id, product=row.product, version=row.version, recorded_at=utcnow()
            )
        )
    else:
        current.version, current.recorded_at = row.version, utcnow()
    session.flush()


# --- publishing -----------------------------------------------------------------------------


def _lines(entries: list[dict], language: str) -> str:
    return "\n".join(f"- {entry[language]}" for entry in entries)


def notice_text(release: Release, site: Site, installed: str, language: str) -> tuple[str, str]:
    """The notice's subject and body in the site's language."""
    product = PRODUCT_BY_ID[release.product]
    name = product.name(language)
    if language == "en":
        subject = f"Upgrade notice: {name} {release.version} (your {site.name}: {installed})"
        parts = [
            f"{name} {release.version} fixes problems of the version {installed} that "
            f"{site.name} runs.",
            f"Fixed:\n{_lines(release.fixes, 'en')}",
        ]
        if release.known_issues:
            parts.append(f"Known issues:\n{_lines(release.known_issues, 'en')}")
        parts.append(
            "Reply to arrange the upgrade: we plan it with your IT team at a quiet hour and "
            "upgrade smoothly, with a way back to the current version."
        )
    else:
        subject = f"升级通知：{name} {release.version}（{site.name} 当前版本 {installed}）"
        parts = [
            f"{name} {release.version} 修复了 {site.name} 当前所用版本 {installed} 的问题。",
            f"修复内容：\n{_lines(release.fixes, 'zh')}",
        ]
        if release.known_issues:
            parts.append(f"已知问题：\n{_lines(release.known_issues, 'zh')}")
        parts.append(
            "请回复预约升级时间：我们与贵院信息科约定业务低峰时段平滑升级，并保留回退方案。"
        )
    return subject[:200], "\n\n".join(parts)


def affected_sites(session: Session, release: Release) -> list[tuple[Site, str]]:
    """Every site running an affected version older than the release, with that version."""
    rows = session.execute(
        select(Site, SiteVersion.version)
        .join(SiteVersion, SiteVersion.site_id == Site.id)
        .where(SiteVersion.product == release.product)
        .order_by(Site.id)
    ).all()
    return [(site, version) for site, version in rows if release.fixes_version(version)]


@dataclass(frozen=True)
class Published:
    release: Release
    created: bool
    notified: list[str]  # the sites notified by this call

    def __str__(self) -> str:
        state = "published" if self.created else "already published"
        sites = ", ".join(self.notified) or "none"
        return f"{self.release.label} {state}; sites notified now: {len(self.notified)} ({sites})"


def publish(session: Session, spec: ReleaseSpec, actor: str) -> Published:
    """Record the release (once) and write one notice for each affected site not yet notified;
    the same release published again notifies no one twice."""
    release = session.scalars(
        select(Release).where(Release.product == spec.product, Release.version == spec.version)
    ).first()
    created = release is None
    if release is None:
        release = Release(
            product=spec.product,
            version=spec.version,
            affects=spec.affects,
            published_at=spec.published_at or utcnow(),
            published_by=actor,
            fixes=spec.fixes,
            known_issues=spec.known_issues,
        )
        session.add(release)
        session.flush()
        audit.record(
            session,
            NO_TICKET,
            actor,
            f"release:{release.product}",
            None,
            release.version,
            f"published {release.label}, affects {release.affects}, {len(release.fixes)} fixes",
        )
    elif (release.affects, release.fixes, release.known_issues) != spec.contents():
        raise ReleaseRefused(
            f"{release.label} was published already with other contents; "
            "publish a new version instead of changing this one"
        )
    already = set(
        session.scalars(select(ReleaseNotice.site_id).where(ReleaseNotice.release_id == release.id))
    )
    new = []
    for site, installed in affected_sites(session, release):
        if site.id in already:
            continue
        language = site.language if site.language in LANGUAGES else "zh"
        subject, body = notice_text(release, site, installed, language)
        session.add(
            ReleaseNotice(
                release_id=release.id,
                site_id=site.id,
                language=language,
                installed_version=installed,
                message_id=uuid.uuid4().hex,
                subject=subject,
                body=body,
                created_at=utcnow(),
            )
        )
        session.flush()
        audit.record(
            session,
            NO_TICKET,
            actor,
            f"release_notice:{site.id}",
            None,
            f"{release.product} {release.version}",
            f"upgrade notice ({language}) for {site.id}, which runs {installed}",
        )
        new.append(site.id)
    session.flush()
    return Published(release, created, new)


# --- delivery -------------------------------------------------------------------------------


def _event(notice: ReleaseNotice) -> dict:
    release = notice.release
    return {
        "event": "release_notice",
        "key": notice.message_id,
        "hospital": notice.site.hospital_id,
        "site": notice.site_id,
        "language": notice.language,
        "product": release.product,
        "version": release.version,
        "installed": notice.installed_version,
        "subject": notice.subject,
        "body": notice.body,
    }


def deliver_pending(session: Session, notify: Notify) -> list[dict]:
    """Send every notice not yet delivered, oldest first; stops at the first the receiver does
    not take (it is down: the rest wait for the next try). Returns the events delivered."""
    pending = session.scalars(
        select(ReleaseNotice)
        .where(ReleaseNotice.delivered_at.is_(None))
        .order_by(ReleaseNotice.id)
        .with_for_update(skip_locked=True)
    ).all()
    delivered = []
    for notice in pending:
        event = _event(notice)
        if not notify(event):
            logger.warning("upgrade notices: receiver did not take {}; retried later", event["key"])
            break
        notice.delivered_at = utcnow()
        delivered.append(event)
    session.flush()
    return delivered


# --- questions about releases ---------------------------------------------------------------


@dataclass(frozen=True)
class ReleaseRow:
    release: Release
    notified: int
    delivered: int


def release_list(session: Session) -> list[ReleaseRow]:
    """Every release, newest first, with how many sites were notified and how many notices the
    receiver has taken."""
    counts = dict(
        session.execute(
            select(ReleaseNotice.release_id, func.count()).group_by(ReleaseNotice.release_id)
        ).all()
    )
    delivered = dict(
        session.execute(
            select(ReleaseNotice.release_id, func.count())
            .where(ReleaseNotice.delivered_at.is_not(None))
            .group_by(ReleaseNotice.release_id)
        ).all()
    )
    releases = session.scalars(select(Release).order_by(Release.published_at.desc(), Release.id))
    return [ReleaseRow(r, counts.get(r.id, 0), delivered.get(r.id, 0)) for r in releases]


@dataclass(frozen=True)
class Upgrade:
    """A newer release fixes something for the version a site runs."""

    product: str
    installed: str
    release: Release


@dataclass(frozen=True)
class SiteAdvice:
    site: Site
    versions: dict[str, str]  # product → installed version
    upgrades: list[Upgrade]


def advice_for_site(session: Session, site: Site) -> SiteAdvice:
    """For each product the site runs, the newest published release that fixes something for
    its version, if any: what "do we need this update?" is answered from."""
    installed = {
        v.product: v.version
        for v in session.scalars(
            select(SiteVersion).where(SiteVersion.site_id == site.id).order_by(SiteVersion.product)
        )
    }
    upgrades = []
    for product, version in installed.items():
        fixing = [
            r
            for r in session.scalars(select(Release).where(Release.product == product))
            if r.fixes_version(version)
        ]
        if fixing:
            newest = max(fixing, key=lambda r: Version.parse(r.version))
            upgrades.append(Upgrade(product, version, newest))
    return SiteAdvice(site, installed, upgrades)


def fixed_in(session: Session, article_id: str, applies_to: str) -> list[Release]:
    """The published releases that fix what an article is about: of a product its `applies_to`
    names, affecting a version it names ("Careline LIS 3.x"), and — when the release names the
    articles its fixes resolve — naming this article. Newest first."""
    mentioned = mentioned_versions(applies_to)
    if not mentioned:
        return []
    releases = session.scalars(
        select(Release).where(Release.product.in_([m[0] for m in mentioned]))
    ).all()
    found = []
    for release in releases:
        named = {a for fix in release.fixes for a in fix.get("articles") or []}
        if named and article_id not in named:
            continue
        affects = VersionRange.parse(release.affects)
        if any(p == release.product and affects.overlaps(r) for p, r in mentioned):
            found.append(release)
    return sorted(found, key=lambda r: Version.parse(r.version), reverse=True)
