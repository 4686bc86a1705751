"""The collation entry point."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import ArticleFindings, Duplicate
from .types import Collation


def collate_findings(
    findings: Sequence[ArticleFindings], *, duplicates: Sequence[Duplicate] = ()
) -> Collation:
    return Collation()  # placeholder while collation is written (issue 6)
