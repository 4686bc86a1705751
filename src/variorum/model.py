"""The per-article data model: articles and the findings extracted from them.

Every finding is a frozen dataclass that carries the id of its article and the character
span, in that article's ``text``, of what states it. Frozen makes findings hashable, so
collation can put them in sets and use them as dict keys.

Offsets always index ``Article.text`` as the dossier stores it. Debris (captions, share
lines, link targets) is never cut out of that text: it is listed in ``Article.debris`` and
blanked to spaces in ``Article.clean_text``, which has the same length, so an offset found
in the clean text is an offset in the stored text. That is the whole offset map.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Literal

QuoteKind = Literal["direct", "indirect", "mixed"]
Change = Literal["=", "~", "<", ">", "up", "down"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, order=True)
class Span:
    """Characters ``[start, end)`` of an article's text (Python string indices)."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def of(self, text: str) -> str:
        """The characters this span covers in ``text``."""
        return text[self.start : self.end]

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True)
class Article:
    """One news article as ingested. ``published`` is an ISO 8601 date or date-time."""

    id: str
    text: str
    file: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    debris: tuple[Span, ...] = ()

    @functools.cached_property
    def clean_text(self) -> str:
        """``text`` with every debris span blanked to spaces (newlines kept): same offsets."""
        if not self.debris:
            return self.text
        chars = list(self.text)
        for span in self.debris:
            for i in range(span.start, span.end):
                if chars[i] not in "\n":
                    chars[i] = " "
        return "".join(chars)


@dataclass(frozen=True)
class Sentence:
    article: str
    span: Span


@dataclass(frozen=True)
class EntityMention:
    """A named mention: a person, organisation, place, ... (spaCy's label set)."""

    article: str
    span: Span
    text: str
    label: str
    sentence: Span


@dataclass(frozen=True)
class Quote:
    """An attribution of speech or thought: direct, indirect (reported) or mixed.

    ``speaker`` is the resolved name when the source is a pronoun, title or description;
    ``hedges`` holds stance markers that bear on the attribution ("alleged", "reportedly",
    "citing no evidence", "denied").
    """

    article: str
    content: Span
    source: Span | None
    cue: Span | None
    speaker: str | None
    kind: QuoteKind | None
    sentence: Span
    hedges: tuple[str, ...] = ()


@dataclass(frozen=True)
class Quantity:
    """A number-bearing expression with what it counts.

    An exact value sets ``value`` only; a range sets ``low`` and ``high``; a bound sets
    ``value`` and the one side it bounds ("more than 300": value=300, low=300, change=">").
    """

    article: str
    span: Span
    text: str
    value: float | None
    low: float | None
    high: float | None
    change: Change
    unit: str | None
    concept: str | None
    sentence: Span


@dataclass(frozen=True)
class Timex:
    """A temporal expression normalised to a TIMEX3 value.

    ``anchored`` is False when the value depends on a publication date the article does
    not have: such a value keeps its unknown parts as X ("XXXX-WXX-6") and is never
    resolved against today's date.
    """

    article: str
    span: Span
    text: str
    type: TimexType
    value: str
    sentence: Span
    anchored: bool = True


@dataclass(frozen=True)
class Claim:
    """A sentence-level assertion: who does what to what, with what it carries.

    The fields point at the article's other findings by span, so a claim stays a small,
    hashable record and the findings are never copied.
    """

    article: str
    sentence: Span
    text: str
    subject: str | None
    predicate: str | None
    object: str | None
    negated: bool
    hedges: tuple[str, ...]
    attributed_to: str | None
    entities: tuple[str, ...]
    quantities: tuple[Span, ...]
    timex: tuple[Span, ...]
    # The quantities the clause itself asserts: ``quantities`` less those in a relative,
    # adverbial or participial clause hung on it ("..., which sank two ferries").
    figures: tuple[Span, ...] = ()


@dataclass(frozen=True)
class ArticleFindings:
    """Everything the per-article step found in one article."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[EntityMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    timex: tuple[Timex, ...] = ()
    claims: tuple[Claim, ...] = ()
    failures: tuple[Skip, ...] = ()


@dataclass(frozen=True)
class Skip:
    """An input that did not become an article, and why (one line, says how to fix it)."""

    path: str
    reason: str


@dataclass(frozen=True)
class Duplicate:
    """An article whose text (nearly) repeats an earlier one: reported, never counted twice.

    ``similarity`` is the share of the duplicate's word shingles found in ``of``; exact
    copies (1.0 after whitespace folding) are dropped at ingest with a skip record, near
    copies stay in the dossier but are left out of corroboration counts.
    """

    article: str
    of: str
    similarity: float


@dataclass(frozen=True)
class IngestResult:
    articles: tuple[Article, ...]
    skipped: tuple[Skip, ...] = field(default=())
    duplicates: tuple[Duplicate, ...] = field(default=())
