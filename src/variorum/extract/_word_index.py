"""Where words occur in an article, found once, so a case-blind regex runs only where it can match.

A case-blind regex of many alternatives costs at every character it is run over, and the
extractors run such regexes over every sentence (hedges, modal verbs, "according to"). Each
match holds a word that can be listed ("rumo" for "rumored" and "rumoured"): one
``str.find`` pass per word over the article's folded text (``_timex_scan.fold``: lower case,
with the letters a case-blind regex also takes for ASCII ones folded to them, offsets kept)
says which stretches can hold a match at all. Where folding would move an offset, the index
says "maybe" everywhere, so the regex runs as before.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class WordIndex:
    """The starts of some lower-case words in a folded text, sorted."""

    def __init__(self, folded: str | None, words: Iterable[str]) -> None:
        self._starts: list[int] | None = None
        if folded is None:
            return
        starts: list[int] = []
        for word in words:
            at = folded.find(word)
            while at != -1:
                starts.append(at)
                at = folded.find(word, at + 1)
        self._starts = sorted(starts)

    def may_match(self, start: int, end: int) -> bool:
        """Whether one of the words starts in ``[start, end)`` (always, without an index)."""
        if self._starts is None:
            return True
        i = bisect.bisect_left(self._starts, start)
        return i < len(self._starts) and self._starts[i] < end
