"""End to end on the bundled example story: the findings a careful reader would list.

The answer key is examples/northgate-EXPECTED.md; each test names the section it checks.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import variorum
from variorum.dossier import Dossier
from variorum.model import ArticleFindings
from variorum.report.json_report import dossier_to_json, schema

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "northgate"

HERALD = "2026-03-13-carrow-herald.txt"
POST = "2026-03-14-harbour-post.txt"
MERIDIAN = "2026-03-15-meridian-wire.txt"
REPRINT = "2026-03-15-daily-ledger-wire.txt"
BULLETIN = "2026-03-15-northern-bulletin.html"
COASTLINE = "2026-03-16-coastline-news.md"
LEDGER = "2026-03-17-daily-ledger.txt"


@pytest.fixture(scope="module")
def dossier() -> Dossier:
    return variorum.collate([EXAMPLE], manifest=EXAMPLE / "manifest.csv")


def by_file(dossier: Dossier, name: str) -> ArticleFindings:
    for found in dossier.findings:
        if found.article.file and Path(found.article.file).name == name:
            return found
    raise AssertionError(f"no article from {name}")


def text_of(found: ArticleFindings, span: variorum.model.Span) -> str:
    return span.of(found.article.text)


# ------------------------------------------------------------------ ingest


def test_all_seven_articles_from_six_outlets(dossier: Dossier) -> None:
    assert len(dossier.articles) == 7
    assert len({a.outlet for a in dossier.articles}) == 6
    assert {a.published for a in dossier.articles} == {
        "2026-03-13", "2026-03-14", "2026-03-15", "2026-03-16", "2026-03-17",
    }
    # The manifest given with --manifest is not an article, nor a skipped input.
    assert not [s for s in dossier.skipped if s.path.endswith("manifest.csv")]


def test_reprint_is_a_near_duplicate_of_the_wire(dossier: Dossier) -> None:
    reprint = by_file(dossier, REPRINT).article.id
    wire = by_file(dossier, MERIDIAN).article.id
    [dup] = dossier.duplicates
    assert (dup.article, dup.of) == (reprint, wire)
    assert 0.8 <= dup.similarity < 1.0


def test_debris_is_blanked_but_kept(dossier: Dossier) -> None:
    found = by_file(dossier, COASTLINE)
    debris = [text_of(found, span) for span in found.article.debris]
    assert any("Share this article" in d for d in debris)
    assert any("Image source, Meridian Wire" in d for d in debris)
    assert "Share this article" in found.article.text
    assert "Share this article" not in found.article.clean_text
    # Debris is not a source: Meridian Wire in the image credit gives no quote.
    assert all("Meridian" not in (q.speaker or "") for q in found.quotes)


# ------------------------------------------------------------------ quotes (section 5)


def _quote_by_opening(found: ArticleFindings, opening: str) -> variorum.model.Quote:
    for q in found.quotes:
        if opening in text_of(found, q.content):
            return q
    raise AssertionError(f"no quote containing {opening!r} in {found.article.file}")


@pytest.mark.parametrize(
    ("name", "opening", "speaker"),
    [
        (HERALD, "We will not go back", "Maria Okafor"),
        (HERALD, "Halden has had every chance", "Maria Okafor"),
        (HERALD, "What the union is asking for", "Tomas Reinholt"),
        (POST, "This deal pays what is owed", "Maria Okafor"),
        (POST, "Nobody who works at this terminal", "Tomas Reinholt"),
        (MERIDIAN, "Carrow cannot afford another week", "Daniel Ashworth"),
        (COASTLINE, "We respect the process", "Tomas Reinholt"),
        (LEDGER, "We stood together for two weeks", "Maria Okafor"),
    ],
)
def test_direct_quotes_and_their_speakers(
    dossier: Dossier, name: str, opening: str, speaker: str
) -> None:
    quote = _quote_by_opening(by_file(dossier, name), opening)
    assert quote.speaker == speaker
    assert quote.kind in ("direct", "mixed")


def test_according_to_a_person(dossier: Dossier) -> None:
    quote = _quote_by_opening(by_file(dossier, POST), "Outside agitators were behind")
    assert quote.speaker == "Tomas Reinholt"
    assert quote.kind == "indirect"


def test_hedges_on_the_claimed_agitators(dossier: Dossier) -> None:
    quote = _quote_by_opening(by_file(dossier, LEDGER), "outside agitators were behind")
    assert quote.speaker == "Tomas Reinholt"
    assert {"claimed", "citing no evidence"} <= set(quote.hedges)


# ------------------------------------------------------------------ numbers (sections 2, 3, 8)


def _quantity(found: ArticleFindings, phrase: str) -> variorum.model.Quantity:
    for n in found.quantities:
        if phrase in found.article.text[n.span.start : n.span.end + 20]:
            return n
    raise AssertionError(f"no quantity at {phrase!r} in {found.article.file}")


def test_bounds_exact_and_money(dossier: Dossier) -> None:
    more = _quantity(by_file(dossier, HERALD), "more than 300")
    assert (more.value, more.change) == (300, ">")
    exact = _quantity(by_file(dossier, POST), "312")
    assert (exact.value, exact.change) == (312, "=")
    forty = _quantity(by_file(dossier, POST), "$40 million")
    assert (forty.value, forty.unit) == (40_000_000, "USD")
    seventy_five = _quantity(by_file(dossier, MERIDIAN), "$75 million")
    assert (seventy_five.value, seventy_five.unit) == (75_000_000, "USD")
    rise = _quantity(by_file(dossier, POST), "4.5%")
    assert (rise.value, rise.unit) == (4.5, "percent")
    dozen = _quantity(by_file(dossier, LEDGER), "around a dozen")
    assert (dozen.value, dozen.change) == (12, "~")


def test_a_year_is_not_a_count(dossier: Dossier) -> None:
    herald = by_file(dossier, HERALD)
    assert not [n for n in herald.quantities if n.text.strip() == "1911"]


# ------------------------------------------------------------------ dates (section 7)


@pytest.mark.parametrize(
    ("name", "phrase", "value"),
    [
        (HERALD, "last month", "2026-02"),
        (HERALD, "yesterday", "2026-03-12"),
        (HERALD, "March 2", "2026-03-02"),
        (POST, "on Monday", "2026-03-16"),
        (POST, "on Wednesday", "2026-03-11"),
        (MERIDIAN, "on Saturday", "2026-03-14"),
        (LEDGER, "yesterday", "2026-03-16"),
        (LEDGER, "on Monday", "2026-03-16"),
    ],
)
def test_relative_dates_resolve_against_publication(
    dossier: Dossier, name: str, phrase: str, value: str
) -> None:
    found = by_file(dossier, name)
    word = phrase.split()[-1].casefold()
    values = {t.value[: len(value)] for t in found.timex if word in t.text.casefold()}
    assert value in values, (phrase, sorted(values))


# ------------------------------------------------------------------ the dossier file


def test_json_is_valid_and_byte_identical(dossier: Dossier) -> None:
    data = dossier_to_json(dossier)
    jsonschema.validate(data, schema())
    again = variorum.collate([EXAMPLE], manifest=EXAMPLE / "manifest.csv")
    assert variorum.render(again, "json") == variorum.render(dossier, "json")
    assert json.loads(variorum.render(dossier, "json"))["articles"][0]["text"]


def test_html_report_shows_every_section(dossier: Dossier) -> None:
    page = variorum.render(dossier, "html")
    for heading in ("Outlets and dates", "Who said what", "The numbers", "Dates", "Articles"):
        assert heading in page
    assert "Maria Okafor" in page and "Northern Bulletin" in page


# ------------------------------------------------------------------ across outlets (issue 6)


def _outlet_of(dossier: Dossier, article_id: str) -> str:
    return next(a.outlet or "" for a in dossier.articles if a.id == article_id)


def test_aliases_merge_into_canonical_entities(dossier: Dossier) -> None:
    names = {e.name: e for e in dossier.collation.entities}
    okafor = names["Maria Okafor"]
    assert "Okafor" in okafor.aliases
    terminal = next(e for e in dossier.collation.entities if "NGT" in (*e.aliases, e.name))
    assert any("Northgate" in alias for alias in (*terminal.aliases, terminal.name))


def test_bulletin_relays_the_post_and_debris_credits_nobody(dossier: Dossier) -> None:
    edges = {(r.from_outlet, r.to_outlet) for r in dossier.collation.relays}
    assert ("Northern Bulletin", "Harbour Post") in edges
    assert ("Coastline News", "Meridian Wire") not in edges
    kinds = {r.kind for r in dossier.collation.relays
             if (r.from_outlet, r.to_outlet) == ("Northern Bulletin", "Harbour Post")}
    assert {"attribution", "text_reuse"} <= kinds


def test_the_misquote_is_flagged_with_both_versions(dossier: Dossier) -> None:
    flagged = [
        m for m in dossier.collation.misquotes
        if "will not go back" in m.reference.text and "won't go back" in m.variant.text
    ]
    assert flagged
    assert {_outlet_of(dossier, m.variant.article) for m in flagged} <= {
        "Meridian Wire", "The Daily Ledger",
    }
    # A different statement by the same speaker is not a misquote of this one.
    assert not [m for m in dossier.collation.misquotes if "stood together" in m.variant.text]


def test_the_two_settlement_sums_conflict(dossier: Dossier) -> None:
    rows = [
        row for row in dossier.collation.quantities
        if {m.value for m in row.members} >= {40_000_000, 75_000_000}
    ]
    assert len(rows) == 1
    assert rows[0].agreement == "conflict"


def test_dockworker_counts_are_variants_not_a_conflict(dossier: Dossier) -> None:
    rows = [
        row for row in dossier.collation.quantities
        if {m.value for m in row.members} >= {300, 312}
    ]
    assert len(rows) == 1
    assert rows[0].agreement in ("agree", "precision")


def test_ships_turned_away_and_let_in_are_not_one_row(dossier: Dossier) -> None:
    for row in dossier.collation.quantities:
        values = {m.value for m in row.members}
        assert not {23, 12} <= values, row


def test_the_post_and_its_relay_count_once(dossier: Dossier) -> None:
    # The Bulletin's "$40 million, the Harbour Post reported" adds no independent source.
    post = by_file(dossier, POST).article.id
    bulletin = by_file(dossier, BULLETIN).article.id
    [group] = [
        g for g in dossier.collation.claims
        if {(c.article, "$40 million" in c.text) for c in g.claims}
        >= {(post, True), (bulletin, True)}
    ]
    [corroboration] = [c for c in dossier.collation.corroboration if c.claim == group.id]
    assert corroboration.independent < corroboration.articles
    assert any(
        {"Harbour Post", "Northern Bulletin"} <= set(source) for source in corroboration.sources
    )
