"""Which language a reply takes, and which messages are pasted logs."""

from __future__ import annotations

import pytest

from careline.language import detect_language, message_language
from triage.log_shape import log_spans, looks_like_log


@pytest.mark.parametrize(
    "text",
    ["PACS", "EMR", "ORA-01653", "CL-000042", "ok", "/affirm", "PACS viewer", "ward 7", "3"],
)
def test_names_codes_numbers_and_buttons_keep_the_chats_language(text: str) -> None:
    assert message_language(text) is None
    assert detect_language(text, "zh") == "zh"
    assert detect_language(text, "en") == "en"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("急诊 PACS 打不开", "zh"),
        ("HIS 登录不了, password 是对的", "zh"),
        ("the HIS login", "en"),
        ("hello", "en"),
        ("I forgot my password", "en"),
    ],
)
def test_a_message_written_in_a_language_decides_it(text: str, language: str) -> None:
    assert message_language(text) == language
    assert detect_language(text, "en" if language == "zh" else "zh") == language


@pytest.mark.parametrize(
    "text",
    [
        "2026-12-01 03:12:44 ERROR HL7 listener: connection refused",
        "MSH|^~\\&|LIS|HOSP|HIS|HOSP|20261201||ORU^R01|123|P|2.5",
        "java.lang.NullPointerException: null\n\tat com.his.Order.save(Order.java:42)\n"
        "\tat com.his.Api.post(Api.java:10)",
        "03:01:12.345 WARN pool exhausted\n03:01:13.001 ERROR timeout\nretrying",
    ],
)
def test_pasted_logs_are_recognised_by_their_shape(text: str) -> None:
    assert looks_like_log(text)


@pytest.mark.parametrize(
    "text",
    [
        "保存医嘱时报错 ORA-01653，怎么办",
        "急诊科",
        "the PACS has been down since 03:00 this morning",
        "Ward 7, general surgery",
    ],
)
def test_sentences_that_mention_errors_are_not_logs(text: str) -> None:
    assert not looks_like_log(text)


def test_log_spans_start_at_the_log_and_leave_the_persons_words_out() -> None:
    text = "LIS接口日志：2026-12-01 03:12:44 ERROR listener down\n请帮忙看看"
    ((start, end),) = log_spans(text)
    assert text[:start] == "LIS接口日志："
    assert text[start:end].startswith("2026-12-01") and "请帮忙" not in text[start:end]
    assert log_spans("报错 ORA-01653 怎么办") == []
