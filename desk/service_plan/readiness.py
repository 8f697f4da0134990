"""Before a public holiday (重大节假日前的专项保障): for each hospital under contract, a readiness
plan with a reinforced on-call rota, the holiday checklist and a notice to the hospital.

The holidays come from the business calendar (desk/business_calendar.py), the people from the
roster, the checklist from config/inspections.yaml. Planning is idempotent: a plan is keyed by
hospital and the holiday's first day, and its notice id is derived from the same key.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from careline.labels import SUBSYSTEM_IDS
from desk.business_calendar import BusinessCalendar, Holiday, holidays_starting
from desk.contracts import contract_for
from desk.models import Hospital, ReadinessPlan
from desk.outbox import keep_notice
from desk.routing.roster import Engineer, Pool, Roster
from desk.service_plan.checklists import Checklists

# The roles of a holiday rota, strongest first: two engineers per pool round the clock
# (instead of the ordinary windows and one secondary), the pool lead, then the duty manager.
ROTA_ROLES = {
    "primary": ("主值班", "primary on call"),
    "backup": ("备班", "backup on call"),
    "lead": ("组长", "pool lead"),
    "duty_manager": ("值班经理", "duty manager"),
}


def plan_key(hospital_id: str, holiday: Holiday) -> str:
    return f"{hospital_id}:{holiday.first.isoformat()}"


def _serves(engineer: Engineer, hospital: Hospital) -> bool:
    sites = [s.id for s in hospital.sites] or [None]
    return any(engineer.serves_on_site(hospital.region, s) for s in sites)


def _pool_rota(roster: Roster, pool: Pool, hospital: Hospital, subsystems: list[str]) -> list:
    """A pool's primary and backup for the hospital (stationed there first, then those serving
    its region, by skill in its subsystems) and its lead."""
    covered = [s for s in pool.subsystems if s in subsystems]
    members = roster.members(pool.id)
    nearby = [e for e in members if _serves(e, hospital)] or list(members)
    resident = {s.id for s in hospital.sites}

    def rank(engineer: Engineer) -> tuple[bool, int, str]:
        skill = sum(engineer.proficiency(s) for s in covered)
        return bool(resident & set(engineer.resident_at)), skill, engineer.id

    ranked = sorted((e for e in nearby if "lead" not in e.roles), key=rank, reverse=True)
    chosen: list[tuple[Engineer, str]] = []
    if ranked:
        chosen.append((ranked[0], "primary"))
        backups = [e for e in ranked[1:] if "secondary" in e.roles] or ranked[1:]
        if backups:
            chosen.append((backups[0], "backup"))
    chosen += [(e, "lead") for e in members if "lead" in e.roles]
    return [
        {
            "pool": pool.id,
            "pool_name": f"{pool.name_zh} {pool.name_en}",
            "engineer": e.id,
            "name": e.name,
            "role": role,
            "hotline": pool.hotline,
        }
        for e, role in chosen
    ]


def holiday_rota(roster: Roster, hospital: Hospital, subsystems: list[str]) -> list[dict]:
    """Who is on call for the hospital over the holiday: every pool covering its subsystems,
    and the duty manager last."""
    rota = [
        entry
        for pool in roster.pools
        if any(s in subsystems for s in pool.subsystems)
        for entry in _pool_rota(roster, pool, hospital, subsystems)
    ]
    manager = roster.duty_manager
    rota.append(
        {
            "pool": "",
            "pool_name": "",
            "engineer": manager.id,
            "name": manager.name,
            "role": "duty_manager",
            "hotline": manager.hotline,
        }
    )
    return rota


def notice_text(hospital: Hospital, holiday: Holiday, rota: list[dict], checks: list) -> str:
    """The notice the hospital's IT team gets: when, who to call, and what was checked."""
    span = f"{holiday.first.isoformat()} – {holiday.last.isoformat()}"
    lines = [
        f"{hospital.name}：{holiday.name_zh}（{span}）期间，我方实行加强值班，24小时响应。",
        f"{hospital.name}: over {holiday.name_en} ({span}) our on-call is reinforced, "
        "round the clock.",
        "",
        "值班安排 On-call rota:",
    ]
    for entry in rota:
        zh, en = ROTA_ROLES[entry["role"]]
        team = f"{entry['pool_name']} · " if entry["pool_name"] else ""
        lines.append(f"- {team}{zh} {en}: {entry['name']}, {entry['hotline']}")
    lines += ["", "节前检查 Checked before the holiday:"]
    lines += [f"- {c['zh']} · {c['en']}" for c in checks]
    return "\n".join(lines)


def plan_holidays(
    session: Session,
    calendar: BusinessCalendar,
    roster: Roster,
    checklists: Checklists,
    notices_dir: Path,
    today: date,
    days: int,
) -> list[tuple[ReadinessPlan, bool]]:
    """A plan per hospital with a contract valid on the holiday, for every holiday starting in
    the next `days` days; each with whether this call added it."""
    planned: list[tuple[ReadinessPlan, bool]] = []
    for holiday in holidays_starting(calendar, today, today + timedelta(days=days)):
        for hospital in session.scalars(select(Hospital).order_by(Hospital.id)):
            contract = contract_for(session, hospital.id, holiday.first)
            if contract is None:
                continue
            key = plan_key(hospital.id, holiday)
            existing = session.scalars(select(ReadinessPlan).where(ReadinessPlan.key == key))
            found = existing.first()
            if found is not None:
                planned.append((found, False))
                continue
            subsystems = (contract.service_plan or {}).get("subsystems") or list(SUBSYSTEM_IDS)
            plan = _new_plan(hospital, holiday, roster, subsystems, checklists)
            plan.notice_id = keep_notice(
                notices_dir,
                key,
                {
                    "kind": "holiday_readiness",
                    "hospital_id": hospital.id,
                    "hospital": hospital.name,
                    "subject": f"{holiday.name_zh}保障通知 · {holiday.name_en} service notice",
                    "body": notice_text(hospital, holiday, plan.rota, plan.checklist),
                },
            )
            session.add(plan)
            session.flush()
            planned.append((plan, True))
    return planned


def _new_plan(
    hospital: Hospital,
    holiday: Holiday,
    roster: Roster,
    subsystems: list[str],
    checklists: Checklists,
) -> ReadinessPlan:
    return ReadinessPlan(
        key=plan_key(hospital.id, holiday),
        hospital_id=hospital.id,
        holiday_zh=holiday.name_zh,
        holiday_en=holiday.name_en,
        first_day=holiday.first,
        last_day=holiday.last,
        rota=holiday_rota(roster, hospital, subsystems),
        checklist=[{"id": c.id, "zh": c.zh, "en": c.en} for c in checklists.holiday_checks],
    )
