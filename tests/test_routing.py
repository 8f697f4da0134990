from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from careline.labels import SUBSYSTEM_IDS
from triage.routing import Roster, route

SH = ZoneInfo("Asia/Shanghai")
THURSDAY_3AM = datetime(2026, 11, 26, 3, 0, tzinfo=SH)
THURSDAY_10AM = datetime(2026, 11, 26, 10, 0, tzinfo=SH)


def test_night_goes_to_the_engineer_on_call(roster: Roster) -> None:
    decision = route(roster, "his", THURSDAY_3AM)
    assert decision.pool.id == "clinical-apps"
    assert decision.engineer is not None and decision.engineer.on_call_at(THURSDAY_3AM)
    day_engineer = route(roster, "his", THURSDAY_10AM).engineer
    assert day_engineer is not None and day_engineer.id != decision.engineer.id
    assert any("on call" in reason for reason in decision.reasons)


def test_every_subsystem_has_a_pool(roster: Roster) -> None:
    for subsystem in SUBSYSTEM_IDS:
        assert subsystem in route(roster, subsystem, THURSDAY_10AM).pool.subsystems


def test_lighter_load_wins_between_equals(tmp_path: Path) -> None:
    roster_file = tmp_path / "roster.yaml"
    roster_file.write_text(
        yaml.safe_dump(
            {
                "pools": [
                    {
                        "id": "all",
                        "name_zh": "全部",
                        "name_en": "All",
                        "subsystems": list(SUBSYSTEM_IDS),
                        "hotline": "1",
                    }
                ],
                "duty_manager": {"id": "duty", "name": "Duty", "hotline": "9"},
                "engineers": [
                    {"id": i, "name": i, "pool": "all", "skills": {"his": level}, "on_call": [w]}
                    for i, level, w in [
                        ("a", 4, "Daily 00:00-24:00"),
                        ("b", 4, "Daily 00:00-24:00"),
                        ("c", 5, "Mon-Fri 09:00-18:00"),
                    ]
                ],
            },
            allow_unicode=True,
        ),
        encoding="utf-8",
    )
    roster = Roster.load(roster_file)
    assert route(roster, "his", THURSDAY_3AM, {"a": 3, "b": 1}).engineer.id == "b"
    assert route(roster, "his", THURSDAY_3AM, {"a": 0, "b": 1}).engineer.id == "a"
    assert route(roster, "his", THURSDAY_10AM, {"c": 9}).engineer.id == "c"


def test_nobody_on_call_falls_back_to_the_duty_manager(tmp_path: Path) -> None:
    roster_file = tmp_path / "roster.yaml"
    roster_file.write_text(
        Path("config/roster.yaml")
        .read_text(encoding="utf-8")
        .replace("Daily 00:00-09:00", "Mon 00:00-01:00"),
        encoding="utf-8",
    )
    decision = route(Roster.load(roster_file), "pacs", THURSDAY_3AM)
    assert decision.engineer is None
    assert "duty manager" in decision.reasons[-1]


def test_a_roster_that_leaves_a_subsystem_uncovered_is_refused(tmp_path: Path) -> None:
    roster_file = tmp_path / "roster.yaml"
    roster_file.write_text(
        "pools:\n  - {id: p, name_zh: p, name_en: p, subsystems: [his], hotline: '1'}\n"
        "duty_manager: {id: d, name: D, hotline: '9'}\nengineers: []\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="no pool covers subsystem"):
        Roster.load(roster_file)
