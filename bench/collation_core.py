"""Collation cost against extraction cost, at story scale and at 1,000 articles.

Extracts the example story once (timing the per-article step), then collates copies of its
findings with new ids, outlets and dates: 7 articles as they are, then about 1,000 (every
article repeated, so the shingle, quote and timeline indexes meet their worst case: long
runs of shared text and quotes carried word for word by hundreds of outlets).

    /work/devvenv/bin/python bench/collation_core.py
"""

from __future__ import annotations

import dataclasses
import sys
import time
from pathlib import Path

from variorum.collate import collate_findings
from variorum.extract import extract_articles
from variorum.ingest import ingest
from variorum.model import ArticleFindings

STORY = Path(__file__).resolve().parents[1] / "examples" / "northgate"


def copies(findings: list[ArticleFindings], n: int) -> list[ArticleFindings]:
    """``n`` articles: the story's findings under new ids, 40 outlets and 30 days."""
    out = []
    for i in range(n):
        base = findings[i % len(findings)]
        aid = f"{base.article.id}-{i}"
        article = dataclasses.replace(
            base.article,
            id=aid,
            outlet=f"Outlet {i % 40:02d}",
            published=f"2026-04-{1 + i % 30:02d}",
        )

        def moved(items: tuple, aid: str = aid) -> tuple:  # type: ignore[type-arg]
            return tuple(dataclasses.replace(x, article=aid) for x in items)

        out.append(
            ArticleFindings(
                article=article,
                sentences=moved(base.sentences),
                entities=moved(base.entities),
                quotes=moved(base.quotes),
                quantities=moved(base.quantities),
                timex=moved(base.timex),
                claims=moved(base.claims),
            )
        )
    return out


def main() -> None:
    articles = list(ingest([STORY]).articles)
    list(extract_articles(articles))  # load the model and warm up first
    start = time.perf_counter()
    findings = list(extract_articles(articles))
    per_article = (time.perf_counter() - start) / len(findings)
    print("| Articles | Extraction (est., s) | Collation (s) | Collation / extraction |")
    print("|---|---|---|---|")
    sizes = [len(findings), 200, 1000] if "--quick" not in sys.argv else [len(findings), 200]
    for n in sizes:
        batch = copies(findings, n) if n != len(findings) else findings
        start = time.perf_counter()
        collation = collate_findings(batch)
        took = time.perf_counter() - start
        extraction = per_article * n
        print(f"| {n} | {extraction:.1f} | {took:.2f} | {took / extraction:.1%} |")
        assert collation.entities
    print()
    print(f"Extraction measured on the {len(findings)} example articles: {per_article:.3f} s each.")


if __name__ == "__main__":
    main()
