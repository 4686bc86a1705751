"""Double quotation marks: where quoted text starts and ends, paragraph by paragraph.

News copy pairs quote marks inside one paragraph; a quote that runs on into the next
paragraph leaves its opening paragraph unclosed and opens the next one with a fresh mark.
The pairing rule here is the one the quote-kind convention uses (curly marks open and
close, a straight mark toggles, every newline resets), so a span judged "inside quotes"
here is judged the same way by that convention, with one addition: two apostrophes ('')
count as a straight double mark, the way some wire and newspaper archives (the New York
Times among them) write quotation marks. Single quotes are left alone: they are mostly
apostrophes, and inside a double quote they mark a nested quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPENERS = frozenset("“„«")
_CLOSERS = frozenset("”»")
_MARK_OR_NEWLINE = re.compile(r"''|[“„«”»\"\n]")
_ALNUM = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class QuotedStretch:
    """Characters ``[start, end)`` inside one pair of marks, the marks included.

    ``closed`` is False when the paragraph ended before a closing mark.
    """

    start: int
    end: int
    closed: bool


def quoted_stretches(text: str) -> list[QuotedStretch]:
    """Every stretch of ``text`` inside double quotation marks, in order (one per paragraph)."""
    stretches: list[QuotedStretch] = []
    open_at = -1
    for match in _MARK_OR_NEWLINE.finditer(text):
        ch = match.group()
        at = match.start()
        if ch == "\n":
            if open_at >= 0:
                stretches.append(QuotedStretch(open_at, at, closed=False))
            open_at = -1
        elif ch in _OPENERS:
            if open_at < 0:
                open_at = at
        elif ch in _CLOSERS or open_at >= 0:
            # A closer, or a straight mark that closes the open stretch.
            if open_at >= 0:
                stretches.append(QuotedStretch(open_at, match.end(), closed=True))
                open_at = -1
            else:
                # A stray closer marks itself only, as the kind convention does.
                stretches.append(QuotedStretch(at, match.end(), closed=True))
        else:
            open_at = at  # a straight mark that opens
    if open_at >= 0:
        stretches.append(QuotedStretch(open_at, len(text), closed=False))
    return stretches


def join_paragraph_runs(text: str, stretches: list[QuotedStretch]) -> list[tuple[int, int]]:
    """Quoted stretches with multi-paragraph quotes joined into one span.

    A stretch left open at its paragraph's end continues when the next paragraph opens with
    a quote mark (the news convention for a quote that runs across paragraphs).
    """
    joined: list[tuple[int, int]] = []
    carry = False
    for stretch in stretches:
        if carry and joined and _only_space_between(text, joined[-1][1], stretch.start):
            joined[-1] = (joined[-1][0], stretch.end)
        else:
            joined.append((stretch.start, stretch.end))
        carry = not stretch.closed
    return joined


def _only_space_between(text: str, start: int, end: int) -> bool:
    return not text[start:end].strip()


def alnum_count(text: str, start: int, end: int) -> int:
    return len(_ALNUM.findall(text, start, end))


def has_alnum(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a letter or digit: ``alnum_count(...) > 0`` without
    listing every one of them (the stretch may be a long paragraph)."""
    return _ALNUM.search(text, start, end) is not None


def kind_of(
    text: str,
    stretches: list[QuotedStretch],
    content: tuple[int, int],
    skip: tuple[tuple[int, int] | None, ...],
) -> str | None:
    """direct / indirect / mixed by the share of alphanumerics inside quotes.

    The characters of ``skip`` (the source and cue, when a quote is split by "he said")
    are left out, so “X,” he said, “Y” stays direct.
    """
    pieces = [content]
    for cut in skip:
        if cut is None:
            continue
        next_pieces: list[tuple[int, int]] = []
        for start, end in pieces:
            if cut[1] <= start or end <= cut[0]:
                next_pieces.append((start, end))
                continue
            if start < cut[0]:
                next_pieces.append((start, cut[0]))
            if cut[1] < end:
                next_pieces.append((cut[1], end))
        pieces = next_pieces
    total = inside = 0
    for start, end in pieces:
        total += alnum_count(text, start, end)
        for stretch in stretches:
            if stretch.end <= start:
                continue
            if stretch.start >= end:
                break
            inside += alnum_count(text, max(start, stretch.start), min(end, stretch.end))
    if total == 0:
        return None
    if inside == total:
        return "direct"
    return "indirect" if inside == 0 else "mixed"
