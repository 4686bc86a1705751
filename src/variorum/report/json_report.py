"""The dossier as JSON: the format every other tool reads, validated by dossier.schema.json.

Top level: ``articles``; the per-article finding lists ``entities``, ``quotes``,
``quantities``, ``timex`` and ``claims``, each item carrying ``article`` (the id) and the item
fields of FORMAT.md, so they score directly with the shared scorers; ``duplicates``; the
cross-article ``collation``; and ``skipped`` (path and reason).
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from .. import __version__
from ..dossier import Dossier
from .serialize import JSONValue, item, to_json

FINDING_LISTS = ("entities", "quotes", "quantities", "timex", "claims")


def dossier_to_json(dossier: Dossier) -> dict[str, JSONValue]:
    out: dict[str, JSONValue] = {
        "variorum": __version__,
        "articles": [to_json(a) for a in dossier.articles],
    }
    for name in FINDING_LISTS:
        out[name] = [item(f) for found in dossier.findings for f in getattr(found, name)]
    out["duplicates"] = to_json(dossier.duplicates)
    out["collation"] = to_json(dossier.collation)
    out["skipped"] = to_json(dossier.skipped)
    return out


def dumps(value: JSONValue) -> str:
    """Deterministic JSON text: same dossier, same bytes."""
    return json.dumps(value, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def render(dossier: Dossier) -> str:
    return dumps(dossier_to_json(dossier))


def schema() -> dict[str, Any]:
    """The JSON Schema of the dossier, shipped inside the package."""
    text = resources.files(__package__).joinpath("dossier.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded
