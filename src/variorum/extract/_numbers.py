"""Numbers as news writes them: digits, number words, fractions and multipliers.

Everything here works on plain strings so it can be tested without a parse. The scanner
in ``quantities.py`` finds the candidates with ``NUMBER_RE`` and asks this module what they
are worth.
"""

from __future__ import annotations

import re

UNITS_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}  # fmt: skip
# Vague plurals: "hundreds of people" is at least a hundred; we give the order of magnitude.
VAGUE_PLURALS: dict[str, float] = {
    "dozens": 12, "scores": 20, "hundreds": 1e2, "thousands": 1e3,
    "tens of thousands": 1e4, "hundreds of thousands": 1e5, "millions": 1e6,
    "billions": 1e9,
}  # fmt: skip
FRACTION_WORDS: dict[str, float] = {
    "half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
    "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
}  # fmt: skip
# A share of a scale word: "half a million", "a quarter of a million", "three quarters of a
# billion", "half a dozen", "two and a half million" (one amount, not a share and a count).
SCALED_FRACTION_RE = re.compile(
    r"\b(?:(?P<whole>one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+and\s+a\s+half"
    r"|(?:(?P<n>a|one|two|three)[\s-]+)?(?P<f>half|thirds?|quarters?)(?:\s+of)?\s+an?)"
    r"\s+(?P<scale>dozen|hundred|thousand|million|billion|trillion)\b",
    re.IGNORECASE,
)


def scaled_fraction(match: re.Match[str]) -> float:
    """The amount a ``SCALED_FRACTION_RE`` match states."""
    scale_word = match.group("scale").lower()
    scale = 12.0 if scale_word == "dozen" else SCALE_WORDS[scale_word]
    whole = match.group("whole")
    if whole is not None:
        units = UNITS_WORDS.get(whole.lower())
        return ((units if units is not None else float(whole)) + 0.5) * scale
    n = (match.group("n") or "a").lower()
    count = 1 if n in {"a", "one"} else UNITS_WORDS[n]
    return count * FRACTION_WORDS[match.group("f").lower()] * scale


UNICODE_FRACTIONS: dict[str, float] = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75}

# Multipliers written after a number: "75 million", "2bn", "25k", "1.2m".
MULTIPLIERS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "grand": 1e3,
    "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "mil": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12, "crore": 1e7, "lakh": 1e5,
}  # fmt: skip

_WORD_ALT = "|".join(
    sorted(list(UNITS_WORDS) + list(SCALE_WORDS) + ["dozen"], key=len, reverse=True)
)
# A run of number words: "forty-two", "two hundred and fifty", "four thousand".
WORDS_RE = re.compile(
    rf"\b(?:{_WORD_ALT})(?:(?:[\s-]+|\s+and\s+)(?:{_WORD_ALT}))*\b", re.IGNORECASE
)
# Digits: "312", "3,000", "1.5", ".534", "1/2", "1⁄32"; a glued fraction char "1½".
DIGITS_RE = re.compile(
    r"(?:\d{1,3}(?:,\d{3})+(?![\d])|\d+)(?:\.\d+)?(?:[/⁄]\d+)?[½⅓⅔¼¾]?|\.\d+|[½⅓⅔¼¾]"
)


def parse_digits(text: str) -> float | None:
    """The value of a digit string: "3,000" -> 3000, "1/2" -> 0.5, "2½" -> 2.5."""
    text = text.replace(",", "").replace("⁄", "/")
    extra = 0.0
    if text and text[-1] in UNICODE_FRACTIONS:
        extra = UNICODE_FRACTIONS[text[-1]]
        text = text[:-1]
        if not text:
            return extra
    try:
        if "/" in text:
            num, den = text.split("/", 1)
            return float(num) / float(den) if float(den) else None
        return float(text) + extra
    except ValueError:
        return None


def parse_words(text: str) -> float | None:
    """The value of a run of number words: "two hundred and fifty" -> 250."""
    total = 0.0
    current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", text.lower()):
        if word == "and" or not word:
            continue
        if word in UNITS_WORDS:
            current += UNITS_WORDS[word]
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None
