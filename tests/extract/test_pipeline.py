"""The per-article pipeline: one parse, every extractor, failures isolated, long texts."""

from __future__ import annotations

import pytest

from variorum.extract import pipeline
from variorum.model import Article
from variorum.nlp import load_nlp

TEXT = (
    "Strike ends at Northgate\n\n"
    "More than 300 dockworkers returned on Monday, Maria Okafor said.\n\n"
    "The deal is worth $40 million."
)


def test_a_failing_extractor_costs_only_its_own_findings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*_: object, **__: object) -> tuple[()]:
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "find_quantities", broken)
    found = pipeline.extract_article(Article(id="a1", text=TEXT, published="2026-03-17"))
    assert found.quantities == ()
    assert found.entities  # the others still ran
    [failure] = found.failures
    assert failure.path == "a1:quantities"
    assert "RuntimeError: boom" in failure.reason


def test_headline_is_its_own_sentence() -> None:
    found = pipeline.extract_article(Article(id="a1", text=TEXT))
    first = found.sentences[0].span.of(TEXT)
    assert first.strip() == "Strike ends at Northgate"


def test_long_text_keeps_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "MAX_PARSE_CHARS", 200)
    text = "\n\n".join(f"Paragraph {n}: Maria Okafor spoke to the union." for n in range(20))
    doc = pipeline._parse_long(load_nlp(), text)
    assert doc.text == text
    found = pipeline.findings_from_doc(Article(id="long", text=text), doc)
    assert all(m.span.of(text) == m.text for m in found.entities)
    assert sum(m.text == "Maria Okafor" for m in found.entities) >= 15
