"""CPU time of each extraction stage on bench/speed.py's corpus, parses cached.

    python bench/stage_times.py [--articles 200] [--rounds 3]

Builds the same story folder as ``bench/speed.py``, ingests and parses it once, then runs
``findings_from_doc`` over the cached parses ``--rounds`` times, timing each extractor's
own CPU time; the fastest round counts. "sentences" is the rest of ``findings_from_doc``
(the article's sentence list). Compare runs side by side: the machine is noisy.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from speed import make_story
from variorum.extract import pipeline
from variorum.ingest import ingest
from variorum.nlp import load_nlp

STAGES = ("entities", "quotes", "quantities", "timex", "claims")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="variorum-stages-"))
    try:
        make_story(folder, args.articles)
        cpu = time.process_time()
        articles = ingest([folder]).articles
        ingest_s = time.process_time() - cpu
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    cpu = time.process_time()
    docs = list(load_nlp().pipe([a.clean_text for a in articles], batch_size=16))
    parse_s = time.process_time() - cpu

    spent = dict.fromkeys(STAGES, 0.0)

    def timed(name: str, run: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*call: Any, **options: Any) -> Any:
            start = time.process_time()
            try:
                return run(*call, **options)
            finally:
                spent[name] += time.process_time() - start

        return wrapper

    originals = {name: getattr(pipeline, f"find_{name}") for name in STAGES}
    best: tuple[float, dict[str, float]] | None = None
    try:
        for name, run in originals.items():
            setattr(pipeline, f"find_{name}", timed(name, run))
        for _ in range(args.rounds):
            spent.update(dict.fromkeys(STAGES, 0.0))
            cpu = time.process_time()
            for article, doc in zip(articles, docs, strict=True):
                pipeline.findings_from_doc(article, doc)
            total = time.process_time() - cpu
            if best is None or total < best[0]:
                best = (total, dict(spent))
    finally:
        for name, run in originals.items():
            setattr(pipeline, f"find_{name}", run)
    assert best is not None
    total, stages = best
    print(f"articles: {len(articles)}; ingest {ingest_s:.2f} s, parse {parse_s:.2f} s CPU\n")
    print("| stage | CPU seconds |")
    print("|---|---|")
    for name in STAGES:
        print(f"| {name} | {stages[name]:.2f} |")
    print(f"| sentences (the rest) | {total - sum(stages.values()):.2f} |")
    print(f"| extraction | {total:.2f} |")


if __name__ == "__main__":
    main()
