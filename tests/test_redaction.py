from careline.redaction import redact, redact_free_text

PERSONAL = ["张伟", "110101199003071234", "13812345678", "00012345", "John Smith", "0571-88886666"]


def test_every_kind_of_personal_data_is_replaced() -> None:
    text = (
        "患者:张伟 身份证 110101199003071234 手机 138-1234-5678 / 13812345678 "
        "MRN:00012345 patient: John Smith 电话 0571-88886666"
    )
    out = redact(text)
    for value in PERSONAL:
        assert value not in out
    for tag in ("[NAME]", "[ID]", "[PHONE]", "[MRN]"):
        assert tag in out


def test_technical_identifiers_survive() -> None:
    log = "ORA-01653 at 2026-11-20 03:12:44 host 10.2.3.4 port 2575 status 0xA700 Msg 1205"
    assert redact(log) == log


def test_unlabelled_chinese_names_in_free_text_are_replaced() -> None:
    out = redact_free_text("陈芳的腕带扫不出来，家属李建国打电话 13912345678 问")
    assert "陈芳" not in out and "李建国" not in out and "13912345678" not in out
    assert out.count("[NAME]") == 2 and "腕带扫不出来" in out


def test_words_the_tagger_mistakes_for_names_stay_readable() -> None:
    text = "急诊挂号系统登不上了，所有窗口都卡住了"
    assert redact_free_text(text) == text
