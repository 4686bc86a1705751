"""The collation sections of the Markdown and HTML reports: escaped, linked to sentences."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "collate"))

from collate_helpers import Builder

from variorum.collate import collate_findings
from variorum.dossier import Dossier
from variorum.report import collation_html, collation_md
from variorum.report.anchors import sentence_anchor

SAID = "“Pay <b>what</b> is owed & more,” Okafor said."


def _dossier() -> Dossier:
    a = Builder("a", "Maria Okafor spoke. " + SAID, "Herald <x>", "2026-03-13")
    a.entity("Maria Okafor").quote(SAID[: SAID.index(" Okafor")], "Okafor")
    b = Builder("b", "Maria Okafor spoke. " + SAID, "Post", "2026-03-14")
    b.entity("Maria Okafor").quote(SAID[: SAID.index(" Okafor")], "Okafor")
    findings = [a.build(), b.build()]
    return Dossier(
        articles=tuple(f.article for f in findings),
        findings=tuple(findings),
        collation=collate_findings(findings),
    )


def test_html_escapes_and_links() -> None:
    dossier = _dossier()
    html = collation_html.render(dossier.collation, dossier)
    assert "<b>what</b>" not in html and "&lt;b&gt;what&lt;/b&gt;" in html
    assert "Herald <x>" not in html and "Herald &lt;x&gt;" in html
    quote = dossier.collation.quotes[0]
    assert f'href="#{sentence_anchor("a", quote.first.sentence)}"' in html
    assert "<svg" in html and "quote reuse" in html  # b carries a's quote a day later
    assert "Maria Okafor" in html


def test_markdown_has_every_section() -> None:
    dossier = _dossier()
    md = collation_md.render(dossier.collation, dossier)
    for title in ("Quotes across outlets", "Who relays whom", "Timeline", "Claims across outlets"):
        assert f"### {title}" in md
    assert "(a@" in md
