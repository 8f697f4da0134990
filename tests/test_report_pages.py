"""The report pages, downloads and `careline report` commands, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pypdf import PdfReader

from careline.settings import Settings
from cli.main import main
from desk.accounts import add_user, start_session
from desk.db import session_scope
from desk.web import auth
from desk.web import reports as web_reports
from desk.web.auth import SESSION_COOKIE
from tests.report_data import (
    HOSPITAL,
    november,
    quarter,
)


@pytest.fixture
def console(base_settings: Settings, db_url: str) -> Iterator[TestClient]:
    """The report router behind the console's real login, without the triage model."""
    app = FastAPI()
    app.state.settings = dataclasses.replace(base_settings, database_url=db_url)
    auth.install(app)
    app.include_router(web_reports.router)
    with TestClient(app, follow_redirects=False) as client:
        yield client


def _sign_in(client: TestClient, db_url: str, role: str) -> None:
    with session_scope(db_url) as session:
        user = add_user(session, f"{role}-1", "a long enough password", role)
        token = start_session(session, user, timedelta(hours=1))
    client.cookies.set(SESSION_COOKIE, token)


def test_report_pages_need_a_reporting_role(console: TestClient, db_url: str) -> None:
    anonymous = console.get("/reports/sla")
    assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/login")
    assert console.get("/reports/sla.csv").status_code == 303
    _sign_in(console, db_url, "engineer")
    assert console.get("/reports/sla").status_code == 403
    assert console.get("/reports/quarterly.pdf?hospital=x&quarter=2026Q4").status_code == 403


def test_compliance_page_chart_csv_and_pdf(console: TestClient, db_url: str) -> None:
    november(db_url)
    _sign_in(console, db_url, "manager")
    page = console.get("/reports/sla", params={"hospital": HOSPITAL, "from": "2026-11"})
    assert page.status_code == 200
    assert "CL-4" in page.text
    chart = page.text[page.text.index("<svg") : page.text.index("</svg>")]
    assert 'aria-label="responded and resolved in time per month"' in chart
    assert ">2026-11</text>" in chart  # the month, as a label of the chart itself
    empty = console.get("/reports/sla", params={"tier": "P3"})
    assert "<svg" not in empty.text and "No tickets in this range" in empty.text
    assert "CL-7" not in page.text  # the other hospital is filtered out
    assert "50.0%" in page.text  # P1 responded in time, worked out above
    bad = console.get("/reports/sla", params={"from": "2026-13"})
    assert bad.status_code == 400 and "YYYY-MM" in bad.text
    data = console.get("/reports/sla.csv", params={"tier": "P2"}).content
    assert data.startswith(b"\xef\xbb\xbf")
    assert [r["工单数 tickets"] for r in csv.DictReader(io.StringIO(data.decode("utf-8-sig")))] == [
        "1"
    ]
    pdf = console.get("/reports/quarterly.pdf", params={"hospital": HOSPITAL, "quarter": "2026Q4"})
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert HOSPITAL in PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    wrong = console.get("/reports/quarterly.pdf", params={"hospital": HOSPITAL, "quarter": "Q4"})
    assert wrong.status_code == 422
    unknown = console.get("/reports/quarterly.pdf", params={"hospital": "X", "quarter": "2026Q4"})
    assert unknown.status_code == 400


@pytest.fixture
def cli_db(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The command line pointed at the test database through the environment."""
    monkeypatch.setenv("CARELINE_DATABASE_URL", db_url)
    monkeypatch.setenv("CARELINE_VAR_DIR", str(tmp_path / "var"))
    yield db_url


def test_report_commands_write_csv_and_pdf(
    cli_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quarter(cli_db)
    out = tmp_path / "sla.csv"
    assert (
        main(["report", "sla", "--hospital", HOSPITAL, "--from", "2026-10", "--csv", str(out)]) == 0
    )
    printed = capsys.readouterr().out
    assert "breach CL-12 P3 respond" in printed and "CL-31" not in printed
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert {(r["月份 month"], r["级别 tier"]) for r in rows} == {
        ("2026-10", "P1"),
        ("2026-10", "P3"),
        ("2026-11", "P3"),
    }
    pdf = tmp_path / "q4.pdf"
    args = ["report", "quarterly", "--hospital", HOSPITAL, "--quarter", "2026Q4", "--pdf", str(pdf)]
    assert main(args) == 0
    assert "1 recurring faults" in capsys.readouterr().out
    assert pdf.read_bytes().startswith(b"%PDF")


def test_report_commands_reject_bad_input(
    cli_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "sla", "--from", "2026-13"]) == 2
    assert "YYYY-MM" in capsys.readouterr().err
    pdf = str(tmp_path / "x.pdf")
    assert (
        main(["report", "quarterly", "--hospital", "X", "--quarter", "2026Q4", "--pdf", pdf]) == 2
    )
    assert "no hospital" in capsys.readouterr().err
