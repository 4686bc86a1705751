"""Serialisation round-trips: any finding becomes JSON and back without loss."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from variorum.model import Quantity, Quote, Span
from variorum.report.json_report import dumps
from variorum.report.serialize import item, to_json

spans = st.tuples(st.integers(0, 10_000), st.integers(0, 500)).map(
    lambda t: Span(t[0], t[0] + t[1])
)
numbers = st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False, width=32))


@given(
    content=spans, source=st.one_of(st.none(), spans), speaker=st.one_of(st.none(), st.text()),
    hedges=st.lists(st.text(min_size=1), max_size=3).map(tuple),
)
def test_quote_round_trips(
    content: Span, source: Span | None, speaker: str | None, hedges: tuple[str, ...]
) -> None:
    quote = Quote("a1", content, source, None, speaker, "direct", content, hedges)
    back = json.loads(dumps(item(quote)))
    assert back["content"] == [content.start, content.end]
    assert back["source"] == (None if source is None else [source.start, source.end])
    assert back["speaker"] == speaker
    assert tuple(back["hedges"]) == hedges


@given(value=numbers, low=numbers, high=numbers, text=st.text())
def test_quantity_numbers_survive(
    value: float | None, low: float | None, high: float | None, text: str
) -> None:
    q = Quantity("a1", Span(0, 1), text, value, low, high, "=", None, None, Span(0, 1))
    back = json.loads(dumps(to_json(q)))
    for key, original in (("value", value), ("low", low), ("high", high)):
        assert back[key] == original
    assert back["text"] == text


def test_sets_serialise_in_a_stable_order() -> None:
    assert to_json(frozenset({"b", "a", "c"})) == ["a", "b", "c"]
