"""What reaches the log files: one line per record, whatever a request put in its message, and
nothing personal."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from loguru import logger

from careline.logs import configure_logging
from careline.settings import Settings


@pytest.fixture
def log_file(base_settings: Settings, tmp_path: Path) -> Path:
    """Where this test's process logs, configured as every Careline process configures it."""
    configure_logging("test", dataclasses.replace(base_settings, var_dir=tmp_path))
    return tmp_path / "log" / "test.log"


def test_a_message_cannot_forge_a_log_line_or_leave_personal_data(log_file: Path) -> None:
    forged = "PDA 掉线\n2026-12-02 03:00:00.000 | INFO    | desk | fake: ticket closed\x1b[31m\r"
    logger.info("opened CL-000001 for '{}'", forged + " 患者王秀英 13912345678")
    logger.complete()
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    assert "\\n2026-12-02" in lines[0] and "\\x1b[31m" in lines[0] and "\x1b" not in lines[0]
    assert "王秀英" not in lines[0] and "13912345678" not in lines[0]


def test_a_logged_exception_shows_no_personal_data_nor_variable_values(log_file: Path) -> None:
    description = "患者王秀英的片子打不开，电话13912345678"
    try:
        raise ValueError(f"could not store {description}")
    except ValueError:
        logger.exception("ticket could not be stored")
    logger.complete()
    text = log_file.read_text(encoding="utf-8")
    assert "ValueError" in text and "could not store" in text
    assert "王秀英" not in text and "13912345678" not in text
    lines = text.splitlines()
    assert lines[0].endswith("ticket could not be stored")
    assert all(line.startswith("    | ") for line in lines[1:])
