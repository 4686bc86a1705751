"""Across articles: what only many articles reveal.

``collate_findings`` reads per-article findings (never re-parses raw text) and returns a
``Collation``: merged entities, consolidated quotes, aligned claims and quantity rows with
verdicts, the source-dependence graph, independent counts and the timeline.
"""

from __future__ import annotations

from .core import collate_findings
from .types import Collation

__all__ = ["Collation", "collate_findings"]
