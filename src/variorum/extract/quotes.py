"""Attributions: direct and reported speech, "according to", with the speaker resolved."""

from __future__ import annotations

from typing import Any

from ..model import Article, EntityMention, Quote


def find_quotes(
    doc: Any, article: Article, entities: tuple[EntityMention, ...]
) -> tuple[Quote, ...]:
    return ()  # placeholder while the extractor is written (issue 3)
