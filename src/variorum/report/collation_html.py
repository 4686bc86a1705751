"""The collation as HTML fragments: tables linked to sentences, and the relay graph as SVG.

Every piece of article text goes through ``html.escape``; links point at the per-sentence
anchors (``anchors.sentence_anchor``) of the page's article sections. No external assets:
the source graph is inline SVG.
"""

from __future__ import annotations

import math
from html import escape

from ..collate.types import Collation
from ..dossier import Dossier
from . import html_report, views
from .collation_md import COLLAPSED, tables
from .html_report import link

_CLASS = {"stated": "agreed", "variant": "variant", "silent": "single-source"}


def _cell(cell: views.Cell) -> str:
    text = escape(cell.text)
    css = _CLASS.get(cell.text.split(" ", 1)[0])
    if css:
        text = f'<span class="{css}">{text}</span>'
    return link(cell, text)


def table(t: views.Table, anchor: str) -> str:
    return html_report.table(t, anchor, level=3, cell=_cell)


def relay_graph(collation: Collation) -> str:
    """Outlets on a circle, an arrow from each relaying outlet to its source; and a list."""
    if not collation.relays:
        return ""
    outlets = sorted(
        {e.from_outlet for e in collation.relays} | {e.to_outlet for e in collation.relays}
    )
    size, radius = 420, 150
    centre = size / 2
    pos = {
        o: (
            centre + radius * math.cos(2 * math.pi * i / len(outlets) - math.pi / 2),
            centre + radius * math.sin(2 * math.pi * i / len(outlets) - math.pi / 2),
        )
        for i, o in enumerate(outlets)
    }
    colour = {"attribution": "#0b5cad", "text_reuse": "#a31515", "quote_reuse": "#8a5a00"}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
        f'viewBox="0 0 {size} {size}" role="img" aria-label="Who relays whom">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
        'markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#555"/>'
        "</marker></defs>",
    ]
    for n, edge in enumerate(collation.relays):
        (x1, y1), (x2, y2) = pos[edge.from_outlet], pos[edge.to_outlet]
        # Stop short of the label, and bend parallel edges apart a little.
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy) or 1.0
        sx, sy = x1 + dx * 18 / length, y1 + dy * 18 / length
        ex, ey = x2 - dx * 18 / length, y2 - dy * 18 / length
        bend = 12 * ((n % 3) - 1)
        # Weak evidence (quote reuse by an outlet with its own sources) is drawn dashed.
        width, dash = ("1", ' stroke-dasharray="4 3"') if edge.strength == "weak" else ("2", "")
        mx, my = (sx + ex) / 2 - dy / length * bend, (sy + ey) / 2 + dx / length * bend
        parts.append(
            f'<path d="M{sx:.1f} {sy:.1f} Q{mx:.1f} {my:.1f} {ex:.1f} {ey:.1f}" fill="none" '
            f'stroke="{colour[edge.kind]}" stroke-width="{width}"{dash} '
            f'marker-end="url(#arrow)">'
            f"<title>{escape(edge.from_outlet)} relays {escape(edge.to_outlet)} "
            f"({escape(edge.kind)}, {edge.strength} evidence)</title></path>"
        )
    for o, (x, y) in pos.items():
        anchor = "start" if x > centre + 1 else "end" if x < centre - 1 else "middle"
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="#333"/>')
        parts.append(
            f'<text x="{x:.1f}" y="{y - 9:.1f}" font-size="12" text-anchor="{anchor}">'
            f"{escape(o)}</text>"
        )
    parts.append("</svg>")
    legend = " · ".join(
        f'<span style="color:{c}">{escape(k.replace("_", " "))}</span>' for k, c in colour.items()
    ) + " · dashed: weak evidence (never merges sources)"
    items = []
    by_source: dict[str, list[str]] = {}
    for edge in collation.relays:
        by_source.setdefault(edge.from_outlet, []).append(
            f"{escape(edge.to_outlet)} ({escape(edge.kind.replace('_', ' '))}"
            + (", weak" if edge.strength == "weak" else "")
            + ")"
        )
    for outlet in sorted(by_source):
        inner = "".join(f"<li>relays {x}</li>" for x in by_source[outlet])
        items.append(f"<li>{escape(outlet)}<ul>{inner}</ul></li>")
    return (
        f'<figure class="relay-graph">{"".join(parts)}<figcaption>{legend}</figcaption></figure>'
        f"<ul>{''.join(items)}</ul>"
    )


def render(collation: Collation, dossier: Dossier) -> str:
    out = ['<h2 id="across-outlets">Across outlets</h2>']
    for anchor, t in tables(collation, dossier):
        if anchor in COLLAPSED:
            out.append(
                f"<details><summary>{len(t.rows)} {escape(t.title.lower())}</summary>"
                f"{table(t, anchor)}</details>"
            )
            continue
        out.append(table(t, anchor))
        if anchor == "relays":
            out.append(relay_graph(collation))
    return "\n".join(out)
