"""Cross-article results: frozen dataclasses, each member traced to its article and span.

Everything here is sorted by stable keys when built, so two runs over the same findings give
equal ``Collation`` values (and byte-identical reports). Ids are readable and stable:
``person:maria-okafor``, ``q3``, ``t7``.

Claim groups and quantity rows are the claims module's types (``collate/claims.py``,
``collate/quantities.py``); the collation holds them as they come.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ..model import Span

if TYPE_CHECKING:
    from .claims import ClaimGroup
    from .quantities import QuantityRow

RelayKind = Literal["attribution", "text_reuse", "quote_reuse"]
RelayStrength = Literal["strong", "weak"]


@dataclass(frozen=True, order=True)
class Evidence:
    """Characters of one article that support a cross-article finding."""

    article: str
    span: Span
    sentence: Span
    text: str


# ------------------------------------------------------------------------------ entities


@dataclass(frozen=True, order=True)
class EntityRef:
    """One mention of a canonical entity. ``via`` says how it was tied to the entity:
    ``name`` (a named mention), ``role`` ("the union leader" once a role names the person)."""

    article: str
    span: Span
    sentence: Span
    text: str
    via: Literal["name", "role"] = "name"


@dataclass(frozen=True)
class CanonicalEntity:
    """One real-world referent named across the story.

    ``name`` is the longest full form; ``aliases`` every other surface form seen (sorted);
    ``roles`` the titles or roles the story gives a person ("harbour minister").
    """

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    mentions: tuple[EntityRef, ...]
    roles: tuple[str, ...] = ()

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({m.article for m in self.mentions}))


# -------------------------------------------------------------------------------- quotes


@dataclass(frozen=True, order=True)
class QuoteWording:
    """How one outlet worded a quote: the quoted span, its sentence and the text itself."""

    published: str  # "" when unknown: sorts first, so dated articles never lose "first"
    order: int  # the article's position in the input, the tie-break after the date
    article: str
    outlet: str
    content: Span
    sentence: Span
    text: str
    kind: str | None = None
    hedges: tuple[str, ...] = ()


@dataclass(frozen=True)
class ConsolidatedQuote:
    """The same quote carried by several outlets.

    ``speaker`` is a canonical entity id (None when no speaker was resolved);
    ``first`` is the wording of the earliest outlet to carry it (by date, then input order).
    """

    id: str
    speaker: str | None
    speaker_name: str
    wordings: tuple[QuoteWording, ...]
    first: QuoteWording
    outlets: tuple[str, ...]
    misquoted: bool = False


@dataclass(frozen=True)
class Misquote:
    """A wording of a consolidated quote that differs from the first outlet's wording."""

    quote: str
    reference: QuoteWording
    variant: QuoteWording
    similarity: float


@dataclass(frozen=True)
class SpeakerQuotes:
    """Per speaker: the consolidated quotes they are credited with, and by which outlets."""

    speaker: str
    name: str
    quotes: tuple[str, ...]
    outlets: tuple[str, ...]


# ------------------------------------------------------------------------ source graph


@dataclass(frozen=True)
class RelayEdge:
    """``from_outlet`` relays ``to_outlet``: it depends on it for what the evidence covers.

    Evidence lists the relaying article's characters first, then the source's where the
    kind has them (text reuse, quote reuse). ``strength`` is ``weak`` for quote reuse by an
    outlet that has sources of its own (both may have heard the speech): shown, but it
    never collapses two outlets into one source.
    """

    from_outlet: str
    to_outlet: str
    kind: RelayKind
    evidence: tuple[Evidence, ...]
    strength: RelayStrength = "strong"


# -------------------------------------------------------------------------- corroboration


@dataclass(frozen=True)
class Corroboration:
    """For one claim group: raw counts beside the independent-source count.

    ``sources`` are the independent clusters: outlets joined by relay edges relevant to the
    claim (or by near-duplicate articles) form one source.
    """

    claim: str
    articles: int
    outlets: tuple[str, ...]
    independent: int
    sources: tuple[tuple[str, ...], ...]


# --------------------------------------------------------------------------------- framing


@dataclass(frozen=True)
class FramingEntry:
    """How one outlet framed one claim or quote: hedges and attribution in its sentence."""

    outlet: str
    article: str
    sentence: Span
    text: str
    hedges: tuple[str, ...]
    attributed_to: str | None


@dataclass(frozen=True)
class Framing:
    """All outlets' framing of one claim group or consolidated quote (``subject`` is its id).

    ``differs`` is True when outlets frame it differently (one hedges, another does not).
    """

    subject: str
    kind: Literal["claim", "quote"]
    entries: tuple[FramingEntry, ...]
    differs: bool


# -------------------------------------------------------------------------------- timeline


@dataclass(frozen=True, order=True)
class TimelineMention:
    """One article's dating of an event: the time expression and its sentence."""

    value: str
    published: str
    article: str
    outlet: str
    timex: Span
    sentence: Span
    text: str


@dataclass(frozen=True)
class TimelineEntry:
    """One event anchored to a date. ``date`` is the value most outlets give (ties: earliest);
    ``dates`` every value given. ``event`` reads "subject predicate object" when the sentence's
    claim gives them, else the sentence itself."""

    id: str
    date: str
    dates: tuple[str, ...]
    event: str
    subject: str | None
    predicate: str | None
    object: str | None
    mentions: tuple[TimelineMention, ...]
    outlets: tuple[str, ...]


@dataclass(frozen=True)
class DateConflict:
    """Outlets that date the same event differently: each value with who gives it."""

    entry: str
    event: str
    dates: tuple[tuple[str, tuple[str, ...]], ...]


# -------------------------------------------------------------------------------- collation


@dataclass(frozen=True)
class Collation:
    """Everything collation adds on top of the per-article findings."""

    entities: tuple[CanonicalEntity, ...] = ()
    quotes: tuple[ConsolidatedQuote, ...] = ()
    misquotes: tuple[Misquote, ...] = ()
    speakers: tuple[SpeakerQuotes, ...] = ()
    claims: tuple[ClaimGroup, ...] = ()
    quantities: tuple[QuantityRow, ...] = ()
    relays: tuple[RelayEdge, ...] = ()
    corroboration: tuple[Corroboration, ...] = ()
    framing: tuple[Framing, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    date_conflicts: tuple[DateConflict, ...] = ()
    outlets: tuple[str, ...] = ()
