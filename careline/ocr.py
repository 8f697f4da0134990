"""The text of a photo or screenshot ("软件界面有个弹窗不知道该不该点"): an error dialog, a
device's panel, read by Tesseract with its Chinese and English data, cleaned and redacted.

Shared by the chat page (desk/web/api.py) and `careline ocr FILE`. Only the redacted text
leaves this module: the image is checked by its first bytes (PNG, JPEG or WebP, whatever the
sender says it is), its size and its pixel count (read from the header, before any pixel is
decoded), decoded by Pillow, and handed to the `tesseract` binary through a pipe, re-encoded
as a plain PNG without the sender's metadata. It is never written to disk: a photo of a screen
may show a patient's name or record that redacting the text cannot take out of the pixels.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from careline.errors import InvalidInput
from careline.limits import (
    MAX_IMAGE_BYTES,
    MAX_IMAGE_PIXELS,
    MAX_SCREENSHOT_TEXT_CHARS,
    OCR_TIMEOUT_SECONDS,
)
from careline.redaction import redact
from careline.text import printable

LANGUAGES = "chi_sim+eng"
# The three kinds a phone or a screenshot tool makes, by their first bytes.
_SIGNATURES = (
    ("png", lambda head: head.startswith(b"\x89PNG\r\n\x1a\n")),
    ("jpeg", lambda head: head.startswith(b"\xff\xd8\xff")),
    ("webp", lambda head: head[:4] == b"RIFF" and head[8:12] == b"WEBP"),
)
_PILLOW_FORMATS = {"png": "PNG", "jpeg": "JPEG", "webp": "WEBP"}
KINDS = tuple(kind for kind, _ in _SIGNATURES)
# Tesseract reads text best at about 20-40 px a line: small screenshots are enlarged, large
# photos made smaller (faster, and no worse).
_MIN_SIDE = 1_600
_MAX_SIDE = 4_000

_CJK = "\u3400-\u9fff\uf900-\ufaff"
_CJK_PUNCTUATION = "\u3000-\u303f\uff00-\uffef"
# Tesseract's Chinese model puts a space between characters: "该 病 历" is "该病历".
_SPACE_IN_CHINESE = re.compile(rf"(?<=[{_CJK}{_CJK_PUNCTUATION}]) +(?=[{_CJK}{_CJK_PUNCTUATION}])")
_WORDLIKE = re.compile(rf"[{_CJK}]|[0-9A-Za-z]")
# An icon or a bullet read before the first word ("x) Sign-in failed.", "C&O Could not…",
# "• 保存失败"): up to four characters with a sign among them and no two letters in a row.
_LEADING_GLYPH = re.compile(
    rf"^(?=\S*[^\w\s])(?!\S*(?:[0-9A-Za-z]{{2}}|[{_CJK}]))\S{{1,4}}\s+(?=\S)"
)
_LATIN_WORD = re.compile(r"[0-9A-Za-z]{2,}")
_CJK_CHAR = re.compile(rf"[{_CJK}]")
# A line is kept when at least this share of its visible characters are letters, digits or
# Chinese characters; below it is a border, an icon or a button's outline read as "|—_".
MIN_WORDLIKE_SHARE = 0.5


class ImageRefused(InvalidInput):
    """The image cannot be read for what it is: its kind, size or content. `status` is the
    HTTP answer to it (413 too large, 415 not an image kind we read, 422 unreadable)."""

    def __init__(self, message: str, status: int = 422) -> None:
        super().__init__(message)
        self.status = status


class OcrUnavailable(RuntimeError):
    """Reading failed on our side: Tesseract or its language data missing, a crash, a timeout."""


@dataclass(frozen=True)
class CheckedImage:
    kind: str
    width: int
    height: int
    image: Image.Image


def image_kind(data: bytes) -> str | None:
    """'png', 'jpeg' or 'webp' by the first bytes, else None (SVG, HTML, PDF, anything else)."""
    head = data[:16]
    return next((kind for kind, matches in _SIGNATURES if matches(head)), None)


def check_image(data: bytes) -> CheckedImage:
    """The image if it is one we read and within the limits of careline/limits.py."""
    if not data:
        raise ImageRefused("the image is empty")
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageRefused(
            f"the image is {len(data):,} bytes; at most {MAX_IMAGE_BYTES:,} are read", 413
        )
    kind = image_kind(data)
    if kind is None:
        raise ImageRefused(
            "not a PNG, JPEG or WebP image (only photos and screenshots are read)", 415
        )
    try:
        image = Image.open(io.BytesIO(data), formats=[_PILLOW_FORMATS[kind]])
    except Image.DecompressionBombError as exc:  # Pillow's own guard, far above ours
        raise _too_many_pixels("") from exc
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ImageRefused(f"the {kind.upper()} image cannot be read: it is damaged") from exc
    width, height = image.size
    if width * height > MAX_IMAGE_PIXELS:
        raise _too_many_pixels(f"{width} x {height} pixels")
    try:
        image.load()
    except (OSError, ValueError, SyntaxError) as exc:
        raise ImageRefused(f"the {kind.upper()} image cannot be read: it is damaged") from exc
    return CheckedImage(kind, width, height, image)


def _too_many_pixels(size: str) -> ImageRefused:
    shown = f" ({size})" if size else ""
    return ImageRefused(
        f"the image has too many pixels{shown}; at most {MAX_IMAGE_PIXELS:,} are read", 413
    )


def _prepared(checked: CheckedImage) -> bytes:
    """Upright (a phone's orientation tag), grey, at a size Tesseract reads well, as a PNG
    with none of the original's metadata (place, device, time)."""
    image = ImageOps.exif_transpose(checked.image)
    if image.mode in ("RGBA", "LA", "P", "PA"):
        image = image.convert("RGBA")
        white = Image.new("RGBA", image.size, "white")
        image = Image.alpha_composite(white, image)
    image = image.convert("L")
    longest = max(image.size)
    if longest < _MIN_SIDE:
        scale = min(3.0, _MIN_SIDE / longest)
    elif longest > _MAX_SIDE:
        scale = _MAX_SIDE / longest
    else:
        scale = 1.0
    if scale != 1.0:
        size = (round(image.width * scale), round(image.height * scale))
        image = image.resize(size, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def tesseract_binary() -> str | None:
    return shutil.which("tesseract")


def _run_tesseract(png: bytes, timeout: float) -> str:
    binary = tesseract_binary()
    if binary is None:
        raise OcrUnavailable(
            "the tesseract program is not installed (Debian: tesseract-ocr, "
            "tesseract-ocr-chi-sim, tesseract-ocr-eng; scripts/setup-system installs them)"
        )
    # One thread: the desk serves other requests on the same cores meanwhile.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(
            [binary, "stdin", "stdout", "-l", LANGUAGES, "--psm", "3"],
            input=png,
            capture_output=True,
            timeout=timeout,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise OcrUnavailable(f"reading the image took longer than {timeout:g} s") from exc
    if done.returncode != 0:
        error = done.stderr.decode("utf-8", "replace")
        if "Failed loading language" in error or "Error opening data file" in error:
            raise OcrUnavailable(
                f"Tesseract has no {LANGUAGES} language data (Debian: tesseract-ocr-chi-sim, "
                "tesseract-ocr-eng)"
            )
        last = error.strip().splitlines()[-1:] or ["no message"]
        raise OcrUnavailable(f"tesseract failed (exit {done.returncode}): {last[0][:200]}")
    return done.stdout.decode("utf-8", "replace")


def _line_kept(line: str) -> bool:
    visible = [c for c in line if not c.isspace()]
    if not visible:
        return False
    wordlike = len(_WORDLIKE.findall(line))
    if wordlike < MIN_WORDLIKE_SHARE * len(visible):
        return False
    # one lone letter or digit is a glyph of an icon, not text
    return bool(len(_CJK_CHAR.findall(line)) >= 2 or _LATIN_WORD.search(line))


def clean_text(raw: str) -> str:
    """Tesseract's output as a person would type it: Chinese without spaces between its
    characters, one space between words, no lines of border and icon noise, no empty lines."""
    lines = []
    for raw_line in printable(raw).splitlines():
        line = re.sub(r"[ \t\u3000]+", " ", raw_line).strip()
        line = _LEADING_GLYPH.sub("", _SPACE_IN_CHINESE.sub("", line))
        if _line_kept(line):
            lines.append(line)
    return "\n".join(lines)


def read_image(data: bytes, timeout: float = OCR_TIMEOUT_SECONDS) -> str:
    """The redacted text of a photo or screenshot, at most MAX_SCREENSHOT_TEXT_CHARS long.

    ImageRefused when the image is not one we read or holds no text; OcrUnavailable when the
    reading itself fails."""
    checked = check_image(data)
    text = clean_text(_run_tesseract(_prepared(checked), timeout))
    if not text:
        raise ImageRefused("no text could be read in the image; a sharper, closer photo helps")
    return redact(text)[:MAX_SCREENSHOT_TEXT_CHARS].strip()
