"""The dossier JSON: valid against its schema, deterministic, scorable item shapes."""

from __future__ import annotations

import json

import jsonschema
import pytest

from variorum import Article, collate_articles, render
from variorum.dossier import Dossier
from variorum.model import Skip
from variorum.report.json_report import dossier_to_json, schema

ARTICLES = (
    Article(
        id="ledger-1",
        outlet="The Daily Ledger",
        published="2026-03-14",
        text=(
            "Dockworkers at the Northgate terminal walked out on Saturday.\n\n"
            "\u201cWe will not go back until every worker is paid,\u201d said Maria Okafor, "
            "who leads the union. More than 300 workers joined the strike, the union said."
        ),
    ),
    Article(
        id="post-1",
        outlet="Harbour Post",
        published="2026-03-15",
        text=(
            "About 312 dockworkers struck at Northgate, according to the Harbour Post. "
            "Halden Maritime said the deal was worth $40 million."
        ),
    ),
)


@pytest.fixture(scope="module")
def dossier() -> Dossier:
    return collate_articles(ARTICLES, skipped=(Skip("notes.docx", "unknown extension"),))


def test_dossier_json_is_valid_against_schema(dossier: Dossier) -> None:
    jsonschema.validate(dossier_to_json(dossier), schema())


def test_same_input_same_bytes(dossier: Dossier) -> None:
    again = collate_articles(ARTICLES, skipped=(Skip("notes.docx", "unknown extension"),))
    assert render(dossier, "json") == render(again, "json")


def test_articles_keep_their_text_and_skips_are_listed(dossier: Dossier) -> None:
    data = json.loads(render(dossier, "json"))
    assert [a["id"] for a in data["articles"]] == ["ledger-1", "post-1"]
    assert data["articles"][0]["text"] == ARTICLES[0].text
    assert data["skipped"] == [{"path": "notes.docx", "reason": "unknown extension"}]


def test_every_item_points_into_its_article(dossier: Dossier) -> None:
    data = json.loads(render(dossier, "json"))
    texts = {a["id"]: a["text"] for a in data["articles"]}
    for name, span_key in (("entities", "span"), ("quotes", "content"),
                           ("quantities", "span"), ("timex", "span")):
        for it in data[name]:
            start, end = it[span_key]
            assert 0 <= start < end <= len(texts[it["article"]]), (name, it)
    entity_texts = {e["text"] for e in data["entities"]}
    assert "Maria Okafor" in entity_texts


def test_schema_rejects_a_dossier_without_skipped(dossier: Dossier) -> None:
    data = dossier_to_json(dossier)
    del data["skipped"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema())
