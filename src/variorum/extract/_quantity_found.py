"""One number as the quantity scanner reads it, before it becomes a ``Quantity``."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Change


@dataclass(frozen=True)
class Found:
    """A number at ``start..end`` of the text (``num_end``: where the number and its
    multiplier end), its value, unit and change."""

    start: int
    end: int
    num_end: int
    value: float
    raw: float
    multiplier: float
    unit: str | None
    explicit_unit: bool
    change: Change
    words: bool
    high: float | None = None  # set on a range, whose low end is ``value``
