"""`careline ocr FILE`: the text the chat page would read in a photo or screenshot, redacted."""

from __future__ import annotations

import json
from pathlib import Path

from careline.language import detect_language
from careline.limits import MAX_IMAGE_BYTES
from careline.ocr import ImageRefused, OcrUnavailable, read_image
from cli.inputs import CheckFailed, UsageError


def cmd_ocr(path: Path, as_json: bool) -> None:
    """Prints the redacted text (or `{"text", "language", "chars"}` with --json); exit 2 with
    the reason when the file is no image we read or the reading fails."""
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    with path.open("rb") as handle:
        data = handle.read(MAX_IMAGE_BYTES + 1)  # one byte more tells it is too large
    try:
        text = read_image(data)
    except ImageRefused as exc:
        raise UsageError(f"{path}: {exc}") from exc
    except OcrUnavailable as exc:
        raise CheckFailed(f"{path}: {exc}") from exc
    if as_json:
        print(
            json.dumps(
                {"text": text, "language": detect_language(text), "chars": len(text)},
                ensure_ascii=False,
            )
        )
    else:
        print(text)
