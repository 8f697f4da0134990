"""Product versions compared as numbers ("3.10.2" is newer than "3.9.9"), and the ranges a
release says it affects ("<3.4.2", ">=3.0,<3.4.2", "3.x"), in one place.

A version is dot-separated whole numbers (a leading "v" is allowed); missing parts count as
zero, so "3.4" and "3.4.0" are the same version. A range is one interval: comma-separated
bounds (`<`, `<=`, `>`, `>=`, `==`), or a line "3.x" / "3.4.x" (every version starting so).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import total_ordering

from careline.errors import InvalidInput
from careline.labels import PRODUCTS

_VERSION = re.compile(r"^[vV]?(\d+(?:\.\d+)*)$")
_LINE = re.compile(r"^[vV]?(\d+(?:\.\d+)*)\.[xX*]$")
_BOUND = re.compile(r"^(<=|>=|==|<|>|=)?\s*(.+)$")


class VersionError(InvalidInput):
    """Text that is not a version or a range of versions; the message quotes it."""


@total_ordering
@dataclass(frozen=True)
class Version:
    parts: tuple[int, ...]

    @classmethod
    def parse(cls, text: object) -> Version:
        if isinstance(text, float):  # YAML reads 3.10 as the number 3.1
            raise VersionError(f"{text!r} was read as a number; write the version in quotes")
        raw = str(text).strip() if text is not None else ""
        match = _VERSION.match(raw)
        if not match:
            raise VersionError(f"{raw!r} is not a version (numbers separated by dots, e.g. 3.4.2)")
        return cls(tuple(int(p) for p in match.group(1).split(".")))

    def _key(self) -> tuple[int, ...]:
        parts = list(self.parts)
        while len(parts) > 1 and parts[-1] == 0:
            parts.pop()
        return tuple(parts)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Version) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __lt__(self, other: Version) -> bool:
        width = max(len(self.parts), len(other.parts))
        pad = (0,) * width
        return (self.parts + pad)[:width] < (other.parts + pad)[:width]

    def __str__(self) -> str:
        return ".".join(str(p) for p in self.parts)


def _next_line(prefix: tuple[int, ...]) -> Version:
    """The first version after the line `prefix`.x: 3.x ends before 4, 3.4.x before 3.5."""
    return Version((*prefix[:-1], prefix[-1] + 1))


@dataclass(frozen=True)
class VersionRange:
    """One interval of versions; None on a side means unbounded there."""

    low: Version | None = None
    low_inclusive: bool = True
    high: Version | None = None
    high_inclusive: bool = False
    text: str = ""

    @classmethod
    def parse(cls, spec: object) -> VersionRange:
        """A range from its text, or from a mapping with `min` and/or `max` (both included)."""
        if isinstance(spec, dict):
            unknown = set(spec) - {"min", "max"}
            if unknown or not spec:
                raise VersionError(f"{spec!r}: a range mapping has only the keys min and max")
            for value in spec.values():
                Version.parse(value)  # a number YAML read from "3.10" is refused, not cut
            bounds = [f">={spec['min']}"] if spec.get("min") is not None else []
            bounds += [f"<={spec['max']}"] if spec.get("max") is not None else []
            return cls.parse(",".join(bounds))
        raw = str(spec).strip() if spec is not None else ""
        if not raw:
            raise VersionError("an empty range: give e.g. '<3.4.2', '>=3.0,<3.4.2' or '3.x'")
        result = cls(text=raw)
        for piece in raw.split(","):
            result = result._narrowed(piece.strip(), raw)
        if result.empty:
            raise VersionError(f"{raw!r} contains no version")
        return result

    def _narrowed(self, piece: str, raw: str) -> VersionRange:
        line = _LINE.match(piece)
        if line:
            prefix = tuple(int(p) for p in line.group(1).split("."))
            narrowed = self._with_low(Version(prefix), True)
            return narrowed._with_high(_next_line(prefix), False)
        bound = _BOUND.match(piece)
        if not piece or not bound:
            raise VersionError(f"{raw!r}: {piece!r} is not a bound such as <3.4.2")
        op, version_text = bound.group(1) or "==", bound.group(2)
        try:
            version = Version.parse(version_text)
        except VersionError as exc:
            raise VersionError(f"{raw!r}: {exc}") from None
        if op in ("==", "="):
            return self._with_low(version, True)._with_high(version, True)
        if op.startswith(">"):
            return self._with_low(version, op == ">=")
        return self._with_high(version, op == "<=")

    def _with_low(self, version: Version, inclusive: bool) -> VersionRange:
        if self.low is not None and (
            self.low > version or (self.low == version and not self.low_inclusive)
        ):
            return self
        return VersionRange(version, inclusive, self.high, self.high_inclusive, self.text)

    def _with_high(self, version: Version, inclusive: bool) -> VersionRange:
        if self.high is not None and (
            self.high < version or (self.high == version and not self.high_inclusive)
        ):
            return self
        return VersionRange(self.low, self.low_inclusive, version, inclusive, self.text)

    @property
    def empty(self) -> bool:
        if self.low is None or self.high is None:
            return False
        if self.low == self.high:
            return not (self.low_inclusive and self.high_inclusive)
        return self.low > self.high

    def __contains__(self, version: Version) -> bool:
        if self.low is not None and (
            version < self.low or (version == self.low and not self.low_inclusive)
        ):
            return False
        return not (
            self.high is not None
            and (version > self.high or (version == self.high and not self.high_inclusive))
        )

    def overlaps(self, other: VersionRange) -> bool:
        """Some version lies in both (an article's "3.x" and a release's "<3.4.2")."""
        low, low_in = _tighter_low(self, other)
        high, high_in = _tighter_high(self, other)
        if low is None or high is None:
            return True
        return low < high or (low == high and low_in and high_in)

    def __str__(self) -> str:
        return self.text


def _tighter_low(a: VersionRange, b: VersionRange) -> tuple[Version | None, bool]:
    if a.low is None:
        return b.low, b.low_inclusive
    if b.low is None or a.low > b.low:
        return a.low, a.low_inclusive
    if b.low > a.low:
        return b.low, b.low_inclusive
    return a.low, a.low_inclusive and b.low_inclusive


def _tighter_high(a: VersionRange, b: VersionRange) -> tuple[Version | None, bool]:
    if a.high is None:
        return b.high, b.high_inclusive
    if b.high is None or a.high < b.high:
        return a.high, a.high_inclusive
    if b.high < a.high:
        return b.high, b.high_inclusive
    return a.high, a.high_inclusive and b.high_inclusive


def newer(a: str, b: str) -> bool:
    """Version text `a` is newer than version text `b`."""
    return Version.parse(a) > Version.parse(b)


_MENTION_VERSION = r"\s*[vV]?(\d+(?:\.\d+)*)(?:\.[xX*])?(?![\d.]*\d)"
_MENTIONS = [
    (product.id, re.compile(rf"(?<![A-Za-z]){re.escape(name)}{_MENTION_VERSION}"))
    for product in PRODUCTS
    for name in sorted(product.names, key=len, reverse=True)
]


def mentioned_versions(text: str) -> list[tuple[str, VersionRange]]:
    """The product versions a text names ("Careline HIS 5.x、EMR 4.x", "护理PDA app 3.x"), each
    as the line it names: "5.x" and "5" are every 5.* version, "3.4.2" is 3.4.2 and its
    patches."""
    found: dict[tuple[str, str], VersionRange] = {}
    for product, pattern in _MENTIONS:
        for match in pattern.finditer(text):
            line = f"{match.group(1)}.x"
            found.setdefault((product, line), VersionRange.parse(line))
    return [(product, found[(product, line)]) for product, line in sorted(found)]
