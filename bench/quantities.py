"""Quantity extraction on NewsQuant dev: variorum vs quantulum3 (and CQE if it imports).

    /work/devvenv/bin/python bench/quantities.py [--out DIR]

Times each system end to end on one sentence at a time (variorum: ``extract_quantities``,
its spaCy parse without NER + extraction; quantulum3: its parser), scores both with the
shared scorer, prints a markdown table, then times variorum again parsing in batches
(``nlp.pipe``), without NER and with it, as its article pipeline parses.
Units are compared in the quantulum3/CQE ontology's names, which NewsQuant uses: variorum
runs with ``unit_names="cqe"`` ("USD" -> "dollar", "percent" -> "percentage").
Skips cleanly when ../shared (the evaluation data) is missing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
GOLD = SHARED / "data" / "newsquant" / "dev.jsonl"
SCORER = SHARED / "eval" / "score.py"
METRICS = (
    "value",
    "value+unit",
    "value+change",
    "value+concept_partial",
    "value+concept_complete",
)


def variorum_system() -> Callable[[str], list[dict[str, Any]]]:
    from variorum.extract.quantities import extract_quantities

    def run(text: str) -> list[dict[str, Any]]:
        qs = extract_quantities(text, unit_names="cqe")
        return [
            {
                "span": q.span.as_list(),
                "text": q.text,
                "value": q.value,
                "low": q.low,
                "high": q.high,
                "change": q.change,
                "unit": q.unit,
                "concept": q.concept,
            }
            for q in qs
        ]

    return run


def variorum_batched_rates(
    docs: list[dict[str, Any]], *, entities: bool, rounds: int = 3
) -> tuple[float, float, float, float]:
    """Parsing with ``nlp.pipe`` as the product's pipeline does, best of ``rounds``:
    sentences/s by the wall clock (parse alone, parse + extraction), then by CPU time of
    this process (parse alone, parse + extraction), which other processes' load disturbs
    less than the wall clock. ``entities``: the parse includes NER, as the article
    pipeline's does (the other extractors read entities), or leaves it out, as
    ``extract_quantities`` does."""
    from variorum.extract.quantities import find_quantities
    from variorum.model import Article
    from variorum.nlp import load_nlp

    nlp = load_nlp(entities=entities)
    texts = [d["text"] for d in docs]
    articles = [Article(id="s", text=text) for text in texts]
    wall_parse = wall_both = cpu_parse = cpu_extract = float("inf")
    for _ in range(rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        parsed = list(nlp.pipe(texts, batch_size=64))
        wall_parse = min(wall_parse, time.perf_counter() - wall)
        cpu_parse = min(cpu_parse, time.process_time() - cpu)
        wall, cpu = time.perf_counter(), time.process_time()
        for article, doc in zip(articles, parsed, strict=True):
            find_quantities(doc, article)
        wall_both = min(wall_both, wall_parse + time.perf_counter() - wall)
        cpu_extract = min(cpu_extract, time.process_time() - cpu)
    n = len(texts)
    return n / wall_parse, n / wall_both, n / cpu_parse, n / (cpu_parse + cpu_extract)


def quantulum_system() -> Callable[[str], list[dict[str, Any]]]:
    from quantulum3 import classifier, parser

    # Its unit-disambiguation classifier does not unpickle under this scikit-learn
    # (ModuleNotFoundError '_loss'); quantulum3's own rule-based fallback is used instead.
    classifier.USE_CLF = False

    def run(text: str) -> list[dict[str, Any]]:
        items = []
        for q in parser.parse(text):
            unit = q.unit.name if q.unit and q.unit.name != "dimensionless" else None
            items.append(
                {"span": list(q.span), "text": q.surface, "value": q.value, "low": None,
                 "high": None, "change": "=", "unit": unit, "concept": None}
            )  # fmt: skip
        return items

    return run


def cqe_system() -> Callable[[str], list[dict[str, Any]]] | None:
    try:
        from CQE import CQE  # type: ignore[import-not-found]
    except Exception:  # any failure to import means "not available"
        return None
    parser = CQE.CQE(overload=True)

    def run(text: str) -> list[dict[str, Any]]:
        items = []
        for q in parser.parse(text):
            concept = " ".join(q.referred_concepts)
            items.append(
                {"value": q.value, "change": q.change, "unit": q.unit.norm_unit, "concept": concept}
            )
        return items

    return run


def run_system(
    run: Callable[[str], list[dict[str, Any]]], docs: list[dict[str, Any]], out: Path
) -> float:
    run(docs[0]["text"])  # warm-up: model loading is not per-sentence cost
    start = time.perf_counter()
    lines = [json.dumps({"id": d["id"], "items": run(d["text"])}) for d in docs]
    rate = len(docs) / (time.perf_counter() - start)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return rate


def score(pred: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, str(SCORER), "quantities", str(GOLD), str(pred)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    scores: dict[str, Any] = json.loads(result.stdout)
    return scores


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=None, help="keep prediction files here")
    args = ap.parse_args()
    if not GOLD.exists():
        print(f"skipped: {GOLD} not found (the shared evaluation data is not here)")
        return 0
    docs = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    out_dir = args.out or Path(tempfile.mkdtemp(prefix="bench-quantities-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    systems: list[tuple[str, Callable[[str], list[dict[str, Any]]] | None]] = [
        ("variorum", variorum_system()),
        ("quantulum3", quantulum_system()),
        ("CQE", cqe_system()),
    ]
    print(f"NewsQuant dev: {len(docs)} sentences, one at a time\n")
    print("| system | value | +unit | +change | +concept partial | +concept complete | sent/s |")
    print("|---|---|---|---|---|---|---|")
    for name, system in systems:
        if system is None:
            print(f"| {name} | (does not import here) | | | | | |")
            continue
        pred = out_dir / f"{name}.jsonl"
        rate = run_system(system, docs, pred)
        s = score(pred)
        cells = " | ".join(f"{100 * s[m]['f1']:.1f}" for m in METRICS)
        print(f"| {name} | {cells} | {rate:.0f} |")
    print("\nbatched parsing (nlp.pipe, batch 64), sentences/s, best of 3:\n")
    print("| parse | clock | spaCy parse alone | parse + quantities | extraction's share |")
    print("|---|---|---|---|---|")
    parses = (("without NER (quantities alone)", False), ("with NER (article pipeline)", True))
    for parse, entities in parses:
        wall_parse, wall_both, cpu_parse, cpu_both = variorum_batched_rates(docs, entities=entities)
        for clock, alone, both in (("wall", wall_parse, wall_both), ("CPU", cpu_parse, cpu_both)):
            share = 100 * (alone / both - 1)
            print(f"| {parse} | {clock} | {alone:.0f} | {both:.0f} | {share:.1f}% |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
