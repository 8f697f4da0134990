import jieba.posseg
import pytest

from careline import redaction
from careline.redaction import redact

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
    out = redact("陈芳的腕带扫不出来，家属李建国打电话 13912345678 问")
    assert "陈芳" not in out and "李建国" not in out and "13912345678" not in out
    assert out.count("[NAME]") == 2 and "腕带扫不出来" in out


def test_words_the_tagger_mistakes_for_names_stay_readable() -> None:
    text = "急诊挂号系统登不上了，所有窗口都卡住了"
    assert redact(text) == text


def _tagging_the_whole_text(text: str) -> str:
    """The names redaction as it was first written: the tagger over the whole text at once."""
    if not redaction._CJK.search(text):
        return text
    pieces: list[str] = []
    name = ""
    for word, flag in jieba.posseg.cut(text):
        if flag == "nr":
            name += word
            continue
        pieces.append(redaction._name_or_text(name))
        name = ""
        pieces.append(word)
    pieces.append(redaction._name_or_text(name))
    return "".join(pieces)


@pytest.mark.parametrize(
    "text",
    [
        "陈芳的腕带扫不出来，家属李建国打电话问",
        "王秀英，李建国",
        "3床王秀英的结果出不来 PACS 也打不开",
        "高明说方法不对，程序员张伟在改",
        "欧阳娜娜和周杰都在5病区护士站",
        "急诊挂号系统登不上了，所有窗口都卡住了",
        "请王伟工程师回电 13912345678。",
        "您好，这里是 Careline 售后支持。可以问我操作方法，也可以直接告诉我哪里出了故障。",
        "Dr. Smith 和 黄晓明 在 ICU\n王丽\t李娜",
        "",
    ],
)
def test_tagging_block_by_block_gives_the_whole_text_answer(text: str) -> None:
    assert redaction.redact_names(text) == _tagging_the_whole_text(text)
    assert redaction.redact_names(text) == _tagging_the_whole_text(text)  # from the cache


def test_blocks_without_a_surname_skip_the_tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_text: str) -> None:
        raise AssertionError("the tagger ran")

    redaction._block_names.cache_clear()
    monkeypatch.setattr(jieba.posseg, "cut", refuse)
    text = "急诊挂号系统登不上了，所有窗口都卡住了"
    assert redaction.redact_names(text) == text


def test_digits_after_a_card_or_an_id_do_not_hide_it() -> None:
    # The shape takes the separated digits that follow; the check fails on the whole run, and
    # the number itself must still be found.
    assert redact("refund to 6200000000000005 03:12:44") == "refund to [CARD] 03:12:44"
    assert redact("卡 6222 0200 0000 0007 12 次") == "卡 [CARD] 12 次"
    assert "110101199003071234" not in redact("pid 110101199003071234 03 retry")
