"""Reading a YAML configuration file into a pydantic model, with an error that names the file,
the field and the cause ("config/watch.yaml: sources.1.syslog: …")."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from careline.errors import InvalidInput

Model = TypeVar("Model", bound=BaseModel)


def validation_message(path: Path, error: ValidationError) -> str:
    first = error.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    cause = first.get("ctx", {}).get("error", first["msg"])
    return f"{path}: {field}: {cause}"


def read_model(path: Path, model: type[Model], error: type[InvalidInput] = InvalidInput) -> Model:
    """The file as `model`, or `error` naming the file and the first field that is wrong."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise error(f"{path}: cannot read ({exc})") from exc
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise error(validation_message(path, exc)) from exc
