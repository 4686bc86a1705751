"""The collation entry point: per-article findings in, one ``Collation`` out.

Order matters: entities first (quotes need speakers resolved to canonical entities), then
quotes (the source graph reads quote reuse from them), claims and quantity rows (from
``collate.claims``), the source graph, and what builds on those: independent counts,
framing and the timeline. Nothing here re-parses text; every step is blocked or indexed so
the cost grows about linearly with the story.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import ArticleFindings, Duplicate
from ._gc import collector_paused
from ._grouping import article_facts
from .corroboration import corroborate
from .entities import collate_entities
from .framing import claim_framing, quote_framing
from .quotes import consolidate_quotes
from .sources import build_graph
from .timeline import build_timeline
from .types import Collation


def _claims_and_quantities(
    findings: Sequence[ArticleFindings],
) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """Claim groups and quantity rows from ``collate.claims`` (one alignment gives both)."""
    from . import claims, quantities

    align = getattr(claims, "align", None)
    if align is not None:
        groups, rows = align(findings)
        return tuple(groups), tuple(rows)
    return tuple(claims.align_claims(findings)), tuple(quantities.align_quantities(findings))


@collector_paused
def collate_findings(
    findings: Sequence[ArticleFindings], *, duplicates: Sequence[Duplicate] = ()
) -> Collation:
    """Everything across articles: entities, quotes, claims, numbers, sources, timeline."""
    # Oldest first; input order breaks ties ("first to carry a quote" needs an order).
    findings = sorted(findings, key=lambda f: f.article.published or "")
    facts = article_facts(findings)
    entities = collate_entities(findings, facts)
    quotes, misquotes, speakers = consolidate_quotes(findings, facts, entities)
    groups, rows = _claims_and_quantities(findings)
    graph = build_graph(findings, facts, entities, quotes)
    corroboration = corroborate(
        groups, graph.links, facts, duplicates, aliases=graph.aliases
    )
    framing = claim_framing(groups, findings, facts) + quote_framing(quotes, facts)
    timeline, conflicts = build_timeline(findings, facts)
    return Collation(
        entities=entities.entities,
        quotes=quotes,
        misquotes=misquotes,
        speakers=speakers,
        claims=groups,
        quantities=rows,
        relays=graph.edges,
        corroboration=corroboration,
        framing=framing,
        timeline=timeline,
        date_conflicts=conflicts,
        outlets=tuple(sorted({f.outlet for f in facts.values()})),
    )
