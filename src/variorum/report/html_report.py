"""The dossier as one self-contained HTML page: no scripts, fonts or images from outside.

Article text is untrusted: every character of it goes through ``html.escape``. Each
article is shown sentence by sentence with an anchor per sentence, and every finding in
the tables links to its sentence, which the page highlights when it is the link target.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from ..dossier import Dossier
from ..model import ArticleFindings, Span
from . import views
from .anchors import article_anchor, sentence_anchor

STYLE = """
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0 auto;max-width:78rem;
padding:1rem 2rem;color:#1b1b1b;background:#fdfdfb}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.92rem}
th,td{border:1px solid #ddd;padding:.3rem .45rem;vertical-align:top;text-align:left}
th{background:#f0f0ea}tr:nth-child(even) td{background:#fafaf6}
a{color:#0b5cad}nav a{margin-right:1rem}.note{color:#555;font-style:italic}
.article{border:1px solid #ddd;border-radius:4px;padding:.5rem 1rem;margin:1rem 0}
.article .meta{color:#555;font-size:.9rem}.text{white-space:pre-wrap}
.sent:target{background:#fff2a8;outline:2px solid #e0c200}
.debris{color:#aaa;text-decoration:line-through}
.agreed{color:#17632a}.variant{color:#8a5a00}.conflicting{color:#a31515;font-weight:600}
.single-source{color:#555}
"""


def link(cell: views.Cell, inner: str) -> str:
    """``inner`` (HTML) linked to the cell's sentence, or article, when it names one."""
    if cell.article is None:
        return inner
    if cell.sentence is None or not cell.sentence.end:
        return f'<a href="#{article_anchor(cell.article)}">{inner}</a>'
    return f'<a href="#{sentence_anchor(cell.article, cell.sentence)}">{inner}</a>'


def _cell(cell: views.Cell) -> str:
    return link(cell, escape(cell.text))


def table(
    t: views.Table,
    anchor: str,
    *,
    level: int = 2,
    cell: Callable[[views.Cell], str] = _cell,
) -> str:
    out = [f'<h{level} id="{escape(anchor)}">{escape(t.title)}</h{level}>']
    if not t.rows:
        out.append('<p class="note">(none found)</p>')
    else:
        out.append("<table><thead><tr>")
        out.extend(f"<th>{escape(h)}</th>" for h in t.headers)
        out.append("</tr></thead><tbody>")
        for row in t.rows:
            out.append("<tr>" + "".join(f"<td>{cell(c)}</td>" for c in row) + "</tr>")
        out.append("</tbody></table>")
    if t.note:
        out.append(f'<p class="note">{escape(t.note)}</p>')
    return "\n".join(out)


def article_section(found: ArticleFindings) -> str:
    """One article, each sentence wrapped in an anchor; debris shown struck through."""
    a = found.article
    text = a.text
    meta = " · ".join(
        escape(x) for x in (a.outlet, a.published, a.byline, a.file) if x
    )
    # Cut points: sentence starts and ends, debris starts and ends.
    debris = sorted(a.debris)
    pieces: list[str] = []
    pos = 0
    for sent in found.sentences:
        if sent.span.start > pos:
            pieces.append(_with_debris(text, pos, sent.span.start, debris))
        anchor = sentence_anchor(a.id, sent.span)
        inner = _with_debris(text, sent.span.start, sent.span.end, debris)
        pieces.append(f'<span class="sent" id="{anchor}">{inner}</span>')
        pos = sent.span.end
    if pos < len(text):
        pieces.append(_with_debris(text, pos, len(text), debris))
    title = escape(a.title or a.id)
    # Only web addresses become links: a "javascript:" URL from a manifest must not run.
    safe_url = a.url and a.url.lower().startswith(("https://", "http://"))
    link = f' · <a href="{escape(a.url or "")}" rel="nofollow noopener">source</a>'
    url = link if safe_url else ""
    return (
        f'<section class="article" id="{article_anchor(a.id)}"><h3>{title}</h3>'
        f'<p class="meta">{meta}{url}</p><div class="text">{"".join(pieces)}</div></section>'
    )


def _with_debris(text: str, start: int, end: int, debris: list[Span]) -> str:
    out: list[str] = []
    pos = start
    for d in debris:
        if d.end <= pos or d.start >= end:
            continue
        s, e = max(d.start, pos), min(d.end, end)
        out.append(escape(text[pos:s]))
        out.append(f'<span class="debris">{escape(text[s:e])}</span>')
        pos = e
    out.append(escape(text[pos:end]))
    return "".join(out)


def render(dossier: Dossier) -> str:
    from . import collation_html

    sections = [
        ("outlets", views.articles_table(dossier)),
        ("quotes", views.quotes_table(dossier)),
        ("numbers", views.quantities_table(dossier)),
        ("dates", views.timeline_table(dossier)),
        ("skipped", views.skipped_table(dossier)),
    ]
    nav = "".join(
        f'<a href="#{a}">{escape(label)}</a>'
        for a, label in (
            ("outlets", "Outlets"),
            ("collation", "Across outlets"),
            ("quotes", "Who said what"),
            ("numbers", "Numbers"),
            ("dates", "Dates"),
            ("articles", "Articles"),
        )
    )
    body = [
        "<h1>variorum dossier</h1>",
        f"<p>{escape(views.overview(dossier))}</p>",
        f"<nav>{nav}</nav>",
        table(sections[0][1], sections[0][0]),
        '<div id="collation">',
        collation_html.render(dossier.collation, dossier),
        "</div>",
        *(table(t, anchor) for anchor, t in sections[1:]),
        '<h2 id="articles">Articles</h2>',
        *(article_section(found) for found in dossier.findings),
    ]
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">"
        f"<title>variorum dossier</title><style>{STYLE}</style></head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )
