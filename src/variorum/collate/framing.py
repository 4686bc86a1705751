"""Framing: how each outlet hedges or attributes the same claim or the same quote.

"alleged saboteurs" against "saboteurs", "reportedly", "citing no evidence": the hedges come
from the extractors (``Claim.hedges``, ``Quote.hedges``) and, so that framing shows even
where an extractor missed one, from a short lexicon of stance markers read in the sentence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from ..model import ArticleFindings, Span
from ._grouping import ArticleFacts
from .corroboration import ClaimGroupLike
from .types import ConsolidatedQuote, Framing, FramingEntry

_MARKERS = re.compile(
    r"\b(alleged(?:ly)?|reportedly|purported(?:ly)?|apparent(?:ly)?|suspected|"
    r"unconfirmed|unverified|claimed|so-called|supposed(?:ly)?|"
    r"citing no evidence|without (?:providing |offering |citing )?(?:any )?evidence|"
    r"denied|disputed)\b",
    re.IGNORECASE,
)


def markers_in(sentence: str) -> tuple[str, ...]:
    """Stance markers in a sentence, lower-cased, in order of first appearance."""
    seen: dict[str, None] = {}
    for match in _MARKERS.finditer(sentence):
        seen.setdefault(" ".join(match.group(1).lower().split()), None)
    return tuple(seen)


def _merge(*groups: Sequence[str]) -> tuple[str, ...]:
    return tuple(sorted({h.lower() for g in groups for h in g}))


def claim_framing(
    groups: Sequence[ClaimGroupLike],
    findings: Sequence[ArticleFindings],
    facts: dict[str, ArticleFacts],
) -> tuple[Framing, ...]:
    """Per claim group stated by two outlets or more: each outlet's hedges and attribution."""
    quote_hedges: dict[tuple[str, Span], list[str]] = defaultdict(list)
    for found in findings:
        for q in found.quotes:
            quote_hedges[(q.article, q.sentence)].extend(q.hedges)
    out: list[Framing] = []
    for group in groups:
        entries: list[FramingEntry] = []
        for c in group.claims:
            fact = facts.get(c.article)
            if fact is None:
                continue
            sentence = c.sentence.of(fact.text)
            hedges = _merge(
                c.hedges, quote_hedges.get((c.article, c.sentence), ()), markers_in(sentence)
            )
            entries.append(
                FramingEntry(
                    fact.outlet, c.article, c.sentence, c.text or sentence, hedges, c.attributed_to
                )
            )
        if len({e.outlet for e in entries}) < 2:
            continue
        entries.sort(key=lambda e: (e.outlet, e.article, e.sentence))
        out.append(Framing(group.id, "claim", tuple(entries), _differs(entries)))
    return tuple(out)


def quote_framing(
    quotes: Sequence[ConsolidatedQuote], facts: dict[str, ArticleFacts]
) -> tuple[Framing, ...]:
    """Per quote carried by two outlets or more: how each hedges it."""
    out: list[Framing] = []
    for q in quotes:
        if len(q.outlets) < 2:
            continue
        entries = []
        seen: set[tuple[str, Span]] = set()
        for w in q.wordings:
            if (w.article, w.sentence) in seen:
                continue  # two quotes found in one sentence frame it once
            seen.add((w.article, w.sentence))
            sentence = w.sentence.of(facts[w.article].text)
            hedges = _merge(w.hedges, markers_in(sentence))
            entries.append(
                FramingEntry(
                    w.outlet, w.article, w.sentence, sentence, hedges, q.speaker_name or None
                )
            )
        entries.sort(key=lambda e: (e.outlet, e.article, e.sentence))
        out.append(Framing(q.id, "quote", tuple(entries), _differs(entries)))
    return tuple(out)


def _differs(entries: Sequence[FramingEntry]) -> bool:
    """Outlets frame it differently: their sets of hedges, or attributed or not, differ."""
    by_outlet: dict[str, set[tuple[tuple[str, ...], bool]]] = defaultdict(set)
    for e in entries:
        by_outlet[e.outlet].add((e.hedges, e.attributed_to is not None))
    return len({frozenset(v) for v in by_outlet.values()}) > 1
