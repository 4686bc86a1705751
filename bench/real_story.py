"""A real developing story: how many disagreements does the dossier flag, and of what kind?

    python bench/real_story.py [--story LibyaWar] [--articles 200]

Reads one Timeline17 story from ../shared (scraped news from several outlets over months),
takes its first ``--articles`` articles in id order, runs the whole pipeline (ingest,
extraction, collation) and prints the verdicts a reader would see: claim groups by verdict
and by the kind of difference behind a conflict, quantity rows by agreement, and date
conflicts. A long story repeats background and reports new figures every day, so this is
where false alarms show; the counts are for comparing versions side by side, not a score.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter
from pathlib import Path

from variorum import collate

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data" / "timeline17" / "dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--story", default="LibyaWar")
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()
    if not DATA.exists():
        print(f"no data at {DATA}")
        return
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    chosen = [r for r in rows if r["story"] == args.story][: args.articles]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "story.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for r in chosen:
                keep = {k: r[k] for k in ("id", "text", "published", "outlet")}
                out.write(json.dumps(keep) + "\n")
        start = time.perf_counter()
        dossier = collate([corpus])
        seconds = time.perf_counter() - start
    c = dossier.collation
    shared = [g for g in c.claims if len(g.articles) > 1]
    verdicts = Counter(g.verdict for g in shared)
    kinds = Counter(k for g in shared if g.verdict == "conflicting" for k in g.variant_kinds)
    rows_shared = [r for r in c.quantities if len(r.articles) > 1]
    agreement = Counter(str(r.agreement) for r in rows_shared)
    print(f"{args.story}: {len(dossier.articles)} articles, "
          f"{len({a.outlet for a in dossier.articles})} outlets, {seconds:.0f} s end to end\n")
    print("| finding | count |")
    print("|---|---|")
    for verdict in ("agreed", "variant", "conflicting"):
        print(f"| claim groups (>= 2 articles), {verdict} | {verdicts[verdict]} |")
    for kind, n in sorted(kinds.items()):
        print(f"| conflicting groups with a {kind} difference | {n} |")
    for name in ("agree", "precision", "update", "conflict"):
        print(f"| quantity rows (>= 2 articles), {name} | {agreement[name]} |")
    print(f"| date conflicts | {len(c.date_conflicts)} |")
    largest = max((len(g.articles) for g in c.claims), default=0)
    print(f"| largest claim group (articles) | {largest} |")
    people = [e for e in c.entities if e.type == "PERSON"]
    print(f"| people (canonical PERSON entities) | {len(people)} |")
    print(f"| possible misquotes | {len(c.misquotes)} |")


if __name__ == "__main__":
    main()
