"""Attribution extraction: variorum against textacy's ``direct_quotations`` on PolNeAR dev.

    python bench/quotes.py [--split dev]

Each document is parsed once with ``load_nlp()``; the parse, variorum's ``find_quotes``
(with the entities it needs) and textacy's ``direct_quotations`` are timed separately on
that same parse. textacy raises on some quote layouts; where it does, it is run again
paragraph by paragraph and whatever paragraphs it can read are kept. Both prediction
files are scored by the shared scorer (``score.py quotes GOLD PRED --by-kind``).

The data live outside the repository (``../shared`` next to it); without them the script
says so and exits cleanly.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def _variorum_items(doc: Any, article: Any) -> list[dict[str, Any]]:
    from variorum.extract.entities import find_entities
    from variorum.extract.quotes import find_quotes

    quotes = find_quotes(doc, article, find_entities(doc, article))
    return [
        {
            "content": q.content.as_list(),
            "source": q.source.as_list() if q.source else None,
            "cue": q.cue.as_list() if q.cue else None,
            "speaker": q.speaker,
            "kind": q.kind,
        }
        for q in quotes
    ]


def _textacy_items(doc: Any) -> list[dict[str, Any]]:
    from textacy.extract.triples import direct_quotations

    try:
        return [_triple_item(t, 0) for t in direct_quotations(doc)]
    except Exception:  # textacy raises on unbalanced quotes; fall back per paragraph
        items: list[dict[str, Any]] = []
        start = 0
        for para in doc.text.split("\n"):
            end = start + len(para)
            span = doc.char_span(start, end, alignment_mode="contract") if para.strip() else None
            if span is not None and len(span):
                # A paragraph textacy cannot read either stays unread.
                with contextlib.suppress(Exception):
                    items.extend(_triple_item(t, start) for t in direct_quotations(span.as_doc()))
            start = end + 1
        return items


def _triple_item(triple: Any, offset: int) -> dict[str, Any]:
    def hull(tokens: Any) -> list[int] | None:
        tokens = list(tokens)
        if not tokens:
            return None
        return [offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1].text)]

    speaker = " ".join(t.text for t in triple.speaker) or None
    return {
        "content": hull(triple.content),
        "source": hull(triple.speaker),
        "cue": hull(triple.cue),
        "speaker": speaker,
        "kind": "direct",
    }


def _score(gold: Path, pred: Path) -> dict[str, Any]:
    scorer = SHARED / "eval" / "score.py"
    out = subprocess.run(
        [sys.executable, str(scorer), "quotes", str(gold), str(pred), "--by-kind"],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="dev", help="PolNeAR split (dev or train)")
    args = parser.parse_args()
    gold = SHARED / "data" / "polnear" / f"{args.split}.jsonl"
    if not gold.exists():
        print(f"skipped: {gold} not found (the shared data sit next to the repository)")
        return 0

    from variorum.model import Article
    from variorum.nlp import load_nlp

    nlp = load_nlp()
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    timings = {"parse": 0.0, "variorum": 0.0, "textacy": 0.0}
    predictions: dict[str, list[str]] = {"variorum": [], "textacy": []}
    words = 0
    for record in records:
        article = Article(
            id=record["id"],
            text=record["text"],
            published=record.get("published"),
            outlet=record.get("outlet"),
        )
        words += len(article.text.split())
        t0 = time.perf_counter()
        doc = nlp(article.clean_text)
        t1 = time.perf_counter()
        ours = _variorum_items(doc, article)
        t2 = time.perf_counter()
        theirs = [i for i in _textacy_items(doc) if i["content"] and len(range(*i["content"]))]
        t3 = time.perf_counter()
        timings["parse"] += t1 - t0
        timings["variorum"] += t2 - t1
        timings["textacy"] += t3 - t2
        predictions["variorum"].append(json.dumps({"id": article.id, "items": ours}))
        predictions["textacy"].append(json.dumps({"id": article.id, "items": theirs}))

    print(f"PolNeAR {args.split}: {len(records)} documents, {words} words\n")
    print("| system | F1@0.3 | F1@0.8 | speaker acc | cue acc | direct recall | words/s |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for system, lines in predictions.items():
            pred = Path(tmp) / f"{system}.jsonl"
            pred.write_text("\n".join(lines) + "\n", encoding="utf-8")
            r = _score(gold, pred)
            lo, hi = r["0.3"], r["0.8"]
            rate = words / (timings["parse"] + timings[system])
            print(
                f"| {system} | {100 * lo['f1']:.1f} | {100 * hi['f1']:.1f} "
                f"| {100 * lo['speaker_acc']:.1f} | {100 * lo['cue_acc']:.1f} "
                f"| {100 * lo['by_kind']['direct']['recall']:.1f} | {rate:,.0f} |"
            )
            by_kind = ", ".join(
                f"{k} R {100 * v['recall']:.1f} / P {100 * v['precision']:.1f}"
                for k, v in lo["by_kind"].items()
                if k != "none"
            )
            print(f"|  ↳ by kind @0.3 | {by_kind} | | | | | |")
    print(
        f"\nparse {timings['parse']:.2f} s; variorum extraction {timings['variorum']:.2f} s "
        f"(+{100 * timings['variorum'] / timings['parse']:.1f}% of parse); "
        f"textacy {timings['textacy']:.2f} s "
        f"(+{100 * timings['textacy'] / timings['parse']:.1f}%)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
