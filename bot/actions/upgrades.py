""" "Do we need this update?": the published releases that fix something for the versions the
reporter's site runs (desk/releases.py), or that it is up to date.

The site comes with the message (the chat page opened as /chat?site=…, sent as metadata);
without one, every site of the line's hospital (the `hospital` setting) that has versions on
record is answered for.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from bot.actions.conversation import language_of
from bot.actions.runtime import runtime
from careline.labels import PRODUCT_BY_ID
from careline.service_auth import SITE_METADATA
from desk.contracts import find_hospital
from desk.db import session_scope
from desk.models import Site
from desk.releases import SiteAdvice, advice_for_site


def site_of(tracker: Tracker) -> str | None:
    """The site the chat page said it was opened for, in this message or an earlier one."""
    messages = [
        tracker.latest_message,
        *(e for e in reversed(tracker.events) if e.get("event") == "user"),
    ]
    for message in messages:
        site = (message.get("metadata") or {}).get(SITE_METADATA)
        if site:
            return str(site)
    return None


def _sites(session: Session, tracker: Tracker) -> list[Site]:
    named = site_of(tracker)
    if named:
        site = session.get(Site, named)
        return [site] if site else []
    hospital = find_hospital(session, runtime().settings.hospital)
    return list(hospital.sites) if hospital else []


def _subsystems_named(tracker: Tracker) -> set[str]:
    return {
        str(e["value"])
        for e in tracker.latest_message.get("entities", [])
        if e.get("entity") == "subsystem"
    }


def upgrade_lines(advice: SiteAdvice, language: str, subsystems: set[str]) -> list[str]:
    """One line per product a newer release fixes something for: from, to, and what it fixes."""
    lines = []
    for upgrade in advice.upgrades:
        product = PRODUCT_BY_ID[upgrade.product]
        if subsystems and product.subsystem not in subsystems:
            continue
        fixes = ("；" if language == "zh" else "; ").join(
            f[language] for f in upgrade.release.fixes
        )
        lines.append(
            f"- {product.name(language)}: {upgrade.installed} → {upgrade.release.version} ({fixes})"
        )
    return lines


def _versions(advice: SiteAdvice, language: str) -> str:
    return ("、" if language == "zh" else ", ").join(
        f"{PRODUCT_BY_ID[p].name(language)} {v}" for p, v in advice.versions.items()
    )


class ActionUpgradeAdvice(Action):
    def name(self) -> str:
        return "action_upgrade_advice"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        language = language_of(tracker)
        subsystems = _subsystems_named(tracker)
        with session_scope(runtime().settings.db_url) as session:
            advices = [
                a for s in _sites(session, tracker) if (a := advice_for_site(session, s)).versions
            ]
            if not advices:
                dispatcher.utter_message(response="utter_upgrade_versions_unknown")
                return []
            for advice in advices:
                lines = upgrade_lines(advice, language, subsystems)
                if lines:
                    dispatcher.utter_message(
                        response="utter_upgrade_needed",
                        site=advice.site.name,
                        upgrades="\n".join(lines),
                    )
                else:
                    dispatcher.utter_message(
                        response="utter_upgrade_up_to_date",
                        site=advice.site.name,
                        versions=_versions(advice, language),
                    )
        return []
