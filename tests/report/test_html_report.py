"""The HTML report: self-contained, escaped, every finding linked to its sentence."""

from __future__ import annotations

import re

from variorum import Article, collate_articles, render
from variorum.model import Span
from variorum.report.anchors import sentence_anchor

HOSTILE = Article(
    id="evil<1>",
    outlet="<script>alert('outlet')</script>",
    published="2026-03-14",
    title="\"><img src=x onerror=alert(1)>",
    url="javascript:alert(1)",
    text=(
        "Officials said <script>alert(1)</script> 40 workers were hurt on Saturday.\n\n"
        "The union said the strike would go on, according to the Harbour Post."
    ),
    debris=(Span(0, 0),),
)


def test_untrusted_text_is_escaped() -> None:
    page = render(collate_articles([HOSTILE]), "html")
    assert "<script>" not in page
    assert "<img" not in page
    assert 'href="javascript:' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_page_loads_nothing_from_outside() -> None:
    page = render(collate_articles([HOSTILE]), "html")
    assert not re.search(r"<(script|link|img|iframe)\b", page)
    assert not re.search(r"(src|href)=\"https?://", page.replace('rel="nofollow', ""))
    assert "default-src 'none'" in page


def test_findings_link_to_existing_sentence_anchors() -> None:
    dossier = collate_articles([HOSTILE])
    page = render(dossier, "html")
    anchors = set(re.findall(r'id="([^"]+)"', page))
    links = re.findall(r'href="#([^"]+)"', page)
    assert links
    assert all(link in anchors for link in links), set(links) - anchors
    first = dossier.findings[0].sentences[0].span
    assert sentence_anchor(HOSTILE.id, first) in anchors
