"""``SentenceBounds`` gives what spaCy's ``Span.sent`` and ``Token.sent`` give."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from variorum.extract._sentences import SentenceBounds

WORDS = ["Talks", "ended", ".", "\n\n", "A", "deal", "followed", "!", "It", "holds", "."]


@pytest.mark.parametrize(
    "starts",
    [
        [0, 4, 8],  # three sentences
        [0],  # one
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],  # a sentence per token
        [0, 10],  # a one-token sentence at the end
    ],
)
def test_bounds_of_every_span_are_spacy_sent_bounds(starts: list[int]) -> None:
    doc = Doc(Vocab(), words=WORDS, sent_starts=[i in starts for i in range(len(WORDS))])
    bounds = SentenceBounds(doc)
    for start in range(len(doc)):
        token_sent = doc[start].sent
        assert bounds.of_token(start) == (token_sent.start_char, token_sent.end_char)
        for end in range(start + 1, len(doc) + 1):
            sent = doc[start:end].sent  # a span across a sentence start: its first sentence
            assert bounds.of_token(start) == (sent.start_char, sent.end_char)
