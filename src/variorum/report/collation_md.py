"""The collation as Markdown sections (entities, quotes, sources, claims, timeline)."""

from __future__ import annotations

from ..collate.types import Collation
from ..dossier import Dossier


def render(collation: Collation, dossier: Dossier) -> str:
    return ""
