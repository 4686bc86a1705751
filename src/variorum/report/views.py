"""What the human-readable reports show, as tables of cells, shared by Markdown and HTML.

Each cell may point at the sentence that states it, so both renderers can link every
finding back to its source characters.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..dossier import Dossier
from ..model import Article, Span


@dataclass(frozen=True)
class Cell:
    text: str
    article: str | None = None
    sentence: Span | None = None


@dataclass(frozen=True)
class Table:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    note: str = ""


def _outlet(article: Article) -> str:
    return article.outlet or "(unknown outlet)"


def overview(dossier: Dossier) -> str:
    """One line: how many articles, outlets, days; what was skipped."""
    outlets = sorted({_outlet(a) for a in dossier.articles})
    days = sorted({a.published[:10] for a in dossier.articles if a.published})
    span = f", {days[0]} to {days[-1]}" if days else ""
    skipped = f"; {len(dossier.skipped)} input(s) skipped" if dossier.skipped else ""
    return (
        f"{len(dossier.articles)} articles from {len(outlets)} outlets{span}{skipped}."
    )


def articles_table(dossier: Dossier) -> Table:
    rows = tuple(
        (
            Cell(_outlet(a)),
            Cell(a.published or "(no date)"),
            Cell(a.title or a.id, a.id, Span(0, 0)),
            Cell(a.byline or ""),
            Cell(a.url or ""),
        )
        for a in sorted(dossier.articles, key=lambda a: (a.published or "", a.id))
    )
    return Table("Outlets and dates", ("Outlet", "Published", "Article", "Byline", "URL"), rows)


def _clip(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def quotes_table(dossier: Dossier) -> Table:
    rows = []
    for found in dossier.findings:
        text = found.article.text
        for q in found.quotes:
            rows.append(
                (
                    Cell(q.speaker or (q.source.of(text) if q.source else "(unattributed)")),
                    Cell(q.kind or ""),
                    Cell(q.cue.of(text) if q.cue else ""),
                    Cell(_clip(q.content.of(text)), q.article, q.sentence),
                    Cell(", ".join(q.hedges)),
                    Cell(_outlet(found.article)),
                )
            )
    rows.sort(key=lambda r: (r[0].text.casefold(), r[5].text, r[3].text))
    return Table(
        "Who said what",
        ("Speaker", "Kind", "Cue", "What was said", "Hedges", "Outlet"),
        tuple(rows),
    )


def _bounds(value: float | None, low: float | None, high: float | None, change: str) -> str:
    def num(x: float) -> str:
        return f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"

    if low is not None and high is not None and low != high:
        return f"{num(low)}–{num(high)}"
    if value is not None:
        mark = {"<": "≤ ", ">": "≥ ", "~": "≈ ", "up": "+", "down": "−"}.get(change, "")
        return mark + num(value)
    bound = low if low is not None else high
    return num(bound) if bound is not None else "?"


def quantities_table(dossier: Dossier) -> Table:
    rows = []
    for found in dossier.findings:
        for n in found.quantities:
            rows.append(
                (
                    Cell(n.text, n.article, n.sentence),
                    Cell(_bounds(n.value, n.low, n.high, n.change)),
                    Cell(n.unit or ""),
                    Cell(n.concept or ""),
                    Cell(_outlet(found.article)),
                )
            )
    rows.sort(key=lambda r: (r[3].text.casefold(), r[2].text, r[4].text))
    headers = ("As written", "Value", "Unit", "What it counts", "Outlet")
    return Table("The numbers", headers, tuple(rows))


def timeline_table(dossier: Dossier) -> Table:
    rows = []
    unresolved = 0
    for found in dossier.findings:
        text = found.article.text
        for t in found.timex:
            if t.type not in ("DATE", "TIME") or not t.value[:1].isdigit():
                unresolved += not t.anchored
                continue
            rows.append(
                (
                    Cell(t.value),
                    Cell(t.text, t.article, t.sentence),
                    Cell(_clip(t.sentence.of(text), 160)),
                    Cell(_outlet(found.article)),
                )
            )
    rows.sort(key=lambda r: (r[0].text, r[3].text, r[1].text))
    note = (
        f"{unresolved} relative date(s) left unresolved: their articles have no publication date."
        if unresolved
        else ""
    )
    return Table("Dates", ("Date", "As written", "Sentence", "Outlet"), tuple(rows), note)


def skipped_table(dossier: Dossier) -> Table:
    rows = tuple((Cell(s.path), Cell(s.reason)) for s in dossier.skipped)
    dup = tuple(
        (Cell(d.article), Cell(f"near-duplicate of {d.of} ({d.similarity:.0%} shared)"))
        for d in dossier.duplicates
        if d.similarity < 1.0
    )
    return Table("Skipped inputs and duplicates", ("Input", "Why"), rows + dup)

