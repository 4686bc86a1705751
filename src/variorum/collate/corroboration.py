"""Independent sources: how many outlets state a claim without depending on each other.

An outlet that relays another for a claim (it credits it, copies its text or its quote in
that very sentence) adds no independent confirmation: outlets joined by such relay links, or
by near-duplicate articles, collapse into one source. The independent count is the number of
resulting clusters that hold at least one outlet stating the claim.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Protocol

from ..model import Claim, Duplicate, Span
from ._grouping import ArticleFacts, UnionFind
from .sources import Link
from .types import Corroboration, RelayEdge


class ClaimGroupLike(Protocol):
    """What corroboration reads of a claim group (``collate.claims.ClaimGroup`` has it)."""

    @property
    def id(self) -> str: ...

    @property
    def claims(self) -> tuple[Claim, ...]: ...


def independent_sources(
    outlets: Iterable[str], edges: Iterable[RelayEdge | tuple[str, str]]
) -> tuple[tuple[str, ...], ...]:
    """The outlets of ``outlets`` in clusters of mutual dependence, sorted.

    ``edges`` are relay edges (or ``(from, to)`` pairs); an edge to an outlet outside the set
    still joins the outlets that relay that same source.
    """
    stating = set(outlets)
    uf = UnionFind[str]()
    for outlet in sorted(stating):
        uf.add(outlet)
    for edge in edges:
        a, b = (edge.from_outlet, edge.to_outlet) if isinstance(edge, RelayEdge) else edge
        uf.union(min(a, b), max(a, b))
    clusters = [tuple(sorted(o for o in g if o in stating)) for g in uf.groups()]
    return tuple(sorted(c for c in clusters if c))


def independent_count(outlets: Iterable[str], edges: Iterable[RelayEdge | tuple[str, str]]) -> int:
    """How many independent sources ``outlets`` amount to, given the relay edges."""
    return len(independent_sources(outlets, edges))


def corroborate(
    groups: Sequence[ClaimGroupLike],
    links: Sequence[Link],
    facts: dict[str, ArticleFacts],
    duplicates: Sequence[Duplicate] = (),
) -> tuple[Corroboration, ...]:
    """Raw and independent counts for every claim group.

    A link bears on a claim when its span in the relaying article overlaps that article's
    sentence stating the claim. A near-duplicate article joins its original's outlet.
    """
    links_by_article: dict[str, list[Link]] = defaultdict(list)
    for link in links:
        links_by_article[link.from_article].append(link)
    duplicate_of = {d.article: d.of for d in duplicates if d.of in facts}
    out: list[Corroboration] = []
    for group in groups:
        sentences: dict[str, list[Span]] = defaultdict(list)
        for claim in group.claims:
            if claim.article in facts:
                sentences[claim.article].append(claim.sentence)
        outlets = {facts[a].outlet for a in sentences}
        pairs: list[tuple[str, str]] = []
        for article, spans in sorted(sentences.items()):
            for link in links_by_article.get(article, ()):
                if any(link.span.overlaps(s) or link.sentence == s for s in spans):
                    pairs.append((link.from_outlet, link.to_outlet))
            original = duplicate_of.get(article)
            if original is not None:
                pairs.append((facts[article].outlet, facts[original].outlet))
        sources = independent_sources(outlets, pairs)
        out.append(
            Corroboration(
                claim=group.id,
                articles=len(sentences),
                outlets=tuple(sorted(outlets)),
                independent=len(sources),
                sources=sources,
            )
        )
    return tuple(out)
