"""Recognition of temporal expressions: lexicons and compiled regexes, no normalisation.

Each rule is a named regex; ``find_candidates`` runs them all over the text and keeps the
longest non-overlapping matches. The span conventions follow the TimeBank/AQUAINT TIMEX3
gold: modifiers that change the value stay in ("last week", "the past three years",
"early next year", "nearly forty years"), prepositions stay out ("on Saturday" -> "Saturday").
Month and weekday names must be capitalised, so "may" and "march" the words do not match.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from ._timex_scan import ROUGH_RULES, WINDOW_STARTS, fold, matches_at_rough, rough_anchor

T = TypeVar("T")

# Month names, with the dotted and undotted news abbreviations; the lookahead demands a capital.
_CAP = r"(?-i:(?=[A-Z]))"
MONTH = (
    _CAP + r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?\.?"
    r"|july?\.?|aug(?:ust|\.)?|sep(?:tember|t\.|\.|t)?|oct(?:ober|\.)?|nov(?:ember|\.)?"
    r"|dec(?:ember|\.)?)(?![a-z])"
)
WEEKDAY = (
    _CAP + r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon\.|tues?\.|wed\.|thu(?:rs?)?\.|fri\.|sat\.|sun\.)"
)
WEEKDAYS_PLURAL = _CAP + r"(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)"
_UNITS_DIGIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
NUM_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s]"
    + _UNITS_DIGIT
    + r")?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+hundred|hundred|a|an)"
)
NUM = r"(?:\d+(?:\.\d+)?(?:\s+1/2)?|" + NUM_WORD + r")"
VAGUE_NUM = r"(?:a\s+few|(?:a\s+)?couple\s+of|a\s+couple|several|few|some|many|a\s+number\s+of)"
# A quantity of units: "three", "two to three", "a few", "a minute and a half".
AMOUNT = r"(?:" + NUM + r"(?:\s*(?:to|-|or)\s*" + NUM + r")?|" + VAGUE_NUM + r")"
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?"
    r"|centur(?:y|ies)|quarters?|weekends?|nights?)"
)
UNIT_SG = r"(?:second|minute|hour|day|week|month|year|decade|century|quarter|night)"
DUR_MOD = (
    r"(?:about|around|nearly|almost|approximately|roughly|some|over|more\s+than|less\s+than"
    r"|at\s+least|up\s+to|just\s+over|just\s+under|only|barely|fewer\s+than|under|a\s+full"
    r"|the\s+last|the\s+past|the\s+next|the\s+first|the\s+final|the\s+previous|the\s+following"
    r"|the\s+coming|the\s+remaining|the\s+latest|the|past|last|next|first|each\s+of\s+the\s+past"
    r"|each\s+of\s+the\s+last|another|an\s+additional)"
)
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
PART_OF_DAY = r"(?:morning|afternoon|evening|night|overnight)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
ZONE = r"(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST)"
RELATIVE = (
    r"(?:last|next|this|this\s+past|this\s+coming|the\s+past|the\s+coming|the\s+previous"
    r"|the\s+following|the\s+current|the\s+same|the\s+last|the\s+next|past|coming)"
)
EDGE = (
    r"(?:early|late|earlier|later|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of"
    r"|the\s+middle\s+of|the\s+rest\s+of|mid-?|by\s+the\s+end\s+of)"
)
CLOCK = (
    r"(?:(?:\d{1,2}:\d\d(?::\d\d)?(?:\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b))?"
    r"|\d{1,2}\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b|o'clock)"
    r"|\d{1,2}\s+in\s+the\s+(?:morning|afternoon|evening))(?:\s+" + ZONE + r")?"
    r"|\bnoon\b|\bmidnight\b|\bmidday\b)"
)
DEICTIC = r"(?:yesterday|today|tomorrow|tonight)"
# Broadcast transcripts spell years out: "nineteen ninety-six", "two thousand and one".
SPOKEN_YEAR = (
    r"(?:nineteen\s+(?:" + NUM_WORD + r")|two\s+thousand(?:\s+and\s+(?:" + NUM_WORD + r"))?)\b"
)

_RULES: tuple[tuple[str, str], ...] = (
    ("iso", r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>\d\d):(?P<mi>\d\d))?\b"),
    ("slash", r"\b(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>\d{4}|\d{2})\b"),
    (
        "mdy",
        r"(?:(?P<weekof>\bthe\s+week\s+of)\s+)?(?:(?P<wd>"
        + WEEKDAY
        + r"),?\s+)?(?:(?P<edge>"
        + EDGE
        + r")\s*)?(?:(?P<rel>last|next|this\s+past|this\s+coming)\s+)?(?P<mon>"
        + MONTH
        + r")\s*(?P<d>"
        + DAY
        + r")(?:,?\s+(?P<y>"
        + YEAR
        + r")\b)?",
    ),
    (
        "dmy",
        r"(?:(?P<wd>"
        + WEEKDAY
        + r"),?\s+)?\b(?P<d>"
        + DAY
        + r")\s+(?:of\s+)?(?P<mon>"
        + MONTH
        + r")(?:,?\s+(?P<y>"
        + YEAR
        + r")\b)?",
    ),
    (
        "month",
        r"(?:(?P<edge>"
        + EDGE
        + r")\s*)?(?:(?P<rel>"
        + RELATIVE
        + r")\s+)?(?P<mon>"
        + MONTH
        + r")(?:,?\s+(?:of\s+)?(?P<y>"
        + YEAR
        + r")\b|\s+(?P<ry>this|last|next)\s+year\b"
        r"|\s+(?P<sy>" + SPOKEN_YEAR + r"))?",
    ),
    (
        "weekday",
        r"(?:(?P<edge>early|late|earlier|later)\s+)?(?:(?P<rel>"
        + RELATIVE
        + r")\s+)?(?P<wd>"
        + WEEKDAY
        + r")(?:\s+(?P<pod>"
        + PART_OF_DAY
        + r")(?P<pl>s)?)?\b",
    ),
    (
        "clock",
        r"(?:(?P<pre>"
        + DEICTIC
        + r"|"
        + WEEKDAY
        + r")(?:\s+at)?\s+)?(?P<t>"
        + CLOCK
        + r")(?:,?\s+(?:on\s+)?(?:(?P<post>"
        + DEICTIC
        + r"|"
        + WEEKDAY
        + r")|(?P<mon>"
        + MONTH
        + r")\s*(?P<d>"
        + DAY
        + r")(?:,?\s+(?P<y>"
        + YEAR
        + r")\b)?))?",
    ),
    (
        "deictic",
        r"(?:(?P<edge>early|late|earlier|later|mid-?)\s*(?P<pod1>" + PART_OF_DAY + r")?\s*)?"
        r"(?P<dx>" + DEICTIC + r"|last\s+night|overnight|this\s+(?:morning|afternoon|evening))"
        r"(?:\s+(?P<pod>" + PART_OF_DAY + r"))?\b",
    ),
    (
        "pod_alone",
        r"\b(?P<edge>early\s+|late\s+|mid[-\s]?|the\s+)(?P<pod>morning|afternoon|evening)\b",
    ),
    (
        "rel_unit",
        r"(?:(?P<edge>" + EDGE + r")\s*)?(?P<rel>" + RELATIVE + r")\s+(?P<unit>week|month|year"
        r"|quarter|weekend|decade|century|" + SEASON + r")\b",
    ),
    (
        "rel_day",
        r"\b(?P<rel>the\s+(?:next|following|previous|same)|that(?:\s+same)?)\s+(?P<unit>day|"
        + PART_OF_DAY
        + r")\b",
    ),
    (
        "ago",
        r"(?:\b(?:about|around|nearly|almost|approximately|roughly|some|over|more\s+than"
        r"|less\s+than|only|just)\s+)?\b(?P<n>" + AMOUNT + r"|a)\s+(?P<unit>" + UNIT + r")"
        r"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|from\s+now|hence)\b",
    ),
    (
        "duration",
        r"(?:\b(?P<mod>" + DUR_MOD + r")\s+)?"
        r"\b(?P<n>" + AMOUNT + r")\s+(?:more\s+)?(?:(?:trading|business|working)\s+)?"
        r"(?P<unit>" + UNIT + r")"
        r"(?P<half>\s+and\s+a\s+half)?\b(?![-\s]+old\b)",  # "47 years old" is an age
    ),
    (
        "another_unit",  # "for an additional year", "another month": one more unit
        r"\b(?:another|an\s+additional|an\s+extra)\s+(?P<unit>" + UNIT_SG + r")\b",
    ),
    (
        "hyphen_dur",
        r"\b(?P<n>\d+|" + NUM_WORD + r"|half|decades|days|years|months|weeks|several|multi)"
        r"[-\s](?P<unit>" + UNIT_SG + r"s?)(?:-long)?(?=[-\s]+(?!ago|earlier|later|old)[a-z])"
        r"(?!-old)|\b(?P<u2>decade|year|month|week|day|hour)(?P<pl>s)?-long\b",
    ),
    (
        "quarter",
        r"(?:(?P<the>the|this\s+year's|last\s+year's|next\s+year's|(?P<y1>" + YEAR + r")'s)\s+)?"
        r"(?:(?P<y3>" + YEAR + r")\s+)?(?:(?P<mod>latest|last|current|previous|same|comparable"
        r"|corresponding"
        r"|year-ago|year-earlier|flat|fiscal|recent|most\s+recent|just-ended|just\s+ended|comparable\s+year-ago"
        r"|year-ago\s+fiscal|fiscal\s+year-ago)[-\s]+)?(?:(?P<ord>first|second|third|fourth"
        r"|1st|2nd|3rd|4th|last|final)(?:\s+fiscal)?[-\s])?(?P<unit>quarter|half|period)\b"
        r"(?:\s+of\s+(?:fiscal\s+)?(?P<y2>" + YEAR + r"))?"
        r"(?P<back>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?",  # "the period last year"
    ),
    (
        "fiscal_year",
        r"\b(?:(?P<edge>" + EDGE + r")\s*)?(?:(?P<pre>fiscal|calendar|the\s+year|the\s+summer\s+of"
        r"|the\s+spring\s+of|the\s+fall\s+of|the\s+winter\s+of|spring|summer|fall|autumn|winter)\s+)?"
        r"(?P<y>" + YEAR + r")(?!\d|,\d|\.\d|-\d|\s*%)(?:'s)?",
    ),
    (
        "spoken_year",
        r"\b(?:the\s+year\s+)?(?P<sy>" + SPOKEN_YEAR + r")",
    ),
    (
        "decade",
        r"\b(?:the\s+)?(?:(?P<edge>early|late|mid-?)\s*)?(?:(?P<y>1[6-9]\d|20\d)0'?s\b"
        r"|'(?P<yy>[2-9])0s\b)"
        # Spelled out, only after "the" (not "in her sixties") and not a temperature's "the
        # upper sixties": "the nineties", "the early seventies".
        r"|\bthe\s+(?:(?P<edge2>early|late|mid-?)\s*)?(?P<sp>twenties|thirties|forties|fifties"
        r"|sixties|seventies|eighties|nineties)\b",
    ),
    (
        "century",
        r"\b(?:the\s+)?(?:(?P<edge>early|late|mid-?)\s*)?(?P<ord>1\d|2[01]|[1-9])(?:st|nd|rd|th)"
        r"[-\s]century\b",
    ),
    (
        "year_ago",
        r"\b(?:the\s+)?(?:comparable\s+|same\s+)?(?P<w>year-ago|year-earlier|year-before|"
        r"prior-year|year-end|year's\s+end|year\s+end|year-to-date|mid-year)"
        r"(?:\s+(?:(?P<ord>first|second|third|fourth)\s+)?(?P<unit>quarter|period))?\b",
    ),
    (
        "the_unit",
        r"\b(?P<the>the|that|that\s+same|the\s+same|the\s+current|this|a)\s+(?P<mod>full\s+|fiscal\s+|entire\s+"
        r"|whole\s+|calendar\s+)?(?P<unit>year|month|week|day|weekend|time)\b",
    ),
    (
        "season",
        r"\b(?:(?:the\s+)?(?P<edge>early|late|mid-?|the\s+end\s+of)\s*)?(?:(?P<rel>"
        + RELATIVE
        + r"|the)\s+)?(?P<s>"
        + SEASON
        + r")\b(?:\s+of\s+(?:(?P<y>"
        + YEAR
        + r")|(?P<sy>"
        + SPOKEN_YEAR
        + r")))?",
    ),
    (
        "holiday",
        r"(?P<rel>last\s+|next\s+|this\s+)?(?P<h>Thanksgiving|Christmas|New\s+Year's|Easter"
        r"|Halloween|Independence\s+Day|Labor\s+Day|Memorial\s+Day|Election\s+Day|Veterans\s+Day"
        r"|Valentine's\s+Day|Boxing\s+Day|Good\s+Friday|St\.?\s+Patrick's\s+Day|Mother's\s+Day"
        r"|Father's\s+Day)\b(?:\s+(?P<suf>Day|Eve|week)\b)?",
    ),
    (
        "set",
        r"\b(?:(?P<every>every|each|per)\s+(?:other\s+)?(?P<n>\d+\s+|" + NUM_WORD + r"\s+)?"
        # "every full year", "each calendar month", "every single day": the same period
        r"(?:(?:full|whole|calendar|single)\s+)?"
        r"(?P<what>"
        + UNIT
        + r"|"
        + WEEKDAY
        + r"|"
        + MONTH
        + r"|"
        + PART_OF_DAY
        + r"|"
        + SEASON
        + r")|(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly"
        r"|semiannually)|(?P<times>once|twice|three\s+times|"
        + NUM
        + r"\s+times)\s+(?:a|per|each)\s+(?P<per>"
        + UNIT_SG
        + r")"
        r"|(?P<plural>" + WEEKDAYS_PLURAL + r"))\b",
    ),
    (
        "vague",
        r"\b(?P<v>right\s+now|now|soon|currently|current|recently|lately|nowadays"
        r"|these\s+days|the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|the\s+(?:recent\s+)?past"
        r"|at\s+present|the\s+(?:near|short)\s+term|the\s+(?:weeks|months|days|years)\s+ahead"
        r"|(?:the\s+)?(?:coming|upcoming|next\s+few|recent|past|last\s+few|past\s+few)"
        r"\s+(?:hours|days|weeks|months|years|decades|weeks\s+and\s+months"
        r"|months\s+and\s+years)"
        r"|(?:(?:for|in|within)\s+)?(?:decades|years|months|weeks|days|hours|minutes)"
        # "over the years", "in the early years", "the years that followed": years unnumbered.
        r"|(?<=\bover\s)the\s+years|the\s+(?:early|ensuing|intervening|following)\s+years"
        r"(?!\s+of\b)|the\s+years\s+that\s+followed"
        r"|(?:in|for)\s+future\s+(?:days|weeks|months|quarters|years|decades)"
        r"|for\s+a\s+while|at\s+a\s+later\s+date)\b",
    ),
)

# Earlier rules win ties between candidates of equal length.
_PRIORITY = {name: i for i, (name, _) in enumerate(_RULES)}


@dataclass(frozen=True)
class Candidate:
    """One regex match: the rule that found it, its span and its named groups."""

    rule: str
    start: int
    end: int
    groups: dict[str, str | None]


@functools.cache
def compiled_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, re.compile(rx, re.IGNORECASE)) for name, rx in _RULES)


_MONTH_WORD = r"\b(?-i:(?=[A-Z]))(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_UNIT_WORD = (
    r"\b(?:second|minute|hour|day|week|fortnight|month|year|decade|centur|quarter|weekend|night"
    r"|spring|summer|fall|autumn|winter)"
)
_WEEKDAY_WORD = r"\b(?-i:(?=[A-Z]))(?:mon|tue|wed|thu|fri|sat|sun)"
# Rules that cannot match without one of these words run only in a window around them:
# (anchor, characters the match may start before it, characters it may end after it).
# Scanning every position of a long text with a rule whose words are all optional but
# one is what made the timex step slow; the windows are wide enough for the longest
# match a rule allows, so what is found is what a full scan finds.
_ANCHORS: dict[str, tuple[str, int, int]] = {
    "ago": (r"\b(?:ago|earlier|hence|from\s+now)\b", 140, 10),
    "quarter": (r"(?:quarter|half|period)\b", 90, 40),
    "month": (_MONTH_WORD, 80, 60),
    "mdy": (_MONTH_WORD, 50, 60),
    "dmy": (_MONTH_WORD, 40, 30),
    "weekday": (_WEEKDAY_WORD, 60, 40),
    "holiday": (
        r"\b(?:Thanksgiving|Christmas|New\s+Year|Easter|Halloween|Independence|Labor|"
        r"Memorial|Election|Veterans|Valentine|Boxing|Good\s+Friday|St\b|Mother|Father)",
        10,
        40,
    ),
    "season": (r"\b(?:spring|summer|fall|autumn|winter)\b", 60, 60),
    "clock": (
        r"\d:\d\d|\d\s*(?:a\.m|p\.m|am\b|pm\b|o'clock)|\d\s+in\s+the\s+"
        r"(?:morning|afternoon|evening)|\b(?:noon|midnight|midday)\b",
        40,
        90,
    ),
    "set": (
        r"\b(?:every|each|per|daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly"
        r"|semiannually|once|twice|times|mondays|tuesdays|wednesdays|thursdays|fridays"
        r"|saturdays|sundays)\b",
        40,
        80,
    ),
    "duration": (_UNIT_WORD, 140, 40),
    "rel_unit": (_UNIT_WORD, 90, 10),
    "hyphen_dur": (_UNIT_WORD, 90, 40),
    "another_unit": (_UNIT_WORD, 30, 10),
    "deictic": (
        r"(?:yesterday|today|tomorrow|tonight|night|overnight|morning|afternoon|evening)",
        40,
        30,
    ),
}


@functools.cache
def _anchors() -> dict[str, tuple[re.Pattern[str], re.Pattern[str], int, int]]:
    return {
        name: (re.compile(rx, re.IGNORECASE), rough_anchor(rx), back, ahead)
        for name, (rx, back, ahead) in _ANCHORS.items()
    }


@functools.cache
def _window_starts() -> dict[str, re.Pattern[str]]:
    return {name: re.compile(starts) for name, starts in WINDOW_STARTS.items()}


@functools.cache
def _rough_rules() -> dict[str, tuple[re.Pattern[str] | None, re.Pattern[str]]]:
    return {
        name: (None if needs is None else re.compile(needs), re.compile(starts))
        for name, (needs, starts) in ROUGH_RULES.items()
    }


def _windows(
    text: str, hits: list[tuple[int, int]], back: int, ahead: int
) -> list[tuple[int, int]]:
    """Merged stretches of ``text`` around each anchor hit, starting where a word starts."""
    out: list[tuple[int, int]] = []
    for hit_start, hit_end in hits:
        start = max(0, hit_start - back)
        while 0 < start < hit_start and not text[start - 1].isspace():
            start -= 1  # never begin inside a word or a number
        end = min(len(text), hit_end + ahead)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def find_candidates(text: str) -> list[Candidate]:
    """Every match of every rule (overlapping); ``longest_first`` picks among them."""
    found: list[Candidate] = []
    anchors = _anchors()
    rough_rules = _rough_rules()
    window_starts = _window_starts()
    folded = fold(text)  # for the rough patterns of ``_timex_scan``
    hits: dict[re.Pattern[str], list[tuple[int, int]]] = {}  # rules share anchors: scan once
    for name, rx in compiled_rules():
        matches: Iterable[re.Match[str]]
        if name in anchors:
            anchor, rough, back, ahead = anchors[name]
            if anchor not in hits:
                anchor_matches = (
                    anchor.finditer(text)
                    if folded is None
                    else matches_at_rough(anchor, rough, text, folded)
                )
                hits[anchor] = [m.span() for m in anchor_matches]
            windows = _windows(text, hits[anchor], back, ahead)
            starts_at = window_starts.get(name) if folded is not None else None
            if starts_at is not None and folded is not None:
                matches = (
                    m
                    for lo, hi in windows
                    for m in matches_at_rough(rx, starts_at, text, folded, lo, hi)
                )
            else:
                matches = (m for lo, hi in windows for m in rx.finditer(text, lo, hi))
        elif name in rough_rules and folded is not None:
            needs, starts = rough_rules[name]
            if needs is not None and needs.search(folded) is None:
                continue  # a word every match holds is not in the text
            matches = matches_at_rough(rx, starts, text, folded)
        else:
            matches = rx.finditer(text)
        for m in matches:
            if m.end() > m.start():
                found.append(Candidate(name, m.start(), m.end(), m.groupdict()))
    return found


def longest_first(items: list[tuple[Candidate, T]]) -> list[tuple[Candidate, T]]:
    """Keep the longest non-overlapping candidates (ties: earlier rule), in text order."""
    items = sorted(items, key=lambda it: (it[0].start - it[0].end, _PRIORITY[it[0].rule]))
    occupied: set[int] = set()
    kept: list[tuple[Candidate, T]] = []
    for cand, payload in items:
        if any(i in occupied for i in range(cand.start, cand.end)):
            continue
        occupied.update(range(cand.start, cand.end))
        kept.append((cand, payload))
    kept.sort(key=lambda it: it[0].start)
    return kept
