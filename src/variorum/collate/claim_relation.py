"""Does claim ``b`` strengthen, weaken, or neither, claim ``a``? A small transparent model.

Features built from structure and from the one sentence model shipped, not from words of any
data set:

* meaning: the sentence-embedding cosine of the two claims, a length-weighted lexical cosine
  of content stems, and token alignment F1 (each word piece matched to its most similar
  piece of the other claim, so a claim restating *part* of the other still scores high);
* contested language: how many words of dispute ("denied", "rejected", "false",
  "allegations", "argued", ...), contrast ("but", "however", "despite", "instead",
  "in fact", ...) and negation ("not", "never", "n't", ...) the two claims hold together,
  capped at six. Weakening pairs are claims about one matter told from opposed sides, and
  such pairs talk in this register; one side alone is enough (the label is near-symmetric:
  a pair and its swapped ``_rev`` carry the same label 94% of the time);
* falsity shift: how much closer the claims draw when one is wrapped as "It is false that
  ...". The sentence model learnt contradictions as hard negatives, so this is a crude probe
  of "b denies a" (weaken vs strengthen AUC 0.72 on its own, the strongest single cue
  found; ``_relation_embedding`` computes it and the alignment).

Things that did not help on topic-held-out folds and were dropped (``bench/claimdiff.py``
docstring has the figures): best-matching clause cosines, content-word coverage each way,
shared proper names, number mismatch, hedges, quotations, speaker mismatch, antonym pairs,
party names, claim lengths, title features, story-level (all claims of both articles)
contentiousness and similarity ranks, sentiment words. Even a logistic regression over the
full 384-dimension embeddings of both claims stayed at 0.41 macro-F1: telling "weaken" from
"strengthen" needs entailment, which no offline model here gives.

A multinomial logistic regression with one weight table per input the caller can give:
``SIGNAL_WEIGHTS`` (all sentence-model signals, ``EmbeddingSignals``), ``WEIGHTS`` (the
embedding cosine only) and ``LEXICAL_WEIGHTS`` (no embeddings); absent features are NaN in
the vector. Fitted by ``bench/claimdiff.py --fit`` (plain gradient descent, class-balanced
weights so the rarer "weaken" is not swamped by "strengthen", L2 1.0) on all ClaimDiff
train pairs, rounded to two decimals and checked by hand: similarity and alignment raise
``strengthen`` and lower ``neither``; contested language and the falsity shift raise
``weaken``. No weights file: only these constants.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Literal

from ._relation_embedding import EmbeddingSignals, embedding_signals
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

FEATURES = (
    "bias",
    "embedding_cosine",
    "lexical_cosine",
    "contested_language",
    "token_alignment",
    "falsity_shift",
)

# Rows: FEATURES; columns: RELATIONS. See the module docstring for how they were fitted.
# With all sentence-model signals (``EmbeddingSignals``).
SIGNAL_WEIGHTS: tuple[tuple[float, float, float], ...] = (
    (-0.93, -0.75, 1.68),
    (0.99, 0.51, -1.51),
    (1.48, -0.44, -1.04),
    (-1.07, 1.45, -0.38),
    (1.55, 0.86, -2.4),
    (-2.25, 3.02, -0.77),
)
# With the embedding cosine only (the token and falsity rows unused).
WEIGHTS: tuple[tuple[float, float, float], ...] = (
    (-0.74, -0.55, 1.29),
    (1.9, 0.84, -2.74),
    (1.82, -0.26, -1.56),
    (-1.1, 1.52, -0.43),
    (0.0, 0.0, 0.0),
    (0.0, 0.0, 0.0),
)
# Without any embedding (only the bias, lexical and contested rows used).
LEXICAL_WEIGHTS: tuple[tuple[float, float, float], ...] = (
    (-0.17, -0.33, 0.5),
    (0.0, 0.0, 0.0),
    (3.27, 0.46, -3.72),
    (-1.1, 1.52, -0.42),
    (0.0, 0.0, 0.0),
    (0.0, 0.0, 0.0),
)


def contested_language(text: str) -> int:
    """Dispute words, contrast connectives and negations in ``text``."""
    return (
        len(_DISPUTE.findall(text)) + len(_CONTRAST.findall(text)) + len(_NEGATION.findall(text))
    )


def features(
    a: str,
    b: str,
    embedding_cosine: float | None = None,
    signals: EmbeddingSignals | None = None,
) -> tuple[float, ...]:
    """The feature vector of the pair, in ``FEATURES`` order; signals absent are NaN.

    ``signals`` (from ``embedding_signals``) supersede ``embedding_cosine``.
    """
    lexical = unit_free_tfidf_cosine(content_stems(a), content_stems(b))
    contested = min(contested_language(a) + contested_language(b), CONTESTED_CAP)
    cosine = math.nan if embedding_cosine is None else embedding_cosine
    alignment = falsity = math.nan
    if signals is not None:
        cosine, alignment, falsity = signals.cosine, signals.alignment, signals.falsity
    return (1.0, cosine, lexical, contested / CONTESTED_CAP, alignment, falsity)


def scores(vector: Sequence[float]) -> tuple[float, float, float]:
    """Class probabilities (``RELATIONS`` order) of one feature vector.

    The weight table follows from which signals are present; absent ones count as zero.
    """
    if math.isnan(vector[1]):
        weights = LEXICAL_WEIGHTS
    elif math.isnan(vector[4]) or math.isnan(vector[5]):
        weights = WEIGHTS
    else:
        weights = SIGNAL_WEIGHTS
    vector = [0.0 if math.isnan(x) else x for x in vector]
    logits = [sum(x * w[k] for x, w in zip(vector, weights, strict=True)) for k in range(3)]
    top = max(logits)
    exp = [math.exp(z - top) for z in logits]
    total = sum(exp)
    return (exp[0] / total, exp[1] / total, exp[2] / total)


def relation(
    a: str,
    b: str,
    embedding_cosine: float | None = None,
    signals: EmbeddingSignals | None = None,
) -> Relation:
    """How claim ``b`` bears on claim ``a`` (best with ``signals``, see ``relations``)."""
    probabilities = scores(features(a, b, embedding_cosine, signals))
    return RELATIONS[max(range(3), key=lambda k: probabilities[k])]


def relations(pairs: Sequence[tuple[str, str]], *, use_embeddings: bool = True) -> list[Relation]:
    """The relation of each ``(a, b)`` pair, with the sentence-model signals when installed."""
    from .. import embed

    if use_embeddings and embed.available():
        return [
            relation(a, b, signals=s)
            for (a, b), s in zip(pairs, embedding_signals(pairs), strict=True)
        ]
    return [relation(a, b) for a, b in pairs]
