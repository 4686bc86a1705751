"""Quantities: every number with its bound, unit and what it counts.

The scanner is character-level (regexes over the article's clean text), because news
tokenises numbers badly ("£6bn", "PS4.1m", "7kW", "US$9.4"); the spaCy parse is used only
where grammar decides: which noun a bare number counts, whether a number is part of a
name ("Boeing 737"), and what the quantity is about (its concept).

Steps for each number found: read the currency before it and the multiplier and unit
after it (``_units``), the bound/approximation/change cue before it (``_context``), drop
it if it is a year, date, time, ordinal, phone number or part of a name, then join
neighbours into ranges ("between 300 and 400", "$20 to $25 billion").

Units are ISO 4217 codes for money, "percent", a physical or time unit, or the counted noun;
``unit_names="cqe"`` (or ``with_unit_names``) names money and percentages the way the
quantulum3/CQE ontology does ("dollar", "percentage"), for comparison with those tools.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Literal

from ..model import Article, Change, Quantity, Span, Timex
from . import _context as ctx
from ._concept_phrase import mark_when
from ._concept_respectively import respective_items
from ._concepts import concept_of, counted_noun
from ._numbers import (
    DIGITS_RE,
    FRACTION_WORDS,
    MULTIPLIERS,
    SCALED_FRACTION_RE,
    UNITS_WORDS,
    VAGUE_PLURALS,
    WORDS_RE,
    parse_digits,
    parse_words,
    scaled_fraction,
)
from ._quantity_changes import BOUND_FEWER_AFTER, MORE_BOUND_AFTER, cue_before, more_bound_before
from ._quantity_found import Found
from ._quantity_lists import suspended_hyphen
from ._quantity_neighbours import elliptical_unit, implied_unit, level_after_stated_move, same_order
from ._quantity_ranges import join_ranges
from ._quantity_shares import ONE_IN_RE, SHARE_RE, share_unit
from ._units import (
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    PER_RE,
    SYMBOL_UNITS,
    WIRELESS_GENERATION,
    WIRELESS_GENERATION_RE,
    cqe_unit_name,
    currency_before_re,
    denominator_name,
    unit_after_re,
    word_unit_table,
)
from .timex import find_timex

_WORD_MULT_RE = re.compile(
    r"(?:\s|-)(?P<m>hundred|thousand|million|billion|trillion|crore|lakh)(?![A-Za-z])",
    re.IGNORECASE,
)
_ABBR_MULT_RE = re.compile(r"(?P<sp>\s?)(?P<m>mn|mln|bn|bln|tn|trn|[mbkMBK])(?![A-Za-z0-9²])")
_VAGUE_RE = re.compile(
    r"\b(?:tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands"
    r"|millions|billions)\b",
    re.IGNORECASE,
)
# Words every match of _VAGUE_RE, and of _FRACTION_RE or SCALED_FRACTION_RE, holds.
_VAGUE_WORDS = ("dozens", "scores", "hundreds", "thousands", "millions", "billions")
_SHARE_WORDS = ("half", "third", "quarter", "fifth", "tenth")
_FRACTION_RE = re.compile(
    r"\b(?:(?P<n>a|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?"
    r"(?P<f>half|thirds?|quarters?|fifths?|tenths?)\b(?=\s+(?P<next>of|the|a|an)\b)",
    re.IGNORECASE,
)
_SIGN = "-−–"
# "won 2-1", "tied 89-89", "ISO 7810-1": a hyphen between a number and a smaller one.
_SCORE_RE = re.compile(r"(?<![\w.,-])(\d{1,4})-(\d{1,4})(?![\w.,%-])")
_FOLD_RE = re.compile(
    r"\b(?P<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)"
    r"-?fold\b",
    re.IGNORECASE,
)
# "one" is often a pronoun or determiner, not a count: "no one", "the one", "one another".
_ONE_NOT_COUNT_BEFORE = frozenset(
    "no any every each some the this that which someone anyone another only no-one".split()
)
# Bound words after a number and its unit, the shared ones first ("or more", "and over").
_BOUND_AFTER = (*ctx.BOUND_AFTER, *MORE_BOUND_AFTER)
_SCALE_ALONE = frozenset({"dozen", "hundred", "thousand", "million", "billion", "trillion"})
_VAGUE_QUANTIFIER_BEFORE = re.compile(r"(?:^|\W)(?:several|a few|few|many)\s+$", re.IGNORECASE)
_ONE_NOT_COUNT_AFTER = frozenset({"another", "day", "time", "way", "thing", "by", "'s", "’s"})
# A quantity restated in other units or terms inherits the bound or change of the first:
# "more than 100 kilometres (60 miles)", "under 180 hp (134 kW / 182 PS)", "85 points, or 0.4%",
# "60% of its shares, or more than $3 billion".
_RESTATES = re.compile(
    r"(?:\s+of\s+[^\W\d][^,;()\d]{0,40}(?=,))?\s*(?:\(|/|,\s*or\s+)"
    r"(?:(?:more|less|fewer) than\s+|(?:about|around|nearly|almost|roughly|some|over|under"
    r"|just|up to|at least|at most)\s+)?\s*$"
)


UnitNames = Literal["iso", "cqe"]
"""How units are named: ``"iso"`` (the default) gives ISO 4217 currency codes ("USD") and
"percent"; ``"cqe"`` gives the quantulum3/CQE ontology's names ("dollar", "percentage"),
which NewsQuant and CQE's evaluation use. Other units are named alike in both."""

__all__ = [
    "UnitNames",
    "cqe_unit_name",
    "extract_quantities",
    "find_quantities",
    "with_unit_names",
]


_LEADING_ZERO = re.compile(r"0\d+")


def find_quantities(
    doc: Any,
    article: Article,
    *,
    unit_names: UnitNames = "iso",
    timex: Sequence[Timex] | None = None,
) -> tuple[Quantity, ...]:
    """Every quantity in the parsed ``article`` (``doc`` is the parse of its clean text).

    ``timex`` are the article's temporal expressions (``find_timex``'s, found here when
    not given): a date or time inside a noun phrase says when, not what is counted. They
    stand in for spaCy's NER, which quantities do not use, so a parse without it serves.
    """
    # The parse is of the clean text; Doc.text would rebuild it from every token.
    text: str = article.clean_text
    if timex is None:
        timex = find_timex(doc, article)
    mark_when(doc, ((t.span.start, t.span.end) for t in timex))
    starts = [t.idx for t in doc]
    sents = [(s.start_char, s.end_char, s.start, s.end) for s in doc.sents]
    sent_starts = [s[0] for s in sents]
    masks = [(m.start(), m.end()) for m in ctx.MASK_RE.finditer(text)]
    masks += [
        (m.start(), m.end()) for m in _SCORE_RE.finditer(text) if int(m.group(1)) >= int(m.group(2))
    ]
    masks.sort()
    found: list[Found] = []
    consumed = 0
    for start, end, value, words in _candidates(text, masks):
        if start < consumed:
            continue  # already read as the multiplier or unit of the number before
        item = _read(text, start, end, value, words)
        if item is None:
            continue
        consumed = item.end
        if not _not_a_quantity(doc, starts, text, item):
            found.append(item)
    # First pass: units, bounds and token ranges; the second reads concepts, which must
    # know where every quantity of the sentence lies.
    placed: list[tuple[Found, int, int, tuple[int, int, int, int], bool]] = []
    previous: Found | None = None
    for item in join_ranges(text, found):
        s = sents[max(0, bisect.bisect_right(sent_starts, item.start) - 1)]
        first = max(s[2], bisect.bisect_right(starts, item.start) - 1)
        last = min(s[3] - 1, max(first, bisect.bisect_right(starts, item.end - 1) - 1))
        if item.unit is None and item.words and SHARE_RE.fullmatch(text, item.start, item.num_end):
            # "half the cabins": a share of the cabins, not 0.5 cabins.
            unit, noun_index = share_unit(
                doc, bisect.bisect_right(starts, item.num_end - 1) - 1, s[3]
            )
            item = replace(item, unit=unit)
            last = max(last, noun_index if noun_index is not None else last)
        if item.unit is None:
            counted = counted_noun(doc, bisect.bisect_right(starts, item.num_end - 1) - 1, s[3])
            if counted is not None:
                # "30 earlier seasons", "one imperial pint": a unit with modifiers is the unit.
                head_word = counted[0].rsplit(" ", 1)[-1]
                unit = word_unit_table().get(head_word, counted[0])
                item = replace(item, unit=unit)
                last = max(last, counted[1])
        if item.unit is None and previous is not None:
            # The parallel quantity is the nearest one of the same order of magnitude:
            # "1.8m YEN for the 6-speed and 1.7m for the hybrid" -> YEN, not "speed".
            for before in reversed(placed):
                if before[3] != s or same_order(before[0], item):
                    item = elliptical_unit(text, before[0], item)
                    break
        same_sentence = [p[0] for p in placed if p[3] == s]
        if item.unit is None:
            item = implied_unit(text, item, same_sentence)
        if level_after_stated_move(text, item, same_sentence):
            # "dropped 85 points, or 1.3%, to fall to 6,310": the move is stated; a level.
            item = replace(item, change="=")
        restated = previous is not None and bool(_RESTATES.match(text, previous.end, item.start))
        # "3.5mm (60% of the pipe's bore)": a share of something else, not a restatement.
        restated = restated and _SHARE_OF.match(text, item.end) is None
        if restated and item.change == "=" and previous is not None:
            item = replace(item, change=previous.change)  # "lost 85 points, or 0.4%"
        previous = item
        placed.append((item, first, last, s, restated))
    taken: dict[int, frozenset[int]] = {}
    for _, first, last, s, _ in placed:
        taken[s[0]] = taken.get(s[0], frozenset()).union(range(first, last + 1))
    respective = respective_items(text, [(p[0].start, p[0].end, p[3][1]) for p in placed])
    out: list[Quantity] = []
    for n, (item, first, last, s, restated) in enumerate(placed):
        others = taken[s[0]].difference(range(first, last + 1))
        # "100 kilometres (60 miles)": a restatement is about the same thing.
        if restated and out:
            concept = out[-1].concept
        elif item.unit == WIRELESS_GENERATION:
            concept = None  # "5G" names a technology, like a model number: nothing is counted
        else:
            concept = concept_of(doc, first, last, s[2], s[3], others)
        if n in respective:
            concept = f"{concept}, {respective[n]}" if concept else respective[n]
        out.append(_quantity(article.id, text, item, concept, Span(s[0], s[1])))
    return with_unit_names(tuple(out), unit_names)


def with_unit_names(
    quantities: tuple[Quantity, ...], unit_names: UnitNames
) -> tuple[Quantity, ...]:
    """The same quantities with their units named the ``unit_names`` way (see
    ``UnitNames``); for findings already extracted with the default ISO names."""
    if unit_names == "iso":
        return quantities
    if unit_names != "cqe":
        raise ValueError(f"unit_names must be 'iso' or 'cqe', not {unit_names!r}")
    return tuple(replace(q, unit=cqe_unit_name(q.unit, q.text)) for q in quantities)


def extract_quantities(
    text: str, nlp: Any = None, article_id: str = "text", *, unit_names: UnitNames = "iso"
) -> tuple[Quantity, ...]:
    """Parse ``text`` and return its quantities: a convenience for one sentence or snippet.

    Without ``nlp`` the parse leaves out named entities, which quantities do not read:
    the same quantities as the article pipeline's, in about half the parse time.
    """
    if nlp is None:
        from ..nlp import load_nlp

        nlp = load_nlp(entities=False)
    return find_quantities(nlp(text), Article(id=article_id, text=text), unit_names=unit_names)


def _quantity(article: str, text: str, f: Found, concept: str | None, sent: Span) -> Quantity:
    low = high = None
    value: float | None = f.value
    if f.high is not None:
        value, low, high = None, f.value, f.high
    elif f.change == ">":
        low = f.value
    elif f.change == "<":
        high = f.value
    start = _bound_start(text, f.start, f.change)
    if f.high is not None and (m := _RANGE_OPENER.search(text, max(0, start - 12), start)):
        start = m.start()
    return Quantity(
        article=article, span=Span(start, f.end), text=text[start : f.end], value=value,
        low=low, high=high, change=f.change, unit=f.unit, concept=concept, sentence=sent,
    )  # fmt: skip


# ------------------------------------------------------------------ finding numbers
def _candidates(text: str, masks: list[tuple[int, int]]) -> list[tuple[int, int, float, bool]]:
    """(start, end, value, written-in-words) for every number, left to right, no overlaps."""
    cands: list[tuple[int, int, float, bool]] = []
    for m in DIGITS_RE.finditer(text):
        value = parse_digits(m.group())
        # A whole number written with a leading zero ("0730 local time", "agent 007", the
        # ",000" of a number split by a stray space) is a clock time, a code or a fragment.
        if value is not None and not _LEADING_ZERO.fullmatch(m.group()):
            cands.append((m.start(), m.end(), value, False))
    for m in WORDS_RE.finditer(text):
        value = parse_words(m.group())
        if value is not None and _word_number_counts(text, m.start(), m.end()):
            cands.append((m.start(), m.end(), value, True))
    # The case-blind patterns below are slow to scan; each runs only on a text holding a
    # word every match of it has.
    lowered = text.lower()
    shares = any(w in lowered for w in _SHARE_WORDS)
    vague = any(w in lowered for w in _VAGUE_WORDS)
    for m in _VAGUE_RE.finditer(text) if vague else ():
        cands.append((m.start(), m.end(), VAGUE_PLURALS[m.group().lower()], True))
    for m in _FRACTION_RE.finditer(text) if shares else ():
        n = m.group("n")
        frac = m.group("f").lower()
        if frac != "half" and (n is None or m.group("next").lower() != "of"):
            continue  # "the final third", "first quarter": ordinals, not shares
        if frac == "half" and re.search(r"(?:first|second|the|one|and)\s+$", text[: m.start()]):
            continue
        count = 1 if n is None or n.lower() in {"a", "one"} else UNITS_WORDS[n.lower()]
        cands.append((m.start(), m.end(), count * FRACTION_WORDS[frac], True))
    for m in SCALED_FRACTION_RE.finditer(text) if shares else ():
        cands.append((m.start(), m.end(), scaled_fraction(m), True))  # outranks "half"
    for m in _FOLD_RE.finditer(text) if "fold" in lowered else ():
        n = m.group("n").lower()
        fold = UNITS_WORDS.get(n) or (100.0 if n == "hundred" else parse_digits(n))
        if fold:
            cands.append((m.start(), m.end("n"), fold, True))  # "fold" is read as the unit
    for m in ONE_IN_RE.finditer(text):
        d = (m.group("d") or m.group("w")).lower()
        den = UNITS_WORDS.get(d) or (float(d) if d.isdigit() else None)
        n = m.group("n").lower()
        num = UNITS_WORDS.get(n) or (float(n) if n.isdigit() else None)
        if den and num and num < den:
            cands.append((m.start(), m.end(), num / den, True))
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[tuple[int, int, float, bool]] = []
    mask_i = 0
    for c in cands:
        if out and c[0] < out[-1][1]:
            continue
        while mask_i < len(masks) and masks[mask_i][1] <= c[0]:
            mask_i += 1
        if mask_i < len(masks) and masks[mask_i][0] < c[1]:
            continue
        out.append(c)
    return out


def _word_number_counts(text: str, start: int, end: int) -> bool:
    """Whether a number written in words is a count ("one" often is not)."""
    word = text[start:end].lower()
    if _SCALE_ALONE.issuperset(word.split()):
        # "several hundred", "a few thousand": a vague count that names no number (a plural,
        # "hundreds", is read as its order of magnitude; this one would read as exactly 100).
        return _VAGUE_QUANTIFIER_BEFORE.search(text, max(0, start - 12), start) is None
    if word != "one":
        return True
    before = text[max(0, start - 12) : start].split()
    after = text[end : end + 8].split()
    if before and before[-1].lower().strip(",") in _ONE_NOT_COUNT_BEFORE:
        return False
    if after and after[0].lower().strip(".,;") in _ONE_NOT_COUNT_AFTER:
        return False
    if after and after[0][:1].isdigit():
        return False  # "one 40,000 tonne silo": an article before the amount
    return not (text[end : end + 1] == "-" or text[max(0, start - 1) : start] == "-")


# ------------------------------------------------------------------ reading one number
def _read(text: str, start: int, end: int, value: float, words: bool) -> Found | None:
    """The number at [start, end) with its currency, multiplier, unit and cue words."""
    change: Change = "="
    glued_currency = None
    # Glued letters before a digit: a currency code ("AUD1.5m", "PS6m") or a name ("G7").
    left = start
    while left > 0 and text[left - 1].isalpha():
        left -= 1
    if left < start and not words:
        glued = text[left:start]
        if text[left - 1 : left] == "$" and glued in {"US", "A", "C"}:
            glued, left = "$" + glued, left - 1
        if glued not in CURRENCY_PREFIXES:
            return None
        glued_currency = CURRENCY_PREFIXES[glued]
    elif not words and start > 0 and text[start - 1] == "-":
        before = text[max(0, start - 8) : start - 1]
        if re.search(r"(?:^|\W)(?:sub|under)$", before, re.IGNORECASE):
            change = "<"
        elif re.search(r"(?:^|\W)minus$", before, re.IGNORECASE):
            value = -value
        elif before[-1:].isalpha():
            return None  # "G-7", "V-6", "COVID-19": a name
        elif before[-1:] in {" ", "$", "("} or not before:
            value, left = -value, start - 1  # a signed number: "-5.2", "$-50.8bn"
    elif not words and start > 0 and text[start - 1] == "+":
        left = start - 1
        change = "up"
    if (
        words
        and re.search(r"(?:^|\W)an?\s+$", text[max(0, start - 3) : start])
        and text[start:end].lower().split()[0] in {"dozen", "hundred", "thousand", "million"}
    ):
        left = start - (2 if text[start - 2 : start - 1].lower() == "a" else 3)  # "a dozen"
    if not words and start > 0 and text[start - 1] in "#.":
        return None
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        return None  # "(4)": a list marker or a shirt number
    listed = suspended_hyphen(text, start, end)
    if listed is not None:
        # "two-, three- and four-deck ferries": a list of counts of the last one's noun.
        noun, noun_end = listed
        change = cue_before(text[max(0, left - 40) : left].lower(), change)
        return Found(left, noun_end, end, value, value, 1.0, noun, True, change, words)
    if words and text[end : end + 1] == "-" and not _UNIT_AFTER_HYPHEN.match(text, end + 1):
        return None  # "six-speed", "four-door": part of a compound adjective
    if not words and _ADDRESS_AFTER.match(text, end):
        return None
    if re.search(r"(?:^|\W)minus\s$", text[max(0, left - 7) : left], re.IGNORECASE):
        value = -value
    cur = currency_before_re().search(text, max(0, left - 6), left)
    currency = glued_currency
    if cur is not None and currency is None:
        currency = CURRENCY_PREFIXES[cur.group("cur")]
        left = cur.start()
    # Right side: a multiplier, then a unit, then a rate's denominator.
    pos, raw, multiplier = end, value, 1.0
    if not words and ctx.ORDINAL_AFTER.match(text[end : end + 3].lower()):
        return None  # "22nd", "96th-minute"
    m = _WORD_MULT_RE.match(text, pos)
    if m is None:
        m = _ABBR_MULT_RE.match(text, pos)
        if m is not None and not _abbreviation_is_multiplier(text, m, currency, start, end):
            m = None
    if m is not None and not (words and m.group("m").lower() in {"hundred", "thousand"}):
        multiplier = MULTIPLIERS[m.group("m").lower()]
        value *= multiplier
        pos = m.end()
    num_end = pos
    unit, explicit, pos = _unit_after(text, pos, currency, multiplier)
    if unit is None and end - start == 1 and WIRELESS_GENERATION_RE.match(text, start):
        unit, explicit, pos = WIRELESS_GENERATION, True, end + 1  # "5G": CQE's unit "G"
    if not words and text[pos : pos + 1].isalnum() and pos == num_end:
        return None  # "3D", "10G", "2018s", "Model 3s": a code, not a quantity
    if unit is not None:
        per = PER_RE.match(text, pos)
        if per is not None and unit not in _TIME_UNIT_NAMES:
            unit = f"{unit} per {denominator_name(per.group('den'))}"
            pos = per.end()
    before = text[max(0, left - 40) : left].lower()
    change = cue_before(before, change)
    for pattern, cue in _BOUND_AFTER:
        if pattern.match(text, pos):
            change = cue
            if cue == ">" and text[pos : pos + 1] == "+":
                pos += 1
            break
    else:
        if pos == num_end and BOUND_FEWER_AFTER.match(text, pos):
            change = "<"  # "40 fewer sailings", not "ran the 10 km fewer times"
    return Found(left, pos, num_end, value, raw, multiplier, unit, explicit, change, words)


_ADDRESS_AFTER = re.compile(
    r"(?:[-–]\d+)?\s+(?:[A-Z0-9][\w.]*\s+){0,3}(?:St|Street|Rd|Road|Ave|Avenue|Way|Lane|Ln|Drive|Dr|Blvd"
    r"|Boulevard|Place|Pl|Court|Ct|Terrace|Highway|Square)\b"
)
_UNIT_AFTER_HYPHEN = re.compile(
    r"(?:year|month|week|day|hour|minute|second|mile|metre|meter|foot|inch|percent|kilometre"
    r"|kilometer|million|billion|thousand|hundred|fold)s?\b",
    re.IGNORECASE,
)
_SHARE_OF = re.compile(r"\s+of\b")
_SENTENCE_END = re.compile(r"\.(?:\s*$|\s+[A-Z\"'“‘])")
_TIME_UNIT_NAMES = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})


def _abbreviation_is_multiplier(
    text: str, m: re.Match[str], currency: str | None, start: int, end: int
) -> bool:
    """ "2.7m sales", "$6m", "25k": a multiplier; "100m sprint", "5 m": a metre or a mass."""
    abbr = m.group("m")
    if currency is not None:
        return True
    if m.group("sp"):
        return False  # "5 m", "2 k": too ambiguous without a currency
    if abbr in {"m", "M"}:
        return "." in text[start:end] or bool(re.match(r"\s+(?:of|[a-z]+s)\b", text[m.end() :]))
    return abbr not in {"b", "B", "K", "M"}


def _unit_after(
    text: str, pos: int, currency: str | None, multiplier: float
) -> tuple[str | None, bool, int]:
    """(unit, explicit, end) of what follows a number; currency codes close the unit."""
    m = unit_after_re().match(text, pos)
    if m is not None:
        if m.group("sym") is not None:
            sym = m.group("sym")
            if not _symbol_fits(text, m, sym, currency):
                m = None
            elif currency is None:
                return SYMBOL_UNITS[sym], True, m.end()
        elif m.group("code") is not None:
            return CURRENCY_PREFIXES[m.group("code")], True, m.end()
        else:
            word = m.group("word").lower()
            if word in CURRENCY_WORDS:
                abbreviated = text[m.end() : m.end() + 1] == "." and currency is None
                if word in {"p", "kn"} and abbreviated and not _SENTENCE_END.match(text, m.end()):
                    return currency, currency is not None, pos  # "p.m.", "kn. 5"
                if currency is None or word in {"us dollars", "dollars", "dollar"}:
                    return CURRENCY_WORDS[word], True, m.end()
            elif currency is None:
                return word_unit_table()[word], True, m.end()
    if currency is not None:
        # "$58 US", "$61 U.S.": the code repeated after the number belongs to the span.
        tail = re.match(r"\s?(?:US|U\.S\.)(?![A-Za-z])", text[pos:])
        return currency, True, pos + (tail.end() if tail else 0)
    pounds = re.match(r"\s?(?:-)?(pounds?)(?![A-Za-z])(\s+of\b)?", text[pos:], re.IGNORECASE)
    if pounds is not None:
        # Money when scaled ("40 million pounds"), a mass otherwise ("1/2 pound of chips").
        if multiplier > 1 and pounds.group(2) is None:
            return "GBP", True, pos + pounds.end(1)
        return "pound-mass", True, pos + pounds.end(1)
    return None, False, pos


def _symbol_fits(text: str, m: re.Match[str], sym: str, currency: str | None) -> bool:
    """Short symbols only count glued to the number or clearly standing alone."""
    spaced = text[m.start() : m.start() + 1] in {" ", "-"}
    if sym in {"'", "p", "t", "l", "g", "A", "V", "W", "L"} and spaced:
        return False
    if sym == "'":
        return not text[m.end() : m.end() + 1].isalnum() and currency is None
    if sym in {"p", "pc"} and text[m.end() : m.end() + 1] == ".":
        return text[m.end() : m.end() + 3] != ".m."
    return True


# "between 300 and 400", "from 300 to 400": the word that opens a range is part of it.
_RANGE_OPENER = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)


def _bound_start(text: str, start: int, change: Change) -> int:
    """Where a bound or approximation before the number begins ("more than 300"), else start.

    The span then covers what bounds the number, as "up to 300" is written; a change verb
    ("rose 5%") stays outside, being the clause's verb rather than part of the amount.
    """
    if change not in ("<", ">", "~"):
        return start
    window = max(0, start - 40)
    before = text[window:start].lower()
    more = more_bound_before(before)
    if more is not None and more[0] == change:
        return window + more[1]
    for pattern, cue in ctx.BOUND_BEFORE:
        m = pattern.search(before)
        if m is not None and cue == change:
            offset = m.start()
            while offset < len(before) and not (before[offset].isalnum() or before[offset] in "~≈"):
                offset += 1
            return window + offset
    return start


# ------------------------------------------------------------------ what is not a quantity
def _not_a_quantity(doc: Any, starts: list[int], text: str, f: Found) -> bool:
    """Years, dates, clock times and numbers that are parts of names."""
    if f.explicit_unit or f.multiplier != 1.0:
        return False
    after = text[f.num_end : f.num_end + 12].lower()
    before = text[max(0, f.start - 30) : f.start].lower()
    if ctx.TIME_AFTER.match(after) or ctx.MONTH_AFTER.match(after):
        return True
    if ctx.MONTH_BEFORE.search(before) and f.raw <= 31 and not f.words:
        return True
    digits = text[f.start : f.num_end]
    if not f.words and re.fullmatch(r"\d{4}", digits):
        if 1900 <= f.raw <= 2100 or (1000 <= f.raw < 2200 and ctx.YEAR_BEFORE.search(before)):
            return True
        if ctx.MONTH_BEFORE.search(before):
            return True
    if f.words or f.change != "=" or "." in digits or "," in digits:
        return False
    # A number right after a name or a labelling noun is part of that name: "Boeing 737",
    # "Game 7", "S&P 500", "category 4".
    i = bisect.bisect_right(starts, f.start) - 1
    if i <= 0:
        return False
    prev = doc[i - 1]
    if prev.lower_ in ctx.LABEL_NOUNS:
        return True
    capitalised = any(c.isupper() for c in prev.text)
    if prev.tag_ in {"NNP", "NNPS"} and capitalised and not prev.is_sent_start:
        return not _is_month_or_currency(prev.lower_)
    glued = prev.idx + len(prev) == f.start
    return bool(prev.text[:1].isupper() and prev.pos_ == "PROPN" and glued)


def _is_month_or_currency(word: str) -> bool:
    return bool(re.fullmatch(ctx.MONTHS, word.rstrip("."))) or word.upper() in CURRENCY_PREFIXES
