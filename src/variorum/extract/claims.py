"""Sentence-level claims: subject, predicate, object, with the findings they carry."""

from __future__ import annotations

from typing import Any

from ..model import Article, Claim, EntityMention, Quantity, Quote, Timex


def find_claims(
    doc: Any,
    article: Article,
    entities: tuple[EntityMention, ...],
    quotes: tuple[Quote, ...],
    quantities: tuple[Quantity, ...],
    timex: tuple[Timex, ...],
) -> tuple[Claim, ...]:
    return ()  # placeholder while the extractor is written (issue 6)
