"""Upgrade notices (domain §2.5): versions compared as numbers, a release's notice reaching
exactly the sites that run an affected, older version, in each site's language, once; bad
files refused by row and field; the knowledge base and the chat answering from releases."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import func, select

from bot.actions import knowledge, upgrades
from careline.labels import PRODUCT_BY_ID, PRODUCTS, SUBSYSTEM_BY_ID
from careline.settings import Settings
from careline.versions import Version, VersionError, VersionRange, mentioned_versions
from cli.main import main
from desk import audit
from desk.contracts import ContractsError, import_contracts
from desk.db import migrate, session_scope
from desk.imports import ImportRefused
from desk.models import AuditEntry, Hospital, Site, utcnow
from desk.onsite.travel import TravelTable
from desk.releases import (
    ReleaseNotice,
    ReleaseRefused,
    SiteVersion,
    advice_for_site,
    deliver_pending,
    fixed_in,
    import_site_versions,
    publish,
    read_release_file,
    release_list,
    release_spec,
)
from desk.tickets import Desk
from knowledge_base.corpus import load_articles
from knowledge_base.index import KnowledgeBase
from tests.action_fixtures import actions_on_fresh_desk
from tests.console_fixtures import csrf_of, log_in

DOMAIN = yaml.safe_load(Path("bot/domain.yml").read_text(encoding="utf-8"))

# Sites of two hospitals, Chinese and English, running LIS below, at and above the fix, and
# other products (the release is for LIS only).
SITES = {
    "h1-main": ("h1", "zh"),
    "h1-east": ("h1", "en"),
    "h1-west": ("h1", "zh"),
    "h2-main": ("h2", "en"),
    "h2-lab": ("h2", "zh"),
    "h2-old": ("h2", "zh"),
    "h2-none": ("h2", "en"),
}
VERSIONS_CSV = (
    "site_id,product,version\n"
    "h1-main,lis,3.3.0\n"  # affected
    "h1-east,Careline LIS,3.4.1\n"  # affected (a name as the asset list writes it), English
    "h1-west,lis,3.4.2\n"  # already on the fix
    "h2-main,lis,3.10.0\n"  # newer (numerically, not as text)
    "h2-lab,pacs,6.1.0\n"  # another product
    "h2-old,lis,2.9.9\n"  # older than the range the release affects
    "h1-main,his,5.2.1\n"
)
RELEASE = {
    "product": "lis",
    "version": "3.4.2",
    "affects": ">=3.0,<3.4.2",
    "fixes": [
        {
            "zh": "标本条码偶发重复打印",
            "en": "Specimen barcodes sometimes printed twice",
            "articles": ["lis-001"],
        },
        {"zh": "质控图在夜班切换时空白", "en": "QC chart blank at the night-shift change"},
    ],
    "known_issues": [{"zh": "旧版报表模板需重新导入", "en": "Old report templates need re-import"}],
}


@pytest.fixture(autouse=True)
def audit_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CARELINE_AUDIT_KEY_FILE", str(tmp_path / "audit.key"))


def add_sites(db_url: str, sites: dict[str, tuple[str, str]] = SITES) -> None:
    with session_scope(db_url) as session:
        for hospital in sorted({h for h, _ in sites.values()}):
            session.add(Hospital(id=hospital, name=f"{hospital} hospital"))
        session.flush()
        for site_id, (hospital, language) in sites.items():
            session.add(
                Site(id=site_id, hospital_id=hospital, name=f"{site_id} 院区", language=language)
            )


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def desk_db(db_url: str, tmp_path: Path) -> str:
    """Both databases, with the sites above and their versions from an asset list."""
    add_sites(db_url)
    with session_scope(db_url) as session:
        tally = import_site_versions(session, write(tmp_path / "versions.csv", VERSIONS_CSV))
    assert (tally.added, tally.updated) == (7, 0)
    return db_url


def notices(db_url: str) -> dict[str, ReleaseNotice]:
    with session_scope(db_url) as session:
        rows = session.scalars(select(ReleaseNotice)).all()
        for row in rows:
            session.expunge(row)
    return {row.site_id: row for row in rows}


# --- versions -------------------------------------------------------------------------------


def test_versions_compare_as_numbers() -> None:
    assert Version.parse("3.10.2") > Version.parse("3.9.9")
    assert Version.parse("3.4") == Version.parse("3.4.0") == Version.parse("v3.4.0.0")
    assert Version.parse("10.0") > Version.parse("9.12.99")
    assert sorted(["3.10", "3.9.1", "3.9", "11", "3.10.0.1"], key=Version.parse) == [
        "3.9",
        "3.9.1",
        "3.10",
        "3.10.0.1",
        "11",
    ]
    for bad in ("", "3.4.x.1", "three", "3..4", "3.4-beta", None, 3.10):
        with pytest.raises(VersionError):
            Version.parse(bad)


def test_ranges_hold_what_they_say() -> None:
    below = VersionRange.parse("<3.4.2")
    assert Version.parse("3.4.1") in below and Version.parse("3.4.2") not in below
    assert Version.parse("0.1") in below
    window = VersionRange.parse(">=3.0,<3.4.2")
    assert Version.parse("2.9.9") not in window and Version.parse("3.0") in window
    line = VersionRange.parse("3.x")
    assert Version.parse("3.99.1") in line and Version.parse("4.0") not in line
    mapping = VersionRange.parse({"min": "3.1", "max": "3.4.1"})
    assert Version.parse("3.4.1") in mapping and Version.parse("3.0.9") not in mapping
    assert line.overlaps(below) and not VersionRange.parse("4.x").overlaps(below)
    assert not VersionRange.parse("<3.0").overlaps(VersionRange.parse(">=3.0"))
    for bad in ("", ">=3.4,<3.0", "~3.4", "<three", {"below": "3.0"}):
        with pytest.raises(VersionError):
            VersionRange.parse(bad)


def test_articles_name_product_lines() -> None:
    named = mentioned_versions(
        "Careline HIS 5.x、EMR 4.x；SQL Server 2016–2022 上的 Careline LIS 3.x"
    )
    assert {(p, str(r)) for p, r in named} == {("his", "5.x"), ("emr", "4.x"), ("lis", "3.x")}
    assert mentioned_versions("护理PDA app 3.x，Android 手持终端")[0][0] == "nursing-pda"
    assert mentioned_versions("Windows 10/11 workstations, this HIS client") == []


def test_every_product_belongs_to_a_subsystem() -> None:
    assert len({p.id for p in PRODUCTS}) == len(PRODUCTS)
    assert all(p.subsystem in SUBSYSTEM_BY_ID and p.names for p in PRODUCTS)


# --- notices --------------------------------------------------------------------------------


def test_a_notice_reaches_exactly_the_affected_sites_in_their_language_once(desk_db: str) -> None:
    with session_scope(desk_db) as session:
        first = publish(session, release_spec(RELEASE, "test"), "disp")
    assert first.created and sorted(first.notified) == ["h1-east", "h1-main"]
    sent = notices(desk_db)
    assert set(sent) == {"h1-main", "h1-east"}
    zh, en = sent["h1-main"], sent["h1-east"]
    assert (zh.language, zh.installed_version) == ("zh", "3.3.0")
    assert "升级通知" in zh.subject and "标本条码偶发重复打印" in zh.body and "旧版报表" in zh.body
    assert "Specimen barcodes" not in zh.body
    assert (en.language, en.installed_version) == ("en", "3.4.1")
    assert "Upgrade notice" in en.subject and "Specimen barcodes sometimes printed twice" in en.body
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in en.body.replace("h1-east 院区", ""))
    assert zh.message_id != en.message_id

    with session_scope(desk_db) as session:
        again = publish(session, release_spec(RELEASE, "test"), "disp")
    assert not again.created and again.notified == []
    assert notices(desk_db).keys() == sent.keys()
    with session_scope(desk_db) as session:
        entries = session.scalars(select(AuditEntry.field).order_by(AuditEntry.id)).all()
        assert entries.count("release:lis") == 1
        assert sorted(e for e in entries if e.startswith("release_notice:")) == [
            "release_notice:h1-east",
            "release_notice:h1-main",
        ]
        assert audit.verify(session).ok
        (row,) = release_list(session)
        assert (row.release.version, row.notified, row.delivered) == ("3.4.2", 2, 0)


def test_a_site_that_records_an_affected_version_later_is_notified_when_published_again(
    desk_db: str, tmp_path: Path
) -> None:
    with session_scope(desk_db) as session:
        publish(session, release_spec(RELEASE, "test"), "disp")
    later = write(tmp_path / "later.yaml", "- {site_id: h2-none, product: lis, version: '3.2'}\n")
    with session_scope(desk_db) as session:
        import_site_versions(session, later)
        again = publish(session, release_spec(RELEASE, "test"), "disp")
    assert again.notified == ["h2-none"]
    assert set(notices(desk_db)) == {"h1-main", "h1-east", "h2-none"}
    assert notices(desk_db)["h2-none"].language == "en"


def test_the_same_version_with_other_contents_is_refused(desk_db: str) -> None:
    with session_scope(desk_db) as session:
        publish(session, release_spec(RELEASE, "test"), "disp")
    changed = {**RELEASE, "affects": "<3.4.2"}
    with pytest.raises(ReleaseRefused, match="published already"), session_scope(desk_db) as s:
        publish(s, release_spec(changed, "test"), "disp")
    assert set(notices(desk_db)) == {"h1-main", "h1-east"}


def test_notices_are_delivered_until_taken_and_each_once(desk_db: str) -> None:
    with session_scope(desk_db) as session:
        publish(session, release_spec(RELEASE, "test"), "disp")
    with session_scope(desk_db) as session:
        assert deliver_pending(session, lambda event: False) == []  # the receiver is down
    taken: list[dict] = []

    def receiver(event: dict) -> bool:
        taken.append(event)
        return True

    with session_scope(desk_db) as session:
        deliver_pending(session, receiver)
    with session_scope(desk_db) as session:
        assert deliver_pending(session, receiver) == []
    assert sorted(e["site"] for e in taken) == ["h1-east", "h1-main"]
    assert {e["key"] for e in taken} == {n.message_id for n in notices(desk_db).values()}
    assert {e["language"] for e in taken} == {"zh", "en"}
    with session_scope(desk_db) as session:
        assert release_list(session)[0].delivered == 2


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        ("h1-main,lis,3.3\nnowhere,lis,3.3\n", "row 3, field site_id: unknown site 'nowhere'"),
        ("h1-main,lims,3.3\n", "row 2, field product: unknown product 'lims'"),
        ("h1-main,lis,3.3-rc1\n", "row 2, field version: '3.3-rc1' is not a version"),
        ("h1-main,lis,\n", "row 2, field version: missing"),
        ("h1-main,lis,3.3\nh1-main,LIS,3.4\n", "site h1-main lists lis twice"),
    ],
)
def test_a_bad_asset_list_names_the_row_and_changes_nothing(
    db_url: str, tmp_path: Path, rows: str, problem: str
) -> None:
    add_sites(db_url)
    path = write(tmp_path / "versions.csv", "site_id,product,version\n" + rows)
    with pytest.raises(ImportRefused) as refused, session_scope(db_url) as session:
        import_site_versions(session, path)
    assert problem in str(refused.value) and str(path) in str(refused.value)
    with session_scope(db_url) as session:
        assert session.scalar(select(func.count()).select_from(SiteVersion)) == 0


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"product": "lims"}, "field product: unknown product 'lims'"),
        ({"version": "3.4.two"}, "field version:"),
        ({"version": 3.10}, "field version: 3.1 was read as a number; write the version in quotes"),
        ({"affects": "<=3.4.2"}, "field affects: <=3.4.2 reaches 3.4.2 or beyond"),
        ({"affects": ">=3.0"}, "field affects:"),
        ({"affects": "~3"}, "field affects:"),
        ({"fixes": []}, "field fixes: missing"),
        ({"fixes": [{"zh": "只有中文"}]}, "field fixes[1]: missing en text"),
        ({"known_issues": "none"}, "field known_issues: expected a list"),
        ({"severity": "high"}, "unknown field(s) severity"),
    ],
)
def test_a_bad_release_file_is_refused_naming_the_field(
    tmp_path: Path, change: dict, problem: str
) -> None:
    path = write(tmp_path / "release.yaml", yaml.safe_dump({**RELEASE, **change}))
    with pytest.raises(ReleaseRefused, match=r"release\.yaml") as refused:
        read_release_file(path)
    assert problem in str(refused.value)


def test_a_site_language_other_than_zh_or_en_is_refused(tmp_path: Path, db_url: str) -> None:
    contracts = write(
        tmp_path / "contracts.yaml",
        "hospitals:\n  - id: h9\n    name: Ninth\n    sites:\n"
        "      - {id: h9-a, name: A, language: en}\n      - {id: h9-b, name: B, language: fr}\n",
    )
    travel = TravelTable.load(Path("config/travel.yaml"))
    refused = pytest.raises(ContractsError, match=r"sites\[1\]: language must be zh or en")
    with refused, session_scope(db_url) as session:
        import_contracts(session, contracts, travel)
    write(contracts, contracts.read_text(encoding="utf-8").replace("language: fr", "city: ''"))
    with session_scope(db_url) as session:
        import_contracts(session, contracts, travel)
        assert session.get(Site, "h9-a").language == "en"
        assert session.get(Site, "h9-b").language == "zh"  # the default


def test_the_commands_record_publish_list_and_refuse_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    db_url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("CARELINE_DATABASE_URL", db_url)
    migrate(db_url)
    add_sites(db_url)
    assert main(["sites", "versions", str(write(tmp_path / "v.csv", VERSIONS_CSV))]) == 0
    assert "7 added" in capsys.readouterr().out
    release = write(tmp_path / "lis-3.4.2.yaml", yaml.safe_dump(RELEASE, allow_unicode=True))
    assert main(["release", "publish", str(release)]) == 0
    assert "sites notified now: 2 (h1-east, h1-main)" in capsys.readouterr().out
    assert main(["release", "publish", str(release)]) == 0
    assert "already published; sites notified now: 0" in capsys.readouterr().out
    assert main(["release", "list", "--json"]) == 0
    (listed,) = yaml.safe_load(capsys.readouterr().out)
    assert (listed["product"], listed["version"], listed["sites_notified"]) == ("lis", "3.4.2", 2)
    bad = write(tmp_path / "bad.yaml", "product: lis\nversion: 3.4.2\nfixes: []\n")
    assert main(["release", "publish", str(bad)]) == 2
    error = capsys.readouterr().err.strip()
    assert "field affects: missing" in error and "\n" not in error
    assert main(["sites", "versions", str(tmp_path / "nope.csv")]) == 2
    assert "no such file" in capsys.readouterr().err


# --- the console ----------------------------------------------------------------------------


def test_the_console_publishes_a_release_for_dispatchers_only(console, settings: Settings) -> None:
    add_sites(settings.db_url)
    with session_scope(settings.db_url) as session:
        session.add(
            SiteVersion(site_id="h1-east", product="pacs", version="6.0.3", recorded_at=utcnow())
        )
    form = {
        "product": "pacs",
        "version": "6.1.0",
        "affects": "<6.1.0",
        "fixes_zh": "DICOM 查询超时\n看图器内存泄漏",
        "fixes_en": "DICOM query timeout\nViewer memory leak",
    }
    log_in(console, "boss")  # a manager sees releases but may not publish
    page = console.get("/releases")
    assert page.status_code == 200 and 'action="/releases"' not in page.text
    refused = console.post("/releases", data={**form, "csrf_token": csrf_of(page)})
    assert refused.status_code == 403
    console.post("/logout", data={"csrf_token": csrf_of(page)})

    log_in(console, "disp")
    page = console.get("/releases")
    uneven = {**form, "fixes_en": "DICOM query timeout", "csrf_token": csrf_of(page)}
    shown = console.post("/releases", data=uneven)
    assert shown.status_code == 422 and "2 Chinese lines but 1 English" in shown.text
    done = console.post("/releases", data={**form, "csrf_token": csrf_of(page)})
    assert done.status_code == 200 and "sites notified now: 1 (h1-east)" in done.text
    assert "Viewer memory leak" in done.text
    (notice,) = notices(settings.db_url).values()
    assert notice.language == "en" and "DICOM query timeout" in notice.body
    with session_scope(settings.db_url) as session:
        actors = session.scalars(
            select(AuditEntry.actor).where(AuditEntry.field.like("release%"))
        ).all()
    assert set(actors) == {"disp"}


# --- the knowledge base and the chat --------------------------------------------------------


@pytest.fixture
def line(
    monkeypatch: pytest.MonkeyPatch,
    base_settings: Settings,
    desk: Desk,
    knowledge_base: KnowledgeBase,
    tmp_path: Path,
) -> Settings:
    """The actions on a fresh SQLite desk with the sites and versions above."""
    settings = actions_on_fresh_desk(monkeypatch, base_settings, desk, knowledge_base, tmp_path)
    add_sites(settings.db_url)
    with session_scope(settings.db_url) as session:
        import_site_versions(session, write(tmp_path / "versions.csv", VERSIONS_CSV))
    return settings


def chat_tracker(text: str, language: str, intent: str, site: str | None = None) -> Tracker:
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.97},
        "entities": [],
        "metadata": {"site": site} if site else {},
    }
    return Tracker(
        "nurse-7",
        {"language": language},
        latest,
        [{"event": "user", "text": text, "parse_data": latest, "metadata": latest["metadata"]}],
        False,
        None,
        {},
        "action_listen",
    )


def say(action, conversation: Tracker) -> list[dict]:
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, conversation, DOMAIN))
    return dispatcher.messages


def rendered(message: dict, language: str) -> str:
    """The reply as Rasa would word it from the domain's response for that language."""
    variants = DOMAIN["responses"][message["response"]]
    text = next(v["text"] for v in variants if (language == "en") == bool(v.get("condition")))
    return text.format(**message)


def names_lis_3(article) -> bool:
    return ("lis", "3.x") in {(p, str(r)) for p, r in mentioned_versions(article.applies_to)}


def lis_articles() -> tuple[str, str]:
    """Two topics whose Chinese and English articles both name Careline LIS 3.x."""
    by_id: dict[str, list] = {}
    for article in load_articles():
        by_id.setdefault(article.id, []).append(article)
    both = sorted(
        i
        for i, pair in by_id.items()
        if i.startswith("lis-") and len(pair) == 2 and all(map(names_lis_3, pair))
    )
    return both[0], both[1]


def test_kb_answer_says_fixed_in_when_a_release_fixes_the_article(line: Settings) -> None:
    fixed, other = lis_articles()
    article = next(a for a in load_articles() if a.id == fixed and a.lang == "zh")
    other_zh = next(a for a in load_articles() if a.id == other and a.lang == "zh")
    fix = {"zh": "已修复", "en": "Fixed", "articles": [fixed]}
    with session_scope(line.db_url) as session:
        publish(session, release_spec({**RELEASE, "fixes": [fix]}, "test"), "disp")
        assert [r.version for r in fixed_in(session, article.id, article.applies_to)] == ["3.4.2"]
        assert fixed_in(session, other, other_zh.applies_to) == []  # the release names another
        assert fixed_in(session, article.id, "Careline LIS 4.x") == []  # not an affected line

    def answer(chosen: str, language: str) -> str:
        button = {"entity": "kb_article", "value": chosen}
        conversation = chat_tracker(
            f'/ask_howto{{"kb_article": "{chosen}"}}', language, "ask_howto"
        )
        conversation.latest_message["entities"] = [button]
        (reply,) = say(knowledge.ActionKbAnswer(), conversation)
        return reply["title"]

    lis = PRODUCT_BY_ID["lis"]
    assert f"已在 {lis.name_zh} 3.4.2 中修复" in answer(fixed, "zh")
    assert f"Fixed in {lis.name_en} 3.4.2" in answer(fixed, "en")
    assert "3.4.2" not in answer(other, "zh")


def test_the_chat_says_which_products_the_site_should_upgrade(line: Settings) -> None:
    with session_scope(line.db_url) as session:
        publish(session, release_spec(RELEASE, "test"), "disp")
    (zh,) = say(
        upgrades.ActionUpgradeAdvice(),
        chat_tracker("我们的版本需要升级吗？", "zh", "ask_upgrade_needed", "h1-main"),
    )
    assert zh["response"] == "utter_upgrade_needed"
    text = rendered(zh, "zh")
    assert "3.3.0 → 3.4.2" in text and "标本条码偶发重复打印" in text and "HIS" not in text

    (en,) = say(
        upgrades.ActionUpgradeAdvice(),
        chat_tracker("do we need this update?", "en", "ask_upgrade_needed", "h1-east"),
    )
    text = rendered(en, "en")
    assert "3.4.1 → 3.4.2" in text and "Specimen barcodes sometimes printed twice" in text

    (current,) = say(
        upgrades.ActionUpgradeAdvice(),
        chat_tracker("do we need this update?", "en", "ask_upgrade_needed", "h2-main"),
    )
    assert current["response"] == "utter_upgrade_up_to_date"
    assert "3.10.0" in rendered(current, "en")
    (at_fix,) = say(
        upgrades.ActionUpgradeAdvice(),
        chat_tracker("要升级吗", "zh", "ask_upgrade_needed", "h1-west"),
    )
    assert at_fix["response"] == "utter_upgrade_up_to_date"
    (unknown,) = say(
        upgrades.ActionUpgradeAdvice(),
        chat_tracker("要升级吗", "zh", "ask_upgrade_needed", "h2-none"),
    )
    assert unknown["response"] == "utter_upgrade_versions_unknown"


def test_an_upgrade_the_site_does_not_run_is_not_advised(line: Settings) -> None:
    with session_scope(line.db_url) as session:
        publish(session, release_spec(RELEASE, "test"), "disp")
        site = session.get(Site, "h2-lab")
        advice = advice_for_site(session, site)
    assert advice.versions == {"pacs": "6.1.0"} and advice.upgrades == []


def test_the_example_release_file_reads() -> None:
    spec = read_release_file(Path("config/releases/lis-3.4.2.example.yaml"))
    assert (spec.product, spec.version, len(spec.fixes)) == ("lis", "3.4.2", 2)
    assert spec.fixes[0]["articles"] == ["lis-001"]


def test_the_chat_page_passes_its_site_to_the_assistant_as_metadata() -> None:
    from pydantic import ValidationError

    from desk.web.api import ChatIn

    plain = ChatIn(sender="page-s1-0001", message="你好")
    assert plain.to_rasa() == {"sender": "page-s1-0001", "message": "你好"}
    named = ChatIn(sender="page-s1-0001", message="要升级吗", site="demo-main")
    assert named.to_rasa()["metadata"] == {"site": "demo-main"}
    with pytest.raises(ValidationError):
        ChatIn(sender="page-s1-0001", message="要升级吗", site="<script>")
