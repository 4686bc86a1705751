"""Claim alignment across articles, and the verdicts on aligned groups."""

from __future__ import annotations

import pytest

from variorum.collate.claim_relation import relation
from variorum.collate.claims import (
    _group_of,
    align,
    align_claims,
    core_terms,
    lead_figures,
    merge_by_figures,
)
from variorum.collate.quantities import align_quantity_rows
from variorum.extract import extract_articles
from variorum.model import Article, ArticleFindings


def findings(*texts: str) -> list[ArticleFindings]:
    return list(extract_articles(Article(id=f"a{i}", text=t) for i, t in enumerate(texts)))


def group_with(groups: tuple, word: str):  # type: ignore[no-untyped-def]
    return next(g for g in groups if any(word in c.text for c in g.claims) and len(g.articles) > 1)


def test_rewordings_align_and_unrelated_do_not() -> None:
    groups = align_claims(
        findings(
            "Halden Maritime reached a deal with the dockworkers' union on Saturday. "
            "The mayor opened a new library.",
            "The dockworkers' union and Halden Maritime reached a deal on Saturday. "
            "Heavy rain flooded the northern ring road.",
        )
    )
    deal = group_with(groups, "deal")
    assert deal.articles == ("a0", "a1")
    assert all(len(g.articles) == 1 for g in groups if g is not deal)


def test_same_article_claims_never_align() -> None:
    groups = align_claims(
        findings("The strike closed the Northgate terminal. The strike closed the Northgate port.")
    )
    assert all(len(g.claims) == 1 for g in groups)


@pytest.mark.parametrize(
    ("first", "second", "verdict", "kind"),
    [
        (
            "Halden Maritime paid the back wages to the dockworkers on Monday.",
            "Halden Maritime paid the back wages to the dockworkers on Monday, officials said.",
            "agreed",
            None,
        ),
        (
            "Halden Maritime paid the back wages to the Northgate dockworkers.",
            "Halden Maritime never paid the back wages to the Northgate dockworkers.",
            "conflicting",
            "negation",
        ),
        (
            "Halden Maritime paid the back wages to the Northgate dockworkers.",
            "Halden Maritime reportedly paid the back wages to the Northgate dockworkers.",
            "variant",
            "hedge",
        ),
    ],
)
def test_verdicts(first: str, second: str, verdict: str, kind: str | None) -> None:
    groups, _ = align(findings(first, second))
    group = group_with(groups, "wages")
    assert group.verdict == verdict
    if kind:
        assert kind in group.variant_kinds
        assert group.evidence and all(e.article in group.articles for e in group.evidence)


def test_output_is_deterministic() -> None:
    texts = (
        "The strike began on March 2 at the Northgate terminal. Ships were turned away.",
        "At the Northgate terminal the strike began on March 2. Ships were sent away.",
    )
    assert align(findings(*texts)) == align(findings(*texts))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "The union said the strike would end on Friday.",
            "Union leaders confirmed the strike ends Friday.",
            "strengthen",
        ),
        (
            "The union said the strike would end on Friday.",
            "The city zoo welcomed a baby giraffe.",
            "neither",
        ),
    ],
)
def test_relation(a: str, b: str, expected: str) -> None:
    assert relation(a, b) == expected


def test_a_shared_background_is_not_the_same_claim() -> None:
    groups = align_claims(
        findings(
            "Daniel Ashworth, the harbour minister, has declined to intervene in the dispute.",
            "Daniel Ashworth, the harbour minister, toured the quay with the union leader.",
        )
    )
    assert all(len(g.articles) == 1 for g in groups)


def test_one_figure_under_two_names_and_a_rival_figure_make_one_conflicting_claim() -> None:
    groups, rows = align(
        findings(
            "The settlement is worth $40 million, according to two people familiar with "
            "the talks.",
            "The deal agreed early on Saturday to end the strike is worth $40 million, the "
            "Harbour Post reported.",
            "The settlement, announced on Saturday after all-night talks, is worth $75 million "
            "over two years.",
        )
    )
    [group] = [g for g in groups if len(g.articles) > 1]
    assert group.articles == ("a0", "a1", "a2")
    assert group.verdict == "conflicting"
    assert {e.text for e in group.evidence if e.kind == "number"} >= {"$75 million"}
    assert any({q.value for q in r.members} >= {40_000_000, 75_000_000} for r in rows)


def test_a_figure_a_sentence_mentions_in_passing_joins_no_claims() -> None:
    # Each claim starts in a group of its own; the quantity rows then join groups. The
    # second sentence states how many were affected and mentions the homeless in passing:
    # that shared count must not chain "affected" into "homeless".
    found = findings(
        "The river burst its banks and left 3,000 people homeless, relief agencies said.",
        "The storm affected some 9,000 people in the villages, including 3,000 people left "
        "homeless.",
        "Around 9,000 people in the villages were affected by the storm.",
    )
    claims = sorted((c for f in found for c in f.claims), key=lambda c: c.article)
    alone = [[i] for i in range(len(claims))]
    rows = align_quantity_rows(found, _group_of(claims, alone))
    texts = {f.article.id: f.article.text for f in found}
    cores = [core_terms(c)[1] for c in claims]
    merged = merge_by_figures(claims, alone, list(rows), cores, texts)
    assert sorted(merged) == [[0], [1, 2]]


def test_claims_that_share_only_a_name_are_not_one_statement() -> None:
    groups = align_claims(
        findings(
            "Many dockers blame Ruth Calder for the long strike at the port.",
            "No word came from Ruth Calder about the long strike at the port.",
        )
    )
    assert all(len(g.articles) == 1 for g in groups)


def test_lead_figures_are_those_of_subject_or_object() -> None:
    text = "Some 9,000 people were affected by the storm, including 3,000 who lost homes."
    (claim,) = findings(text)[0].claims
    assert [s.of(text) for s in lead_figures(claim, text)] == ["Some 9,000"]


def test_verdict_evidence_comes_from_the_group_itself() -> None:
    groups, _rows = align(
        findings(
            "The settlement is worth $40 million. Crews repaired two cranes on Sunday.",
            "Crews repaired two cranes on Sunday. The council met on Tuesday.",
        )
    )
    cranes = group_with(groups, "cranes")
    assert cranes.verdict == "agreed"
    assert not cranes.evidence
