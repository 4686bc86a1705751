"""Turn what a user has (folders, files, JSONL, HTML, a manifest) into ``Article`` records.

Per-file problems never raise: they become ``Skip`` records with a one-line reason.
"""

from __future__ import annotations

from .core import ingest

__all__ = ["ingest"]
