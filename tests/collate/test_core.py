"""The whole collation on hand-built findings: claims, corroboration, framing, timeline."""

from __future__ import annotations

from collate_helpers import Builder

from variorum.collate import collate_findings
from variorum.collate.framing import markers_in
from variorum.collate.timeline import compatible, is_calendar_value
from variorum.model import ArticleFindings, Duplicate

SABOTAGE = "Saboteurs cut the crane cables on Thursday."
ALLEGED = "Alleged saboteurs cut the crane cables on Thursday, citing no evidence."


def _findings() -> list[ArticleFindings]:
    a = Builder("a", SABOTAGE + " The strike began on March 2.", "Herald", "2026-03-13")
    a.date("Thursday", "2026-03-12").date("March 2", "2026-03-02")
    a.claim("Saboteurs", "Saboteurs", "cut", "the crane cables")
    a.claim("strike began", "The strike", "began", None)
    b = Builder("b", ALLEGED + " The strike began on March 3.", "Post", "2026-03-14")
    b.date("Thursday", "2026-03-12").date("March 3", "2026-03-03")
    b.claim("Alleged", "Alleged saboteurs", "cut", "the crane cables", hedges=("alleged",))
    b.claim("strike began", "The strike", "began", None)
    c = Builder("c", "According to the Herald, " + SABOTAGE.lower(), "Wire", "2026-03-15")
    c.claim("According", "saboteurs", "cut", "the crane cables", attributed_to="the Herald")
    d = Builder("d", ALLEGED + " The strike began on March 3.", "Post", "2026-03-14")
    d.claim("Alleged", "Alleged saboteurs", "cut", "the crane cables", hedges=("alleged",))
    return [a.build(), b.build(), c.build(), d.build()]


def test_claims_corroboration_framing() -> None:
    collation = collate_findings(_findings(), duplicates=[Duplicate("d", "b", 0.99)])
    assert collation.outlets == ("Herald", "Post", "Wire")
    sabotage = next(g for g in collation.claims if len(g.articles) >= 3)
    k = next(k for k in collation.corroboration if k.claim == sabotage.id)
    assert k.articles == 4
    # The Wire credits the Herald for it; d is a near copy of b: two independent sources.
    assert k.independent == 2
    assert k.sources == (("Herald", "Wire"), ("Post",))
    framing = next(f for f in collation.framing if f.subject == sabotage.id)
    assert framing.differs
    hedges = {e.outlet: e.hedges for e in framing.entries}
    assert "alleged" in hedges["Post"] and hedges["Herald"] == ()


def test_timeline_orders_and_flags_conflicting_dates() -> None:
    collation = collate_findings(_findings())
    dates = [t.date for t in collation.timeline]
    assert dates == sorted(dates)
    began = next(t for t in collation.timeline if t.predicate == "began")
    assert set(began.dates) == {"2026-03-02", "2026-03-03"}
    (conflict,) = collation.date_conflicts
    assert conflict.entry == began.id
    assert dict(conflict.dates) == {"2026-03-03": ("Post",), "2026-03-02": ("Herald",)}
    cut = next(t for t in collation.timeline if t.predicate == "cut")
    assert cut.date == "2026-03-12" and cut.outlets == ("Herald", "Post")


def test_collation_is_deterministic() -> None:
    found = _findings()
    assert collate_findings(found) == collate_findings(list(reversed(found)))


def test_markers_and_dates() -> None:
    assert markers_in("Police reportedly held the alleged saboteurs, citing no evidence.") == (
        "reportedly",
        "alleged",
        "citing no evidence",
    )
    assert is_calendar_value("2026-03-02") and is_calendar_value("2026-03-02T14:00")
    assert not is_calendar_value("XXXX-03-02") and not is_calendar_value("2026-W11")
    assert compatible("2026-03", "2026-03-02") and not compatible("2026-03-02", "2026-03-03")


def test_empty_story() -> None:
    assert collate_findings([]).entities == ()


def _dated(event: str, days: tuple[str, str], published: tuple[str, str], when: str) -> list[
    ArticleFindings
]:
    """Two outlets dating one event (``when`` is the date's words in each text)."""
    out = []
    for n, (day, pub) in enumerate(zip(days, published, strict=True)):
        text = f"{event} {when}."
        b = Builder(f"x{n}", text, ("Herald", "Post")[n], pub).date(when, day)
        subject, verb = event.split(" ", 1)[0], event.split(" ")[1]
        b.claim(event, subject, "be" if verb == "was" else verb, None)
        out.append(b.build())
    return out


def test_one_event_dated_two_ways_conflicts() -> None:
    found = _dated(
        "Dockers marched to the quay", ("2026-03-06", "2026-03-13"), ("2026-03-09", "2026-03-10"),
        "on Friday",
    )  # fmt: skip
    assert len(collate_findings(found).date_conflicts) == 1


def test_an_event_reported_again_a_week_later_is_no_conflict() -> None:
    # Each report dates the march within days of its own publication, a fortnight apart.
    found = _dated(
        "Dockers marched to the quay", ("2026-03-06", "2026-03-20"), ("2026-03-07", "2026-03-21"),
        "on Friday",
    )  # fmt: skip
    assert collate_findings(found).date_conflicts == ()


def test_a_state_on_two_days_is_no_conflict() -> None:
    found = _dated(
        "Carrow was calm", ("2026-03-02", "2026-03-03"), ("2026-03-09", "2026-03-10"), "on Monday"
    )
    timeline = collate_findings(found)
    assert timeline.date_conflicts == ()


def test_two_statements_under_one_predicate_are_no_date_conflict() -> None:
    # The council voted twice, on different things: the entry joins them on "council vote",
    # but the sentences say different things, so their dates do not disagree.
    texts = (
        ("The harbour council voted on Friday to impose fines on late ferries.", "on Friday",
         "2026-03-06", "2026-03-09"),
        ("The harbour council voted on Tuesday to close the old pier for the winter.",
         "on Tuesday", "2026-03-10", "2026-03-11"),
    )  # fmt: skip
    found = []
    for n, (text, when, day, pub) in enumerate(texts):
        b = Builder(f"x{n}", text, ("Herald", "Post")[n], pub).date(when, day)
        b.claim(text, "harbour council", "vote", "to impose")
        found.append(b.build())
    c = collate_findings(found)
    assert len(c.timeline) == 1  # one entry, two dates
    assert c.date_conflicts == ()

