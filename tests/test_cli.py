"""The stable commands of SPEC §6, run in-process against the session's built artifacts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from careline.settings import Settings
from cli.main import main
from desk.db import migrate, session_scope
from desk.models import AuditEntry
from desk.tickets import Desk, TicketRequest
from knowledge_base.index import KnowledgeBase
from triage.model import TriageModel


@pytest.fixture
def built(
    base_settings: Settings,
    knowledge_base: KnowledgeBase,
    triage_model: TriageModel,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Settings]:
    monkeypatch.setenv("CARELINE_VAR_DIR", str(base_settings.var_dir))
    yield base_settings


def _json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_kb_search_json_keys(built: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kb", "search", "how do I reset my password", "--k", "2", "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert len(results) == 2
    assert {"id", "title", "subsystem", "score", "lang"} <= set(results[0])
    assert results[0]["id"] == "identity-001"


def test_kb_search_jsonl(
    built: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    queries = tmp_path / "q.jsonl"
    queries.write_text(
        '{"id": "a", "text": "呼叫系统没反应"}\n{"id": "b", "text": "PACS viewer very slow"}\n',
        encoding="utf-8",
    )
    assert main(["kb", "search", "--jsonl", str(queries)]) == 0
    rows = _json_lines(capsys.readouterr().out)
    assert [r["id"] for r in rows] == ["a", "b"]
    assert rows[0]["results"][0]["id"] == "nursing-001"
    assert rows[1]["results"][0]["id"] == "pacs-001"


def test_triage_classify_with_log(built: Settings, tmp_path: Path, capsys) -> None:
    log = tmp_path / "hl7.log"
    log.write_text(
        "2026-11-20 02:10:01 INFO MLLP send ADT^A01 to LIS\n"
        "2026-11-20 02:10:31 ERROR MLLP timeout waiting for ACK from 10.1.2.3:2575\n"
        "MSA|AE|MSG00042|Unknown patient\n",
        encoding="utf-8",
    )
    assert (
        main(["triage", "classify", "--desc", "HL7 接口消息积压", "--log", str(log), "--json"]) == 0
    )
    out = json.loads(capsys.readouterr().out)
    expected = {"subsystem", "subsystem_p", "tier", "tier_p", "needs_review", "alternatives"}
    assert expected | {"evidence"} <= set(out)
    assert out["subsystem"] == "integration"
    assert {e["line"] for e in out["evidence"] if e["source"] == "log"} == {2, 3}


def test_triage_classify_jsonl_keeps_ids(built: Settings, tmp_path: Path, capsys) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        json.dumps({"id": 7, "text": "ICU 呼吸机数据全部不上传", "log": ""}, ensure_ascii=False)
        + "\n"
        + json.dumps({"id": 8, "text": "Ward 5 PDA won't sync"})
        + "\n",
        encoding="utf-8",
    )
    assert main(["triage", "classify", "--jsonl", str(cases)]) == 0
    rows = _json_lines(capsys.readouterr().out)
    assert [r["id"] for r in rows] == [7, 8]
    assert rows[0]["tier"] == "P1"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\x01\x02binary", "binary data"),
        (b"\xff\xfe\xfa\xfb" * 3, "neither UTF-8 nor GB18030"),
    ],
)
def test_bad_log_files_get_a_one_line_reason(
    built: Settings, tmp_path: Path, capsys, content: bytes, message: str
) -> None:
    log = tmp_path / "bad.log"
    log.write_bytes(content)
    assert main(["triage", "classify", "--desc", "打印机坏了", "--log", str(log)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0]


def test_malformed_jsonl_names_the_line(built: Settings, tmp_path: Path, capsys) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text('{"id": 1, "text": "ok"}\n{not json}\n', encoding="utf-8")
    assert main(["triage", "classify", "--jsonl", str(cases)]) == 2
    assert "cases.jsonl:2: not JSON" in capsys.readouterr().err


def test_route_honours_the_time_of_day(built: Settings, tmp_path: Path, capsys) -> None:
    ticket = tmp_path / "ticket.json"
    ticket.write_text(json.dumps({"subsystem": "pacs", "at": "2026-11-26T03:00:00+08:00"}))
    assert main(["route", "--json", str(ticket)]) == 0
    night = json.loads(capsys.readouterr().out)
    ticket.write_text(json.dumps({"subsystem": "pacs", "at": "2026-11-26T10:00:00+08:00"}))
    assert main(["route", "--json", str(ticket)]) == 0
    day = json.loads(capsys.readouterr().out)
    assert night["pool"] == day["pool"] == "diagnostics"
    assert night["engineer"] != day["engineer"] and night["reasons"]


def test_route_rejects_an_unknown_subsystem(built: Settings, tmp_path: Path, capsys) -> None:
    ticket = tmp_path / "ticket.json"
    ticket.write_text(json.dumps({"subsystem": "billing"}))
    assert main(["route", "--json", str(ticket)]) == 2
    assert "'subsystem' must be one of" in capsys.readouterr().err


def test_audit_verify_exits_non_zero_on_tampering(
    built: Settings, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    url = f"sqlite:///{tmp_path / 'audit.db'}"
    migrate(url)
    monkeypatch.setenv("CARELINE_DATABASE_URL", url)
    with session_scope(url) as session:
        desk.open_ticket(session, TicketRequest(description="LIS 接口中断", hospital="H"))
    assert main(["audit", "verify"]) == 0
    assert "intact: 2 entries" in capsys.readouterr().out
    with session_scope(url) as session:
        session.execute(update(AuditEntry).where(AuditEntry.id == 1).values(actor="someone"))
    assert main(["audit", "verify"]) == 2
    assert "entry 1: content altered" in capsys.readouterr().err


def test_a_missing_index_names_the_command_that_builds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CARELINE_VAR_DIR", str(tmp_path / "fresh-var"))
    assert main(["kb", "search", "怎么重置密码"]) == 2
    error = capsys.readouterr().err.strip().splitlines()
    assert error[-1].startswith("careline: error:") and "careline kb build" in error[-1]


def test_a_program_error_keeps_its_traceback_instead_of_exit_code_2(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(args: object, settings: object) -> None:
        Path("/nonexistent/careline/bug").read_text()  # a bug, not a missing build

    monkeypatch.setattr("cli.main.cmd_kb_search", broken)
    with pytest.raises(FileNotFoundError):
        main(["kb", "search", "怎么重置密码"])


def test_parts_and_sites_imports_say_what_changed_or_name_the_bad_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("CARELINE_DATABASE_URL", f"sqlite:///{tmp_path / 'erp.db'}")
    sites = tmp_path / "sites.csv"
    sites.write_text(
        "hospital_id,hospital_name,site_id,site_name,region,city,lat,lon\n"
        "h-9,九院 Ninth,h-9-a,本部 Main,hefei,hefei,31.8,117.2\n",
        encoding="utf-8",
    )
    assert main(["sites", "import", str(sites)]) == 0
    assert "sites: 1 added" in capsys.readouterr().out
    suppliers = tmp_path / "catalogue.csv"
    suppliers.write_text(
        "part_number,name,fits,supplier\nQ-1,测试件 Test part,Q-100,own-factory\n",
        encoding="utf-8",
    )
    assert main(["parts", "import", str(suppliers)]) == 2  # no supplier imported in this desk
    assert "row 2, field supplier" in capsys.readouterr().err
    assert main(["parts", "import", str(tmp_path / "missing.csv")]) == 2
    assert "no such file" in capsys.readouterr().err
