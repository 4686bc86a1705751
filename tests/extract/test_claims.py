"""Claims: one per asserting sentence, with reported speech unwrapped and stance marked."""

from __future__ import annotations

import pytest

from variorum.extract import extract_article
from variorum.model import Article, Claim


def claims_of(text: str) -> tuple[Claim, ...]:
    return extract_article(Article(id="t", text=text)).claims


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("The union said the strike would end on Friday.", "attributed_to", "The union"),
        ("The union said the strike would end on Friday.", "predicate", "end"),
        ("The union said the strike would end on Friday.", "subject", "strike"),
        ("The port operator denied that wages had been withheld.", "negated", True),
        ("The terminal did not reopen on Monday.", "negated", True),
        ("The Herald was unable to verify the figure.", "negated", True),
        ("Halden Maritime failed to pay the wages.", "negated", True),
        ("The Herald was able to verify the figure.", "negated", False),
        ("Halden Maritime neither paid the wages nor apologised.", "negated", True),
        ("The union decided not to strike.", "negated", True),
        ("The union decided to strike.", "negated", False),
        ("Twenty ships were turned away in the first week.", "predicate", "turn away"),
        ("The company reportedly paid the wages last month.", "hedges", ("reportedly",)),
        ("The deal could be worth more than the union asked.", "hedges", ("could",)),
        ("According to the harbour master, the terminal stayed closed.", "attributed_to",
         "the harbour master"),
        ("Halden Maritime signed the agreement with the union.", "object", "agreement"),
    ],
)
def test_claim_fields(text: str, field: str, expected: object) -> None:
    (claim,) = claims_of(text)
    value = getattr(claim, field)
    if isinstance(expected, str) and isinstance(value, str):
        assert expected in value
    else:
        assert value == expected


@pytest.mark.parametrize(
    "text",
    [
        "Will the strike end soon?",
        "Port news",
        "Strike: day three",
        "Mon Mar 9, 2026 6:42 am EDT CARROW (Meridian Wire) -",  # a dateline: "am" is no verb
    ],
)
def test_non_assertions_give_no_claim(text: str) -> None:
    assert claims_of(text) == ()


def test_reported_claim_text_is_the_content_clause() -> None:
    (claim,) = claims_of("Maria Okafor said the workers would not return until they were paid.")
    assert claim.text.startswith("the workers would not return")
    assert claim.negated
    assert claim.sentence.start == 0


def test_entities_are_those_of_the_sentence() -> None:
    first, second = claims_of(
        "Maria Okafor leads the Carrow Dockworkers' Union. Halden Maritime runs the port."
    )
    assert any("Okafor" in e for e in first.entities)
    assert not any("Halden" in e for e in first.entities)
    assert any("Halden" in e for e in second.entities)


def test_according_to_is_cut_from_the_claim_and_credits_its_noun_phrase() -> None:
    (claim,) = claims_of(
        "The settlement is worth $40 million, according to two people familiar with the "
        "talks, which were chaired by Daniel Ashworth, the harbour minister."
    )
    assert claim.text == "The settlement is worth $40 million"
    assert claim.attributed_to == "two people familiar with the talks"


def test_an_outlet_reporting_is_the_source_of_its_content_clause() -> None:
    (claim,) = claims_of("The deal is worth $40 million, the Harbour Post reported.")
    assert claim.text == "The deal is worth $40 million"
    assert claim.attributed_to == "the Harbour Post"


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "The terminal has been closed since the strike began, and 23 ships were turned "
            "away in the first week.",
            ["The terminal has been closed since the strike began",
             "23 ships were turned away in the first week"],
        ),
        (
            "Some younger dockworkers had argued for a larger pay rise, but the vote was not "
            "close.",
            ["Some younger dockworkers had argued for a larger pay rise", "the vote was not close"],
        ),
        # A clause too short to assert anything alone keeps the sentence whole.
        ("People are tired, and people are angry.", ["People are tired, and people are angry"]),
    ],
)
def test_independent_clauses_are_claims_of_their_own(text: str, parts: list[str]) -> None:
    claims = claims_of(text)
    assert [c.text for c in claims] == parts
    assert len({c.sentence for c in claims}) == 1


def test_a_claim_carries_only_its_clause_numbers() -> None:
    first, second = claims_of(
        "The terminal has been closed since the strike began, and 23 ships were turned away "
        "in the first week."
    )
    assert not first.quantities and len(second.quantities) == 1


@pytest.mark.parametrize(
    ("text", "asserted", "background"),
    [
        (
            "About 3,000 people lost their homes in the storm, which sank 40 fishing boats.",
            ["3,000"],
            ["40"],
        ),
        (
            "With estimates of the damage ranging from 12 to 30 piers, 80 boats were lost.",
            ["80"],
            ["12 to 30"],
        ),
        ("The ferry company laid off 85 crew and sold four vessels.", ["85", "four"], []),
    ],
)
def test_figures_are_the_counts_the_clause_asserts(
    text: str, asserted: list[str], background: list[str]
) -> None:
    (claim,) = claims_of(text)
    figures = [s.of(text) for s in claim.figures]
    carried = [s.of(text) for s in claim.quantities]
    assert all(any(a in f for f in figures) for a in asserted)
    assert not any(b in f for b in background for f in figures)
    assert all(any(b in q for q in carried) for b in background)


def test_claimed_that_after_an_aside_is_unwrapped_and_hedged() -> None:
    (claim,) = claims_of(
        "Reinholt claimed, citing no evidence, that outside agitators were behind the sabotage."
    )
    assert claim.text == "outside agitators were behind the sabotage"
    assert claim.attributed_to == "Reinholt"
    assert "claimed" in claim.hedges


@pytest.mark.parametrize(
    "text",
    [
        "The mayor reportedly said the pier may close. It could reopen, according to the "
        "union.\n\nOfficials, citing no evidence, MIGHT act. The vote is said to be close.",
        "Nothing here is hedged. The pier closed on Monday.",
    ],
)
def test_sentences_without_the_words_are_skipped_exactly(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    from variorum.extract import claims

    found = claims_of(text)
    monkeypatch.setattr(claims, "fold", lambda text: None)  # no index: every sentence searched
    assert claims_of(text) == found
