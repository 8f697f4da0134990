"""Streaming template mining: stack traces are one event, personal data never survives."""

from triage.templates import events, mine

JAVA_LOG = """2026-11-26 03:01:12 INFO  c.h.lis.Sender - sending ORU^R01 to 10.2.3.4:2575
2026-11-26 03:01:42 ERROR c.h.lis.Sender - MLLP timeout waiting for ACK
java.net.SocketTimeoutException: Read timed out
\tat java.net.SocketInputStream.socketRead0(Native Method)
\tat com.hospital.lis.mllp.Client.readAck(Client.java:88)
Caused by: java.io.IOException: connection reset
\t... 12 more
2026-11-26 03:01:43 INFO  c.h.lis.Sender - retry 1 for message MSG00042
"""


def test_a_multi_line_stack_trace_is_one_event() -> None:
    found = list(events(JAVA_LOG.splitlines()))
    assert [start for start, _, _ in found] == [1, 2, 8]
    assert len(found[1][2]) == 5 and found[1][2][-1].strip() == "... 12 more"


def test_repeated_lines_collapse_into_counted_templates() -> None:
    lines = [
        f"2026-11-26 03:00:{i % 60:02d} INFO heartbeat from 10.0.0.{i % 250} seq {i}"
        for i in range(500)
    ]
    lines.insert(
        250, "2026-11-26 03:04:10 ERROR ORA-01653: unable to extend table HIS.T_REG by 128"
    )
    summary = mine(lines)
    assert summary.lines == 501 and summary.events == 501
    heartbeat = next(t for t in summary.templates if "heartbeat" in t.template)
    assert heartbeat.count == 500 and (heartbeat.first_line, heartbeat.last_line) == (1, 501)
    top = summary.ranked()[0]
    assert "ORA-01653" in top.codes and top.first_line == 251 and top.level == "ERROR"


def test_templates_and_samples_are_redacted() -> None:
    log = [
        "2026-11-26 03:01:44 ERROR lookup failed 患者:张伟 身份证 110101199003071234",
        "2026-11-26 03:01:45 ERROR callback to 13812345678 failed",
    ]
    text = str([(t.template, t.sample) for t in mine(log).templates])
    for value in ("张伟", "110101199003071234", "13812345678"):
        assert value not in text
