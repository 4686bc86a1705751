"""The words around a number that say what kind of number it is.

Bounds ("more than", "up to"), approximations ("about"), changes ("rose", "fell by"), and
the contexts that make a number not a quantity at all: clock times, dates, ordinals,
phone numbers, and numbers that are parts of names ("G-7", "Boeing 737", "Game 7").
All regexes are anchored at the number, on lower-cased text where the case does not matter.
"""

from __future__ import annotations

import re

from ..model import Change

# Before the number (anchored at the end of the preceding text; "just"/"only" may intervene).
_FILLER = r"(?:(?:just|only|slightly|well|still|barely)\s+)?"


def _bound(words: str, change: Change) -> tuple[re.Pattern[str], Change]:
    return re.compile(rf"(?:^|\W)(?:{words})\s*{_FILLER}$"), change


BOUND_BEFORE: tuple[tuple[re.Pattern[str], Change], ...] = (
    _bound(
        r"more than|greater than|over|above|at least|upwards of|upward of|in excess of"
        r"|north of|no fewer than|no less than|a minimum of|minimum of|exceeding|beyond"
        r"|topping|surpassing|higher than|larger than|longer than|older than",
        ">",
    ),
    _bound(
        r"less than|fewer than|under|below|up to|at most|no more than|a maximum of"
        r"|maximum of|as many as|as much as|as little as|as few as|shy of|lower than"
        r"|smaller than|shorter than|younger than|sub-|sub ",
        "<",
    ),
    _bound(
        r"about|around|approximately|roughly|some|nearly|almost|close to|an estimated"
        r"|estimated|approx\.?|circa|c\.|~|≈|barely|an approximate|in the region of"
        r"|the best part of|or so|upwards|almost exactly",
        "~",
    ),
)
# After the number and its unit: "300 or more", "400+", "a dozen or so" (matched at the
# number's end with ``Pattern.match(text, pos)``, so no "^": it would never match there).
BOUND_AFTER: tuple[tuple[re.Pattern[str], Change], ...] = (
    # "eight more picks": NewsQuant reads a count of more as a lower bound.
    (
        re.compile(
            r"(?:\+|\s+or\s+(?:more|above|higher|greater|over)\b|\s+plus\b"
            r"|\s+more\b(?!\s+than\b))"
        ),
        ">",
    ),
    (re.compile(r"\s+or\s+(?:less|fewer|below|under|lower)\b"), "<"),
    (re.compile(r"\s+or\s+so\b"), "~"),
)

_UP_VERBS = (
    r"rose|rise|rises|rising|risen|increased?|increases|increasing|gained|gains?|gaining"
    r"|jumped|jumps?|jumping|climbed|climbs?|climbing|surged?|surges|surging|soared|soars?"
    r"|rallied|rally|rallies|grew|grows?|growing|grown|advanced?|advances|added|adds?"
    r"|boosted|boosts?|raised?|raises|hiked?|hikes|up|higher|expanded|expands?|spiked?"
    r"|leapt|leaped|leaps?|rocketed|skyrocketed|edged up|went up|go up|goes up|picked up"
    r"|widened|improved|accelerated|swelled|doubled|upwards?"
)
_DOWN_VERBS = (
    r"fell|falls?|falling|fallen|dropped|drops?|dropping|declined?|declines|declining"
    r"|decreased?|decreases|decreasing|lost|loses?|losing|slid|slides?|sliding|sank|sinks?"
    r"|sunk|plunged?|plunges|plunging|tumbled?|tumbles|slumped|slumps?|shed|sheds"
    r"|dipped|dips?|cut|cuts|reduced?|reduces|down|lower|shrank|shrinks?|shrunk|eased"
    r"|eases?|slipped|slips?|retreated|plummeted|plummets?|crashed|dived|dove|skidded"
    r"|edged down|went down|go down|goes down|narrowed|contracted|trimmed|slashed|lowered"
    r"|downwards?"
)
# "rose 5%", "fell by 3,000", "was up about 23 per cent", "lost nearly 200 points".
_CHANGE_TAIL = r"(?:\s+by)?(?:\s+(?:about|around|some|nearly|almost|roughly|approximately|just|only|a further|another|an?))?\s*$"  # noqa: E501
# "lift output by 40 per cent": the verb's object may stand between the verb and "by".
_BY_TAIL = r"(?:\s+[\w'’-]+){1,4}\s+by(?:\s+(?:about|around|some|nearly|almost|roughly|just))?\s*$"
# "fell to 49.5", "climbed to 4.3%": with no amount of its own, the verb's move is told by
# the level it reached. Not after an amount ("rose 8% to 3.65": the 8% is the move), nor
# "up to"/"down to" (a bound, a phrase), nor "added to" (joined, not grew).
_TO_TAIL = r"\s+to\s*$"
_NOT_BEFORE_TO = r"(?!up\b|down\b|higher\b|lower\b|upwards?\b|downwards?\b|add)"
CHANGE_BEFORE: tuple[tuple[re.Pattern[str], Change], ...] = (
    (re.compile(rf"(?:^|\W)(?:{_UP_VERBS}){_CHANGE_TAIL}"), "up"),
    (re.compile(rf"(?:^|\W)(?:{_DOWN_VERBS}){_CHANGE_TAIL}"), "down"),
    (re.compile(rf"(?:^|\W)(?:{_UP_VERBS}){_BY_TAIL}"), "up"),
    (re.compile(rf"(?:^|\W)(?:{_DOWN_VERBS}){_BY_TAIL}"), "down"),
    (re.compile(rf"(?:^|\W){_NOT_BEFORE_TO}(?:{_UP_VERBS}){_TO_TAIL}"), "up"),
    (re.compile(rf"(?:^|\W){_NOT_BEFORE_TO}(?:{_DOWN_VERBS}){_TO_TAIL}"), "down"),
)
MOVED_TO = CHANGE_BEFORE[-2:]

MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
MONTH_BEFORE = re.compile(rf"(?:^|\W)(?:{MONTHS})\.?,?\s*$")
MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?(?:\s+of)?\s+(?:{MONTHS})\b")
# Clock times and time zones right after a number: "11 a.m.", "5:55 AM", "10pm GMT".
TIME_AFTER = re.compile(
    r"^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|bst\b|utc\b|est\b|edt\b|pst\b|pdt\b|cet\b"
    r"|et\b|pt\b|o'clock\b|hrs?\s+(?:gmt|bst|utc))",
)
ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)(?![a-z])")
# Spans that hold digits but no quantity: timestamps, clock times, numeric dates,
# phone numbers, version strings, scores written with a colon.
MASK_RE = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?|\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?"
    r"|\b\d{1,4}(?:[/.-]\d{1,4}){2,}\b|\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b"
    r"|\b\d{3,5} \d{3} \d{3,4}\b|\+\d{1,3}[ -]\d{2,4}[ -]\d{3,4}"
)
# Years are told by their neighbours; these prepositions/nouns introduce a year.
YEAR_BEFORE = re.compile(
    r"(?:^|\W)(?:in|since|from|between|until|till|by|and|a\.?d\.?|b\.?c\.?|year|circa"
    r"|c\.|early|late|mid|spring|summer|autumn|fall|winter|season|before|after|during)\s*$"
)
# Lower-case nouns that label a thing by a number ("Game 7", "category 4", "page 3").
LABEL_NOUNS = frozenset(
    """game model category level phase stage round week day number no no. chapter section
    article page route flight room channel gate platform row seat version season episode
    grade class tier type size step figure table unit lot item track volume issue act scene
    verse part bus line exit highway interstate district ward precinct pier terminal
    generation gen series mark mk""".split()
) | frozenset(
    # Stock indices named by a number, also as all-lower-case feeds write them ("sp 500").
    "s&p sp ftse nikkei stoxx asx russell cac tsx sensex nifty".split()
)
