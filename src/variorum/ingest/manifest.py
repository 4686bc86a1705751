"""The optional manifest: what the user states about each file (outlet, date, url, title).

``manifest.csv`` has a header row naming its columns, ``file`` required, the others from
``outlet, published, url, title, byline``::

    file,outlet,published,url,title
    herald.txt,The Herald,2026-03-14,https://herald.example/storm,Storm hits Carrow

The same as JSON is a list of objects with a ``file`` key, or an object keyed by file.
File paths are relative to the manifest's folder. A bad row (wrong number of fields, a date
that is not one, a file that does not exist) becomes a ``Skip`` and the rest still counts; a
manifest that cannot be read at all raises ``ManifestError``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ManifestError
from ..model import Skip
from .dates import parse_date
from .decode import DecodeError, decode_bytes
from .readers import FIELDS

MANIFEST_NAMES = ("manifest.csv", "manifest.json")
_COLUMNS = ("file", *FIELDS)
_HOW_TO = (
    "a manifest is a CSV with the header file,outlet,published,url,title "
    "(or a JSON list of objects with those keys)"
)


@dataclass(frozen=True)
class Manifest:
    """Entries keyed by the resolved path of the file each one describes."""

    path: Path
    entries: Mapping[Path, Mapping[str, str]] = field(default_factory=dict)
    skipped: tuple[Skip, ...] = ()


def load_manifest(path: Path, shown: str) -> Manifest:
    """Read a CSV or JSON manifest; raise ``ManifestError`` when it cannot be read at all."""
    try:
        text = decode_bytes(path.read_bytes())
    except FileNotFoundError as err:
        raise ManifestError(f"manifest {shown}: no such file; check the path") from err
    except (OSError, DecodeError) as err:
        raise ManifestError(f"manifest {shown}: cannot read it ({err}); {_HOW_TO}") from err
    rows = _json_rows(text, shown) if path.suffix.lower() == ".json" else _csv_rows(text, shown)
    folder = path.parent
    entries: dict[Path, dict[str, str]] = {}
    first_seen: dict[Path, str] = {}
    skipped: list[Skip] = []
    for where, row in rows:
        if isinstance(row, str):
            skipped.append(Skip(where, row))
            continue
        problem = _row_problem(row)
        if problem is not None:
            skipped.append(Skip(where, problem))
            continue
        target = (folder / row["file"]).resolve()
        if not target.is_file():
            skipped.append(
                Skip(
                    where,
                    f"no such file {row['file']!r} (paths are relative to the manifest's "
                    "folder): fix the path or remove the row",
                )
            )
            continue
        if target in entries:
            skipped.append(
                Skip(where, f"{row['file']!r} is already listed at {first_seen[target]}")
            )
            continue
        values = {name: row[name] for name in FIELDS if row.get(name)}
        if "published" in values:
            values["published"] = parse_date(values["published"]) or values["published"]
        entries[target] = values
        first_seen[target] = where
    return Manifest(path=path, entries=entries, skipped=tuple(skipped))


def _row_problem(row: Mapping[str, str]) -> str | None:
    if not row.get("file"):
        return "no file named: fill in the file column"
    published = row.get("published")
    if published and parse_date(published) is None:
        return f"published {published!r} is not a date: write it as YYYY-MM-DD"
    return None


Row = tuple[str, "dict[str, str] | str"]


def _csv_rows(text: str, shown: str) -> Iterator[Row]:
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] | None = None
    for record in reader:
        if not any(cell.strip() for cell in record):
            continue
        where = f"{shown}:{reader.line_num}"
        if header is None:
            header = [cell.strip().lower() for cell in record]
            _check_columns(header, shown)
            continue
        if len(record) != len(header):
            yield (
                where,
                (
                    f"{len(record)} fields where the header has {len(header)}: "
                    "quote values that contain commas"
                ),
            )
            continue
        yield where, {name: cell.strip() for name, cell in zip(header, record, strict=True)}
    if header is None:
        raise ManifestError(f"manifest {shown} is empty; {_HOW_TO}")


def _check_columns(header: list[str], shown: str) -> None:
    if "file" not in header:
        raise ManifestError(f"manifest {shown} has no 'file' column in its header; {_HOW_TO}")
    unknown = [name for name in header if name not in _COLUMNS]
    if unknown:
        raise ManifestError(
            f"manifest {shown} has unknown column(s) {', '.join(map(repr, unknown))}; {_HOW_TO}"
        )


def _json_rows(text: str, shown: str) -> Iterator[Row]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise ManifestError(
            f"manifest {shown} is not JSON ({err.msg}, line {err.lineno}); {_HOW_TO}"
        ) from err
    if isinstance(data, list):
        items = [(f"{shown}:{n}", item) for n, item in enumerate(data, start=1)]
    elif isinstance(data, dict):
        items = [
            (f"{shown}:{key}", {**value, "file": key} if isinstance(value, dict) else value)
            for key, value in data.items()
        ]
    else:
        raise ManifestError(f"manifest {shown} must be a JSON list or object; {_HOW_TO}")
    for where, item in items:
        if not isinstance(item, dict):
            yield where, "not a JSON object: give each file an object of fields"
            continue
        unknown = sorted(set(item) - set(_COLUMNS))
        if unknown:
            yield (
                where,
                f"unknown key(s) {', '.join(map(repr, unknown))}: use {', '.join(_COLUMNS)}",
            )
            continue
        yield where, {key: _cell(value) for key, value in item.items()}


def _cell(value: object) -> str:
    if value is None:
        return ""
    return value.strip() if isinstance(value, str) else str(value)
