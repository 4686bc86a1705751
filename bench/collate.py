"""Collation speed on synthetic stories of 10, 100 and 1,000 articles.

    python bench/collate.py [--sizes 10,100,1000] [--cache DIR]

Articles are varied rewordings of the example story (examples/northgate/*.txt): each
sentence gets synonym swaps, numbers nudged now and then, clause order flipped around a
comma, and each article keeps a random subset of its base article's sentences. Extraction
runs once and its findings are pickled in the cache directory (default: the system temp
dir); the table then times collation alone: ``align`` (claims + quantities) and the full
``collate_findings``, each the best of ``--repeat`` runs of this process's CPU time (other
jobs on a shared machine disturb it less than wall time). Goals: doubling the articles costs
at most 2.2x the time; at 1,000 articles collation is at most 20% of extraction.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import pickle
import random
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from variorum.collate import collate_findings
from variorum.collate.claims import align
from variorum.extract import extract_articles
from variorum.model import Article, ArticleFindings

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "northgate"

SYNONYMS = {
    "strike": "walkout",
    "dockworkers": "port workers",
    "talks": "negotiations",
    "deal": "agreement",
    "closed": "shut",
    "said": "stated",
    "reached": "struck",
    "wages": "pay",
    "began": "started",
    "union": "labour union",
    "ships": "vessels",
    "terminal": "container port",
    "more than": "over",
    "nearly": "almost",
}

FALLBACK = [
    "More than 300 dockworkers walked out at the Northgate terminal on March 2 over unpaid wages.",
    "The strike closed the terminal, and 23 ships were turned away in the first week.",
    "Maria Okafor, the union leader, said the workers would not return until they were paid.",
    "Halden Maritime said it had paid what it owed and denied withholding wages.",
    "The settlement is worth $40 million, according to people familiar with the talks.",
    "Around a dozen ships were let in later under an emergency arrangement.",
]


def base_texts() -> list[str]:
    files = sorted(EXAMPLES.glob("*.txt"))
    if files:
        return [f.read_text(encoding="utf-8") for f in files]
    return [" ".join(FALLBACK)]


def reword(sentence: str, rng: random.Random) -> str:
    for word, other in SYNONYMS.items():
        if rng.random() < 0.4:
            sentence = re.sub(rf"\b{re.escape(word)}\b", other, sentence)
    if rng.random() < 0.2:
        sentence = re.sub(
            r"\b(\d{2,3})\b", lambda m: str(int(m.group(1)) + rng.choice((-2, -1, 1, 2))), sentence
        )
    if rng.random() < 0.2 and ", " in sentence and sentence.endswith("."):
        head, _, tail = sentence[:-1].partition(", ")
        if len(head.split()) > 2 and len(tail.split()) > 2:
            sentence = f"{tail[0].upper()}{tail[1:]}, {head[0].lower()}{head[1:]}."
    return sentence


def synthetic_articles(count: int, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    bases = [
        [p for p in text.split("\n") if p.strip()][3:] or [text] for text in base_texts()
    ]
    articles = []
    for n in range(count):
        paragraphs = bases[n % len(bases)]
        kept = [
            " ".join(reword(s, rng) for s in re.split(r"(?<=[.!?”])\s+", p))
            for p in paragraphs
            if rng.random() < 0.8
        ]
        articles.append(Article(id=f"syn{n:04d}", text="\n\n".join(kept), outlet=f"outlet{n % 37}"))
    return articles


def extracted(articles: list[Article], cache: Path) -> tuple[list[ArticleFindings], float]:
    key = hashlib.sha1("".join(a.text for a in articles).encode()).hexdigest()[:16]
    path = cache / f"variorum-collate-bench-{key}.pkl"
    if path.exists():
        with path.open("rb") as handle:
            findings, seconds = pickle.load(handle)
        return findings, seconds
    start = time.perf_counter()
    findings = list(extract_articles(articles))
    seconds = time.perf_counter() - start
    cache.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        pickle.dump((findings, seconds), handle)
    return findings, seconds


def best_cpu_seconds(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10,100,1000")
    parser.add_argument("--cache", default=tempfile.gettempdir())
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs per size")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    articles = synthetic_articles(max(sizes))
    findings, extract_s = extracted(articles, Path(args.cache))
    print(f"extraction of {len(articles)} articles: {extract_s:.1f} s (measured, cached)\n")
    print("| articles | claims | align s | ratio | groups >= 2 | rows >= 2 | collate_findings s |"
          " ratio | collation / extraction |")
    print("|---|---|---|---|---|---|---|---|---|")
    timings: dict[int, tuple[float, float]] = {}
    for size in sizes:
        subset = findings[:size]
        groups, rows = align(subset)
        align_s = best_cpu_seconds(lambda s=subset: align(s), args.repeat)
        full_s = best_cpu_seconds(lambda s=subset: collate_findings(s), args.repeat)
        share = full_s / (extract_s * size / len(findings))
        previous = timings.get(sizes[sizes.index(size) - 1]) if sizes.index(size) else None
        ratio = f"{align_s / previous[0]:.2f}x" if previous else "-"
        full_ratio = f"{full_s / previous[1]:.2f}x" if previous else "-"
        print(
            f"| {size} | {sum(len(f.claims) for f in subset)} | {align_s:.3f} | {ratio} | "
            f"{sum(1 for g in groups if len(g.articles) > 1)} | "
            f"{sum(1 for r in rows if len(r.articles) > 1)} | "
            f"{full_s:.3f} | {full_ratio} | {share:.1%} |"
        )
        timings[size] = (align_s, full_s)
    first, last = sizes[0], sizes[-1]
    if last > first and first > 0:
        doublings = math.log2(last / first)
        per_align = (timings[last][0] / timings[first][0]) ** (1 / doublings)
        per_full = (timings[last][1] / timings[first][1]) ** (1 / doublings)
        print(
            f"\nper doubling, {first} -> {last} articles ({doublings:.1f} doublings): "
            f"align {per_align:.2f}x, collate_findings {per_full:.2f}x (goal <= 2.2x)"
        )


if __name__ == "__main__":
    main()
