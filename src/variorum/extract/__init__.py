"""Per-article extraction: a pure function from an article (and its parse) to findings.

Nothing here knows about other articles, so the same code runs in a Dask worker.
"""

from __future__ import annotations

from .pipeline import extract_article, extract_articles, findings_from_doc

__all__ = ["extract_article", "extract_articles", "findings_from_doc"]
