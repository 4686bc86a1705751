"""Sentence bounds of a parse, read once per document and looked up by bisection.

spaCy's ``Span.sent`` and ``Token.sent`` walk the parse's sentence starts token by token
on every call; an extractor that asks for the sentence of each of its findings pays that
walk per finding. ``SentenceBounds`` gives the same answer from one list of starts.
"""

from __future__ import annotations

import bisect
from typing import Any


class SentenceBounds:
    """The character bounds of the sentence ``doc[i].sent`` (or ``doc[i:j].sent``) is."""

    def __init__(self, doc: Any) -> None:
        sentences = list(doc.sents)
        self._starts = [s.start for s in sentences]
        self._start_chars = [s.start_char for s in sentences]
        self._end_chars = [s.end_char for s in sentences]

    def of_token(self, i: int) -> tuple[int, int]:
        """Character bounds of the sentence holding token ``i``: as ``Span.sent``, a span's
        sentence is its first token's, also when the span runs into the next sentence."""
        at = bisect.bisect_right(self._starts, i) - 1
        return self._start_chars[at], self._end_chars[at]
