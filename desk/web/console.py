"""Dispatcher console: the queue by time to breach, a ticket page and its actions (sign-in:
desk/web/login.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, Form, HTTPException, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from careline.errors import InvalidInput
from careline.labels import SUBSYSTEM_IDS, TIER_IDS
from desk import incidents, workflow
from desk.accounts import (
    User,
)
from desk.models import (
    OPEN_STATUSES,
    UNACCEPTED_STATUSES,
    AuditEntry,
    Site,
    Status,
    Ticket,
    utcnow,
)
from desk.monitor.episodes import episode_of
from desk.parts import reservations
from desk.service_plan.inspections import due_inspections
from desk.sla import ClockState, sla_state
from desk.tickets import Desk
from desk.web.auth import (
    ConsoleUser,
    CsrfChecked,
    Forbidden,
    LoginDep,
    may_act_on,
    require_roles,
)
from desk.web.deps import DeskDep, SessionDep
from desk.web.parts_views import parts_overview, session_request, ticket_parts
from desk.web.templating import CLOCK_LABELS, templates

router = APIRouter()

ACCEPT_ROLES = ("dispatcher", "engineer", "admin")
STATUS_ROLES = ("dispatcher", "engineer", "admin")
ASSIGN_ROLES = ("dispatcher", "manager", "admin")
MAX_REASON_CHARS = 500
FormText = Annotated[str, Form(max_length=MAX_REASON_CHARS)]


@dataclass(frozen=True)
class ClockView:
    """One SLA clock as the console shows it: response and resolution are never mixed."""

    label: str
    state: ClockState

    @property
    def due(self) -> datetime | None:
        """Counted down only while the clock runs."""
        return self.state.due if self.state.running else None

    @property
    def level(self) -> str:
        return "paused" if self.state.paused else self.state.level

    @property
    def fraction(self) -> float:
        return self.state.fraction

    @property
    def done_at(self) -> datetime | None:
        return self.state.stopped_at


@dataclass(frozen=True)
class QueueRow:
    ticket: Ticket
    clock: ClockView
    status_label: str
    linked_reports: int = 0

    @property
    def due(self) -> datetime | None:
        return self.clock.due

    @property
    def level(self) -> str:
        return self.clock.level

    @property
    def clock_label(self) -> str:
        return self.clock.label


@dataclass(frozen=True)
class LogLine:
    number: int
    text: str
    evidence: bool


def clock_views(request: Request, ticket: Ticket, now: datetime) -> list[ClockView]:
    """Both clocks on the desk's calendar and the configured warning shares."""
    state = sla_state(
        ticket,
        now,
        calendar=request.app.state.desk.calendar,
        fractions=request.app.state.warning_fractions,
    )
    return [ClockView(CLOCK_LABELS[c.clock], c) for c in state.clocks]


def _racing(clocks: list[ClockView]) -> ClockView:
    """The clock a dispatcher races now: the response until it is met, then the resolution."""
    running = [c for c in clocks if c.due is not None]
    return min(running, key=lambda c: c.due) if running else clocks[-1]


def queue_rows(request: Request, session: Session, now: datetime) -> list[QueueRow]:
    """Open tickets, the one closest to a breach first; paused ones last. Reports linked to a
    major incident are counted on their parent instead of queued again."""
    found = session.scalars(
        select(Ticket).where(
            Ticket.status.in_([s.value for s in OPEN_STATUSES]), Ticket.parent_id.is_(None)
        )
    ).all()
    linked = incidents.linked_counts(session, [t.id for t in found])
    rows = [
        QueueRow(
            t,
            _racing(clock_views(request, t, now)),
            _status_label(t.status),
            linked.get(t.id, 0),
        )
        for t in found
    ]
    far = now + timedelta(days=36500)
    return sorted(rows, key=lambda r: (r.due is None, r.due or far, r.ticket.id))


def _status_label(status: str) -> str:
    value = Status(status)
    return f"{value.label('zh')} · {value.label('en')}"


def _log_lines(ticket: Ticket) -> list[LogLine]:
    marked = {int(e["line"]) for e in ticket.evidence if str(e.get("line", "")).isdigit()}
    return [
        LogLine(number, text, number in marked)
        for number, text in enumerate(ticket.log_excerpt.splitlines(), 1)
    ]


@dataclass(frozen=True)
class Segment:
    text: str
    evidence: bool


def _description_segments(ticket: Ticket) -> list[Segment]:
    """The description cut around the words that drove the subsystem, so the template can mark
    them while escaping every piece."""
    words = [e["text"] for e in ticket.evidence if e.get("source") == "description"]
    if not words:
        return [Segment(ticket.description, False)]
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.I)
    segments, start = [], 0
    for match in pattern.finditer(ticket.description):
        segments += [
            Segment(ticket.description[start : match.start()], False),
            Segment(match.group(0), True),
        ]
        start = match.end()
    return [*segments, Segment(ticket.description[start:], False)]


def _ticket_or_404(session: Session, number: str) -> Ticket:
    ticket = Desk.find(session, number)
    if ticket is None:
        raise HTTPException(status_code=404, detail=f"no ticket {number}")
    return ticket


def _actions(user: User) -> set[str]:
    allowed = {"accept": ACCEPT_ROLES, "status": STATUS_ROLES, "reassign": ASSIGN_ROLES}
    return {action for action, roles in allowed.items() if user.role in roles}


def _ticket_page(
    request: Request,
    session: Session,
    desk: Desk,
    ticket: Ticket,
    user: User,
    *,
    error: str = "",
    done: str = "",
    status_code: int = 200,
) -> HTMLResponse:
    now = utcnow()
    audit = session.scalars(
        select(AuditEntry).where(AuditEntry.ticket_id == ticket.id).order_by(AuditEntry.id)
    ).all()
    parent = session.get(Ticket, ticket.parent_id) if ticket.parent_id else None
    actions = _actions(user)
    if ticket.status not in UNACCEPTED_STATUSES:
        actions.discard("accept")
    allowed = workflow.TRANSITIONS[Status(ticket.status)]
    statuses = [{"value": s.value, "label": _status_label(s)} for s in Status if s in allowed]
    context = {
        "ticket": ticket,
        "status_label": _status_label(ticket.status),
        "clocks": clock_views(request, ticket, now),
        "log_lines": _log_lines(ticket),
        "evidence": [e for e in ticket.evidence if e.get("source", "log") == "log"],
        "factors": [e for e in ticket.evidence if e.get("source") == "factor"],
        "description_segments": _description_segments(ticket),
        "audit": audit,
        "parent": parent,
        "actions": actions,
        "statuses": statuses,
        "engineers": desk.roster.engineers,
        "tiers": TIER_IDS,
        "subsystems": SUBSYSTEM_IDS,
        "timezone": request.app.state.settings.timezone,
        "error": error,
        "done": done,
        "watch_episode": episode_of(session, ticket),
        **ticket_parts(session, ticket, _hospital_day(request, now)),
    }
    return templates.TemplateResponse(request, "ticket.html", context, status_code=status_code)


def _hospital_day(request: Request, moment: datetime) -> date:
    """The day it is at the hospitals (an end of life or a last-buy date is theirs)."""
    return moment.astimezone(ZoneInfo(request.app.state.settings.timezone)).date()


def _after_action(number: str, done: str, page: str = "tickets") -> RedirectResponse:
    """Post/redirect/get: a reload never repeats the action."""
    return RedirectResponse(f"/{page}/{number}?done={done}", status_code=303)


DONE_MESSAGES = {
    "accepted": "已受理，响应计时已停止 · Accepted: the response clock has stopped.",
    "reassigned": "已改派 · Reassigned.",
    "tier": "级别已调整，期限已按创建时间重新计算 · Tier changed; deadlines recomputed.",
    "status": "状态已更新 · Status updated.",
    "subsystem": "系统已更正并重新分派 · Subsystem corrected and routed again.",
    "triage": "分诊已确认 · Triage confirmed.",
    "visit": "已派工程师上门，到场计时开始 · Engineer sent on site: the arrival clock runs.",
    "departed": "工程师已出发 · Engineer on the way.",
    "arrived": "工程师已到场，到场计时已停止 · Engineer on site: the arrival clock has stopped.",
    "part": "备件已预留，工单等待备件 · Part reserved: the ticket waits on it.",
    "deliver": "备件已到货 · Part delivered.",
    "fit": "备件已更换 · Part fitted.",
    "cancel": "备件申请已取消，库存已释放 · Part request cancelled, stock released.",
}


# --- queue and ticket pages --------------------------------------------------------------


@router.get("/queue", response_class=HTMLResponse)
def queue_page(request: Request, session: SessionDep, user: ConsoleUser) -> HTMLResponse:
    """The tickets by time to breach, and the inspections falling due as planned work."""
    now = utcnow()
    today = _hospital_day(request, now)
    context = {
        "rows": queue_rows(request, session, now),
        "timezone": request.app.state.settings.timezone,
        "planned": due_inspections(session, today, request.app.state.checklists),
        "today": today,
    }
    return templates.TemplateResponse(request, "console_queue.html", context)


@router.get("/queue/rows", response_class=HTMLResponse)
def queue_rows_fragment(request: Request, session: SessionDep, user: ConsoleUser) -> HTMLResponse:
    """The table body alone, for htmx to refresh levels and order every 30 s."""
    context = {"rows": queue_rows(request, session, utcnow())}
    return templates.TemplateResponse(request, "_queue_rows.html", context)


@router.get("/tickets/{number}", response_class=HTMLResponse)
def ticket_page(
    request: Request,
    number: str,
    session: SessionDep,
    desk: DeskDep,
    user: ConsoleUser,
    done: str = "",
) -> HTMLResponse:
    ticket = _ticket_or_404(session, number)
    return _ticket_page(request, session, desk, ticket, user, done=DONE_MESSAGES.get(done, ""))


@dataclass(frozen=True)
class TicketAction:
    """What every ticket action works with: the request, its DB session, the desk, the actor."""

    request: Request
    session: Session
    desk: Desk
    user: User

    def run(
        self, number: str, done: str, change: Callable[[Ticket], None], page: str = "tickets"
    ) -> Response:
        """Apply one workflow change; a refused change re-renders the page with the reason."""
        ticket = _ticket_or_404(self.session, number)
        if not may_act_on(self.user, ticket):
            raise Forbidden(f"{number} is assigned to another engineer; ask the dispatcher")
        try:
            with self.session.begin_nested():
                change(ticket)
        except InvalidInput as exc:
            self.session.refresh(ticket)
            return _ticket_page(
                self.request,
                self.session,
                self.desk,
                ticket,
                self.user,
                error=str(exc),
                status_code=409,
            )
        return _after_action(number, done, page)


def _acting(*roles: str) -> Callable[..., TicketAction]:
    """Dependency: a ticket action by a signed-in user whose role is one of `roles`."""
    role_check = require_roles(*roles)

    def dependency(
        request: Request, session: SessionDep, desk: DeskDep, login: LoginDep
    ) -> TicketAction:
        return TicketAction(request, session, desk, role_check(request, login))

    return dependency


AcceptAction = Annotated[TicketAction, Depends(_acting(*ACCEPT_ROLES))]
AssignAction = Annotated[TicketAction, Depends(_acting(*ASSIGN_ROLES))]
StatusAction = Annotated[TicketAction, Depends(_acting(*STATUS_ROLES))]


@router.post("/tickets/{number}/accept")
def accept_ticket(number: str, act: AcceptAction, _csrf: CsrfChecked) -> Response:
    return act.run(
        number,
        "accepted",
        lambda t: workflow.accept(act.session, t, act.user.username, calendar=act.desk.calendar),
    )


def _reassign(
    session: Session, desk: Desk, ticket: Ticket, engineer_id: str, reason: str, actor: str
) -> None:
    """To an engineer of the roster; the ticket moves to that engineer's pool with them."""
    engineer = desk.roster.engineer(engineer_id)
    if engineer is None:
        raise InvalidInput(f"no engineer '{engineer_id}' in the roster")
    workflow.reassign(session, ticket, engineer.id, reason, actor, pool=engineer.pool)


@router.post("/tickets/{number}/reassign")
def reassign_ticket(
    number: str,
    act: AssignAction,
    _csrf: CsrfChecked,
    engineer_id: Annotated[str, Form(max_length=60)],
    reason: FormText,
) -> Response:
    return act.run(
        number,
        "reassigned",
        lambda t: _reassign(act.session, act.desk, t, engineer_id, reason, act.user.username),
    )


@router.post("/tickets/{number}/tier")
def change_ticket_tier(
    number: str,
    act: AssignAction,
    _csrf: CsrfChecked,
    tier: Annotated[str, Form(max_length=2)],
    reason: FormText,
) -> Response:
    def change(ticket: Ticket) -> None:
        workflow.change_tier(
            act.session, ticket, tier, reason, act.user.username, act.desk.calendar
        )
        workflow.mark_triage_reviewed(act.session, ticket, act.user.username, reason)

    return act.run(number, "tier", change)


@router.post("/tickets/{number}/subsystem")
def correct_ticket_subsystem(
    number: str,
    act: AssignAction,
    _csrf: CsrfChecked,
    subsystem: Annotated[str, Form(max_length=30)],
    reason: FormText,
) -> Response:
    """Another system than the triage said: routed again while unaccepted, and learnt from."""

    def change(ticket: Ticket) -> None:
        if subsystem == ticket.subsystem:
            raise InvalidInput(f"{ticket.number} is already {subsystem}")
        why = workflow.need_reason(reason, "correcting a ticket's subsystem")
        act.desk.correct_subsystem(act.session, ticket, subsystem, act.user.username, why)
        workflow.mark_triage_reviewed(act.session, ticket, act.user.username, why)

    return act.run(number, "subsystem", change)


@router.post("/tickets/{number}/triage")
def confirm_ticket_triage(number: str, act: AssignAction, _csrf: CsrfChecked) -> Response:
    """The dispatcher checked the subsystem and tier and agrees: out of review, and learnt from."""

    def change(ticket: Ticket) -> None:
        why = f"triage confirmed: {ticket.subsystem}, {ticket.tier}"
        workflow.mark_triage_reviewed(act.session, ticket, act.user.username, why)

    return act.run(number, "triage", change)


@router.post("/tickets/{number}/status")
def set_ticket_status(
    number: str,
    act: StatusAction,
    _csrf: CsrfChecked,
    status: Annotated[str, Form(max_length=24)],
    reason: FormText = "",
) -> Response:
    return act.run(
        number,
        "status",
        lambda t: workflow.set_status(
            act.session, t, status, act.user.username, reason, calendar=act.desk.calendar
        ),
    )


@router.post("/tickets/{number}/visit")
def send_on_site(number: str, act: AssignAction, _csrf: CsrfChecked, reason: FormText) -> Response:
    """An engineer must go to the hospital: routed for the visit while unaccepted."""
    return act.run(
        number,
        "visit",
        lambda t: act.desk.request_visit(act.session, t, act.user.username, reason),
    )


@router.post("/tickets/{number}/visit/{step}")
def record_visit_step(
    number: str,
    step: Annotated[str, Path(pattern="^(departed|arrived)$")],
    act: StatusAction,
    _csrf: CsrfChecked,
    page: Annotated[str, Form(pattern="^(tickets|visit)$")] = "tickets",
) -> Response:
    """Set out / on site, from the ticket page or the engineer's phone page."""
    return act.run(
        number,
        step,
        lambda t: workflow.record_visit_step(act.session, t, step, act.user.username),
        page,
    )


@router.get("/visit/{number}", response_class=HTMLResponse)
def visit_page(
    request: Request, number: str, session: SessionDep, user: ConsoleUser, done: str = ""
) -> HTMLResponse:
    """The engineer's phone page: where to go, by when, and the two buttons."""
    ticket = _ticket_or_404(session, number)
    site = session.get(Site, ticket.site_id) if ticket.site_id else None
    context = {
        "ticket": ticket,
        "site": site,
        "clocks": [c for c in clock_views(request, ticket, utcnow()) if c.state.clock == "arrive"],
        "may_act": user.role in STATUS_ROLES and may_act_on(user, ticket),
        "done": DONE_MESSAGES.get(done, ""),
    }
    return templates.TemplateResponse(request, "visit.html", context)


@router.post("/tickets/{number}/parts")
def request_ticket_part(
    number: str,
    act: StatusAction,
    _csrf: CsrfChecked,
    part_number: Annotated[str, Form(max_length=60)],
    quantity: Annotated[int, Form(ge=1, le=reservations.MAX_QUANTITY)] = 1,
) -> Response:
    """Reserve a part at the depot that gets it here first; the ticket then waits on it."""
    return act.run(
        number,
        "part",
        lambda t: act.desk.request_part(act.session, t, part_number, quantity, act.user.username),
    )


@router.post("/tickets/{number}/parts/{request_id}/{step}")
def move_ticket_part(
    number: str,
    request_id: int,
    step: Annotated[str, Path(pattern="^(deliver|fit|cancel)$")],
    act: StatusAction,
    _csrf: CsrfChecked,
    reason: FormText = "",
) -> Response:
    """Delivered at the site, fitted (by a certified engineer where the part needs one), or
    cancelled (its stock goes back)."""

    def change(ticket: Ticket) -> None:
        part_request = session_request(act.session, ticket, request_id)
        if step == "deliver":
            act.desk.deliver_part(act.session, ticket, part_request, act.user.username)
        elif step == "fit":
            if not act.user.engineer_id:
                raise InvalidInput("parts are fitted by an engineer: sign in as the one who did")
            act.desk.fit_part(act.session, ticket, part_request, act.user.engineer_id)
        else:
            why = workflow.need_reason(reason, "cancelling a part request")
            act.desk.cancel_part(act.session, ticket, part_request, act.user.username, why)

    return act.run(number, step, change)


@router.get("/parts", response_class=HTMLResponse)
def parts_page(
    request: Request, session: SessionDep, user: ConsoleUser, q: str = ""
) -> HTMLResponse:
    """Stock by depot, what tickets hold, and what runs short."""
    context = parts_overview(session, q[:60], _hospital_day(request, utcnow()))
    return templates.TemplateResponse(request, "parts.html", context)
