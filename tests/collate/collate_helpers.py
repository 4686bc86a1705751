"""Hand-built findings for collation tests: articles whose spans are found in their text."""

from __future__ import annotations

from dataclasses import dataclass, field

from variorum.model import (
    Article,
    ArticleFindings,
    Claim,
    EntityMention,
    Quote,
    QuoteKind,
    Sentence,
    Span,
    Timex,
)


def span_of(text: str, part: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span(start, start + len(part))


@dataclass
class Builder:
    """One article: sentences split on ". ", findings added by the text they cover."""

    id: str
    text: str
    outlet: str
    published: str | None = None
    entities: list[EntityMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timex: list[Timex] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def sentences(self) -> list[Span]:
        spans, start = [], 0
        while start < len(self.text):
            end = self.text.find(". ", start)
            end = len(self.text) if end < 0 else end + 1
            spans.append(Span(start, end))
            start = end + 1
        return spans

    def sentence_of(self, span: Span) -> Span:
        return next(s for s in self.sentences() if s.start <= span.start < s.end)

    def entity(self, name: str, label: str = "PERSON", nth: int = 0) -> Builder:
        span = span_of(self.text, name, nth)
        self.entities.append(EntityMention(self.id, span, name, label, self.sentence_of(span)))
        return self

    def quote(
        self,
        content: str,
        speaker: str | None,
        *,
        source: str | None = None,
        kind: QuoteKind = "direct",
        hedges: tuple[str, ...] = (),
    ) -> Builder:
        span = span_of(self.text, content)
        src = span_of(self.text, source) if source else None
        self.quotes.append(
            Quote(self.id, span, src, None, speaker, kind, self.sentence_of(span), hedges)
        )
        return self

    def date(self, text: str, value: str) -> Builder:
        span = span_of(self.text, text)
        self.timex.append(Timex(self.id, span, text, "DATE", value, self.sentence_of(span)))
        return self

    def claim(
        self,
        within: str,
        subject: str | None,
        predicate: str | None,
        obj: str | None,
        *,
        hedges: tuple[str, ...] = (),
        attributed_to: str | None = None,
    ) -> Builder:
        sent = self.sentence_of(span_of(self.text, within))
        timex = tuple(t.span for t in self.timex if sent.contains(t.span))
        self.claims.append(
            Claim(
                self.id,
                sent,
                sent.of(self.text),
                subject,
                predicate,
                obj,
                False,
                hedges,
                attributed_to,
                (),
                (),
                timex,
            )
        )
        return self

    def build(self) -> ArticleFindings:
        article = Article(self.id, self.text, outlet=self.outlet, published=self.published)
        return ArticleFindings(
            article=article,
            sentences=tuple(Sentence(self.id, s) for s in self.sentences()),
            entities=tuple(self.entities),
            quotes=tuple(self.quotes),
            timex=tuple(self.timex),
            claims=tuple(self.claims),
        )
