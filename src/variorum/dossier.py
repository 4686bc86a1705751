"""The dossier: articles, their findings, what collation found across them, what was skipped."""

from __future__ import annotations

from dataclasses import dataclass, field

from .collate.types import Collation
from .model import Article, ArticleFindings, Duplicate, Skip


@dataclass(frozen=True)
class Dossier:
    articles: tuple[Article, ...]
    findings: tuple[ArticleFindings, ...]
    collation: Collation
    skipped: tuple[Skip, ...] = field(default=())
    duplicates: tuple[Duplicate, ...] = field(default=())

    def findings_of(self, article_id: str) -> ArticleFindings:
        for found in self.findings:
            if found.article.id == article_id:
                return found
        raise KeyError(article_id)
