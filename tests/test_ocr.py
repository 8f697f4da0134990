"""Reading photos and screenshots (careline/ocr.py, the limits of careline/limits.py): error
dialogs drawn here in Chinese and English come back as their text, patient data redacted;
anything that is not a photo or screenshot within the limits is refused, saying why."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from careline import ocr
from careline.limits import MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MAX_SCREENSHOT_TEXT_CHARS
from careline.ocr import ImageRefused, OcrUnavailable, check_image, clean_text, read_image
from cli.main import main
from tests.screens import EN_TRUST_FAILED, ZH_RECORD_LOCKED, error_dialog

pytestmark = pytest.mark.skipif(
    ocr.tesseract_binary() is None, reason="tesseract is not installed (scripts/setup-system)"
)


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims this size, with almost no pixel data behind it: small as a
    file, huge once decoded."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        checksum = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + checksum

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 64)
    chunks = chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + chunks


def _squashed(text: str) -> str:
    return "".join(text.split())


def test_a_chinese_error_dialog_is_read_as_chinese_text_without_spaces() -> None:
    text = read_image(error_dialog(**ZH_RECORD_LOCKED))
    squashed = _squashed(text)
    assert "正在被其他用户编辑" in squashed
    assert "只读方式" in squashed
    assert "正在被其他用户编辑" in text  # no space left between the Chinese characters


def test_an_english_error_dialog_is_read_as_english_words() -> None:
    text = read_image(error_dialog(**EN_TRUST_FAILED))
    assert "trust relationship between this workstation" in text
    assert "primary domain failed" in text
    assert "Windows Security" in text


def test_jpeg_and_webp_photos_are_read_and_a_phone_s_rotation_is_undone() -> None:
    dialog = Image.open(io.BytesIO(error_dialog(**EN_TRUST_FAILED)))
    # A phone held sideways stores the pixels turned and says so in the EXIF orientation tag.
    turned = dialog.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to show"
    jpeg = io.BytesIO()
    turned.save(jpeg, format="JPEG", quality=85, exif=exif)
    assert "primary domain failed" in read_image(jpeg.getvalue())
    webp = error_dialog(**EN_TRUST_FAILED, image_format="WEBP")
    assert "trust relationship" in read_image(webp)


def test_patient_data_in_the_image_comes_out_redacted() -> None:
    zh = error_dialog(
        "挂号系统 - 错误",
        ["患者信息保存失败：身份证号 110101199003074514", "请回电 13812345678 联系信息科"],
        ["确定"],
        "zh",
    )
    text = read_image(zh)
    assert "110101199003074514" not in _squashed(text) and "[ID]" in text
    assert "13812345678" not in _squashed(text) and "[PHONE]" in text
    assert "保存失败" in _squashed(text)
    en = error_dialog(
        "Registration - Error",
        ["Could not save the record for MRN: 88231774", "Call back 138-1234-5678 for help"],
        ["OK"],
        "en",
    )
    text = read_image(en)
    assert "88231774" not in text and "[MRN]" in text
    assert "1234-5678" not in text and "[PHONE]" in text


@pytest.mark.parametrize(
    "data",
    [
        b'<svg xmlns="http://www.w3.org/2000/svg"><text>ORA-01653</text></svg>',
        b"<!doctype html><html><body><script>alert(1)</script></body></html>",
        b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
        b"%PDF-1.7\n1 0 obj << >> endobj",
        bytes(range(256)) * 4,
    ],
    ids=["svg", "html", "gif", "pdf", "binary junk"],
)
def test_anything_but_png_jpeg_or_webp_is_refused_by_its_first_bytes(data: bytes) -> None:
    with pytest.raises(ImageRefused, match="not a PNG, JPEG or WebP image") as refused:
        check_image(data)
    assert refused.value.status == 415


def test_a_damaged_image_an_empty_one_and_one_without_text_are_refused_clearly() -> None:
    with pytest.raises(ImageRefused, match="PNG image cannot be read: it is damaged") as refused:
        check_image(b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 50)
    assert refused.value.status == 422
    with pytest.raises(ImageRefused, match="the image is empty"):
        check_image(b"")
    blank = io.BytesIO()
    Image.new("RGB", (400, 300), "white").save(blank, format="PNG")
    with pytest.raises(ImageRefused, match="no text could be read"):
        read_image(blank.getvalue())


def test_an_image_over_the_size_limit_is_refused_before_it_is_decoded() -> None:
    data = error_dialog(**EN_TRUST_FAILED)
    too_big = data + b"\x00" * (MAX_IMAGE_BYTES + 1 - len(data))
    with pytest.raises(ImageRefused, match=f"at most {MAX_IMAGE_BYTES:,} are read") as refused:
        check_image(too_big)
    assert refused.value.status == 413


@pytest.mark.parametrize(
    ("width", "height"), [(8_000, 5_001), (30_000, 30_000)], ids=["over ours", "over Pillow's"]
)
def test_a_decompression_bomb_is_refused_by_its_header(width: int, height: int) -> None:
    bomb = _png_header_only(width, height)
    assert len(bomb) < 200 and width * height > MAX_IMAGE_PIXELS
    with pytest.raises(ImageRefused, match="too many pixels") as refused:
        check_image(bomb)
    assert refused.value.status == 413


def test_tesseract_missing_or_too_slow_is_said_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = error_dialog(**EN_TRUST_FAILED)
    with pytest.raises(OcrUnavailable, match=r"took longer than 0\.001 s"):
        read_image(dialog, timeout=0.001)
    monkeypatch.setattr(ocr, "tesseract_binary", lambda: None)
    with pytest.raises(OcrUnavailable, match="tesseract program is not installed"):
        read_image(dialog)


def test_the_text_is_cleaned_as_a_person_would_type_it() -> None:
    raw = (
        "电 子 病 历 - 提 示   ×\n"
        "| — _ ~ |\n"
        "\n"
        "该 病 历 正 在 被 其 他 用 户 编 辑 ， 您 只 能 以 只 读 方 式 打 开 。\n"
        "e\n"
        "x) The   trust relationship  failed (ORA-01653)\n"
        "C&O Could not save the record\n"
        "工 号 1024 在 ZY-DOC-07 上\n"
    )
    assert clean_text(raw) == (
        "电子病历 - 提示 ×\n"
        "该病历正在被其他用户编辑，您只能以只读方式打开。\n"
        "The trust relationship failed (ORA-01653)\n"
        "Could not save the record\n"
        "工号 1024 在 ZY-DOC-07 上"
    )


def test_the_text_of_one_image_is_at_most_one_chat_message() -> None:
    lines = [f"Error {n}: the interface engine rejected message batch {n}" for n in range(60)]
    dialog = error_dialog("Interface engine", lines, ["OK"], "en", width=900, font_size=14)
    text = read_image(dialog)
    assert 500 < len(text) <= MAX_SCREENSHOT_TEXT_CHARS


def test_careline_ocr_prints_the_redacted_text_and_refuses_a_non_image(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    image = tmp_path / "dialog.png"
    image.write_bytes(
        error_dialog(
            "Windows Security",
            [
                "The trust relationship between this workstation",
                "and the primary domain failed.",
                "Call the help desk on 138-1234-5678.",
            ],
            ["OK"],
            "en",
        )
    )
    assert main(["ocr", str(image)]) == 0
    out = capsys.readouterr().out
    assert "primary domain failed" in out and "[PHONE]" in out and "1234-5678" not in out
    assert main(["ocr", "--json", str(image)]) == 0
    assert '"language": "en"' in capsys.readouterr().out

    page = tmp_path / "dialog.svg"
    page.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    assert main(["ocr", str(page)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "not a PNG, JPEG or WebP image" in err
    assert main(["ocr", str(tmp_path / "missing.png")]) == 2
    assert "no such file" in capsys.readouterr().err
