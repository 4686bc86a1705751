"""Align claims across articles: which sentences of other outlets assert the same thing.

Comparing every claim with every other is quadratic, so alignment is blocked and greedy:

1. Each claim becomes a TF-IDF vector over content stems (IDF over the claims of this
   collection) and a few *keys*: its rarest terms that at least two articles share
   (entities, numbers and content words alike).
2. Claims are visited in a fixed order (article id, position). A claim looks up the groups
   indexed under its keys, scores the best few against each group's centroid (cosine, with
   a bonus for shared entities and numbers and a penalty when both name entities and share
   none), and joins the best group that has no claim from its article yet, or starts one.

The cost is linear in the number of claims times a small constant (keys per claim, groups
per key looked at). Output is deterministic. Sentence embeddings (``variorum.embed``) can
be mixed into the score with ``use_embeddings=True``; they cost a model pass per claim.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..model import ArticleFindings, Claim, Span, Timex
from ._gc import collector_paused
from ._grouping import UnionFind, words
from ._quantity_scope import FigureScopes
from .lexical import content_stems, cosine, idf_table, numbers_in, tfidf
from .quantities import QuantityRow, align_quantity_rows
from .verdicts import Evidence, GroupVerdict, VariantKind, Verdict, judge_group

KEYS_PER_CLAIM = 6  # rarest shared terms a claim is indexed and looked up under
GROUPS_PER_LOOKUP = 8  # candidate groups scored per claim
JOIN_THRESHOLD = 0.42  # score a claim needs to join a group
# Short claims ("That was not all") share words by chance: they need more to join.
SHORT_CLAIM_STEMS = 5
SHORT_CLAIM_EXTRA = 0.15
ENTITY_BONUS = 0.08
NUMBER_BONUS = 0.05
DISJOINT_ENTITY_PENALTY = 0.2
EMBEDDING_WEIGHT = 0.5
# Verbs that say nothing about what is asserted: two claims sharing only these share no core.
GENERIC_PREDICATES = frozenset(
    "be have do make get say tell go come take give include become seem remain".split()
)


@dataclass(frozen=True)
class ClaimGroup:
    """Claims from different articles that assert the same thing, with the verdict on them.

    ``claims`` holds at most one claim per article, sorted by article then position.
    ``stated_by`` are the articles that state the group's main reading, ``variant_by`` those
    that state a variant (of the ``variant_kinds``), each backed by ``evidence`` spans.
    ``quantity_rows`` are the ids of the ``QuantityRow``s measured in these sentences.
    """

    id: str
    claims: tuple[Claim, ...]
    articles: tuple[str, ...]
    verdict: Verdict
    stated_by: tuple[str, ...]
    variant_by: tuple[str, ...]
    variant_kinds: tuple[VariantKind, ...]
    evidence: tuple[Evidence, ...]
    quantity_rows: tuple[str, ...] = ()


@dataclass
class _Group:
    members: list[int] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    centroid: dict[str, float] = field(default_factory=dict)
    norm_sq: float = 0.0
    entities: Counter[str] = field(default_factory=Counter)
    numbers: Counter[str] = field(default_factory=Counter)
    embedding: Any = None
    keys: set[str] = field(default_factory=set)
    subject: set[str] = field(default_factory=set)
    rest: set[str] = field(default_factory=set)

    def add(self, index: int, article: str, vector: dict[str, float]) -> None:
        dot = cosine(self.centroid, vector)
        self.norm_sq += 2.0 * dot + sum(v * v for v in vector.values())
        for term, weight in vector.items():
            self.centroid[term] = self.centroid.get(term, 0.0) + weight
        self.members.append(index)
        self.articles.add(article)


def _entity_keys(claim: Claim) -> frozenset[str]:
    return frozenset(e.lower() for e in claim.entities)


def core_terms(claim: Claim) -> tuple[frozenset[str], frozenset[str]]:
    """What a claim asserts, in stems: (its subject's, its predicate's + object's + numbers).

    Two claims join one group only when their cores meet: sharing background words
    ("talks between the union and the port operator") or only a subject ("Daniel
    Ashworth declined to intervene" / "Daniel Ashworth toured the quay") is not asserting
    the same thing.
    """
    subject = frozenset(content_stems(claim.subject or ""))
    rest = set(content_stems(claim.object or "")) | numbers_in(claim.text)
    if claim.predicate:
        rest.update(t for t in content_stems(claim.predicate) if t not in GENERIC_PREDICATES)
    # A name in the object says whom the claim is about, not what it asserts: "Dockers
    # blame Ruth Calder" and "No word came from Ruth Calder" share no statement.
    rest.difference_update(t for name in claim.entities for t in content_stems(name))
    return subject, frozenset(rest)


def _cores_meet(
    subject: frozenset[str], rest: frozenset[str], group: _Group
) -> bool:
    """The predicate side must meet when both sides have one; else any part of the core."""
    if rest and group.rest:
        return bool(rest & group.rest)
    core = subject | rest
    return not core or not (group.subject | group.rest) or bool(core & (group.subject | group.rest))


def _order(claim: Claim) -> tuple[str, int, str]:
    return (claim.article, claim.sentence.start, claim.text)


def cluster_claims(
    claims: Sequence[Claim],
    *,
    use_embeddings: bool = False,
    cores: Sequence[tuple[frozenset[str], frozenset[str]]] | None = None,
) -> list[list[int]]:
    """Indices of ``claims`` grouped by what they assert (see the module docstring)."""
    terms = [content_stems(c.text) for c in claims]
    if cores is None:
        cores = [core_terms(c) for c in claims]
    idf, unseen = idf_table(terms)
    vectors = [tfidf(t, idf, unseen) for t in terms]
    article_df: Counter[str] = Counter()
    for article, term_sets in _terms_by_article(claims, terms).items():
        del article
        article_df.update(term_sets)
    embeddings = _embeddings(claims) if use_embeddings else None

    groups: list[_Group] = []
    index: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        shared = sorted(
            {t for t in terms[i] if article_df[t] >= 2}, key=lambda t: (article_df[t], t)
        )
        keys = shared[:KEYS_PER_CLAIM]
        votes: Counter[int] = Counter()
        for key in keys:
            votes.update(index.get(key, ()))
        entities = _entity_keys(claim)
        numbers = numbers_in(claim.text)
        threshold = JOIN_THRESHOLD
        if len(set(terms[i])) < SHORT_CLAIM_STEMS:
            threshold += SHORT_CLAIM_EXTRA
        best, best_score = -1, threshold
        # nsmallest is sorted(...)[:n] without sorting every group a key word meets.
        for g, _ in heapq.nsmallest(
            GROUPS_PER_LOOKUP, votes.items(), key=lambda kv: (-kv[1], kv[0])
        ):
            group = groups[g]
            if claim.article in group.articles:
                continue
            if not _cores_meet(*cores[i], group):
                continue
            score = cosine(vectors[i], group.centroid) / math.sqrt(max(group.norm_sq, 1e-12))
            if embeddings is not None:
                centre = group.embedding / max(float((group.embedding**2).sum()) ** 0.5, 1e-12)
                score = (1 - EMBEDDING_WEIGHT) * score + EMBEDDING_WEIGHT * float(
                    embeddings[i] @ centre
                )
            if entities and group.entities:
                # Names most members share: a claim naming none of them is about others.
                floor = max(1, len(group.members) // 2)
                core = {e for e, n in group.entities.items() if n >= floor}
                if entities & core:
                    score += ENTITY_BONUS
                else:
                    score -= DISJOINT_ENTITY_PENALTY
            if numbers & group.numbers.keys():
                score += NUMBER_BONUS
            if score > best_score:
                best, best_score = g, score
        if best < 0:
            best = len(groups)
            groups.append(_Group())
        group = groups[best]
        group.add(i, claim.article, vectors[i])
        group.entities.update(entities)
        group.subject.update(cores[i][0])
        group.rest.update(cores[i][1])
        group.numbers.update(numbers)
        if embeddings is not None:
            group.embedding = (
                embeddings[i].copy() if group.embedding is None else group.embedding + embeddings[i]
            )
        for key in keys:
            if key not in group.keys:
                group.keys.add(key)
                index[key].append(best)
    return [g.members for g in groups]


def _terms_by_article(
    claims: Sequence[Claim], terms: Sequence[tuple[str, ...]]
) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for claim, claim_terms in zip(claims, terms, strict=True):
        out[claim.article].update(claim_terms)
    return out


def _embeddings(claims: Sequence[Claim]) -> Any:
    from .. import embed

    if not embed.available():
        return None
    return embed.embed([c.text for c in claims])


@collector_paused
def align(
    findings: Sequence[ArticleFindings], *, use_embeddings: bool = False
) -> tuple[tuple[ClaimGroup, ...], tuple[QuantityRow, ...]]:
    """Claim groups and quantity rows from one alignment (what ``collate_findings`` wants)."""
    claims = sorted((c for f in findings for c in f.claims), key=_order)
    cores = [core_terms(c) for c in claims]
    clusters = cluster_claims(claims, use_embeddings=use_embeddings, cores=cores)
    group_of = _group_of(claims, clusters)
    scopes = FigureScopes(findings)  # the rows may be aligned twice; their scopes once
    rows = align_quantity_rows(findings, group_of, scopes)
    texts = {f.article.id: f.article.text for f in findings}
    merged = merge_by_figures(claims, clusters, rows, [c[1] for c in cores], texts)
    merge_happened = merged is not clusters
    index_of = {tuple(m): str(n) for n, m in enumerate(clusters)}
    clusters = merged
    clusters.sort(key=lambda m: (-len(m), _order(claims[m[0]])))
    group_ids = [f"c{n}" for n in range(1, len(clusters) + 1)]
    group_of_sentence = _group_of(claims, clusters, group_ids)
    if merge_happened:
        rows = align_quantity_rows(findings, group_of_sentence, scopes)
    else:  # the same groups under their final ids: the rows stand
        final = {index_of[tuple(m)]: gid for m, gid in zip(clusters, group_ids, strict=True)}
        rows = tuple(
            replace(r, claim_group=final.get(r.claim_group or "")) for r in rows
        )
    rows_by_group: dict[str, list[QuantityRow]] = defaultdict(list)
    for row in rows:
        owners = {
            group_of_sentence.get((q.article, q.span))
            or group_of_sentence.get((q.article, q.sentence))
            for q in row.members
        }
        for gid_of_q in sorted(g for g in owners if g is not None):
            rows_by_group[gid_of_q].append(row)
    timex: dict[tuple[str, Span], Timex] = {
        (t.article, t.span): t for f in findings for t in f.timex
    }
    published = {f.article.id: f.article.published or "" for f in findings}
    outlets = frozenset(
        re.sub(r"^the\s+", "", (f.article.outlet or "").casefold()) for f in findings
    )
    groups = []
    for gid, members in zip(group_ids, clusters, strict=True):
        group_claims = tuple(sorted((claims[i] for i in members), key=_order))
        group_rows = rows_by_group.get(gid, [])
        verdict: GroupVerdict = judge_group(
            group_claims, group_rows, timex, texts, outlets, published=published
        )
        groups.append(
            ClaimGroup(
                id=gid,
                claims=group_claims,
                articles=tuple(sorted({c.article for c in group_claims})),
                verdict=verdict.verdict,
                stated_by=verdict.stated_by,
                variant_by=verdict.variant_by,
                variant_kinds=verdict.kinds,
                evidence=verdict.evidence,
                quantity_rows=tuple(r.id for r in group_rows),
            )
        )
    return tuple(groups), rows


def _group_of(
    claims: Sequence[Claim],
    clusters: Sequence[Sequence[int]],
    ids: Sequence[str] | None = None,
) -> dict[tuple[str, Span], str]:
    """(article, quantity span) and (article, sentence) -> the group of the claim there."""
    out: dict[tuple[str, Span], str] = {}
    for n, members in enumerate(clusters):
        gid = ids[n] if ids is not None else str(n)
        for i in members:
            c = claims[i]
            out.setdefault((c.article, c.sentence), gid)
            for span in c.quantities:
                out.setdefault((c.article, span), gid)
    return out


def merge_by_figures(
    claims: Sequence[Claim],
    clusters: list[list[int]],
    rows: Sequence[QuantityRow],
    predicate_cores: Sequence[frozenset[str]],
    texts: Mapping[str, str],
) -> list[list[int]]:
    """Join groups that give a figure for one thing: a quantity row reaching across groups
    ("the settlement is worth $40 million" / "... is worth $75 million") makes them one
    claim, with its numbers as variants, when the groups share no article and their cores
    meet (so a shared count in unrelated sentences joins nothing).

    Only a claim's lead figures reach across (``lead_figures``): a sentence that gives one
    count and mentions another ("3 million were affected, including 1.5 million now
    homeless") states the first, and joining by the second would chain every statement of
    a story's figures into one group.
    """
    cluster_of = {i: n for n, members in enumerate(clusters) for i in members}
    holder = {
        (claims[i].article, span): i
        for i in sorted(cluster_of)
        for span in lead_figures(claims[i], texts[claims[i].article])
    }
    uf = UnionFind[int]()
    for n in range(len(clusters)):
        uf.add(n)
    articles = [{claims[i].article for i in m} for m in clusters]
    cores = [frozenset(t for i in m for t in predicate_cores[i]) for m in clusters]
    joined = False
    for row in rows:
        held = (holder.get((q.article, q.span)) for q in row.members)
        owners = sorted({cluster_of[i] for i in held if i is not None})
        for other in owners[1:]:
            a, b = uf.find(owners[0]), uf.find(other)
            if a == b or articles[a] & articles[b]:
                continue
            if not (cores[a] & cores[b]):
                continue
            uf.union(a, b)
            joined = True
            root = uf.find(a)
            articles[root] = articles[a] | articles[b]
            cores[root] = cores[a] | cores[b]
    if not joined:
        return clusters
    return [sorted(i for n in g for i in clusters[n]) for g in uf.groups()]


def lead_figures(claim: Claim, text: str) -> tuple[Span, ...]:
    """The figures a claim states as its point: those in its subject or object, else (a
    parse that put them elsewhere) all it asserts (``Claim.figures``, which already leaves
    out counts in clauses hung on it, "the storm, which sank two ferries").

    ``text`` is the article's text. A figure is in a phrase when its number words are.
    """
    if len(claim.figures) < 2:
        return claim.figures
    said = set(words(f"{claim.subject or ''} {claim.object or ''}"))
    lead = tuple(s for s in claim.figures if set(_number_words(s.of(text))) <= said)
    return lead or claim.figures


def _number_words(figure: str) -> list[str]:
    """The words that carry a figure's number: its digits, else its last word ("a dozen")."""
    found = words(figure)
    digits = [w for w in found if w[0].isdigit()]
    return digits or found[-1:]


def align_claims(findings: Sequence[ArticleFindings]) -> tuple[ClaimGroup, ...]:
    """Every claim of ``findings`` in exactly one group; groups of several articles first."""
    return align(findings)[0]
