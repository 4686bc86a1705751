"""Does claim ``b`` strengthen, weaken, or neither, claim ``a``? A small transparent model.

Three features built from structure, not from words of any data set:

* meaning: the sentence-embedding cosine of the two claims (``variorum.embed``, computed by
  the caller in batch; optional) and a length-weighted lexical cosine of content stems;
* contested language: how many words of dispute ("denied", "rejected", "false",
  "allegations", "argued", ...), contrast ("but", "however", "despite", "instead",
  "in fact", ...) and negation ("not", "never", "n't", ...) the two claims hold together,
  capped at six. Weakening pairs are claims about one matter told from opposed sides, and
  such pairs talk in this register; one side alone is enough (the label is near-symmetric:
  a pair and its swapped ``_rev`` carry the same label 94% of the time).

Things that did not help on topic-held-out folds and were dropped (``bench/claimdiff.py``
docstring has the figures): best-matching clause cosines, content-word coverage each way,
shared proper names, number mismatch, hedges, quotations, speaker mismatch, antonym pairs,
party names, claim lengths. Even a logistic regression over the full 384-dimension
embeddings of both claims stayed at 0.41 macro-F1: telling "weaken" from "strengthen"
needs entailment, which no offline model here gives.

A multinomial logistic regression: ``WEIGHTS`` (with embeddings) and ``LEXICAL_WEIGHTS``
(without: the embedding cosine is then NaN in the feature vector), fitted by
``bench/claimdiff.py --fit`` (plain gradient descent, class-balanced weights so the rarer
"weaken" is not swamped by "strengthen", L2 1.0) on all ClaimDiff train pairs, rounded to
two decimals and checked by hand: similarity raises ``strengthen`` and lowers ``neither``;
contested language raises ``weaken``. No weights file: only these constants.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Literal

from .lexical import content_stems, unit_free_tfidf_cosine

Relation = Literal["strengthen", "weaken", "neither"]
RELATIONS: tuple[Relation, ...] = ("strengthen", "weaken", "neither")

# Words of dispute: someone denies, rejects, accuses, argues against or calls false.
_DISPUTE = re.compile(
    r"\b(?:den(?:y|ied|ies|ial|ying)|reject(?:ed|s|ing)?|disput(?:e|ed|es|ing)|"
    r"false(?:ly|hood)?|fiction|lie[sd]?|lying|untrue|wrong|misleading|refut(?:e|ed|es)|"
    r"dismiss(?:ed|es)?|accus(?:e|ed|es|ation|ations)|critici[sz](?:e|ed|es|m)|"
    r"claim(?:ed|s)?|alleg(?:e|ed|es|ation|ations|edly)|insist(?:ed|s)?|counter(?:ed|s)?|"
    r"argu(?:e|ed|es|ing)|contend(?:ed|s)?|object(?:ed|s)|challeng(?:e|ed|es)|"
    r"question(?:ed|s)?|doubts?)\b",
    re.I,
)
# Contrast connectives: the sentence sets one account against another.
_CONTRAST = re.compile(
    r"\b(?:but|however|though|although|despite|instead|rather|yet|whereas|unlike|"
    r"nevertheless|contrary|in reality|in fact|actually)\b",
    re.I,
)
_NEGATION = re.compile(r"\b(?:not|never|no|nor|none|nobody|nothing|without|neither)\b|n't", re.I)
CONTESTED_CAP = 6

FEATURES = ("bias", "embedding_cosine", "lexical_cosine", "contested_language")

# Rows: FEATURES; columns: RELATIONS. See the module docstring for how they were fitted.
WEIGHTS: tuple[tuple[float, float, float], ...] = (
    (-0.74, -0.55, 1.29),
    (1.90, 0.84, -2.74),
    (1.82, -0.26, -1.56),
    (-1.10, 1.52, -0.43),
)
# The same model without the embedding cosine (its row unused).
LEXICAL_WEIGHTS: tuple[tuple[float, float, float], ...] = (
    (-0.17, -0.33, 0.50),
    (0.0, 0.0, 0.0),
    (3.27, 0.46, -3.72),
    (-1.10, 1.52, -0.42),
)


def contested_language(text: str) -> int:
    """Dispute words, contrast connectives and negations in ``text``."""
    return (
        len(_DISPUTE.findall(text)) + len(_CONTRAST.findall(text)) + len(_NEGATION.findall(text))
    )


def features(a: str, b: str, embedding_cosine: float | None = None) -> tuple[float, ...]:
    """The feature vector of the pair, in ``FEATURES`` order (embedding cosine NaN if absent)."""
    lexical = unit_free_tfidf_cosine(content_stems(a), content_stems(b))
    contested = min(contested_language(a) + contested_language(b), CONTESTED_CAP)
    return (
        1.0,
        math.nan if embedding_cosine is None else embedding_cosine,
        lexical,
        contested / CONTESTED_CAP,
    )


def scores(vector: Sequence[float]) -> tuple[float, float, float]:
    """Class probabilities (``RELATIONS`` order) of one feature vector."""
    weights = WEIGHTS
    if math.isnan(vector[1]):
        weights = LEXICAL_WEIGHTS
        vector = (*vector[:1], 0.0, *vector[2:])
    logits = [sum(x * w[k] for x, w in zip(vector, weights, strict=True)) for k in range(3)]
    top = max(logits)
    exp = [math.exp(z - top) for z in logits]
    total = sum(exp)
    return (exp[0] / total, exp[1] / total, exp[2] / total)


def relation(a: str, b: str, embedding_cosine: float | None = None) -> Relation:
    """How claim ``b`` bears on claim ``a``."""
    probabilities = scores(features(a, b, embedding_cosine))
    return RELATIONS[max(range(3), key=lambda k: probabilities[k])]
