"""Exact and near duplicates among ingested articles.

An exact copy (same clean text once whitespace and case are folded) is dropped: the first in
input order stays, the copy gets a ``Skip`` and a ``Duplicate`` with similarity 1.0. A near
copy (at least ``NEAR_DUPLICATE`` of the shorter text's word 5-gram shingles found in the
other) stays, with a ``Duplicate`` naming the earlier article (earlier published, then
earlier in input order; on the same day, an article that credits the other's outlet in its
byline or dateline is the copy), so collation can leave it out of corroboration counts.

Candidates come from an inverted index shingle -> articles, so only articles that share a
shingle are ever compared: 1,000 unrelated articles cost one pass over their words.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

from ..model import Article, Duplicate, Skip

NEAR_DUPLICATE = 0.8
SHINGLE_WORDS = 5
_WORD = re.compile(r"\w+")
_MAX_POSTINGS = 32
# Counts from capped posting lists undercount; half the threshold leaves room for that.
_PREFILTER = 0.5
# A reprint credits its source in the byline or dateline, near the top.
_CREDIT_WINDOW = 600


@dataclass(frozen=True)
class Deduped:
    articles: tuple[Article, ...]
    skipped: tuple[Skip, ...]
    duplicates: tuple[Duplicate, ...]


def dedupe(articles: Sequence[Article], sources: Sequence[str]) -> Deduped:
    """Drop exact copies and report near copies. ``sources`` name each article in skips."""
    kept: list[Article] = []
    skipped: list[Skip] = []
    duplicates: list[Duplicate] = []
    first_with_text: dict[str, str] = {}
    for article, source in zip(articles, sources, strict=True):
        key = " ".join(article.clean_text.casefold().split())
        if not key:  # nothing left once debris is blanked: nothing to compare
            kept.append(article)
            continue
        original = first_with_text.setdefault(key, article.id)
        if original != article.id:
            skipped.append(Skip(source, f"duplicate of {original}: the same text; remove one copy"))
            duplicates.append(Duplicate(article=article.id, of=original, similarity=1.0))
            continue
        kept.append(article)
    duplicates.extend(find_near_duplicates(kept))
    return Deduped(tuple(kept), tuple(skipped), tuple(duplicates))


def find_near_duplicates(
    articles: Sequence[Article], threshold: float = NEAR_DUPLICATE
) -> list[Duplicate]:
    """One ``Duplicate`` per article that nearly repeats an earlier one (its best match)."""
    order = sorted(
        range(len(articles)),
        key=lambda i: (articles[i].published is None, articles[i].published or "", i),
    )
    shingle_sets = [shingles(article.clean_text) for article in articles]
    index: dict[int, list[int]] = defaultdict(list)
    found: list[Duplicate] = []
    for rank, i in enumerate(order):
        mine = shingle_sets[i]
        # Shared shingles counted in C over the (capped) posting lists; only a pair whose
        # count comes near the threshold is worth an exact set intersection.
        shared = Counter(chain.from_iterable(index[s] for s in mine if s in index))
        best: tuple[float, int] | None = None  # (similarity, -rank of the earlier article)
        for earlier_rank, count in shared.items():
            theirs = shingle_sets[order[earlier_rank]]
            smaller = min(len(mine), len(theirs))
            if not smaller or count < _PREFILTER * threshold * smaller:
                continue
            similarity = len(mine & theirs) / smaller
            if similarity >= threshold and (best is None or (similarity, -earlier_rank) > best):
                best = (similarity, -earlier_rank)
        if best is not None:
            original = articles[order[-best[1]]].id
            found.append(Duplicate(articles[i].id, original, round(best[0], 3)))
        for shingle in mine:
            postings = index[shingle]
            # A shingle most articles share (a wire boilerplate line) would make every pair
            # a candidate; its first holders are enough to find the copies of them.
            if len(postings) < _MAX_POSTINGS:
                postings.append(rank)
    by_id = {article.id: article for article in articles}
    found = [_credited_original(d, by_id[d.article], by_id[d.of]) for d in found]
    position = {article.id: n for n, article in enumerate(articles)}
    found.sort(key=lambda d: position[d.article])
    return found


def _credited_original(dup: Duplicate, copy: Article, original: Article) -> Duplicate:
    """On the same day, the article that credits the other's outlet is the copy.

    A reprint names its source ("By Anna Kowalczyk (Meridian Wire) / The Daily Ledger",
    "CARROW (Meridian Wire) —"); when the presumed original does that and the copy does
    not, the two were taken the wrong way round.
    """
    if copy.published != original.published:
        return dup
    if _credits(original, copy.outlet) and not _credits(copy, original.outlet):
        return Duplicate(article=original.id, of=copy.id, similarity=dup.similarity)
    return dup


def _credits(article: Article, outlet: str | None) -> bool:
    if not outlet or outlet == article.outlet:
        return False
    return outlet.casefold() in article.text[:_CREDIT_WINDOW].casefold()


def shingles(text: str) -> set[int]:
    """Hashes of the word ``SHINGLE_WORDS``-grams of ``text`` (case folded)."""
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE_WORDS:
        return {hash(tuple(words))} if words else set()
    return {
        hash(tuple(words[k : k + SHINGLE_WORDS])) for k in range(len(words) - SHINGLE_WORDS + 1)
    }
