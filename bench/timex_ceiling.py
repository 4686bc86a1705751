"""How high can value F1 go on a TempEval-3 split without copying its annotation slips?

Runs the timex step, scores it with the shared scorer, then sorts every wrong value by tests
that read only the gold item, its text and the DCT (never our prediction):

* A, the gold contradicts itself: a type that does not fit the value (DURATION "1998-08-04",
  DATE "P1W"); a named weekday valued as another weekday, or more than a week from the DCT;
  a singular "week" valued as a month or a day; "N units" valued with another N or unit; a bare
  written year valued as a day;
* B, the split writes the same form both ways: a year as YYYY-XX where most of its years are
  YYYY; a weekday with a part of the day valued as the bare date (or the part left out of the
  span) where other files keep TNI/TMO; "night" as TEV; a month as the duration P1M;
* C, the split contradicts TimeBank and ISO 8601: decades as 199X (TimeBank: 199), unpadded
  weeks (2000-W7), "the weekend" as P2D or a day (TimeBank: 2000-W16-WE), a century as P100Y;
* R, the rest: errors a system could fix without breaking any of the above.

It then prints the bound: value F1 if every R value were right, and, on top of that, how many
of the predictions with no gold timex would have to go once every missed gold timex is found
with its right value. Value F1 is 2 x values right / (gold + predicted), so that bound is exact
arithmetic on the scorer's counts. A prediction with no gold timex is counted as a form the
dev sets mark elsewhere when the same words are a gold timex somewhere in TimeBank or AQUAINT.

    python bench/timex_ceiling.py [--split aquaint] [--goal 85] [-v]
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import re
from collections import Counter
from pathlib import Path
from typing import Any

from timex import load_jsonl, score_timex

REPO = Path(__file__).resolve().parents[1]
TE3 = REPO.parent / "shared" / "data" / "tempeval3"
SCORER = REPO.parent / "shared" / "eval" / "score.py"

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WORD_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE", "hour": "H"}
PART_OF_DAY = re.compile(r"\b(morning|afternoon|evening|night|tonight)\b")
MONTH_NAMES = ("january|february|march|april|may|june|july|august|september|october|"
               "november|december")  # fmt: skip
DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")


def self_contradiction(words: str, kind: str, value: str, dct: dt.date) -> str | None:
    """Class A: the gold item disagrees with its own words, type or DCT."""
    if (kind == "DURATION" and not value.startswith("P")) or (
        kind in ("DATE", "TIME") and value.startswith("P")
    ):
        return "A type does not fit the value"
    day = DAY_VALUE.match(value)
    named = [i for i, w in enumerate(WEEKDAYS) if re.search(rf"\b{w}\b", words)]
    if day and named:
        date = dt.date(int(day[1]), int(day[2]), int(day[3]))
        if date.weekday() != named[0]:
            return "A weekday valued as another weekday"
        if abs((date - dct).days) > 7:
            return "A weekday more than a week from the DCT"
    if re.search(r"\bweek\b", words) and kind == "DATE" and "W" not in value:
        return "A one week valued as a month or a day"
    counted = re.search(
        r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|an?)[ -]"
        r"(year|month|week|day|decade|hour)s?\b", words)  # fmt: skip
    period = re.fullmatch(r"PT?(\d+)([A-Z]+)", value)
    if counted and period and kind == "DURATION":
        n = int(counted[1]) if counted[1].isdigit() else WORD_NUMBERS[counted[1]]
        if int(period[1]) != n or period[2] != UNITS[counted[2]]:
            return "A counted period valued with another number or unit"
    if re.fullmatch(r"(in )?\d{4}", words) and day:
        return "A written year valued as a day"
    if re.search(r"\b(this|last|next) year\b", words) and re.fullmatch(r"\d{4}-\d\d", value):
        return "A year valued as a month"
    return None


def split_convention(words: str, after: str, kind: str, value: str) -> str | None:
    """Class B (the split writes the form both ways) or C (it contradicts TimeBank / ISO)."""
    weekday = any(re.search(rf"\b{w}\b", words) for w in WEEKDAYS) or "tonight" in words
    if (
        weekday
        and DAY_VALUE.fullmatch(value)
        and (PART_OF_DAY.search(words) or PART_OF_DAY.match(after.lstrip()))
    ):
        return "B weekday with a part of the day valued as the bare date"
    if "night" in words and value.endswith("TEV"):
        return "B night valued as evening"
    if re.fullmatch(r"\d{4}(-XX)+", value):
        return "B year written YYYY-XX"
    if kind == "DURATION" and value == "P1M" and re.search(rf"\b(month|{MONTH_NAMES})\b", words):
        return "B a month valued as the duration P1M"
    if re.fullmatch(r"\d{3}X", value):
        return "C decade written 199X"
    if re.fullmatch(r"\d{4}-W\d", value):
        return "C unpadded ISO week"
    if "weekend" in words and not value.endswith("-WE"):
        return "C weekend not valued as YYYY-Www-WE"
    if "century" in words and value.startswith("P"):
        return "C century valued as a duration"
    return None


def align(gold: list[dict[str, Any]], preds: list[dict[str, Any]]) -> dict[int, int]:
    """Gold index -> prediction index, as the shared scorer pairs them (its docstring): exact
    spans first, then overlapping pairs by largest overlap, ties to earlier gold, then system."""
    pairs: dict[int, int] = {}
    for g, item in enumerate(gold):
        for p, pred in enumerate(preds):
            if p not in pairs.values() and pred["span"] == item["span"]:
                pairs[g] = p
                break
    overlaps = sorted(
        (-(min(item["span"][1], pred["span"][1]) - max(item["span"][0], pred["span"][0])), g, p)
        for g, item in enumerate(gold)
        for p, pred in enumerate(preds)
        if item["span"][0] < pred["span"][1] and pred["span"][0] < item["span"][1]
    )
    for _, g, p in overlaps:
        if g not in pairs and p not in pairs.values():
            pairs[g] = p
    return pairs


def predictions(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from variorum.extract.timex import find_timex
    from variorum.model import Article
    from variorum.nlp import load_nlp

    nlp = load_nlp()
    articles = [Article(id=d["id"], text=d["text"], published=d["published"]) for d in docs]
    out = []
    for article, doc in zip(articles, nlp.pipe(a.clean_text for a in articles), strict=True):
        found = find_timex(doc, article)
        items = [{"span": t.span.as_list(), "type": t.type, "value": t.value} for t in found]
        out.append({"id": article.id, "items": items})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="aquaint")
    ap.add_argument("--goal", type=float, default=85.0, help="value F1 goal, in percent")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every wrong value")
    args = ap.parse_args()
    if not TE3.is_dir() or not SCORER.is_file():
        print(f"skipped: {TE3.parent.parent} (shared data and scorer) is not beside this checkout")
        return 0
    gold_path = TE3 / f"{args.split}.jsonl"
    docs = load_jsonl(gold_path)
    preds = predictions(docs)
    marked = {
        d["text"][g["span"][0] : g["span"][1]].lower().strip(" .,")
        for name in ("timebank", "aquaint")
        for d in load_jsonl(TE3 / f"{name}.jsonl")
        for g in d["gold"]
    }
    classes: Counter[str] = Counter()
    listing: list[tuple[str, str, str, str]] = []
    spurious = spurious_marked = 0
    for d, p in zip(docs, preds, strict=True):
        dct = dt.date.fromisoformat(d["published"][:10])
        pairs = align(d["gold"], p["items"])
        for g, item in enumerate(d["gold"]):
            if g not in pairs or p["items"][pairs[g]]["value"] == item["value"]:
                continue
            start, end = item["span"]
            words = d["text"][start:end].lower()
            after = d["text"][end : end + 12].lower()
            label = (
                self_contradiction(words, item["type"], item["value"], dct)
                or split_convention(words, after, item["type"], item["value"])
                or "R other"
            )
            classes[label] += 1
            listing.append((label, words, item["value"], p["items"][pairs[g]]["value"]))
        for n in set(range(len(p["items"]))) - set(pairs.values()):
            start, end = p["items"][n]["span"]
            spurious += 1
            spurious_marked += d["text"][start:end].lower().strip(" .,") in marked

    result = score_timex(gold_path, preds)
    gold, system = result["gold"], result["system"]
    matches, right = result["relaxed"]["matches"], result["value"]["correct"]
    missed = gold - matches
    if sum(classes.values()) + right != matches:
        print("note: this script's alignment differs from the scorer's on some pairs")
    print(f"{args.split}: value F1 {100 * result['value']['f1']:.1f} (shared scorer); gold {gold},"
          f" predicted {system}, relaxed matches {matches}, values right {right}\n")  # fmt: skip
    print("| wrong value, by what the gold does | count |\n|---|---|")
    for label, n in sorted(classes.items()):
        print(f"| {label} | {n} |")
    fixable = classes["R other"]
    goal = args.goal / 100
    bound = 2 * (right + fixable) / (gold + system)
    best = right + fixable + missed
    must_drop = math.ceil(gold + system + missed - 2 * best / goal)
    print(f"\nEvery R value right, spans as now: value F1 {100 * bound:.1f}.")
    print(f"And every missed gold timex found ({missed}) with its right value: reaching"
          f" {args.goal:g} then needs {max(must_drop, 0)} of the {spurious} predictions with no"
          f" gold timex gone; {spurious_marked} of those {spurious} are words the dev sets mark"
          " as a timex elsewhere.")  # fmt: skip
    if args.verbose:
        for row in sorted(listing):
            print(" | ".join(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
