"""Who relays whom: the source-dependence graph between outlets.

Outlet A relays outlet B when

* **attribution**: A credits B ("according to the Post", "the Herald reported", "told
  Reuters"), in a sentence or as the source of one of A's quotes;
* **text_reuse**: A repeats a run of at least ``SHINGLE_WORDS`` words of B's text outside
  quotation marks, B published no later than A;
* **quote_reuse**: A carries a quote B carried first, later, in B's exact words.

Each edge has a *strength*. Attribution and text reuse (a run of ``LONG_RUN_WORDS`` words or
more, or ``MIN_RUNS`` runs, between two articles; shorter single runs are dropped as stock
background) are ``strong``. Quote reuse is ``weak``: a rally line carried verbatim by two
outlets may have been heard by both. It is ``strong`` only when the later article carries
no source of its own: no quote it is the first to carry. Corroboration ignores weak links.

Text reuse is found with an inverted index of word shingles, visiting articles oldest first:
each shingle remembers the first article that used it, so the cost is one dictionary look-up
per word of the story, never a comparison of two full texts. Quoted passages are left out of
the shingles: two outlets quoting the same speech do not depend on each other.

Besides the outlet-level edges, the graph keeps each article-level *link* with the span of the
relaying article it covers, so corroboration can ask which links bear on one sentence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..model import ArticleFindings, Span
from ._grouping import UNKNOWN_OUTLET, ArticleFacts, fold
from .entities import EntityIndex
from .types import ConsolidatedQuote, Evidence, RelayEdge, RelayKind, RelayStrength

SHINGLE_WORDS = 12
# One shared 12-word run is often stock background ("the strike that has shut the Northgate
# container terminal"): copying is shown by a run this long, or by two runs or more.
LONG_RUN_WORDS = 20
MIN_RUNS = 2
MIN_QUOTE_REUSE_WORDS = 6  # "no comment" in the same words proves nothing
EVIDENCE_PER_EDGE = 12  # the longest runs kept on an outlet edge (all stay on the links)

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_QUOTED = re.compile(r"“[^”]{0,3000}”|\"[^\"\n]{0,3000}\"")
_CUE_BEFORE = re.compile(
    r"(?:according\s+to|told|telling|cited|citing|reported\s+by|quoted\s+by|quoting|"
    r"(?:an\s+)?interview\s+with|statement\s+to|confirmed\s+to|said\s+to|spoke\s+to|"
    r"speaking\s+to|via|credited|sources?\s+(?:at|for))\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_CUE_AFTER = re.compile(
    r"^(?:['’]s)?\s*(?:\w+\s+){0,2}?(?:reported|reports|reporting|said|says|has\s+learned|"
    r"learned|learnt|revealed|disclosed|obtained|quoted|published|broke|cited|wrote|writes|"
    r"first\s+reported|was\s+first\s+to)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, order=True)
class Link:
    """One article relaying another: the span of the relaying article that shows it."""

    from_article: str
    to_article: str  # "" for an attribution: it names an outlet, not one of its articles
    from_outlet: str
    to_outlet: str
    kind: RelayKind
    span: Span
    sentence: Span
    source_span: Span | None = None
    source_sentence: Span | None = None
    strength: RelayStrength = "strong"


@dataclass(frozen=True)
class SourceGraph:
    edges: tuple[RelayEdge, ...]
    links: tuple[Link, ...]
    aliases: dict[str, str] = field(default_factory=dict)  # surface form -> outlet


def outlet_aliases(outlets: Iterable[str], entities: EntityIndex | None = None) -> dict[str, str]:
    """Surface form -> outlet: "The Harbour Post", "Harbour Post", "the Post" (when only one
    outlet's name ends in "Post"), the acronym of a name of three words or more, and the
    aliases of the canonical entity that names the outlet."""
    names = sorted({o for o in outlets if o and o != UNKNOWN_OUTLET})
    aliases: dict[str, str] = {}
    tails: dict[str, set[str]] = defaultdict(set)
    for name in names:
        bare = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
        aliases[bare] = name
        parts = bare.split()
        if len(parts) > 1:
            tails[parts[-1]].add(name)
        initials = "".join(p[0] for p in parts if p[:1].isupper())
        if len(parts) >= 3 and len(initials) == len(parts):
            aliases.setdefault(initials, name)
    for tail, owners in tails.items():
        if len(owners) == 1 and tail[:1].isupper():
            aliases.setdefault(tail, next(iter(owners)))
    if entities is not None:
        by_fold = {fold(a): o for a, o in aliases.items()}
        for e in entities.entities:
            owner = by_fold.get(fold(re.sub(r"^the\s+", "", e.name, flags=re.IGNORECASE)))
            if owner is None:
                continue
            for alias in e.aliases:
                alias = re.sub(r"^the\s+", "", alias, flags=re.IGNORECASE)
                if alias[:1].isupper() and len(alias) > 2:
                    aliases.setdefault(alias, owner)
    return aliases


def alias_pattern(aliases: dict[str, str]) -> re.Pattern[str] | None:
    if not aliases:
        return None
    alts = "|".join(re.escape(a) for a in sorted(aliases, key=lambda a: (-len(a), a)))
    # Case-sensitive: "the Post" is an outlet, "the post" a job.
    return re.compile(r"(?<![\w-])(?:[Tt]he\s+)?(" + alts + r")(?![\w-])")


def attribution_links(
    facts: dict[str, ArticleFacts],
    findings: Sequence[ArticleFindings],
    aliases: dict[str, str],
) -> list[Link]:
    """Sentences and quotes of one outlet that credit another outlet."""
    pattern = alias_pattern(aliases)
    if pattern is None:
        return []
    links: list[Link] = []
    for fact in sorted(facts.values(), key=lambda f: f.order):
        for match in pattern.finditer(fact.text):
            target = aliases[match.group(1)]
            if target == fact.outlet:
                continue
            span = Span(match.start(), match.end())
            sent = fact.sentence_of(span)
            before = fact.text[max(sent.start, span.start - 40) : span.start]
            after = fact.text[span.end : min(sent.end, span.end + 40)]
            # "CARROW (Meridian Wire) —", "By Anna Kowalczyk (Meridian Wire)": a credit line.
            credit_line = before.rstrip().endswith("(") and after.lstrip().startswith(")")
            if credit_line or _CUE_BEFORE.search(before) or _CUE_AFTER.match(after):
                links.append(Link(fact.id, "", fact.outlet, target, "attribution", span, sent))
    for found in findings:
        fact = facts[found.article.id]
        for q in found.quotes:
            source = q.source.of(fact.text) if q.source else (q.speaker or "")
            credited = aliases.get(re.sub(r"^the\s+", "", source.strip(), flags=re.IGNORECASE))
            if credited and credited != fact.outlet:
                links.append(
                    Link(fact.id, "", fact.outlet, credited, "attribution", q.content, q.sentence)
                )
    return links


def _tokens(fact: ArticleFacts, quoted: list[Span]) -> list[list[tuple[str, int, int]]]:
    """Runs of (folded word, start, end) outside quoted passages."""
    masks = sorted(quoted + [Span(m.start(), m.end()) for m in _QUOTED.finditer(fact.text)])
    runs: list[list[tuple[str, int, int]]] = [[]]
    mi = 0
    for m in _WORD.finditer(fact.text):
        while mi < len(masks) and masks[mi].end <= m.start():
            mi += 1
        if mi < len(masks) and masks[mi].start < m.end():
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append((m.group(0).casefold(), m.start(), m.end()))
    return [r for r in runs if len(r) >= SHINGLE_WORDS]


def text_reuse_links(
    facts: dict[str, ArticleFacts],
    findings: Sequence[ArticleFindings],
    credits: frozenset[str] = frozenset(),
) -> list[Link]:
    """Runs of shared wording: each article against the first article that used a shingle.

    Articles of one date are taken in input order, except that an article crediting another
    outlet (``credits``: article ids) comes after the others of its date: it is the copy.
    """
    quoted: dict[str, list[Span]] = {
        f.article.id: [q.content for q in f.quotes if q.kind != "indirect"] for f in findings
    }
    # Oldest first; undated articles last (copies without a date are more often the copy).
    order = sorted(
        facts.values(),
        key=lambda f: (f.published == "", f.published[:10], f.id in credits, f.published, f.order),
    )
    first_seen: dict[int, tuple[int, int, int]] = {}  # shingle -> (article no, run, index)
    tokens: list[list[list[tuple[str, int, int]]]] = []
    links: list[Link] = []
    for a_no, fact in enumerate(order):
        runs = _tokens(fact, quoted.get(fact.id, []))
        tokens.append(runs)
        # (source article no) -> list of (a run, a index, b run, b index)
        hits: dict[int, list[tuple[int, int, int, int]]] = defaultdict(list)
        for r_no, run in enumerate(runs):
            words = [w for w, _s, _e in run]
            for i in range(len(words) - SHINGLE_WORDS + 1):
                key = hash(tuple(words[i : i + SHINGLE_WORDS]))
                seen = first_seen.get(key)
                if seen is None:
                    first_seen[key] = (a_no, r_no, i)
                elif seen[0] != a_no and order[seen[0]].outlet != fact.outlet:
                    hits[seen[0]].append((r_no, i, seen[1], seen[2]))
        for b_no in sorted(hits):
            source = order[b_no]
            merged = _merge_hits(hits[b_no])
            longest = max(a_j - a_i + SHINGLE_WORDS for _r, a_i, a_j, *_rest in merged)
            if longest < LONG_RUN_WORDS and len(merged) < MIN_RUNS:
                continue  # one short run: stock background, not copying
            for a_run, a_i, a_j, b_run, b_i, b_j in merged:
                ra, rb = runs[a_run], tokens[b_no][b_run]
                span = Span(ra[a_i][1], ra[a_j + SHINGLE_WORDS - 1][2])
                src = Span(rb[b_i][1], rb[b_j + SHINGLE_WORDS - 1][2])
                links.append(
                    Link(
                        fact.id,
                        source.id,
                        fact.outlet,
                        source.outlet,
                        "text_reuse",
                        span,
                        fact.sentence_of(span),
                        src,
                        source.sentence_of(src),
                    )
                )
    return links


def _merge_hits(
    hits: list[tuple[int, int, int, int]],
) -> list[tuple[int, int, int, int, int, int]]:
    """Consecutive shingle hits -> runs: (a run, a first, a last, b run, b first, b last)."""
    out: list[tuple[int, int, int, int, int, int]] = []
    for a_run, a_i, b_run, b_i in sorted(hits):
        if out:
            pa_run, pa_i, pa_j, pb_run, pb_i, pb_j = out[-1]
            if a_run == pa_run and a_i == pa_j + 1 and b_run == pb_run and b_i == pb_j + 1:
                out[-1] = (pa_run, pa_i, a_i, pb_run, pb_i, b_i)
                continue
        out.append((a_run, a_i, a_i, b_run, b_i, b_i))
    return out


def quote_reuse_links(quotes: Sequence[ConsolidatedQuote]) -> list[Link]:
    """Later outlets carrying a quote in the exact words of the first outlet to carry it.

    Weak evidence unless the later article carries no quote it is the first to carry (see
    the module docstring).
    """
    own_sources = {q.first.article for q in quotes}
    links: list[Link] = []
    for q in quotes:
        first = q.first
        first_words = fold(" ".join(_WORD.findall(first.text)))
        if len(first_words.split()) < MIN_QUOTE_REUSE_WORDS or not first.published:
            continue
        for w in q.wordings:
            if (
                w.outlet == first.outlet
                or not w.published
                or w.published[:10] <= first.published[:10]
            ):
                continue
            if fold(" ".join(_WORD.findall(w.text))) == first_words:
                links.append(
                    Link(
                        w.article,
                        first.article,
                        w.outlet,
                        first.outlet,
                        "quote_reuse",
                        w.content,
                        w.sentence,
                        first.content,
                        first.sentence,
                        "weak" if w.article in own_sources else "strong",
                    )
                )
    return links


def build_graph(
    findings: Sequence[ArticleFindings],
    facts: dict[str, ArticleFacts],
    entities: EntityIndex,
    quotes: Sequence[ConsolidatedQuote],
) -> SourceGraph:
    aliases = outlet_aliases((f.outlet for f in facts.values()), entities)
    attributions = attribution_links(facts, findings, aliases)
    credits = frozenset(lk.from_article for lk in attributions)
    links = sorted(
        set(attributions + text_reuse_links(facts, findings, credits) + quote_reuse_links(quotes))
    )
    return SourceGraph(edges=edges_from_links(links, facts), links=tuple(links), aliases=aliases)


def edges_from_links(
    links: Sequence[Link], facts: dict[str, ArticleFacts]
) -> tuple[RelayEdge, ...]:
    """Outlet-level edges, each with its strongest evidence (the longest spans first)."""
    grouped: dict[tuple[str, str, str], list[Link]] = defaultdict(list)
    for link in links:
        grouped[(link.from_outlet, link.to_outlet, link.kind)].append(link)
    edges: list[RelayEdge] = []
    for (a, b, kind), group in sorted(grouped.items()):
        group.sort(key=lambda lk: (-len(lk.span), lk))
        evidence: list[Evidence] = []
        for lk in group[:EVIDENCE_PER_EDGE]:
            text = facts[lk.from_article].text
            evidence.append(Evidence(lk.from_article, lk.span, lk.sentence, lk.span.of(text)))
            if lk.to_article and lk.source_span and lk.source_sentence:
                src = facts[lk.to_article].text
                evidence.append(
                    Evidence(
                        lk.to_article, lk.source_span, lk.source_sentence, lk.source_span.of(src)
                    )
                )
        strength: RelayStrength = (
            "strong" if any(lk.strength == "strong" for lk in group) else "weak"
        )
        edges.append(RelayEdge(a, b, kind, tuple(evidence), strength))  # type: ignore[arg-type]
    return tuple(edges)
