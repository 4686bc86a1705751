"""Exact duplicates dropped with a skip; near duplicates kept and reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_helpers import BODY, OTHER_BODY, write

from variorum.ingest import ingest
from variorum.ingest.dedupe import find_near_duplicates, shingles
from variorum.model import Article, Duplicate

LONG = " ".join([BODY, OTHER_BODY, BODY.replace("Saturday", "Sunday")])


def test_exact_duplicate_is_skipped(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", LONG)
    write(tmp_path, "b.txt", "  " + LONG.upper().replace(" ", "\n\n", 3) + "\n")
    result = ingest([tmp_path])
    assert [a.id for a in result.articles] == ["a"]
    assert [(s.path, s.reason.split(":")[0]) for s in result.skipped] == [
        (str(tmp_path / "b.txt"), "duplicate of a")
    ]
    assert result.duplicates == (Duplicate(article="b", of="a", similarity=1.0),)


def test_debris_does_not_hide_an_exact_copy(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", LONG)
    write(tmp_path, "b.txt", f"{LONG}\n\nShare this article\nAdvertisement\n")
    assert [a.id for a in ingest([tmp_path]).articles] == ["a"]


def test_all_debris_articles_are_not_duplicates(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Share this article\nAdvertisement")
    write(tmp_path, "b.txt", "Copy link\nRelated Topics")
    assert [a.id for a in ingest([tmp_path]).articles] == ["a", "b"]


def test_near_duplicate_is_kept_and_reported(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", LONG)
    write(tmp_path, "b.txt", LONG + " A spokesman for the council declined to comment further.")
    write(tmp_path, "c.txt", "Something else entirely. " + OTHER_BODY[::-1])
    result = ingest([tmp_path])
    assert [a.id for a in result.articles] == ["a", "b", "c"]
    (duplicate,) = result.duplicates
    assert (duplicate.article, duplicate.of) == ("b", "a")
    assert duplicate.similarity == 1.0  # all of a's shingles are in b


def test_earlier_published_is_the_original(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", f"Published 15 March 2026\n\n{LONG} Later copy.")
    write(tmp_path, "b.txt", f"Published 14 March 2026\n\n{LONG}")
    (duplicate,) = ingest([tmp_path]).duplicates
    assert (duplicate.article, duplicate.of) == ("a", "b")


def _article(article_id: str, text: str, published: str | None = None) -> Article:
    return Article(id=article_id, text=text, published=published)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        pytest.param([BODY, OTHER_BODY], [], id="unrelated"),
        pytest.param([LONG, BODY], [("b", "a")], id="contained"),
        pytest.param(
            [LONG, LONG.replace("bridge", "tunnel").replace("Ministers", "Officials")],
            [("b", "a")],
            id="two-words-changed",
        ),
        pytest.param(
            [
                BODY,
                BODY.replace("council", "mayor")
                .replace("homes", "houses")
                .replace("Saturday", "Friday"),
            ],
            [],
            id="too-many-changes-for-a-short-text",
        ),
        pytest.param(
            [LONG, LONG + " x", LONG + " y"], [("b", "a"), ("c", "a")], id="first-is-best"
        ),
    ],
)
def test_find_near_duplicates(texts: list[str], expected: list[tuple[str, str]]) -> None:
    articles = [_article(chr(ord("a") + n), text) for n, text in enumerate(texts)]
    found = find_near_duplicates(articles)
    assert [(d.article, d.of) for d in found] == expected
    assert all(0.8 <= d.similarity <= 1.0 for d in found)


def test_many_articles_are_fast() -> None:
    # 1,000 distinct articles: the shingle index keeps this far from all-pairs cost.
    articles = [
        _article(str(n), " ".join(f"w{n}_{k}" for k in range(100)) + " " + BODY)
        for n in range(1000)
    ]
    assert find_near_duplicates(articles) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [("", 0), ("one two", 1), ("a b c d e", 1), ("a b c d e f", 2), ("A b c d e. a B c d e!", 5)],
)
def test_shingles(text: str, count: int) -> None:
    assert len(shingles(text)) == count


def test_same_day_reprint_that_credits_its_source_is_the_copy() -> None:
    wire = Article(
        id="a-ledger", outlet="The Daily Ledger", published="2026-03-15",
        text="By Ann Lee (Meridian Wire) / The Daily Ledger\n\n" + LONG,
    )
    original = Article(
        id="b-meridian", outlet="Meridian Wire", published="2026-03-15",
        text="By Ann Lee / Meridian Wire\n\n" + LONG,
    )
    [dup] = find_near_duplicates([wire, original])
    assert (dup.article, dup.of) == ("a-ledger", "b-meridian")
