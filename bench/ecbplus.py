"""ECB+ dev: do aligned claims and quantity rows mix two similar but distinct events?

    python bench/ecbplus.py [--limit-topics N]

Each ECB+ topic holds articles about two similar events (story "1-ecb" / "1-ecbplus"). All
articles of a topic are collated together; a claim group or quantity row with members from
two or more articles is *mixed* when its members come from both events. Goal: <= 5% mixed.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

from variorum.collate.claims import align
from variorum.extract import extract_articles
from variorum.model import Article

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data" / "ecbplus" / "dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit-topics", type=int, default=0)
    args = parser.parse_args()
    if not DATA.exists():
        print(f"no data at {DATA}")
        return
    topics: dict[str, list[dict[str, str]]] = defaultdict(list)
    for line in DATA.open():
        row = json.loads(line)
        topics[row["story"].split("-")[0]].append(row)
    names = sorted(topics, key=int)
    if args.limit_topics:
        names = names[: args.limit_topics]
    counts = {"groups": 0, "groups_mixed": 0, "rows": 0, "rows_mixed": 0}
    extract_s = collate_s = 0.0
    for topic in names:
        docs = topics[topic]
        story = {d["id"]: d["story"] for d in docs}
        articles = [Article(id=d["id"], text=d["text"]) for d in docs]
        start = time.perf_counter()
        findings = list(extract_articles(articles))
        extract_s += time.perf_counter() - start
        start = time.perf_counter()
        groups, rows = align(findings)
        collate_s += time.perf_counter() - start
        for group in groups:
            if len(group.articles) >= 2:
                counts["groups"] += 1
                counts["groups_mixed"] += len({story[a] for a in group.articles}) > 1
        for row in rows:
            if len(row.articles) >= 2:
                counts["rows"] += 1
                counts["rows_mixed"] += len({story[a] for a in row.articles}) > 1
    print(f"{len(names)} topics, extraction {extract_s:.1f} s, alignment {collate_s:.2f} s\n")
    print("| aligned (>= 2 articles) | count | mixing two events | share |")
    print("|---|---|---|---|")
    for kind in ("groups", "rows"):
        total, mixed = counts[kind], counts[f"{kind}_mixed"]
        share = mixed / total if total else 0.0
        label = "claim groups" if kind == "groups" else "quantity rows"
        print(f"| {label} | {total} | {mixed} | {share:.1%} |")


if __name__ == "__main__":
    main()
