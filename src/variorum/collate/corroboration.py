"""Independent sources: how many outlets state a claim without depending on each other.

An outlet that relays another for a claim (it credits it, copies its text or its quote in
that very sentence) adds no independent confirmation: outlets joined by such relay links, or
by near-duplicate articles, collapse into one source. The independent count is the number of
resulting clusters that hold at least one outlet stating the claim.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Protocol

from ..model import Claim, Duplicate, Span
from ._grouping import ArticleFacts, UnionFind
from .lexical import content_stems
from .sources import Link, alias_pattern
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
    *,
    aliases: Mapping[str, str] | None = None,
) -> tuple[Corroboration, ...]:
    """Raw and independent counts for every claim group.

    Articles, not outlets, are the units: an outlet's articles count once together, and a
    near-duplicate (a reprint) joins the article it copies, so it never counts twice. An
    article depends on another outlet for a claim when, in its sentence stating the claim,

    * the claim is credited to that outlet (``attributed_to`` names it), or a strong link
      (attribution, copied text, a quote reused with no source of its own) covers the
      sentence; or
    * anywhere in the article, it relays that outlet (a strong link) and its claim's wording
      is mostly that outlet's claim's wording (``SHARED_WORDING``).

    Weak links (quote reuse by an outlet with sources of its own) never collapse outlets.
    """
    links_by_article = _LinksBySpan(link for link in links if link.strength == "strong")
    # Which outlets each article relays anywhere in its text (strong links only).
    relays: dict[str, set[str]] = defaultdict(set)
    for link in links:
        if link.strength == "strong":
            relays[link.from_article].add(link.to_outlet)
    duplicate_of = {d.article: d.of for d in duplicates if d.of in facts}
    credit = _credit_resolver(aliases or {})
    stems: dict[Claim, frozenset[str]] = {
        c: frozenset(content_stems(c.text)) for g in groups for c in g.claims
    }
    out: list[Corroboration] = []
    for group in groups:
        claims = [c for c in group.claims if c.article in facts]
        stating = sorted({c.article for c in claims})
        uf = UnionFind[str]()

        def home(article: str) -> str:
            """The node an article counts under: its original's outlet for a reprint."""
            article = duplicate_of.get(article, article)
            return _outlet_node(facts[article].outlet) if article in facts else _node(article)

        for article in stating:
            uf.union(home(article), _node(article))
        by_outlet: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            by_outlet[facts[claim.article].outlet].append(claim)
        for claim in claims:
            fact = facts[claim.article]
            me = _node(claim.article)
            credited = credit(claim.attributed_to)
            if credited and credited != fact.outlet:
                uf.union(_outlet_node(credited), me)
            for link in links_by_article.near(claim.article, claim.sentence):
                if link.span.overlaps(claim.sentence) or link.sentence == claim.sentence:
                    uf.union(
                        home(link.to_article) if link.to_article else _outlet_node(link.to_outlet),
                        me,
                    )
            for outlet in relays.get(claim.article, ()):
                # A bounded look: an outlet words one claim alike across its articles.
                for other in by_outlet.get(outlet, [])[:RELAYED_WORDING_CHECKS]:
                    if other.article != claim.article and _shared_wording(
                        stems[claim], stems[other]
                    ):
                        uf.union(home(other.article), me)
                        break
        clusters: dict[str, set[str]] = defaultdict(set)
        for article in stating:
            clusters[uf.find(_node(article))].add(facts[article].outlet)
        sources = tuple(sorted(tuple(sorted(c)) for c in clusters.values()))
        out.append(
            Corroboration(
                claim=group.id,
                articles=len(stating),
                outlets=tuple(sorted({facts[a].outlet for a in stating})),
                independent=len(sources),
                sources=sources,
            )
        )
    return tuple(out)


class _LinksBySpan:
    """An article's links sorted by where they start, to find those near a sentence.

    An article copied by many others has many links; scanning all of them for every claim
    sentence made corroboration grow faster than the story.
    """

    def __init__(self, links: Iterable[Link]) -> None:
        by_article: dict[str, list[Link]] = defaultdict(list)
        for link in links:
            by_article[link.from_article].append(link)
        self._links: dict[str, list[Link]] = {}
        self._starts: dict[str, list[int]] = {}
        self._longest: dict[str, int] = {}
        for article, found in by_article.items():
            found.sort(key=lambda lk: (lk.span.start, lk))
            self._links[article] = found
            self._starts[article] = [lk.span.start for lk in found]
            self._longest[article] = max(len(lk.span) for lk in found)

    def near(self, article: str, sentence: Span) -> list[Link]:
        """The links of ``article`` that start within reach of overlapping ``sentence``
        (a superset of those overlapping it, in span order)."""
        starts = self._starts.get(article)
        if not starts:
            return []
        first = bisect.bisect_left(starts, sentence.start - self._longest[article])
        last = bisect.bisect_left(starts, sentence.end)
        return self._links[article][first:last]


SHARED_WORDING = 0.6  # share of the shorter claim's content words found in the other
RELAYED_WORDING_CHECKS = 16  # claims of the relayed outlet compared, per relaying claim


def _shared_wording(wa: frozenset[str], wb: frozenset[str]) -> bool:
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= SHARED_WORDING


def _node(article: str) -> str:
    return "a:" + article


def _outlet_node(outlet: str) -> str:
    return "o:" + outlet


def _credit_resolver(aliases: Mapping[str, str]) -> Callable[[str | None], str | None]:
    """``attributed_to`` -> the outlet it names ("the Harbour Post reported" -> Harbour Post)."""
    pattern = alias_pattern(dict(aliases))

    def resolve(source: str | None) -> str | None:
        if not source or pattern is None:
            return None
        match = pattern.search(source)
        return aliases[match.group(1)] if match else None

    return resolve
