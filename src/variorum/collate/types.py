"""Cross-article results: frozen dataclasses, each member traced to its article and span."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Collation:
    """Everything collation adds on top of the per-article findings."""
