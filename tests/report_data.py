"""Tickets with known times for the report tests: November at two hospitals and a fourth
quarter; every expected figure in the tests is worked out by hand from these."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from desk.db import session_scope
from desk.models import KbFeedback, Status, StatusChange, Ticket

SHANGHAI = ZoneInfo("Asia/Shanghai")
HOSPITAL = "协和医院"
OTHER = "Demo Hospital"
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
MIN = timedelta(minutes=1)
HOUR = timedelta(hours=1)


def report_ticket(
    number: str,
    created: datetime,
    *,
    tier: str = "P1",
    hospital: str = HOSPITAL,
    subsystem: str = "his",
    respond_in: timedelta = 30 * MIN,
    resolve_in: timedelta = 4 * HOUR,
    responded: timedelta | None = None,
    resolved: timedelta | None = None,
    paused: timedelta = timedelta(0),
    description: str = "挂号系统无法登录",
    evidence: list | None = None,
) -> Ticket:
    """A ticket with its deadlines and (optional) response and resolution after creation;
    a pause is a stretch waiting on the hospital starting an hour in."""
    ticket = Ticket(
        number=number,
        hospital=hospital,
        subsystem=subsystem,
        tier_predicted=tier,
        description=description,
        evidence=evidence or [],
        status=Status.RESOLVED if resolved is not None else Status.ROUTED,
        created_at=created,
        respond_by=created + respond_in,
        resolve_by=created + resolve_in,
        responded_at=created + responded if responded is not None else None,
        resolved_at=created + resolved if resolved is not None else None,
        paused_seconds=int(paused.total_seconds()),
    )
    if paused:
        ticket.history = [
            StatusChange(status=Status.WAITING_ON_HOSPITAL, actor="t", at=created + HOUR),
            StatusChange(status=Status.IN_PROGRESS, actor="t", at=created + HOUR + paused),
        ]
    return ticket


def store(db_url: str, tickets: list[Ticket]) -> None:
    with session_scope(db_url) as session:
        session.add_all(tickets)


NOV = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)


def november(db_url: str) -> None:
    """Five P1s and one P2 at the hospital, one P1 elsewhere (all in November, Shanghai)."""
    store(
        db_url,
        [
            # in time on both clocks
            report_ticket("CL-1", NOV, responded=10 * MIN, resolved=3 * HOUR),
            # 15 min late to respond, 1 h late to resolve
            report_ticket("CL-2", NOV + 24 * HOUR, responded=45 * MIN, resolved=5 * HOUR),
            # 2 h waiting on the hospital: deadline moved by the pause, 4 h of work counted
            report_ticket(
                "CL-3",
                NOV + 48 * HOUR,
                resolve_in=6 * HOUR,
                responded=20 * MIN,
                resolved=6 * HOUR,
                paused=2 * HOUR,
            ),
            # never answered, long past both deadlines: two breaches
            report_ticket("CL-4", NOV + 72 * HOUR),
            # opened 10 minutes before "now": both clocks still running, not yet judged
            report_ticket("CL-5", NOW - 10 * MIN),
            report_ticket(
                "CL-6",
                NOV,
                tier="P2",
                respond_in=HOUR,
                resolve_in=8 * HOUR,
                responded=50 * MIN,
                resolved=7 * HOUR,
            ),
            report_ticket("CL-7", NOV, hospital=OTHER, responded=40 * MIN, resolved=HOUR),
        ],
    )


def like_report(number: str, description: str, subsystem: str = "peripheral", **extra) -> Ticket:
    """A November report of one subsystem, for the recurring-fault groups."""
    return report_ticket(number, NOV, subsystem=subsystem, description=description, **extra)


Q4 = datetime(2026, 10, 1, 0, 0, tzinfo=UTC)


def quarter(db_url: str) -> None:
    store(
        db_url,
        [
            report_ticket("CL-11", Q4, responded=10 * MIN, resolved=HOUR),
            report_ticket(
                "CL-12",
                Q4 + 24 * HOUR,
                tier="P3",
                subsystem="pacs",
                respond_in=4 * HOUR,
                resolve_in=72 * HOUR,
                responded=5 * HOUR,
            ),
            *(
                like_report(
                    f"CL-2{i}",
                    "门诊打印机卡纸",
                    tier="P3",
                    respond_in=4 * HOUR,
                    resolve_in=72 * HOUR,
                    responded=HOUR,
                    resolved=2 * HOUR,
                )
                for i in range(3)
            ),
            # before the quarter (in Shanghai), another hospital: both left out
            report_ticket("CL-30", datetime(2026, 9, 30, 15, 0, tzinfo=UTC), responded=5 * MIN),
            report_ticket("CL-31", Q4, hospital=OTHER, responded=5 * MIN),
        ],
    )
    with session_scope(db_url) as session:
        for day, article, solved in (
            (Q4, "peripheral-001", True),
            (Q4 + 24 * HOUR, "peripheral-001", True),
            (Q4 + 48 * HOUR, "his-002", False),
            (datetime(2026, 9, 1, tzinfo=UTC), "his-002", True),
        ):
            session.add(KbFeedback(at=day, article_id=article, language="zh", solved=solved))
