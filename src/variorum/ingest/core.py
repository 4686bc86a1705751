"""The ingest entry point."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from ..model import IngestResult


def ingest(
    paths: Sequence[str | Path],
    *,
    manifest: str | Path | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> IngestResult:
    """Read every path (files or folders, recursively) into articles."""
    raise NotImplementedError  # placeholder while ingest is written (issue 2)
