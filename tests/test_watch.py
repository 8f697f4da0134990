"""The log watcher: episodes found in a stream, proactive tickets opened once and closed after
recovery, over a real syslog socket, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import math
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from careline.errors import InvalidInput
from careline.settings import load_settings
from desk.audit import AuditEntry
from desk.business_calendar import BusinessCalendar
from desk.contracts import import_configured_data
from desk.db import session_scope
from desk.models import MONITOR_CHANNEL, Status, Ticket
from desk.monitor.config import Hint, Source, WatchConfig
from desk.monitor.episodes import WatchEpisode
from desk.monitor.sources import FileFollower, syslog_text, watch
from desk.monitor.watcher import WATCH_ACTOR, Watcher
from desk.tickets import Desk, TicketRequest
from tests.conftest import free_port
from triage.watch.detector import Detector, WatchRules, improbable_count
from triage.watch.evaluation import alert_episodes, read_labelled_log, score

SETTINGS = load_settings()
SITE = "demo-main"
NORMAL = (
    "2026-12-03 10:00:{s:02d}.{ms:03d} INFO [esb-worker-3] Hl7Router - ADT^A08 routed in {ms} ms"
)
FAULT = (
    "2026-12-03 10:01:{s:02d}.{ms:03d} ERROR [pacs-store-2] DicomStoreScp - C-STORE failed: "
    "disk full on /archive{s}"
)
QUICK = WatchRules(window_seconds=1, warmup_seconds=2, quiet_seconds=2, half_life_seconds=5)


def _normal(i: int) -> str:
    return NORMAL.format(s=i % 60, ms=(37 * i) % 1000)


def _fault(i: int) -> str:
    return FAULT.format(s=i % 60, ms=(53 * i) % 1000)


def _run(detector: Detector, timeline: list[tuple[float, str]]) -> list:
    changes = []
    for at, line in timeline:
        changes += detector.feed(line, at)
    return changes


def _steady(start: float, end: float, per_second: float = 2.0) -> list[tuple[float, str]]:
    count = int((end - start) * per_second)
    return [(start + i / per_second, _normal(i)) for i in range(count)]


# ------------------------------------------------------------------------- the detector


def test_a_burst_of_a_new_error_is_one_episode_closed_when_it_stops() -> None:
    rules = WatchRules()
    burst = [(4000.0 + 3 * i, _fault(i)) for i in range(40)]
    timeline = sorted(_steady(0, 4000) + burst + _steady(4000, 6000))
    changes = _run(Detector(rules), timeline)
    assert [c.opened for c in changes] == [True, False]
    opened, closed = changes[0].episode, changes[1].episode
    assert opened is closed
    assert opened.started == burst[0][0]
    assert opened.last_anomaly == burst[-1][0]
    assert opened.lines == len(burst)
    assert "disk full" in opened.samples[0]


def test_nothing_opens_while_learning_and_a_steady_error_is_normal() -> None:
    """An error logged all along (from the start, at its usual rate) is the site's normal."""
    rules = WatchRules()
    steady_errors = [(30.0 * i, _fault(i)) for i in range(300)]  # every 30 s for 2.5 h
    timeline = sorted(_steady(0, 9000) + steady_errors)
    assert _run(Detector(rules), timeline) == []


def test_a_surge_of_a_known_line_opens_an_episode() -> None:
    rules = WatchRules()
    surge = [(5000.0 + 0.5 * i, _normal(i)) for i in range(600)]  # 120 more a minute for 5 min
    timeline = sorted(_steady(0, 7000, per_second=0.2) + surge)  # 12 a minute normally
    changes = _run(Detector(rules), timeline)
    assert [c.opened for c in changes] == [True, False]
    assert changes[0].episode.reason.startswith("rate jump")
    assert 5000 <= changes[0].episode.started <= 5000 + 60


def test_continuation_lines_belong_to_the_entry_above() -> None:
    detector = Detector(WatchRules(warmup_seconds=0))
    trace = [
        _fault(1),
        "    at com.example.Store.write(Store.java:42)",
        "\tat java.lang.Thread.run",
    ]
    changes = [c for i, line in enumerate(trace) for c in detector.feed(line, float(i))]
    assert len(changes) == 1
    assert detector.lines == 1


def test_ticking_closes_an_episode_of_a_source_gone_silent() -> None:
    detector = Detector(WatchRules(warmup_seconds=0, quiet_seconds=60))
    assert [c.opened for c in detector.feed(_fault(1), 10.0)] == [True]
    assert list(detector.tick(50.0)) == []
    assert [c.opened for c in detector.tick(71.0)] == [False]


@pytest.mark.parametrize("mean", [0.0, 0.004, 0.3, 2.0, 17.5, 150.0])
def test_the_improbable_count_is_the_first_with_a_tail_below_the_surprise(mean: float) -> None:
    surprise = 1e-4
    k = improbable_count(mean, surprise)

    def tail(n: int) -> float:
        if mean == 0:
            return 0.0 if n > 0 else 1.0
        terms = (math.exp(i * math.log(mean) - mean - math.lgamma(i + 1)) for i in range(n))
        return 1.0 - sum(terms)

    assert tail(k) < surprise + 1e-12
    assert k == 1 or tail(k - 1) >= surprise


# ------------------------------------------------------------------------- evaluation


def test_episodes_are_matched_by_overlap_and_delay_is_measured_from_the_labelled_start() -> None:
    labelled = [(100.0, 200.0), (500.0, 520.0), (900.0, 950.0)]
    found = [(130.0, 260.0), (700.0, 710.0), (905.0, 990.0)]
    result = score("t", labelled, found, lines=1000, seconds=0.5)
    assert (result.precision, result.recall) == (2 / 3, 2 / 3)
    assert result.delays == [30.0, 5.0]


def test_alert_lines_close_in_time_are_one_labelled_episode(tmp_path: Path) -> None:
    log = tmp_path / "alerts.log"
    rows = [("-", 0), ("KERNDTLB", 100), ("KERNDTLB", 1900), ("-", 2000), ("APPREAD", 9000)]
    log.write_text("".join(f"{label} {at} 2005.06.03 node RAS KERNEL x\n" for label, at in rows))
    lines, alerts = read_labelled_log(log)
    assert [line.split()[0] for _, line in lines] == [str(at) for _, at in rows]
    assert alert_episodes([at for at, _ in lines], alerts) == [(100.0, 1900.0), (9000.0, 9000.0)]


# ------------------------------------------------------------------------- configuration


@pytest.mark.parametrize(
    ("source", "named"),
    [
        ({"name": "a", "syslog": "udp://10.0.0.5:514", "site": SITE, "subsystem": "his"}, "syslog"),
        ({"name": "a", "syslog": "http://127.0.0.1:1", "site": SITE, "subsystem": "his"}, "syslog"),
        ({"name": "a", "file": "x.log", "site": SITE, "subsystem": "radio"}, "subsystem"),
        ({"name": "a", "site": SITE, "subsystem": "his"}, "exactly one of file or syslog"),
        (
            {
                "name": "a",
                "file": "x",
                "site": SITE,
                "subsystem": "his",
                "hints": [{"pattern": "("}],
            },
            "hints.0.pattern",
        ),
    ],
)
def test_a_bad_watch_file_is_refused_naming_the_field(
    tmp_path: Path, source: dict, named: str
) -> None:
    import yaml

    path = tmp_path / "watch.yaml"
    path.write_text(yaml.safe_dump({"sources": [source]}))
    with pytest.raises(InvalidInput, match=named) as refused:
        WatchConfig.load(path)
    assert str(path) in str(refused.value)


def test_the_shipped_watch_file_loads_and_hints_pick_the_subsystem() -> None:
    config = WatchConfig.load(SETTINGS.watch_file)
    syslog = next(s for s in config.sources if s.syslog)
    assert syslog.place_of("nursecall-gw[12]: heartbeat ward W03")[1] == "nursing"
    assert syslog.place_of("kernel: eth0 link down")[1] == syslog.subsystem


# ------------------------------------------------------------------------- sources


def test_a_followed_file_yields_whole_lines_and_survives_rotation(tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    path.write_text("before watching\n")
    follower = FileFollower(path)
    follower.start()
    with path.open("a") as handle:
        handle.write("first\nsecond half")
    assert follower.read() == ["first"]
    with path.open("a") as handle:
        handle.write(" done\n")
    assert follower.read() == ["second half done"]
    path.rename(tmp_path / "app.log.1")
    path.write_bytes(b"after rotation \xff\xfe junk\n")
    assert follower.read() == ["after rotation \ufffd\ufffd junk"]


def test_syslog_headers_are_stripped() -> None:
    assert syslog_text(b"<134>1 2026-12-03T10:00:00Z his-app01 his - - boom\n<13>plain") == [
        "2026-12-03T10:00:00Z his-app01 his - - boom",
        "plain",
    ]


# ------------------------------------------------------------------------- the desk


@pytest.fixture
def sites_db(db_url: str) -> str:
    with session_scope(db_url) as session:
        import_configured_data(session, SETTINGS)
    return db_url


def _watcher(desk: Desk, db_url: str, config: WatchConfig) -> Watcher:
    return Watcher(
        desk, partial(session_scope, db_url), config, BusinessCalendar.from_settings(SETTINGS)
    )


def _config(port: int) -> WatchConfig:
    return WatchConfig.model_validate(
        {
            "rules": QUICK.model_dump(),
            "sources": [
                {
                    "name": "pacs-syslog",
                    "syslog": f"udp://127.0.0.1:{port}",
                    "site": SITE,
                    "subsystem": "pacs",
                }
            ],
        }
    )


@contextmanager
def _listening(config: WatchConfig, watcher: Watcher) -> Iterator[None]:
    """The watcher's own syslog listener on a loop in a thread, ticking every second."""
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    lock = threading.Lock()

    def feed(source: Source, line: str) -> None:
        with lock:
            watcher.feed(source, line)

    def tick() -> None:
        with lock:
            watcher.tick()

    async def run() -> None:
        await watch(config, feed, tick, ready.set, tick_seconds=0.5)

    task = loop.create_task(run())

    def serve() -> None:
        with suppress(asyncio.CancelledError):
            loop.run_until_complete(task)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    assert ready.wait(10)
    try:
        yield
    finally:
        loop.call_soon_threadsafe(task.cancel)
        thread.join(10)


def _send(port: int, lines: list[str], every: float) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        for line in lines:
            sock.sendto(f"<131>{line}".encode(), ("127.0.0.1", port))
            time.sleep(every)


def _monitor_tickets(db_url: str) -> list[Ticket]:
    with session_scope(db_url) as session:
        tickets = session.scalars(select(Ticket).where(Ticket.channel == MONITOR_CHANNEL)).all()
        session.expunge_all()
        return list(tickets)


def test_a_burst_through_syslog_opens_one_ticket_closed_after_recovery(
    desk: Desk, sites_db: str
) -> None:
    port = free_port()
    config = _config(port)
    watcher = _watcher(desk, sites_db, config)
    with _listening(config, watcher):
        _send(port, [_normal(i) for i in range(30)], 0.1)  # 3 s of normal traffic
        _send(port, [_fault(i) for i in range(40)], 0.02)  # the burst
        assert len(_monitor_tickets(sites_db)) == 1
        _send(port, [_normal(i) for i in range(30, 60)], 0.1)  # recovered
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and _monitor_tickets(sites_db)[0].status != "resolved":
            time.sleep(0.2)
    tickets = _monitor_tickets(sites_db)
    assert len(tickets) == 1
    ticket = tickets[0]
    assert (ticket.status, ticket.site_id, ticket.subsystem) == ("resolved", SITE, "pacs")
    assert "disk full" in ticket.log_excerpt
    with session_scope(sites_db) as session:
        episode = session.scalars(select(WatchEpisode)).one()
        assert episode.ticket_id == ticket.id and episode.ended_at is not None
        assert episode.lines >= 30
        reasons = session.scalars(
            select(AuditEntry.reason).where(
                AuditEntry.ticket_id == ticket.id, AuditEntry.actor == WATCH_ACTOR
            )
        ).all()
    assert any("back to normal" in reason for reason in reasons)


def _episode_through(watcher: Watcher, source: Source, start: float, faults: int) -> None:
    for i in range(int(start), int(start) + 6):
        watcher.feed(source, _normal(i), float(i))
    for i in range(faults):
        watcher.feed(source, _fault(i), start + 6 + 0.1 * i)


def test_a_monitor_ticket_joins_the_open_incident_at_its_site_and_subsystem(
    desk: Desk, sites_db: str
) -> None:
    with session_scope(sites_db) as session:
        reported = desk.open_ticket(
            session,
            TicketRequest("PACS 影像存不进去了，放射科都在等", "", site_id=SITE, subsystem="pacs"),
        )
        reported_id = reported.id
    config = _config(free_port())
    watcher = _watcher(desk, sites_db, config)
    now = time.time()
    _episode_through(watcher, config.sources[0], now, 5)
    tickets = _monitor_tickets(sites_db)
    assert len(tickets) == 1
    assert tickets[0].parent_id == reported_id


def test_a_watcher_naming_an_unknown_site_is_refused_before_it_starts(
    desk: Desk, sites_db: str
) -> None:
    config = _config(free_port())
    hinted = config.sources[0].model_copy(
        update={"hints": (Hint(pattern="nursecall", site="nowhere-hospital"),)}
    )
    watcher = _watcher(desk, sites_db, config.model_copy(update={"sources": (hinted,)}))
    with pytest.raises(InvalidInput, match="pacs-syslog: unknown site 'nowhere-hospital'"):
        watcher.check_sites()
    _watcher(desk, sites_db, config).check_sites()  # the configured sites are known


def test_a_restarted_watcher_carries_on_with_the_open_episode(desk: Desk, sites_db: str) -> None:
    config = _config(free_port())
    source = config.sources[0]
    first = _watcher(desk, sites_db, config)
    start = time.time()
    _episode_through(first, source, start, 5)
    second = _watcher(desk, sites_db, config)
    second.clock = lambda: start + 20
    assert second.resume() == 1
    for i in range(10):  # the trouble goes on after the restart, during its warm-up
        second.feed(source, _fault(100 + i), start + 20 + i * 0.1)
    second.tick(start + 40)
    tickets = _monitor_tickets(sites_db)
    assert len(tickets) == 1
    assert tickets[0].status == Status.RESOLVED


def test_changes_wait_while_the_database_is_away(desk: Desk, sites_db: str) -> None:
    config = _config(free_port())
    outage = {"down": True}

    @contextmanager
    def sessions() -> Iterator:
        if outage["down"]:
            raise OperationalError("connect", {}, Exception("connection refused"))
        with session_scope(sites_db) as session:
            yield session

    watcher = Watcher(desk, sessions, config, BusinessCalendar.from_settings(SETTINGS))
    start = time.time()
    _episode_through(watcher, config.sources[0], start, 5)
    assert _monitor_tickets(sites_db) == []
    outage["down"] = False
    watcher.tick(start + 12)  # back, and the episode is over by now
    tickets = _monitor_tickets(sites_db)
    assert [t.status for t in tickets] == [Status.RESOLVED]


def test_the_ticket_page_shows_the_episode_that_opened_it(console, db_url: str) -> None:
    from datetime import timedelta

    from desk.models import utcnow
    from tests.console_fixtures import add_ticket, log_in

    number = add_ticket(db_url, "日志监控发现异常 / log watch found trouble", channel="monitor")
    started = utcnow() - timedelta(minutes=12)
    with session_scope(db_url) as session:
        ticket = session.scalars(select(Ticket)).one()
        session.add(
            WatchEpisode(
                source="pacs-syslog",
                site_id=SITE,
                subsystem="pacs",
                reason="new error template",
                started_at=started,
                lines=41,
                templates=[["C-STORE failed: disk full on <PATH>", 40], ["retry <NUM>", 1]],
                samples=[],
                ticket_id=ticket.id,
            )
        )
    log_in(console, "eng")
    page = console.get(f"/tickets/{number}").text
    panel = page[page.index('id="watch-episode"') :]
    assert "pacs-syslog" in panel and "new error template" in panel
    assert "C-STORE failed: disk full on &lt;PATH&gt;" in panel
    assert "still going" in panel
    widths = [int(w) for w in re.findall(r'class="count-bar" style="width: (\d+)px"', panel)]
    assert widths[0] > widths[1]


# ------------------------------------------------------------------------- the command


def test_careline_watch_refuses_a_bad_config_in_one_line(tmp_path: Path, capsys) -> None:
    from cli.main import main

    bad = tmp_path / "watch.yaml"
    bad.write_text(
        "sources:\n  - {name: a, syslog: 'udp://192.0.2.7:514', site: x, subsystem: his}\n"
    )
    assert main(["watch", "--config", str(bad)]) == 2
    error = capsys.readouterr().err.strip()
    assert "\n" not in error and "loopback" in error


def test_careline_watch_eval_prints_and_saves_each_set(tmp_path: Path, capsys) -> None:
    import json

    from cli.main import main

    loghub = tmp_path / "loghub"
    (loghub / "BGL").mkdir(parents=True)
    (loghub / "Thunderbird").mkdir()
    normal = "- {at} 2005.06.03 R02-M1 RAS KERNEL INFO instruction cache parity error corrected\n"
    alert = "KERNDTLB {at} 2005.06.03 R02-M1 RAS KERNEL FATAL data TLB error interrupt\n"
    lines = [normal.format(at=1117838570 + 60 * i) for i in range(100)]
    lines.insert(80, alert.format(at=1117838570 + 60 * 80 + 1))
    (loghub / "BGL" / "BGL_2k.log").write_text("".join(lines))
    (loghub / "Thunderbird" / "Thunderbird_2k.log").write_text("".join(lines[:50]))
    out = tmp_path / "watch-eval.json"
    assert (
        main(["watch", "eval", "--streams", "1", "--loghub", str(loghub), "--out", str(out)]) == 0
    )
    printed = capsys.readouterr().out
    saved = json.loads(out.read_text())
    names = [s["set"] for s in saved["sets"]]
    assert names == ["generated-1", "generated, all", "loghub BGL_2k", "loghub Thunderbird_2k"]
    bgl = saved["sets"][2]
    assert (bgl["labelled_episodes"], bgl["recalled"]) == (1, 1)
    assert all(name in printed for name in names)


def test_patient_data_in_watched_lines_never_reaches_the_desk(desk: Desk, sites_db: str) -> None:
    config = _config(free_port())
    watcher = _watcher(desk, sites_db, config)
    source = config.sources[0]
    start = time.time()
    for i in range(6):
        watcher.feed(source, _normal(i), start + i)
    phone, resident_id = "13812345678", "110105194912310021"
    for i in range(5):
        line = f"ERROR PrintAgent - 打印失败 患者电话 {phone} 身份证 {resident_id} 第{i}次"
        watcher.feed(source, line, start + 6 + i * 0.1)
    watcher.tick(start + 20)
    with session_scope(sites_db) as session:
        episode = session.scalars(select(WatchEpisode)).one()
        stored = [
            episode.samples,
            episode.templates,
            episode.ticket.log_excerpt,
            episode.ticket.description,
        ]
    assert "打印失败" in str(stored)
    assert phone not in str(stored) and resident_id not in str(stored)
