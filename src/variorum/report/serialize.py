"""Dataclasses to plain JSON values: spans become ``[start, end]``, tuples become lists.

One function does it for every finding, so the dossier's item shapes are the model's
fields in their declared order (FORMAT.md's fields first, where the model declares them so).
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any

from ..model import Span

JSONValue = Any  # what json.dumps takes: dict, list, str, int, float, bool, None


def to_json(value: object) -> JSONValue:
    """Convert dataclasses, spans, tuples and mappings to JSON values, recursively."""
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        if math.isinf(value):
            return None  # an open end of an interval: JSON has no infinity
        if math.isnan(value):
            raise ValueError("NaN has no JSON form; a finding carries a broken number")
        # Whole numbers print as integers, so 75000000.0 reads as 75000000.
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if isinstance(value, Span):
        return value.as_list()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, tuple | list | frozenset | set):
        items = [to_json(v) for v in value]
        if isinstance(value, frozenset | set):
            items.sort(key=repr)
        return items
    raise TypeError(f"cannot serialise {type(value).__name__} to JSON")


def item(value: object, *, drop: tuple[str, ...] = ()) -> dict[str, JSONValue]:
    """A finding as a JSON object, without the fields named in ``drop``."""
    out = to_json(value)
    if not isinstance(out, dict):
        raise TypeError(f"{type(value).__name__} is not a dataclass")
    for name in drop:
        out.pop(name, None)
    return out
