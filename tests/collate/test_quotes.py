"""Consolidated quotes: one quote carried by several outlets, misquotes flagged."""

from __future__ import annotations

import pytest
from collate_helpers import Builder

from variorum.collate import collate_findings
from variorum.collate.quotes import same_words, similarity

SAID = "“We will not go back until every worker is paid what they are owed,” Okafor said."


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("“We will not go back,” she said", '"we will NOT go back"', True),
        ("We will not go back until every worker is paid", "We will not go back … is paid", True),
        ("We will not go back until paid", "We won't go back until paid", False),
    ],
)
def test_same_words(a: str, b: str, same: bool) -> None:
    assert same_words(a, b) is same


def test_similarity_ignores_marks_and_case() -> None:
    assert similarity("“This deal pays what is owed.”", '"this deal pays what is owed"') == 1.0
    assert similarity("This deal pays what is owed", "Nobody here would do that") < 0.3


def _story() -> list:  # type: ignore[type-arg]
    herald = Builder("h", "Maria Okafor led the strike. " + SAID, "Herald", "2026-03-13")
    herald.entity("Maria Okafor").entity("Okafor", nth=1)
    herald.quote(SAID[: SAID.index(" Okafor said")], "Okafor", source="Okafor")
    wire_said = SAID.replace("will not", "won't").replace("is paid", "gets")
    wire = Builder("w", "Maria Okafor spoke. " + wire_said, "Wire", "2026-03-15")
    wire.entity("Maria Okafor").entity("Okafor", nth=1)
    wire.quote(wire_said[: wire_said.index(" Okafor said")], "Maria Okafor")
    post = Builder("p", "Maria Okafor spoke. " + SAID, "Post", "2026-03-14")
    post.entity("Maria Okafor").entity("Okafor", nth=1)
    post.quote(SAID[: SAID.index(" Okafor said")], "Okafor")
    return [wire.build(), post.build(), herald.build()]


def test_one_quote_three_outlets_one_misquote() -> None:
    c = collate_findings(_story())
    (quote,) = c.quotes
    assert quote.speaker == "person:maria-okafor"
    assert quote.first.outlet == "Herald"  # earliest by date, not input order
    assert quote.outlets == ("Herald", "Post", "Wire")
    assert quote.misquoted
    (mis,) = c.misquotes
    assert (mis.reference.outlet, mis.variant.outlet) == ("Herald", "Wire")
    assert "won't" in mis.variant.text
    (speaker,) = c.speakers
    assert speaker.name == "Maria Okafor" and speaker.quotes == (quote.id,)


def test_different_quotes_of_one_speaker_stay_apart() -> None:
    a = Builder("a", "“This deal pays what is owed,” Okafor said. Okafor left.", "A", "2026-03-14")
    a.entity("Okafor", nth=0).quote("“This deal pays what is owed,”", "Okafor")
    b = Builder(
        "b", "“Nobody here would wreck a crane,” Okafor said. Okafor left.", "B", "2026-03-14"
    )
    b.entity("Okafor").quote("“Nobody here would wreck a crane,”", "Okafor")
    c = collate_findings([a.build(), b.build()])
    assert len(c.quotes) == 2
    assert not c.misquotes


def _two_outlets(first: str, second: str, kinds: tuple[str, str]) -> list:  # type: ignore[type-arg]
    a = Builder("a", f"Okafor said {first}. Okafor left.", "A", "2026-03-14")
    a.entity("Okafor").quote(first, "Okafor", kind=kinds[0])  # type: ignore[arg-type]
    b = Builder("b", f"Okafor said {second}. Okafor left.", "B", "2026-03-15")
    b.entity("Okafor").quote(second, "Okafor", kind=kinds[1])  # type: ignore[arg-type]
    return [a.build(), b.build()]


@pytest.mark.parametrize(
    ("first", "second", "kinds", "misquote"),
    [
        # a partial quote: only the words in quote marks are the speaker's
        (
            "the strike was of “historic proportions” for the port",
            "the walkout, which she said was of “historic proportions”, had ended",
            ("mixed", "mixed"),
            False,
        ),
        (
            "the port had “done everything in our power” for the crews",
            "“We have done everything in our power for the crews”",
            ("mixed", "direct"),
            False,
        ),
        (
            "it was “a strike of historic proportions for the port”",
            "it was “a strike of epic proportions for the port”",
            ("mixed", "mixed"),
            True,
        ),
        # two quoted stretches: one is in the other wording word for word, the other is
        # something else said beside it
        (
            "the crews would “review the payroll” and “nobody here would wreck a crane”",
            "“Nobody here would wreck a crane, not ever”",
            ("mixed", "direct"),
            False,
        ),
        # ... but a stretch that is there reworded is still a misquote
        (
            "the crews would “review the payroll” and “nobody here would wreck a crane”",
            "“We will review the wages and nobody here would wreck a crane”",
            ("mixed", "direct"),
            True,
        ),
        # two quotes that share common words here and there are two quotes
        (
            "“The union and the port will sign the deal this week, and the crews will decide "
            "by the end of the month what the strike was for”",
            "“Whatever the union will decide, the port crews sign for the month”",
            ("direct", "direct"),
            False,
        ),
    ],
)
def test_a_partial_quote_is_judged_on_its_quoted_words(
    first: str, second: str, kinds: tuple[str, str], misquote: bool
) -> None:
    c = collate_findings(_two_outlets(first, second, kinds))
    assert bool(c.misquotes) is misquote


def test_a_wording_unlike_the_first_is_no_misquote_of_it() -> None:
    # The second outlet's long wording holds both quotes, so all three are one quote; the
    # third is like the second, not the first, and is not flagged against the first.
    a = Builder("a", "Okafor said “The union will sign today.” Okafor left.", "A", "2026-03-13")
    a.entity("Okafor").quote("“The union will sign today.”", "Okafor")
    long = "“The union will sign today. The cranes will turn again by Monday at dawn.”"
    b = Builder("b", f"Okafor said {long} Okafor left.", "B", "2026-03-14")
    b.entity("Okafor").quote(long, "Okafor")
    third = "“The cranes will turn again by Monday.”"
    c3 = Builder("c", f"Okafor said {third} Okafor left.", "C", "2026-03-15")
    c3.entity("Okafor").quote(third, "Okafor")
    c = collate_findings([a.build(), b.build(), c3.build()])
    assert all(m.variant.article != "c" for m in c.misquotes)


@pytest.mark.parametrize(
    ("text", "name", "label", "source", "speaker"),
    [
        # a name that only modifies the source's head is not the speaker
        (
            "“The port stays shut,” a Carrow official said.",
            "Carrow", "GPE", "a Carrow official", None,
        ),
        # nor is a name after a preposition: the phrase's complement, not its head
        (
            "“The port stays shut,” the senior officer in Carrow said.",
            "Carrow", "GPE", "the senior officer in Carrow", None,
        ),
        (
            "“The port stays shut,” a spokesman for Halden Maritime said.",
            "Halden Maritime", "ORG", "a spokesman for Halden Maritime", None,
        ),
        # a name that heads the source, after a title or before an appositive, is
        (
            "“The port stays shut,” harbour minister Daniel Ashworth said.",
            "Daniel Ashworth", "PERSON", "harbour minister Daniel Ashworth",
            "person:daniel-ashworth",
        ),
        (
            "“The port stays shut,” Daniel Ashworth, the harbour minister, said.",
            "Daniel Ashworth", "PERSON", "Daniel Ashworth, the harbour minister",
            "person:daniel-ashworth",
        ),
    ],
)
def test_the_speaker_is_the_name_that_heads_the_source(
    text: str, name: str, label: str, source: str, speaker: str | None
) -> None:
    b = Builder("a", text, "Herald", "2026-03-14").entity(name, label=label)
    b.quote("“The port stays shut,”", name, source=source)
    (quote,) = collate_findings([b.build()]).quotes
    assert quote.speaker == speaker
