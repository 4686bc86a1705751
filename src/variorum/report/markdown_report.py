"""The dossier as Markdown: the same tables as the HTML page, for terminals and wikis."""

from __future__ import annotations

from ..dossier import Dossier
from . import views


def _cell(cell: views.Cell) -> str:
    text = " ".join(cell.text.split()).replace("|", "\\|")
    # Markdown has no anchors into article text; name the article and character offset.
    if cell.article is not None and cell.sentence is not None and cell.sentence.end:
        text += f" ({cell.article}@{cell.sentence.start})"
    return text


def table(t: views.Table) -> str:
    lines = [f"## {t.title}", ""]
    if not t.rows:
        lines.append("(none found)")
    else:
        lines.append("| " + " | ".join(t.headers) + " |")
        lines.append("|" + "---|" * len(t.headers))
        lines.extend("| " + " | ".join(_cell(c) for c in row) + " |" for row in t.rows)
    if t.note:
        lines += ["", t.note]
    return "\n".join(lines) + "\n"


def render(dossier: Dossier) -> str:
    from . import collation_md

    parts = [
        "# variorum dossier",
        "",
        views.overview(dossier),
        "",
        table(views.articles_table(dossier)),
        collation_md.render(dossier.collation, dossier),
        table(views.quotes_table(dossier)),
        table(views.quantities_table(dossier)),
        table(views.timeline_table(dossier)),
        table(views.skipped_table(dossier)),
    ]
    return "\n".join(parts).rstrip("\n") + "\n"
