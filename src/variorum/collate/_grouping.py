"""Small shared pieces of collation: union-find, article facts, similarity by inverted index.

Grouping across 1,000 articles must never compare all pairs: candidates come from an
inverted index over tokens, skipping tokens so common that they would pair everything.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from ..model import ArticleFindings, Span

K = TypeVar("K", bound=Hashable)

UNKNOWN_OUTLET = "(unknown outlet)"


class UnionFind(Generic[K]):
    """Disjoint sets over hashable keys; the smallest key (by ``sort_key``) is the root."""

    def __init__(self) -> None:
        self._parent: dict[K, K] = {}

    def add(self, key: K) -> None:
        self._parent.setdefault(key, key)

    def find(self, key: K) -> K:
        self.add(key)
        root = key
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[key] != root:  # path compression
            self._parent[key], key = root, self._parent[key]
        return root

    def union(self, a: K, b: K) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._parent[rb] = ra

    def groups(self) -> list[list[K]]:
        out: dict[K, list[K]] = defaultdict(list)
        for key in self._parent:
            out[self.find(key)].append(key)
        return list(out.values())


@dataclass(frozen=True)
class ArticleFacts:
    """What collation needs to know of an article besides its findings."""

    id: str
    outlet: str
    published: str
    order: int
    text: str
    sentence_starts: tuple[int, ...]
    sentence_spans: tuple[Span, ...]

    def sentence_of(self, span: Span) -> Span:
        """The sentence holding ``span`` (the span itself when no sentence does)."""
        i = bisect.bisect_right(self.sentence_starts, span.start) - 1
        if i >= 0 and self.sentence_spans[i].end >= span.end:
            return self.sentence_spans[i]
        if i >= 0 and self.sentence_spans[i].end > span.start:
            return Span(self.sentence_spans[i].start, max(span.end, self.sentence_spans[i].end))
        return span


def article_facts(findings: Sequence[ArticleFindings]) -> dict[str, ArticleFacts]:
    facts: dict[str, ArticleFacts] = {}
    for order, found in enumerate(findings):
        a = found.article
        spans = tuple(sorted(s.span for s in found.sentences))
        facts[a.id] = ArticleFacts(
            id=a.id,
            outlet=(a.outlet or "").strip() or UNKNOWN_OUTLET,
            published=a.published or "",
            order=order,
            text=a.text,
            sentence_starts=tuple(s.start for s in spans),
            sentence_spans=spans,
        )
    return facts


# ------------------------------------------------------------------------- text folding

_QUOTE_CHARS = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "`": "'",
        "–": "-",
        "—": "-",
        "…": " ... ",
    }
)
_WORD = re.compile(r"[0-9a-z]+(?:'[a-z]+)?")


def fold(text: str) -> str:
    """Case, quote marks, dashes and accents folded: a form to compare wordings on."""
    text = text.translate(_QUOTE_CHARS)
    if text.isascii():
        return text.casefold()
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def words(text: str) -> list[str]:
    """Folded word tokens (punctuation and ellipses dropped)."""
    return _WORD.findall(fold(text))


def slug(text: str) -> str:
    return "-".join(words(text)).replace("'", "") or "x"


def jaccard(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)  # the union's size, without building it


def overlap(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    """Share of the smaller set found in the larger (1.0 when one contains the other)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def char_ngrams(text: str, n: int = 3) -> frozenset[str]:
    s = " ".join(words(text))
    if len(s) <= n:
        return frozenset({s}) if s else frozenset()
    return frozenset(s[i : i + n] for i in range(len(s) - n + 1))


def similar_pairs(
    items: Sequence[frozenset[str]],
    score: Callable[[int, int], float],
    threshold: float,
    *,
    max_postings: int = 200,
) -> Iterable[tuple[int, int, float]]:
    """Pairs ``(i, j, s)`` with ``i < j`` and ``score(i, j) >= threshold``.

    Candidates share at least one token whose posting list is at most ``max_postings`` long
    (a token in more items than that says little about which of them match); each candidate
    pair is scored once.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for i, tokens in enumerate(items):
        for token in tokens:
            postings[token].append(i)
    seen: set[tuple[int, int]] = set()
    for token in sorted(postings):
        ids = postings[token]
        if len(ids) < 2 or len(ids) > max_postings:
            continue
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                pair = (ids[x], ids[y])
                if pair in seen:
                    continue
                seen.add(pair)
                s = score(*pair)
                if s >= threshold:
                    yield pair[0], pair[1], s
