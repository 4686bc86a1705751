"""Cheap lexical forms for comparing claims without re-parsing: content stems, numbers, TF-IDF.

Collation never re-parses article text, so claims are compared on a crude normal form: lower
case word tokens, stop words dropped, a few inflection suffixes folded ("strikes", "striking"
-> "strik"). Crude is enough here: both sides go through the same folding.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*\d|\d")

STOP_WORDS = frozenset(
    """a an the and or but if then than that this these those there here of to in on at by
    for with from as into onto over under about after before during since until while is are
    was were be been being am has have had having do does did done will would shall should can
    could may might must it its it's they them their theirs he him his she her hers we us our
    you your i me my mine who whom whose which what when where why how all any both each few
    more most other some such only own same so too very just also not no nor s t said says say
    saying told tell according reportedly mr mrs ms dr one ''""".split()
)

# Suffixes folded longest first; the stem must keep at least four characters.
_SUFFIXES = ("ings", "ing", "edly", "ed", "ies", "es", "s", "ly")


@functools.lru_cache(maxsize=65536)  # pure and hot: news reuses a small vocabulary
def stem(word: str) -> str:
    """Fold common English inflections: "strikes", "striking", "struck" stay distinct enough."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            if suffix == "ies":
                w += "y"
            break
    return w


@functools.lru_cache(maxsize=65536)  # pure; wire copies repeat whole sentences
def content_stems(text: str) -> tuple[str, ...]:
    """The content words of ``text``, stemmed, in order (numbers kept as digits)."""
    out: list[str] = []
    for match in _WORD.finditer(text):
        token = match.group(0)
        if token[0].isdigit():
            out.append(token.replace(",", ""))
            continue
        low = token.lower()
        if low in STOP_WORDS or len(low) < 2:
            continue
        out.append(stem(low))
    return tuple(out)


@functools.lru_cache(maxsize=65536)
def numbers_in(text: str) -> frozenset[str]:
    """Digit strings in ``text`` (thousands separators dropped): "1,200" -> "1200"."""
    return frozenset(
        m.group(0).replace(",", "").rstrip(".")
        for m in _WORD.finditer(text)
        if m.group(0)[0].isdigit()
    )


def idf_table(documents: Iterable[Iterable[str]]) -> tuple[dict[str, float], float]:
    """Smoothed IDF of each term over ``documents`` (each an iterable of terms).

    Returns the table and the IDF an unseen term gets.
    """
    df: Counter[str] = Counter()
    n = 0
    for doc in documents:
        n += 1
        df.update(set(doc))
    table = {term: math.log((1 + n) / (1 + count)) + 1.0 for term, count in df.items()}
    return table, math.log(1 + n) + 1.0


def tfidf(terms: Iterable[str], idf: Mapping[str, float], unseen: float) -> dict[str, float]:
    """A unit-length sparse TF-IDF vector (sublinear term frequency)."""
    counts = Counter(terms)
    vec = {t: (1.0 + math.log(c)) * idf.get(t, unseen) for t, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values()))
    if norm == 0.0:
        return {}
    return {t: v / norm for t, v in vec.items()}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Dot product of two sparse vectors (cosine when both are unit length)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def unit_free_tfidf_cosine(a: Iterable[str], b: Iterable[str]) -> float:
    """Cosine of two term lists when no corpus IDF exists: length-weighted terms.

    Longer words carry more content than short ones, a usable stand-in for IDF on a pair.
    """
    va = Counter(a)
    vb = Counter(b)
    weight = {t: math.log(2 + len(t)) for t in set(va) | set(vb)}
    dot = sum(va[t] * vb[t] * weight[t] ** 2 for t in va if t in vb)
    na = math.sqrt(sum((c * weight[t]) ** 2 for t, c in va.items()))
    nb = math.sqrt(sum((c * weight[t]) ** 2 for t, c in vb.items()))
    return dot / (na * nb) if na and nb else 0.0
