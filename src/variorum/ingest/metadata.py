"""What an article's own header says about it: title, byline, outlet, publication date.

Read from the first lines, before the body starts (up to the first long line):

* a byline, "By Jane Doe / Meridian Wire", "By Jane Doe, The Herald", "By Jane Doe";
* a publication line, "Published 14 March 2026", "Published: 2026-03-14", "Updated ...";
* a dateline opening the body, "CARROW, March 14 (Meridian Wire) - ...";
* a title: the first header line that is none of these nor debris, short, with no final
  period.

The header lines stay in the text; byline and publication lines are reported as debris so
the parse does not read them as sentences (a dateline is part of the first sentence and stays).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Span
from .clean import is_debris_line
from .dates import parse_date, parse_published_line
from .lines import Line, iter_lines

_BYLINE = re.compile(r"^(?:by|written by|words by|author)\s*:?\s+(?P<rest>.+)$", re.IGNORECASE)
_BYLINE_SPLIT = re.compile(r"\s*(?:/|\||,|\s[-–—]\s)\s*")
_NAME_CONNECTORS = frozenset(
    {"and", "&", "de", "del", "der", "van", "von", "da", "di", "du", "la", "le", "bin", "al"}
)
_TRAILING_PLACE = re.compile(r"\s+(?:in|at)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$")
_ROLE_WORDS = re.compile(
    r"\b(?:correspondent|editor|reporter|writer|staff|contributor|columnist|journalist"
    r"|producer|analyst|chief|senior|political|business|health|science|in)\b",
    re.IGNORECASE,
)
_MAX_NAME_WORDS = 10
_MAX_BYLINE_WORDS = 16
_MAX_OUTLET_WORDS = 6
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*)*)"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)*))?"
    r"(?:,?\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?))?"
    r"\s*\((?P<outlet>[^()\n]{2,40})\)\s*[-–—:]"
)
# A header (title, byline, dates) ends where the body starts: at the first line this long.
_BODY_LINE_WORDS = 25
# Header lines are looked for among this many non-blank lines at most.
_MAX_HEADER_LINES = 15
_MAX_TITLE_WORDS = 24
_MAX_TITLE_CHARS = 200
_MD_TITLE_MARKS = re.compile(r"^#{1,6}\s+|^\*\*|\*\*$|^__|__$")
_FINAL_PERIOD = re.compile(r"\.[\"'”’)]*$")


@dataclass(frozen=True)
class Header:
    """What the header lines say; ``debris`` is the byline and publication lines."""

    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    published: str | None = None
    debris: tuple[Span, ...] = ()


def read_header(text: str) -> Header:
    """Read the title, byline, outlet and publication date from the start of ``text``."""
    lines = _opening_lines(text)
    byline: str | None = None
    byline_outlet: str | None = None
    published: str | None = None
    updated: str | None = None
    dateline_outlet: str | None = None
    dateline_date: str | None = None
    title: str | None = None
    title_settled = False
    debris: list[Span] = []
    for line in lines:
        bare = line.text.strip("*_• \t")
        if _is_body(line):
            dateline = parse_dateline(bare)
            if dateline is not None and dateline_outlet is None:
                dateline_outlet, dateline_date = dateline
            break
        parsed_byline = parse_byline(bare)
        if parsed_byline is not None:
            debris.append(line.span)
            if byline is None:
                byline, byline_outlet = parsed_byline
            continue
        stamp = parse_published_line(bare)
        if stamp is not None:
            debris.append(line.span)
            kind, iso = stamp
            if kind == "published" and published is None:
                published = iso
            elif kind == "updated" and updated is None:
                updated = iso
            continue
        dateline = parse_dateline(bare)
        if dateline is not None:
            title_settled = True
            if dateline_outlet is None:
                dateline_outlet, dateline_date = dateline
            continue
        if is_debris_line(line.text):
            continue
        if not title_settled:
            title_settled = True
            title = _title_of(line)
    return Header(
        title=title,
        byline=byline,
        outlet=byline_outlet or dateline_outlet,
        published=published or updated or dateline_date,
        debris=tuple(debris),
    )


def _opening_lines(text: str) -> list[Line]:
    """The header lines, and the first body line after them (where a dateline stands)."""
    opening: list[Line] = []
    for line in iter_lines(text):
        opening.append(line)
        if len(opening) >= _MAX_HEADER_LINES or _is_body(line):
            break
    return opening


def _is_body(line: Line) -> bool:
    return len(line.text.split()) >= _BODY_LINE_WORDS


def parse_byline(line: str) -> tuple[str, str | None] | None:
    """``(name, outlet)`` from a byline line, or ``None`` when the line is not a byline."""
    match = _BYLINE.match(line)
    if match is None or len(line.split()) > _MAX_BYLINE_WORDS:
        return None
    parts = _BYLINE_SPLIT.split(match["rest"].strip().rstrip("."), maxsplit=2)
    name = _TRAILING_PLACE.sub("", parts[0])
    if not _is_name(name):
        return None
    outlet = parts[1] if len(parts) > 1 else None
    if outlet is not None and not _is_outlet(outlet):
        if not _is_role(outlet):
            return None  # "By Tuesday, the water had gone": a sentence, not a byline
        outlet = None  # a role ("Political Correspondent"), not an outlet
    return name, outlet


def _is_role(text: str) -> bool:
    return len(text.split()) <= _MAX_OUTLET_WORDS and _ROLE_WORDS.search(text) is not None


def _is_name(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= _MAX_NAME_WORDS or any(c.isdigit() for c in text):
        return False
    if words[0].lower() in _NAME_CONNECTORS:
        return False
    return all(w[:1].isupper() or w.lower() in _NAME_CONNECTORS for w in words)


def _is_outlet(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= _MAX_OUTLET_WORDS
        and (text[:1].isupper() or text[:1].isdigit())
        and _ROLE_WORDS.search(text) is None
    )


def parse_dateline(line: str) -> tuple[str, str | None] | None:
    """``(outlet, iso date or None)`` from a "CARROW, March 14 (Meridian Wire) -" opening."""
    match = _DATELINE.match(line)
    if match is None:
        return None
    date_text = match["date"]
    iso = parse_date(date_text) if date_text else None
    return match["outlet"].strip(), iso


def _title_of(line: Line) -> str | None:
    text = _MD_TITLE_MARKS.sub("", line.text).strip()
    if not text or _FINAL_PERIOD.search(text):
        return None
    if len(text) > _MAX_TITLE_CHARS or len(text.split()) > _MAX_TITLE_WORDS:
        return None
    return text
