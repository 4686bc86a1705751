"""The source graph: attribution, text reuse and quote reuse between outlets."""

from __future__ import annotations

from collate_helpers import Builder

from variorum.collate import collate_findings
from variorum.collate.sources import outlet_aliases

BACKGROUND = (
    "The settlement was announced on Saturday after all-night talks between the union "
    "and the port operator, which runs the terminal under a lease from the city."
)


def test_outlet_aliases() -> None:
    aliases = outlet_aliases(["The Harbour Post", "Meridian Wire", "Carrow Broadcasting Company"])
    assert aliases["Harbour Post"] == "The Harbour Post"
    assert aliases["Post"] == "The Harbour Post"
    assert aliases["CBC"] == "Carrow Broadcasting Company"


def test_attribution_edge() -> None:
    post = Builder("p", "The deal is worth $40 million, the Post has learned.", "Harbour Post")
    bulletin = Builder(
        "b",
        "The deal is worth $40 million, according to the Harbour Post. Talks ended.",
        "Bulletin",
    )
    c = collate_findings([post.build(), bulletin.build()])
    edges = [(e.from_outlet, e.to_outlet, e.kind) for e in c.relays]
    assert edges == [("Bulletin", "Harbour Post", "attribution")]  # the Post citing itself is not
    (ev,) = c.relays[0].evidence
    assert ev.article == "b" and "Harbour Post" in ev.text


def test_text_reuse_edge_points_to_the_earlier_article() -> None:
    wire = Builder("w", BACKGROUND + " Workers will vote on Monday.", "Wire", "2026-03-15")
    copy = Builder("c", "Dockers cheered. " + BACKGROUND, "Ledger", "2026-03-16")
    own = Builder(
        "o", "The settlement came after talks. Nobody else wrote this.", "Own", "2026-03-14"
    )
    c = collate_findings([copy.build(), own.build(), wire.build()])
    assert [(e.from_outlet, e.to_outlet, e.kind) for e in c.relays] == [
        ("Ledger", "Wire", "text_reuse")
    ]
    relaying, source = c.relays[0].evidence
    assert relaying.article == "c" and source.article == "w"
    assert relaying.text == source.text == BACKGROUND.rstrip(".")


def test_shared_quote_is_not_text_reuse() -> None:
    quote = "“" + BACKGROUND + "”"
    a = Builder("a", "Okafor said: " + quote, "A", "2026-03-15")
    b = Builder("b", "The minister said: " + quote, "B", "2026-03-16")
    assert collate_findings([a.build(), b.build()]).relays == ()


def test_quote_reuse_edge() -> None:
    said = "“This deal pays what is owed, to the last cent,” Okafor said."
    a = Builder("a", said, "A", "2026-03-14").entity("Okafor")
    a.quote("“This deal pays what is owed, to the last cent,”", "Okafor")
    b = Builder("b", "Union news. " + said, "B", "2026-03-16").entity("Okafor")
    b.quote("“This deal pays what is owed, to the last cent,”", "Okafor")
    c = collate_findings([a.build(), b.build()])
    assert [(e.from_outlet, e.to_outlet, e.kind) for e in c.relays] == [("B", "A", "quote_reuse")]
    assert c.relays[0].strength == "strong"  # b carries no quote of its own


def test_quote_reuse_by_an_outlet_with_its_own_sources_is_weak() -> None:
    said = "“This deal pays what is owed, to the last cent,” Okafor said."
    own = "“We will reopen the gates within days,” Ashworth said."
    a = Builder("a", said, "A", "2026-03-14").entity("Okafor")
    a.quote("“This deal pays what is owed, to the last cent,”", "Okafor")
    b = Builder("b", own + " " + said, "B", "2026-03-16").entity("Okafor").entity("Ashworth")
    b.quote("“This deal pays what is owed, to the last cent,”", "Okafor")
    b.quote("“We will reopen the gates within days,”", "Ashworth")
    c = collate_findings([a.build(), b.build()])
    assert [(e.kind, e.strength) for e in c.relays] == [("quote_reuse", "weak")]


def test_one_short_shared_run_is_background_not_copying() -> None:
    run = "the strike that has shut the Northgate container terminal for almost two weeks"
    a = Builder("a", f"Talks began to end {run}. Crews waited.", "A", "2026-03-14")
    b = Builder("b", f"Officials hope to end {run}. Rain fell.", "B", "2026-03-15")
    assert collate_findings([a.build(), b.build()]).relays == ()
