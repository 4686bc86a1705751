"""Lines of an article's text with their offsets, shared by header reading and debris finding."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Span


@dataclass(frozen=True)
class Line:
    """One line's content with surrounding whitespace trimmed, and where it stands."""

    start: int
    end: int
    text: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


def iter_lines(text: str) -> Iterator[Line]:
    """The non-blank lines of ``text``, trimmed, with offsets into ``text``."""
    position = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = position + (len(raw) - len(raw.lstrip()))
            yield Line(start, start + len(stripped), stripped)
        position += len(raw) + 1
