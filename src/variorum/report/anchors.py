"""Stable HTML anchors, so every finding in a report can link to its sentence."""

from __future__ import annotations

import re

from ..model import Span

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def article_anchor(article_id: str) -> str:
    """The id of an article's section in the HTML report."""
    return "a-" + _UNSAFE.sub("_", article_id)


def sentence_anchor(article_id: str, sentence: Span) -> str:
    """The id of one sentence of an article in the HTML report (``#`` not included)."""
    return f"{article_anchor(article_id)}-s{sentence.start}"
