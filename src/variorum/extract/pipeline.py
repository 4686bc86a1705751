"""Parse once, hand the parse to every extractor, return an ``ArticleFindings``."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from ..model import Article, ArticleFindings, Sentence, Skip, Span
from ..nlp import MAX_PARSE_CHARS, load_nlp
from .claims import find_claims
from .entities import find_entities
from .quantities import find_quantities
from .quotes import find_quotes
from .timex import find_timex

T = TypeVar("T")


def findings_from_doc(article: Article, doc: Any) -> ArticleFindings:
    """All findings of one article from its spaCy parse (of ``article.clean_text``).

    An extractor that fails on this article costs only its own findings: the failure is
    recorded in ``ArticleFindings.failures`` (and so in the dossier's ``skipped``), and
    the other extractors' findings are kept.
    """
    failures: list[Skip] = []

    def guarded(stage: str, run: Callable[[], tuple[T, ...]]) -> tuple[T, ...]:
        try:
            return run()
        except Exception as exc:  # one bad article must not end the run
            failures.append(
                Skip(
                    f"{article.id}:{stage}",
                    f"the {stage} extractor failed ({type(exc).__name__}: {exc}); the "
                    "article's other findings are kept; please report this as a bug",
                )
            )
            return ()

    sentences = tuple(
        Sentence(article.id, Span(s.start_char, s.end_char)) for s in doc.sents
    )
    entities = guarded("entities", lambda: find_entities(doc, article))
    quotes = guarded("quotes", lambda: find_quotes(doc, article, entities))
    timex = guarded("timex", lambda: find_timex(doc, article))
    quantities = guarded("quantities", lambda: find_quantities(doc, article, timex=timex))
    claims = guarded(
        "claims", lambda: find_claims(doc, article, entities, quotes, quantities, timex)
    )
    return ArticleFindings(
        article=article,
        sentences=sentences,
        entities=entities,
        quotes=quotes,
        quantities=quantities,
        timex=timex,
        claims=claims,
        failures=tuple(failures),
    )


def extract_article(article: Article) -> ArticleFindings:
    """The pure per-article step: parse and extract one article."""
    return next(extract_articles([article]))


def extract_articles(
    articles: Iterable[Article], *, batch_size: int = 16
) -> Iterator[ArticleFindings]:
    """Extract many articles lazily, parsing them in batches with ``nlp.pipe``.

    Articles are consumed a chunk at a time, so a corpus larger than memory streams.
    """
    nlp = load_nlp()
    source = iter(articles)
    while chunk := list(itertools.islice(source, batch_size * 4)):
        short = [a for a in chunk if len(a.text) <= MAX_PARSE_CHARS]
        # Lazily, in the chunk's order: only spaCy's own batch of parsed docs is alive at
        # once (a dict of the whole chunk's docs held hundreds of MB on long articles).
        parsed = iter(nlp.pipe((a.clean_text for a in short), batch_size=batch_size))
        for article in chunk:
            if len(article.text) <= MAX_PARSE_CHARS:
                doc = next(parsed)
            else:
                doc = _parse_long(nlp, article.clean_text)
            yield findings_from_doc(article, doc)


def _parse_long(nlp: Any, text: str) -> Any:
    """Parse a text longer than spaCy should take at once, in paragraph-aligned chunks.

    The chunks concatenate to exactly ``text``, so ``Doc.from_docs`` without added
    whitespace keeps every character offset of the original.
    """
    from spacy.tokens import Doc

    chunks: list[str] = []
    start = 0
    while start < len(text):
        end = min(start + MAX_PARSE_CHARS, len(text))
        if end < len(text):
            cut = text.rfind("\n", start + MAX_PARSE_CHARS // 2, end)
            if cut == -1:
                cut = text.rfind(" ", start + MAX_PARSE_CHARS // 2, end)
            end = cut + 1 if cut != -1 else end
        chunks.append(text[start:end])
        start = end
    return Doc.from_docs(list(nlp.pipe(chunks)), ensure_whitespace=False)
