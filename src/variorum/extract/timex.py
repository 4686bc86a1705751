"""Temporal expressions normalised to TIMEX3 values against the publication date."""

from __future__ import annotations

from typing import Any

from ..model import Article, Timex


def find_timex(doc: Any, article: Article) -> tuple[Timex, ...]:
    return ()  # placeholder while the extractor is written (issue 5)
