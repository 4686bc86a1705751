"""The collation as Markdown sections, and the tables both report formats show of it.

``tables`` turns a ``Collation`` into ``views.Table``s whose cells point at their sentences;
this module renders them as Markdown, ``collation_html`` as HTML with links.
"""

from __future__ import annotations

from collections import defaultdict

from ..collate.types import Collation, QuoteWording
from ..dossier import Dossier
from ..model import Span
from .views import Cell, Table

CLIP = 200


def _clip(text: str, limit: int = CLIP) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _wording(w: QuoteWording) -> Cell:
    return Cell(_clip(w.text), w.article, w.sentence)


def entities_table(c: Collation) -> Table:
    rows = []
    for e in c.entities:
        first = min(e.mentions) if e.mentions else None
        rows.append(
            (
                Cell(e.name, first.article if first else None, first.sentence if first else None),
                Cell(e.type),
                Cell(", ".join(_clip(a, 60) for a in e.aliases)),
                Cell(", ".join(e.roles)),
                Cell(str(len(e.articles))),
                Cell(str(len(e.mentions))),
            )
        )
    rows.sort(key=lambda r: (-int(r[5].text), r[0].text.casefold()))
    return Table(
        "Who and what is named",
        ("Entity", "Type", "Also called", "Roles", "Articles", "Mentions"),
        tuple(rows),
    )


def quotes_table(c: Collation) -> Table:
    rows = []
    for q in c.quotes:
        rows.append(
            (
                Cell(q.id),
                Cell(q.speaker_name or "(unattributed)"),
                _wording(q.first),
                Cell(f"{q.first.outlet} ({q.first.published or 'no date'})"),
                Cell(", ".join(q.outlets)),
                Cell("possible misquote" if q.misquoted else ""),
            )
        )
    return Table(
        "Quotes across outlets",
        ("Id", "Speaker", "Words (first outlet's)", "First carried by", "Carried by", "Flag"),
        tuple(rows),
        "One row per quote however many outlets carry it; the first outlet is by date, "
        "then input order.",
    )


def misquotes_table(c: Collation) -> Table:
    rows = tuple(
        (
            Cell(m.quote),
            Cell(m.reference.outlet),
            _wording(m.reference),
            Cell(m.variant.outlet),
            _wording(m.variant),
            Cell(f"{m.similarity:.2f}"),
        )
        for m in c.misquotes
    )
    return Table(
        "Possible misquotes",
        ("Quote", "First outlet", "Its words", "Other outlet", "Other words", "Similarity"),
        rows,
    )


def speakers_table(c: Collation) -> Table:
    rows = tuple(
        (
            Cell(s.name),
            Cell(", ".join(s.quotes)),
            Cell(str(len(s.quotes))),
            Cell(", ".join(s.outlets)),
        )
        for s in c.speakers
    )
    return Table("Per speaker", ("Speaker", "Quotes", "How many", "Outlets"), rows)


def relays_table(c: Collation) -> Table:
    rows = []
    for edge in c.relays:
        ev = edge.evidence[0] if edge.evidence else None
        rows.append(
            (
                Cell(edge.from_outlet),
                Cell(edge.to_outlet),
                Cell(edge.kind.replace("_", " ")),
                Cell(_clip(ev.text, 160), ev.article, ev.sentence) if ev else Cell(""),
                Cell(str(len(edge.evidence))),
            )
        )
    return Table(
        "Who relays whom",
        ("Outlet", "relays", "How", "Evidence", "Spans"),
        tuple(rows),
        "attribution: credits the other outlet; text reuse: shares 12 words or more of its "
        "text outside quotes; quote reuse: carries its quote later, in its exact words.",
    )


def claim_matrix(c: Collation, dossier: Dossier) -> Table:
    """Claims down, outlets across: stated / variant / silent, with independent counts."""
    outlets = c.outlets
    outlet_of = {a.id: a.outlet or "(unknown outlet)" for a in dossier.articles}
    counts = {k.claim: k for k in c.corroboration}
    rows = []
    for g in c.claims:
        if not g.claims:
            continue
        first = g.claims[0]
        state: dict[str, tuple[str, str, Span]] = {}
        stated, variant = set(g.stated_by), set(g.variant_by)
        for claim in g.claims:
            outlet = outlet_of.get(claim.article, "(unknown outlet)")
            mark = (
                "stated"
                if claim.article in stated
                else "variant"
                if claim.article in variant
                else "stated"
            )
            if outlet not in state or (mark == "stated" and state[outlet][0] != "stated"):
                state[outlet] = (mark, claim.article, claim.sentence)
        k = counts.get(g.id)
        cells = [
            Cell(g.id),
            Cell(_clip(first.text, 160), first.article, first.sentence),
            Cell(str(g.verdict)),
            Cell(str(k.articles if k else len(g.articles))),
            Cell(str(k.independent if k else "")),
        ]
        for outlet in outlets:
            if outlet in state:
                mark, article, sentence = state[outlet]
                cells.append(Cell(mark, article, sentence))
            else:
                cells.append(Cell("silent"))
        rows.append(tuple(cells))
    return Table(
        "Claims across outlets",
        ("Id", "Claim", "Verdict", "Articles", "Independent sources", *outlets),
        tuple(rows),
        "Independent sources: outlets stating the claim, counting once those that relay "
        "one another for it and near-duplicate articles.",
    )


def quantities_table(c: Collation) -> Table:
    rows = []
    for r in c.quantities:
        first = r.members[0] if r.members else None
        low_high = f"{r.interval[0]:g}–{r.interval[1]:g}" if r.interval else ""
        rows.append(
            (
                Cell(r.id),
                Cell(
                    r.concept or "",
                    first.article if first else None,
                    first.sentence if first else None,
                ),
                Cell(r.unit or ""),
                Cell(", ".join(_clip(q.text, 40) for q in r.members)),
                Cell(str(r.agreement)),
                Cell(low_high),
            )
        )
    return Table(
        "Numbers across outlets",
        ("Id", "What", "Unit", "As written", "Agreement", "Interval"),
        tuple(rows),
    )


def framing_table(c: Collation) -> Table:
    rows = []
    for f in c.framing:
        if not f.differs:
            continue
        for e in f.entries:
            rows.append(
                (
                    Cell(f.subject),
                    Cell(e.outlet),
                    Cell(", ".join(e.hedges) or "(none)"),
                    Cell(e.attributed_to or ""),
                    Cell(_clip(e.text, 160), e.article, e.sentence),
                )
            )
    return Table(
        "Framing",
        ("Claim / quote", "Outlet", "Hedges", "Attributed to", "Sentence"),
        tuple(rows),
        "Only claims and quotes that outlets frame differently are listed.",
    )


def timeline_table(c: Collation) -> Table:
    conflicted = {d.entry for d in c.date_conflicts}
    rows = []
    for t in c.timeline:
        first = t.mentions[0]
        rows.append(
            (
                Cell(t.date),
                Cell(_clip(t.event, 160), first.article, first.sentence),
                Cell(", ".join(t.outlets)),
                Cell(", ".join(t.dates) + (" (conflict)" if t.id in conflicted else "")),
            )
        )
    return Table("Timeline", ("Date", "Event", "Outlets", "Dates given"), tuple(rows))


def conflicts_table(c: Collation) -> Table:
    entries = {t.id: t for t in c.timeline}
    rows = []
    for d in c.date_conflicts:
        by_outlet: dict[str, list[str]] = defaultdict(list)
        for value, outlets in d.dates:
            for o in outlets:
                by_outlet[o].append(value)
        entry = entries.get(d.entry)
        first = entry.mentions[0] if entry else None
        rows.append(
            (
                Cell(
                    _clip(d.event, 120),
                    first.article if first else None,
                    first.sentence if first else None,
                ),
                Cell("; ".join(f"{v}: {', '.join(o)}" for v, o in d.dates)),
            )
        )
    return Table("Conflicting dates", ("Event", "Dates and who gives them"), tuple(rows))


def tables(c: Collation, dossier: Dossier) -> list[tuple[str, Table]]:
    """Every collation table with the anchor of its section."""
    return [
        ("claims", claim_matrix(c, dossier)),
        ("collated-numbers", quantities_table(c)),
        ("collated-quotes", quotes_table(c)),
        ("misquotes", misquotes_table(c)),
        ("speakers", speakers_table(c)),
        ("relays", relays_table(c)),
        ("framing", framing_table(c)),
        ("timeline", timeline_table(c)),
        ("date-conflicts", conflicts_table(c)),
        ("entities", entities_table(c)),
    ]


def render(collation: Collation, dossier: Dossier) -> str:
    from .markdown_report import table

    parts = ["## Across outlets", ""]
    for _anchor, t in tables(collation, dossier):
        parts.append("#" + table(t))
    return "\n".join(parts)
