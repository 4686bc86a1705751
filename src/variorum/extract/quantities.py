"""Quantities: every number with its bound, unit and what it counts."""

from __future__ import annotations

from typing import Any

from ..model import Article, Quantity


def find_quantities(doc: Any, article: Article) -> tuple[Quantity, ...]:
    return ()  # placeholder while the extractor is written (issue 4)
