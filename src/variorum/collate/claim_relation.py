"""Does claim ``b`` strengthen, weaken, or neither, claim ``a``? A small transparent model.

Nine features built from structure, not from words of any data set:

* meaning: sentence-embedding cosine (``variorum.embed``; estimated from the lexical cosine
  when embeddings are not installed) and a length-weighted lexical cosine of content stems;
* contradiction cues: a negation present on one side only, contrast words in ``b`` and in
  ``a`` ("but", "however", "denied", "no evidence", "false", ...), numbers on both sides
  that share no value;
* stance: a hedge in ``b`` (may, reportedly, claimed, ...), a quotation in ``b``.

A multinomial logistic regression over them: 27 constants, fitted with
``bench/claimdiff.py --fit`` (plain gradient descent, class-balanced weights, L2 1.0) on the
ClaimDiff train pairs whose topic falls outside the dev fold (md5(topic) % 4 != 0), then
rounded to two decimals and checked by hand (signs: similarity raises ``strengthen`` and
lowers ``neither``; negation mismatch and contrast words raise ``weaken``). A number
mismatch *lowers* ``weaken`` on these pairs: disjoint numbers mostly mean unrelated claims.
No weights file: only these constants.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Literal

from .lexical import content_stems, numbers_in, unit_free_tfidf_cosine

Relation = Literal["strengthen", "weaken", "neither"]
RELATIONS: tuple[Relation, ...] = ("strengthen", "weaken", "neither")

_NEGATION = re.compile(r"\b(?:not|never|no|nor|none|nobody|nothing|without)\b|n't", re.I)
_CONTRAST = re.compile(
    r"\b(?:but|however|although|though|despite|yet|whereas|instead|denied|deny|denies|"
    r"rejected|rejects|disputed|false|falsely|no evidence|contrary|criticized|criticised|"
    r"refused|unlike|while|wrong|misleading|claimed|alleged)\b",
    re.I,
)
_HEDGE = re.compile(
    r"\b(?:may|might|could|allegedly|reportedly|apparently|claimed|unclear|unconfirmed)\b", re.I
)

FEATURES = (
    "bias",
    "embedding_cosine",
    "lexical_cosine",
    "negation_mismatch",
    "contrast_in_b",
    "contrast_in_a",
    "number_mismatch",
    "hedge_in_b",
    "quote_in_b",
)

# Rows: FEATURES; columns: RELATIONS. See the module docstring for how they were fitted.
WEIGHTS: tuple[tuple[float, float, float], ...] = (
    (-0.87, -0.39, 1.26),
    (2.08, 0.59, -2.67),
    (1.66, -0.01, -1.64),
    (-0.17, 0.31, -0.14),
    (-0.11, 0.17, -0.06),
    (-0.21, 0.34, -0.13),
    (0.23, -0.79, 0.56),
    (-0.06, -0.14, 0.20),
    (-0.03, 0.13, -0.11),
)

# Without embeddings, the embedding cosine is estimated from the lexical one by a least
# squares line fitted on the same pairs (correlation about 0.6): cos ~ a + b * lexical.
EMBEDDING_FROM_LEXICAL = (0.30, 0.86)


def features(a: str, b: str, embedding_cosine: float | None = None) -> tuple[float, ...]:
    """The feature vector of the pair, in ``FEATURES`` order."""
    lexical = unit_free_tfidf_cosine(content_stems(a), content_stems(b))
    if embedding_cosine is None:
        embedding_cosine = EMBEDDING_FROM_LEXICAL[0] + EMBEDDING_FROM_LEXICAL[1] * lexical
    neg_a, neg_b = len(_NEGATION.findall(a)), len(_NEGATION.findall(b))
    nums_a, nums_b = numbers_in(a), numbers_in(b)
    return (
        1.0,
        embedding_cosine,
        lexical,
        float(neg_a != neg_b and (neg_a == 0 or neg_b == 0)),
        float(min(len(_CONTRAST.findall(b)), 2)),
        float(min(len(_CONTRAST.findall(a)), 2)),
        float(bool(nums_a and nums_b and not nums_a & nums_b)),
        float(bool(_HEDGE.search(b))),
        float('"' in b or "“" in b),
    )


def scores(vector: Sequence[float]) -> tuple[float, float, float]:
    """Class probabilities (``RELATIONS`` order) of one feature vector."""
    logits = [sum(x * w[k] for x, w in zip(vector, WEIGHTS, strict=True)) for k in range(3)]
    top = max(logits)
    exp = [math.exp(z - top) for z in logits]
    total = sum(exp)
    return (exp[0] / total, exp[1] / total, exp[2] / total)


def relation(a: str, b: str, embedding_cosine: float | None = None) -> Relation:
    """How claim ``b`` bears on claim ``a``."""
    probabilities = scores(features(a, b, embedding_cosine))
    return RELATIONS[max(range(3), key=lambda k: probabilities[k])]
