"""Helpers for ingest tests: article files written into tmp_path."""

from __future__ import annotations

from pathlib import Path

BODY = (
    "The river burst its banks on Saturday, flooding more than three hundred homes in the "
    "low town of Carrow, the council said in a statement issued late in the evening."
)
OTHER_BODY = (
    "Ministers approved a new bridge across the estuary on Monday after a decade of debate, "
    "promising that construction would start within eighteen months and cost far less."
)


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """Write ``content`` (UTF-8 when text) at ``folder/name``, making folders as needed."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path
