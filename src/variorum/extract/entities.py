"""Named mentions from spaCy's entity recogniser, kept with their sentences."""

from __future__ import annotations

from typing import Any

from ..model import Article, EntityMention, Span
from ._sentences import SentenceBounds

# Labels that name who or where; numbers and dates have their own extractors.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW"})

_LEADING_DETERMINERS = ("the ", "The ")


def find_entities(doc: Any, article: Article) -> tuple[EntityMention, ...]:
    mentions: list[EntityMention] = []
    sentences = SentenceBounds(doc)
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        start, end = ent.start_char, ent.end_char
        text = ent.text
        # "the Northgate terminal" -> keep the name, not the article word.
        for det in _LEADING_DETERMINERS:
            if text.startswith(det) and len(text) > len(det):
                start += len(det)
                text = text[len(det) :]
        if text.endswith(("'s", "’s")):
            text = text[:-2].rstrip()
        end = start + len(text)
        if not text.strip():
            continue
        mentions.append(
            EntityMention(
                article=article.id,
                span=Span(start, end),
                text=text,
                label=ent.label_,
                sentence=Span(*sentences.of_token(ent.start)),
            )
        )
    return tuple(mentions)
