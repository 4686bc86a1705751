"""One input file to draft articles: plain text and markdown, HTML, JSON Lines.

A reader never raises for a bad file: what it cannot read becomes a ``Skip`` with a
one-line reason that says what to do about it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Skip
from .decode import DecodeError, decode_bytes

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
DEFAULT_MAX_BYTES = 20_000_000  # 20 MB: far above any article, well below a data dump

# Metadata fields an input may state; the manifest can state the same ones.
FIELDS = ("outlet", "url", "title", "byline", "published")


@dataclass(frozen=True)
class Draft:
    """An article's text and what its container says about it, before ids and debris.

    ``source`` names it in messages (the path as given, or "path:line"); ``line`` is its
    line in a JSON Lines file (``None`` for a whole file).
    """

    source: str
    path: Path
    text: str
    id: str | None = None
    line: int | None = None
    file: str | None = None
    fields: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ReadResult:
    drafts: tuple[Draft, ...] = ()
    skipped: tuple[Skip, ...] = ()


def read_file(path: Path, shown: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ReadResult:
    """Read one file into drafts, or say why it was skipped."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        kinds = ", ".join(sorted(SUFFIXES))
        return _skipped(shown, f"unknown extension {suffix or '(none)'!r}: variorum reads {kinds}")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return _skipped(
                shown,
                f"{size / 1e6:.1f} MB is over the {max_bytes / 1e6:g} MB cap: split it, or "
                "raise the cap (ingest(..., max_bytes=N))",
            )
        data = path.read_bytes()
    except OSError as err:
        return _skipped(shown, f"cannot read it ({err.strerror or err}): check its permissions")
    if not data.strip():
        return _skipped(shown, "empty file: nothing to read")
    if suffix in JSONL_SUFFIXES:
        return read_jsonl(data, path, shown)
    try:
        text = decode_bytes(data)
    except DecodeError as err:
        return _skipped(shown, str(err))
    if suffix in HTML_SUFFIXES:
        return read_html(text, path, shown)
    text = text.strip()
    if not text:
        return _skipped(shown, "empty file: only whitespace")
    return ReadResult(drafts=(Draft(source=shown, path=path, text=text, file=shown),))


def read_html(html: str, path: Path, shown: str) -> ReadResult:
    """Take the main text and metadata out of a web page with trafilatura."""
    try:
        import trafilatura
    except ImportError as err:  # a broken install, e.g. lxml without lxml_html_clean
        return _skipped(shown, f"HTML needs a working trafilatura ({err}): reinstall variorum")
    document: Any = None
    try:
        # Precision first (no menus, teasers, comments); a short page it empties out gets a
        # second, recall-minded pass rather than being lost.
        for precise in (True, False):
            document = trafilatura.bare_extraction(
                html,
                with_metadata=True,
                include_comments=False,
                include_tables=False,
                favor_precision=precise,
                favor_recall=not precise,
            )
            if document is not None and (document.text or "").strip():
                break
    except Exception as err:  # trafilatura/lxml fail in many ways on broken markup
        return _skipped(shown, f"cannot parse this HTML ({type(err).__name__}): check the file")
    text = (document.text or "").strip() if document is not None else ""
    if not text:
        return _skipped(shown, "no article text found in this HTML: save the article page itself")
    fields = {
        "title": document.title,
        "byline": document.author,
        "published": document.date,
        "outlet": document.sitename,
        "url": document.url,
    }
    stated = {k: v.strip() for k, v in fields.items() if isinstance(v, str) and v.strip()}
    return ReadResult(
        drafts=(Draft(source=shown, path=path, text=text, file=shown, fields=stated),)
    )


def read_jsonl(data: bytes, path: Path, shown: str) -> ReadResult:
    """One article per line: ``{"id", "text", "outlet", "url", "title", "byline", "published",
    "file"}``, only ``text`` required. The text is kept exactly as given, so offsets that
    index it (annotations) stay valid."""
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return _skipped(shown, f"JSON Lines must be UTF-8 (bad byte at {err.start}): re-save it")
    drafts: list[Draft] = []
    skipped: list[Skip] = []
    for number, raw in enumerate(content.split("\n"), start=1):
        if not raw.strip():
            continue
        where = f"{shown}:{number}"
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as err:
            skipped.append(
                Skip(where, f"not JSON ({err.msg} at column {err.colno}): fix or remove the line")
            )
            continue
        if not isinstance(record, dict):
            skipped.append(Skip(where, "not a JSON object: write one {...} article per line"))
            continue
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            problem = 'no "text" field' if text is None else '"text" is empty or not a string'
            skipped.append(Skip(where, f"{problem}: each line needs the article's text"))
            continue
        given_id = _as_str(record.get("id"))
        file = _as_str(record.get("file")) or where
        stated = {name: value for name in FIELDS if (value := _as_str(record.get(name)))}
        drafts.append(
            Draft(
                source=where,
                path=path,
                text=text,
                id=given_id,
                line=number,
                file=file,
                fields=stated,
            )
        )
    if not drafts and not skipped:
        skipped.append(Skip(shown, "empty file: no lines to read"))
    return ReadResult(drafts=tuple(drafts), skipped=tuple(skipped))


def _as_str(value: object) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _skipped(shown: str, reason: str) -> ReadResult:
    return ReadResult(skipped=(Skip(shown, reason),))
