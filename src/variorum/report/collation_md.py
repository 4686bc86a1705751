"""The collation as Markdown sections, and the tables both report formats show of it.

``tables`` turns a ``Collation`` into ``views.Table``s whose cells point at their sentences;
this module renders them as Markdown, ``collation_html`` as HTML with links.
"""

from __future__ import annotations

from collections import defaultdict

from ..collate.claims import ClaimGroup
from ..collate.types import Collation, Corroboration, QuoteWording
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
                Cell(edge.kind.replace("_", " ") + (" (weak)" if edge.strength == "weak" else "")),
                Cell(_clip(ev.text, 160), ev.article, ev.sentence) if ev else Cell(""),
                Cell(str(len(edge.evidence))),
            )
        )
    return Table(
        "Who relays whom",
        ("Outlet", "relays", "How", "Evidence", "Spans"),
        tuple(rows),
        "attribution: credits the other outlet; text reuse: shares a run of 20 words or more "
        "(or two runs of 12) of its text outside quotes; quote reuse: carries its quote later, "
        "in its exact words — weak when the outlet has sources of its own (both may have "
        "heard it), and then it never merges two outlets into one source.",
    )


_VERDICT_ORDER = {"conflicting": 0, "variant": 1, "agreed": 2, "single-source": 3}


def _outlet_cell(g: ClaimGroup, outlet_of: dict[str, str], outlet: str) -> Cell:
    """What ``outlet`` says of claim ``g``: stated, a variant (with the differing words),
    or silent; linked to its sentence. A reprint's cell says so."""
    mine = [c for c in g.claims if outlet_of.get(c.article) == outlet]
    if not mine:
        return Cell("silent")
    # A stated claim wins over a variant; the earliest article breaks ties.
    mine.sort(key=lambda c: (c.article in g.variant_by, c.article))
    claim = mine[0]
    if claim.article in g.variant_by:
        shown: list[str] = []
        for e in g.evidence:
            if e.article != claim.article:
                continue
            if e.kind in ("number", "date"):
                shown.append(f"{e.kind} {_clip(e.text, 40)}")
            elif e.kind == "hedge":
                shown.append("hedged: " + ", ".join(claim.hedges))
            elif e.kind == "speaker":
                shown.append(f"credited to {_clip(claim.attributed_to or '?', 40)}")
            else:
                shown.append("negated" if claim.negated else "not negated")
        text = f"variant ({'; '.join(dict.fromkeys(shown))})"
    else:
        text = "stated"
    if len(mine) > 1:
        text += f" (+{len(mine) - 1} more)"
    return Cell(text, claim.article, claim.sentence)


def _sources_text(k: Corroboration | None) -> str:
    if k is None:
        return ""
    return "; ".join(" + ".join(cluster) for cluster in k.sources)


def claim_matrix(c: Collation, dossier: Dossier) -> Table:
    """Claims two or more outlets state, outlets across: conflicts and variants first, then
    agreed claims; each with its independent-source count and what counts as one source."""
    outlets = c.outlets
    outlet_of = {a.id: a.outlet or "(unknown outlet)" for a in dossier.articles}
    counts = {k.claim: k for k in c.corroboration}
    shared = [g for g in c.claims if len({outlet_of.get(a) for a in g.articles}) > 1]
    shared.sort(
        key=lambda g: (
            _VERDICT_ORDER.get(str(g.verdict), 9),
            -(counts[g.id].independent if g.id in counts else 0),
            -len(g.articles),
            g.id,
        )
    )
    rows = []
    for g in shared:
        first = g.claims[0]
        k = counts.get(g.id)
        cells = [
            Cell(g.id),
            Cell(_clip(first.text, 160), first.article, first.sentence),
            Cell(str(g.verdict)),
            Cell(str(k.articles if k else len(g.articles))),
            Cell(str(k.independent if k else "")),
            Cell(_sources_text(k)),
        ]
        cells.extend(_outlet_cell(g, outlet_of, outlet) for outlet in outlets)
        rows.append(tuple(cells))
    return Table(
        "Claims across outlets",
        ("Id", "Claim", "Verdict", "Articles", "Independent", "Sources", *outlets),
        tuple(rows),
        "Claims stated by two or more outlets: conflicts and variants first. Independent: "
        "outlets stating the claim, counting once those that relay one another for it (they "
        "credit the other, copy its text) and reprints; Sources lists what counts as one.",
    )


def single_source_claims(c: Collation, dossier: Dossier) -> Table:
    """Claims one outlet alone states, compact: claim, outlet, verdict."""
    outlet_of = {a.id: a.outlet or "(unknown outlet)" for a in dossier.articles}
    rows = []
    for g in c.claims:
        if len({outlet_of.get(a) for a in g.articles}) != 1 or not g.claims:
            continue
        first = g.claims[0]
        rows.append(
            (
                Cell(g.id),
                Cell(outlet_of.get(first.article, "(unknown outlet)")),
                Cell(_clip(first.text, 140), first.article, first.sentence),
            )
        )
    rows.sort(key=lambda r: (r[1].text, r[2].article or "", r[2].sentence or Span(0, 0)))
    return Table(
        "Claims only one outlet states",
        ("Id", "Outlet", "Claim"),
        tuple(rows),
    )


def quantities_table(c: Collation, dossier: Dossier) -> Table:
    """Numbers two or more articles give for one thing: outlets across, each figure linked
    to its sentence, with the verdict (agree / precision / update / conflict)."""
    outlets = c.outlets
    outlet_of = {a.id: a.outlet or "(unknown outlet)" for a in dossier.articles}
    order = {"conflict": 0, "update": 1, "precision": 2, "agree": 3}
    shared = [r for r in c.quantities if len(r.articles) > 1]
    shared.sort(key=lambda r: (order.get(str(r.agreement), 9), -len(r.articles), r.id))
    rows = []
    for r in shared:
        first = r.members[0]
        low_high = ""
        if r.interval:
            low_high = f"{r.interval[0]:,g}–{r.interval[1]:,g}".replace("inf", "∞")
        cells = [
            Cell(r.id),
            Cell(r.concept or "(unnamed)", first.article, first.sentence),
            Cell(r.unit or ""),
            Cell(str(r.agreement)),
            Cell(low_high),
        ]
        for outlet in outlets:
            given = [q for q in r.members if outlet_of.get(q.article) == outlet]
            if not given:
                cells.append(Cell(""))
                continue
            extra = f" (+{len(given) - 1} more)" if len(given) > 1 else ""
            q = given[0]
            cells.append(Cell(_clip(q.text, 40) + extra, q.article, q.sentence))
        rows.append(tuple(cells))
    return Table(
        "Numbers across outlets",
        ("Id", "What", "Unit", "Verdict", "Shared range", *outlets),
        tuple(rows),
        "agree: the figures allow a common value; precision: they meet once approximate "
        "wording is widened (\"more than 300\" / \"312\"); update: a running count (a toll, "
        "a span of time) revised in later articles; conflict: they cannot all be right.",
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
        ("collated-numbers", quantities_table(c, dossier)),
        ("collated-quotes", quotes_table(c)),
        ("misquotes", misquotes_table(c)),
        ("speakers", speakers_table(c)),
        ("relays", relays_table(c)),
        ("framing", framing_table(c)),
        ("timeline", timeline_table(c)),
        ("date-conflicts", conflicts_table(c)),
        ("entities", entities_table(c)),
        ("single-source-claims", single_source_claims(c, dossier)),
    ]


# Sections shown folded (a reader wants what differs first).
COLLAPSED = frozenset({"single-source-claims"})


def render(collation: Collation, dossier: Dossier) -> str:
    from .markdown_report import table

    parts = ["## Across outlets", ""]
    for anchor, t in tables(collation, dossier):
        if anchor in COLLAPSED:
            parts += [
                f"<details><summary>{len(t.rows)} {t.title.lower()}</summary>",
                "",
                "#" + table(t),
                "</details>",
                "",
            ]
        else:
            parts.append("#" + table(t))
    return "\n".join(parts)
