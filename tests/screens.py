"""Error dialogs drawn by Pillow as a hospital workstation shows them, for the OCR tests: a
title bar, a red error icon, the message and the buttons, in Chinese (Noto Sans CJK, Debian's
fonts-noto-cjk) or English (DejaVu Sans)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

NOTO_CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
_SIMPLIFIED_CHINESE = 2  # the face of NotoSansCJK-Regular.ttc drawn for zh-CN (JP, KR, SC, TC)


def _font(language: str, size: int) -> ImageFont.FreeTypeFont:
    if language == "zh":
        return ImageFont.truetype(NOTO_CJK, size, index=_SIMPLIFIED_CHINESE)
    return ImageFont.truetype(DEJAVU, size)


def error_dialog(
    title: str,
    lines: list[str],
    buttons: list[str],
    language: str,
    *,
    width: int = 620,
    font_size: int = 17,
    image_format: str = "PNG",
) -> bytes:
    """The dialog on a bit of desktop around it, encoded as `image_format`."""
    text_font, title_font = _font(language, font_size), _font(language, font_size - 1)
    line_height = round(font_size * 1.7)
    height = 130 + line_height * len(lines)
    screen = Image.new("RGB", (width + 80, height + 80), (58, 110, 165))  # the desktop
    draw = ImageDraw.Draw(screen)
    left, top = 40, 40
    draw.rectangle((left, top, left + width, top + height), fill=(240, 240, 240), outline=(90,) * 3)
    draw.rectangle((left, top, left + width, top + 32), fill=(0, 84, 166))
    draw.text((left + 12, top + 6), title, font=title_font, fill="white")
    draw.text((left + width - 26, top + 5), "×", font=title_font, fill="white")
    icon = (left + 24, top + 56, left + 64, top + 96)
    draw.ellipse(icon, fill=(200, 30, 40))
    draw.line((icon[0] + 12, icon[1] + 12, icon[2] - 12, icon[3] - 12), fill="white", width=4)
    draw.line((icon[0] + 12, icon[3] - 12, icon[2] - 12, icon[1] + 12), fill="white", width=4)
    y = top + 58
    for line in lines:
        draw.text((left + 86, y), line, font=text_font, fill=(20, 20, 20))
        y += line_height
    x = left + width - 16
    for label in reversed(buttons):
        box_width = max(86, round(draw.textlength(label, font=text_font)) + 28)
        box = (x - box_width, top + height - 46, x, top + height - 14)
        draw.rectangle(box, fill=(225, 225, 225), outline=(120, 120, 120))
        draw.text((box[0] + 14, box[1] + 5), label, font=text_font, fill=(20, 20, 20))
        x -= box_width + 12
    out = io.BytesIO()
    screen.save(out, format=image_format)
    return out.getvalue()


# The error texts of two knowledge-base articles as their dialogs word them (not the titles).
# emr-003: another user holds the record open.
ZH_RECORD_LOCKED = {
    "title": "电子病历 - 提示",
    "lines": [
        "该病历正在被其他用户编辑，",
        "您只能以只读方式打开，无法保存和签名。",
        "是否以只读方式继续打开？",
    ],
    "buttons": ["是", "否"],
    "language": "zh",
}
ZH_ARTICLE = "emr-003"
# identity-009: the workstation's trust with the domain is broken.
EN_TRUST_FAILED = {
    "title": "Windows Security",
    "lines": [
        "Sign-in failed.",
        "The trust relationship between this workstation",
        "and the primary domain failed.",
    ],
    "buttons": ["OK"],
    "language": "en",
}
EN_ARTICLE = "identity-009"
