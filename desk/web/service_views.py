"""Console pages of the proactive service: the inspections (planned work in the queue, the
checklist an engineer completes) and the holiday readiness plans with their holiday reports."""

from __future__ import annotations

from datetime import date
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from careline.errors import InvalidInput
from desk.accounts import User
from desk.models import Inspection, InspectionStatus, ReadinessPlan, utcnow
from desk.outbox import kept_notice
from desk.reporting.holiday import holiday_report
from desk.service_plan.inspections import MAX_NOTE_CHARS, CheckResult, complete_inspection
from desk.service_plan.readiness import ROTA_ROLES
from desk.web.auth import ConsoleUser, CsrfChecked, Forbidden, require_roles
from desk.web.deps import DeskDep, SessionDep
from desk.web.templating import templates

router = APIRouter()

# Who records an inspection: the engineers who do them, and the desk staff who enter one for
# them; managers read.
INSPECT_ROLES = ("dispatcher", "engineer", "admin")
REPORT_ROLES = ("dispatcher", "manager", "admin")
InspectUser = Annotated[User, Depends(require_roles(*INSPECT_ROLES))]
ReportUser = Annotated[User, Depends(require_roles(*REPORT_ROLES))]
MAX_LISTED = 400


def hospital_today(request: Request) -> date:
    """The day it is at the hospitals: due dates are theirs."""
    return utcnow().astimezone(ZoneInfo(request.app.state.settings.timezone)).date()


def _inspection_or_404(session: Session, inspection_id: int) -> Inspection:
    inspection = session.get(Inspection, inspection_id)
    if inspection is None:
        raise HTTPException(status_code=404, detail=f"no inspection {inspection_id}")
    return inspection


def may_record(user: User, inspection: Inspection) -> bool:
    """Engineers record their own inspections (or unassigned ones); desk staff any."""
    if user.role != "engineer":
        return user.role in INSPECT_ROLES
    return bool(user.engineer_id) and inspection.engineer in ("", user.engineer_id)


@router.get("/inspections", response_class=HTMLResponse)
def inspections_page(request: Request, session: SessionDep, user: ConsoleUser) -> HTMLResponse:
    """Planned inspections by due date, then those done, newest first."""
    planned = session.scalars(
        select(Inspection)
        .where(Inspection.status == InspectionStatus.PLANNED)
        .order_by(Inspection.due_on, Inspection.id)
        .limit(MAX_LISTED)
    ).all()
    done = session.scalars(
        select(Inspection)
        .where(Inspection.status == InspectionStatus.DONE)
        .order_by(Inspection.completed_at.desc())
        .limit(MAX_LISTED)
    ).all()
    context = {"planned": planned, "done": done, "today": hospital_today(request)}
    return templates.TemplateResponse(request, "inspections.html", context)


def _inspection_page(
    request: Request,
    inspection: Inspection,
    user: User,
    desk_engineers: tuple,
    *,
    error: str = "",
    done: bool = False,
    status_code: int = 200,
) -> HTMLResponse:
    results = {r["id"]: r for r in inspection.results}
    context = {
        "inspection": inspection,
        "results": results,
        "may_record": inspection.status == InspectionStatus.PLANNED
        and may_record(user, inspection),
        "engineers": desk_engineers,
        "own_engineer": user.engineer_id if user.role == "engineer" else "",
        "today": hospital_today(request),
        "max_note": MAX_NOTE_CHARS,
        "error": error,
        "done": done,
    }
    return templates.TemplateResponse(request, "inspection.html", context, status_code=status_code)


@router.get("/inspections/{inspection_id}", response_class=HTMLResponse)
def inspection_page(
    request: Request,
    inspection_id: int,
    session: SessionDep,
    desk: DeskDep,
    user: ConsoleUser,
    done: str = "",
) -> HTMLResponse:
    inspection = _inspection_or_404(session, inspection_id)
    return _inspection_page(request, inspection, user, desk.roster.engineers, done=bool(done))


def _results_from(form: dict, inspection: Inspection) -> list[CheckResult]:
    """One result per check of the form: `result-<id>` pass or fail, `note-<id>`."""
    results = []
    for check in inspection.checklist:
        verdict = str(form.get(f"result-{check['id']}") or "")
        if verdict not in ("pass", "fail"):
            raise InvalidInput(f"{check['id']}: choose pass or fail")
        note = str(form.get(f"note-{check['id']}") or "")
        if len(note) > MAX_NOTE_CHARS:
            raise InvalidInput(f"{check['id']}: the note is over {MAX_NOTE_CHARS} characters")
        results.append(CheckResult(check["id"], verdict == "pass", note))
    return results


@router.post("/inspections/{inspection_id}")
async def record_inspection(
    request: Request,
    inspection_id: int,
    session: SessionDep,
    desk: DeskDep,
    user: InspectUser,
    _csrf: CsrfChecked,
) -> Response:
    """The completed checklist: every check passed or failed with a note; audited."""
    inspection = _inspection_or_404(session, inspection_id)
    if not may_record(user, inspection):
        raise Forbidden(f"inspection {inspection.key} is assigned to another engineer")
    form = dict(await request.form())
    engineer = user.engineer_id if user.role == "engineer" else str(form.get("engineer") or "")
    try:
        if engineer and desk.roster.engineer(engineer) is None:
            raise InvalidInput(f"no engineer '{engineer}' in the roster")
        with session.begin_nested():
            complete_inspection(
                session, inspection, _results_from(form, inspection), engineer, user.username
            )
    except InvalidInput as exc:
        session.refresh(inspection)
        return _inspection_page(
            request, inspection, user, desk.roster.engineers, error=str(exc), status_code=409
        )
    return RedirectResponse(f"/inspections/{inspection.id}?done=1", status_code=303)


@router.get("/readiness", response_class=HTMLResponse)
def readiness_page(request: Request, session: SessionDep, user: ConsoleUser) -> HTMLResponse:
    """Every holiday readiness plan, the latest holiday first, with whether its notice still
    waits in the outbox for delivery."""
    plans = session.scalars(
        select(ReadinessPlan)
        .order_by(ReadinessPlan.first_day.desc(), ReadinessPlan.hospital_id)
        .limit(MAX_LISTED)
    ).all()
    folder = request.app.state.settings.notices_dir
    context = {
        "plans": plans,
        "waiting": {p.id: kept_notice(folder, p.notice_id) is not None for p in plans},
        "roles": ROTA_ROLES,
        "today": hospital_today(request),
    }
    return templates.TemplateResponse(request, "readiness.html", context)


@router.get("/readiness/{plan_id}/report", response_class=HTMLResponse)
def holiday_report_page(
    request: Request, plan_id: int, session: SessionDep, desk: DeskDep, user: ReportUser
) -> HTMLResponse:
    """After the holiday: the hospital's tickets during it, per tier, with the SLA met."""
    plan = session.get(ReadinessPlan, plan_id)
    if plan is None:
        raise HTTPException(status_code=404, detail=f"no readiness plan {plan_id}")
    report = holiday_report(session, plan.hospital_id, plan.first_day, desk.calendar)
    context = {"report": report, "plan": plan, "roles": ROTA_ROLES}
    return templates.TemplateResponse(request, "holiday_report.html", context)
